"""Formal titles given beside an agreement's common name are its aliases.

"The Lima Accord - formally the Final Agreement for the Settlement of the
Differences as Described in Resolutions 12 (1990) and 14 (1991) - was signed on
June 1, 2011" / "the Quito Pact (officially the Treaty on River Navigation)" /
"the Tumbes Deal, formally known as the Protocol on Border Fisheries," / "call it the Tumbes
Deal; its full name is the Protocol on Border Fisheries": the
formal title, read to its closing dash, bracket or comma (it may hold numbers
and bracketed years), is another name of the agreement named first; no second
agreement is made of it (nor of a head of it such as "Final Agreement"), so the
relations read later (dateSigned, partyTo) go to the first one.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# the opening: a dash, a bracket or a comma, then "formally" / "officially" (known as / called / titled)
_OPEN_RE = re.compile(r"\s*([-–—(,])\s*(?:more\s+)?(?:formally|officially)(?:\s+(?:known\s+as|called|titled|named|styled))?"
                      r"\s+(?:the\s+|an?\s+)?(?=[A-Z])")
# "call it the Swiss-brokered deal; its full name is the Agreement on ...": the same, read to a comma
_FULL_NAME_RE = re.compile(r"\s*[;,]\s*(?:its|whose)\s+(?:full|formal|official)\s+(?:name|title)\s+is\s+"
                           r"(?:the\s+)?(?=[A-Z])")
_CLOSERS = {"-": r"\s+[-–—]\s+|[-–—]{1,2}(?=\s)", "–": r"\s*[-–—]\s+", "—": r"\s*[-–—]", ",": r","}


def _formal_end(text: str, start: int, opener: str, limit: int) -> int | None:
    """End of the formal title starting at ``start``: the matching ")" for "(", the closing
    dash for a dash, the next comma for a comma (else the sentence's end for a dash or comma)."""
    if opener == "(":
        depth = 1
        for i in range(start, limit):
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                depth -= 1
                if depth == 0:
                    return i
        return None
    close = re.compile(_CLOSERS[opener]).search(text, start, limit)
    if close is not None:
        return close.start()
    end = re.search(r"[.;](?:\s|$)", text[start:limit])
    return start + end.start() if end else None


def formal_names(state: State) -> None:
    """Give each agreement the formal title named right after it, and drop what the title made."""
    from kg.extract.agreement_aliases import merge_agreement  # the shared merge of one agreement into another

    for m in sorted(list(state.mentions), key=lambda x: x.start):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        sent = state.sentence_of(m.start)
        hit = _OPEN_RE.match(state.text, m.end, sent.end_char)
        full = None if hit is not None else _FULL_NAME_RE.match(state.text, m.end, sent.end_char)
        if hit is None and full is None:
            continue
        start = (hit or full).end()
        end = _formal_end(state.text, start, hit.group(1) if hit else ",", min(len(state.text), sent.end_char + 1))
        if end is None or end - start < 8:
            continue
        title = " ".join(state.text[start:end].split()).rstrip(" ,")
        if len(title.split()) < 2:
            continue
        for inner in [x for x in state.mentions if start <= x.start < end and x.key != m.key]:
            if inner.key not in state.entities:
                continue
            if state.entity_type(inner.key) == "Agreement":
                merge_agreement(state, inner.key, m.key)  # "Final Agreement": a head of the formal title
        entity = state.entities[m.key]
        if title != entity.label:
            entity.aliases.add(title)
