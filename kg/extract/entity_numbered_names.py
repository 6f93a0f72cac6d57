"""Place names with a number or an ordinal inside (round-36 class A6).

"in India's South 24 Parganas district", "inside the 82nd Mile Trade Zone in
Muse", "the 5th Avenue crossing": the number belongs to the name; the model
starts the name after it ("Parganas district", "Mile Trade Zone") or misses it.
A place's name is widened back over "<Word> <number>" or "<ordinal>" right
before it when a determiner or an owner stands before those.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

# "South 24 ", "82nd ", "5th ", "North 24 ": what may open the name, after "the" or an owner's "'s"
# (a compass or age word before a bare number: "a team of 15 Kenya Revenue Authority officers" is a count)
_LEAD_RE = re.compile(rf"(?:\b[Tt]he\s+|['’]s\s+)(?P<num>(?:North|South|East|West|Upper|Lower|Central|New|Old)\s+\d{{1,3}}"
                      rf"|\d{{1,3}}(?:st|nd|rd|th))\s+$")
_HEADS = r"crossing|district|zone|street|road|avenue|bridge|gate|market|block|sector|ward|division|parganas"
_UNIT_WORDS = frozenset("Division Brigade Regiment Battalion Corps Army Fleet Squadron Company Group Command Battery "
                        "Wing Unit Detachment Congress Assembly Session Summit Conference".split())
_ORDINAL_RE = re.compile(rf"\b[Tt]he\s+(?P<name>\d{{1,3}}(?:st|nd|rd|th)\s+{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}}"
                         rf"(?:\s+(?:{_HEADS}))?)(?![\w'’-])")


def numbered_names(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    for c in found:
        if c.type not in {"Place", "Person"} or c.source == "gaz" or c.text.split()[-1] in _UNIT_WORDS:
            continue  # "the 11th Infantry Division" is the military-unit rule's; "the 5th Joint Commission" a session
        m = _LEAD_RE.search(text[max(0, c.start - 40):c.start])
        if m is None or "\n" in m.group("num"):
            continue
        c.start = max(0, c.start - 40) + m.start("num")
        c.text = text[c.start:c.end]
        c.type = "Place"  # "the 82nd Mile ...": a numbered name is no person's
        c.gaz = state.gaz.lookup(c.text)
        if c.alias is not None and c.alias not in c.text:
            c.alias = None
        elif c.alias is not None:
            c.alias = re.sub(r"\s+(?:district|zone|crossing)$", "", c.text) if c.alias != c.text else None
    new = []
    for m in _ORDINAL_RE.finditer(text):
        s, e = m.start("name"), m.end("name")
        if m.group("name").split()[-1] in _UNIT_WORDS:
            continue  # "the 11th Infantry Division": a military unit, no place
        if state.is_skipped(s, e) or any(c.start <= s and e <= c.end for c in found):
            continue
        if any(c.start < e and s < c.end and (c.start < s or c.end > e) for c in found):
            continue
        new.append(Candidate(s, e, m.group("name"), "Place", "rule"))
    return overlaid(found, new)
