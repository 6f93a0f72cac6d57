"""Agreements named after the work they cover.

"The Porvoo-Kunda interconnector agreement": the described-name pattern reads
the shortest name first, a facility ("Porvoo-Kunda interconnector", a Place),
and leaves the agreement word after it. A facility mention followed straight by
a lower-case agreement word is the name of an agreement ("Porvoo-Kunda
interconnector agreement"); the facility is no place of its own there (it stays
one where the text names it alone). Runs during resolution, before generic
agreement words are joined to named agreements.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.state import State

# a facility's name: two places joined by a hyphen or dash, then lower-case kind words
_PAIR_RE = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?[-–][A-Z][\w'’.]*")


def facility_agreements(state: State) -> None:
    """Turn '<Place facility> agreement' into one Agreement named by both."""
    nouns = "|".join(sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True))
    after_re = re.compile(rf"\s+({nouns})\b(?![-'’])")
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Place":
            continue
        words = state.text[m.start:m.end].split()
        # only a described facility: a place pair plus a lower-case kind ("A-B interconnector")
        if len(words) < 2 or not _PAIR_RE.fullmatch(words[0]) or not all(w.islower() for w in words[1:]):
            continue
        tail = after_re.match(state.text, m.end)
        if tail is None:
            continue
        end = tail.end()
        label = " ".join(state.text[m.start:end].split())
        key = state.add_entity(label, "Agreement").key
        state.remove_mention(m)
        state.add_mention(key, m.start, end, alias=False)
