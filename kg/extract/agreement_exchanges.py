"""Exchanges of notes or letters are agreements.

"a 1965 exchange of notes between Nairobi and Mogadishu" / "the 1972 exchange of letters
between Kenya and Ethiopia": an exchange of notes (letters) between two governments is a
treaty in all but name. The dated phrase is one Agreement ("1965 exchange of notes"), its
year the date it was signed; the pair right after "between" (countries, or capitals for
their countries) its parties, read in the agreement step.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_EXCHANGE_RE = re.compile(r"\b(?:a|an|the|its|their)\s+((?:1[89]|20)\d{2}\s+exchange\s+of\s+(?:diplomatic\s+)?"
                          r"(?:notes|letters))\b")


def exchange_agreements(state: State) -> None:
    """Make every dated 'exchange of notes/letters' an Agreement (once per year)."""
    for hit in _EXCHANGE_RE.finditer(state.text, state.body_start):
        start, end = hit.span(1)
        if state.is_skipped(start, end) or "\n" in hit.group(1):
            continue
        if state.mentions_in(start, end) or any(m.start < end and start < m.end for m in state.mentions):
            continue  # a name read there already
        label = " ".join(hit.group(1).split())
        key = state.add_entity(label, "Agreement").key
        state.add_mention(key, start, end, alias=False)


def parties_right_after(state: State, m, end: int) -> list[str]:
    """'<agreement> between A and B': the two countries (or capitals) right after this mention."""
    from kg.extract.agreement_countries import capitals_between

    hit = re.match(r"\s+between\s+", state.text[m.end:end])
    if hit is None:
        return []
    start = m.end + hit.end()
    pair = re.match(r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*"
                    r"(?:\s+[A-Z][\w.’'-]*){0,2}", state.text[start:end])
    if pair is None:
        return []
    countries = [x.key for x in state.mentions_in(start, start + pair.end(), {"Country"})]
    countries = list(dict.fromkeys(countries))
    if len(countries) == 2:
        return countries
    return capitals_between(state, start, start + pair.end())
