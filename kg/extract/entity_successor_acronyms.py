"""Numbered acronyms of agreements name successors (round-21 class A4).

"The Gas Sales Contract, known in the industry as the GSC, ... The new
contract, which officials call the GSC II, ...": "GSC" is the contract's
alias, and "GSC II" (or "GSC 2") is a new agreement of its own, not the same
one and not an organisation. An acronym followed by a roman or arabic number
whose letters are the initials of an agreement title in the text is an
Agreement candidate with the number in its label.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate, agreement_nouns
from kg.extract.state import State

_SMALL = frozenset("of on for the and to in between with de du des la le".split())
_NUMBERED_RE = re.compile(r"(?<![\w'’-])([A-Z]{2,8}) ((?:II|III|IV|V|VI)|[2-9])(?![\w'’-])")


def _title_initials(text: str) -> set[str]:
    """Initials of every capitalised agreement title ("Gas Sales Contract" -> "GSC")."""
    nouns = "|".join(sorted(agreement_nouns(), key=len, reverse=True))
    out = set()
    for m in re.finditer(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|the|and)\s+)*){{1,6}})({nouns})\b", text):
        words = [w for w in (m.group(1) + m.group(2)).split() if w.lower() not in _SMALL]
        out.add("".join(w[0] for w in words))
        hyphened = "".join("".join(p[0] for p in w.split("-") if p) for w in words)
        out.add(hyphened)
    return out


def successor_acronyms(state: State) -> list[Candidate]:
    """Agreement candidates 'GSC II' for acronyms of agreement titles with a number."""
    matches = list(_NUMBERED_RE.finditer(state.text))
    if not matches:
        return []
    initials = _title_initials(state.text)
    out = []
    for m in matches:
        if m.group(1) in initials:
            out.append(Candidate(m.start(), m.end(), m.group(0), "Agreement", "rule"))
    return out
