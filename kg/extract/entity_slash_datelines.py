"""Datelines of two towns (round-27 class A6).

"SOFIA/BUCHAREST, May 3 (Balkan Wire) -": a story filed from two towns names
both, each a place as the one town of an ordinary dateline is. The model reads
"SOFIA/BUCHAREST" (or "TALLINN/RIGA") as one name, mostly an organisation;
that reading goes.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate

_SLASH_DATELINE_RE = re.compile(
    r"(?m)^([A-Z][A-Z.'’ -]{2,30}?(?:/[A-Z][A-Z.'’ -]{2,30}?)+)(?:,\s*[A-Z][A-Za-z.]+)?,\s+"
    r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+\d{4})?\s*"
    r"(?:\([A-Za-z .]{2,30}\)\s*)?[-–—:]")


def slash_dateline_towns(found: list[Candidate], text: str) -> list[Candidate]:
    """``found`` less the readings across a slash dateline, plus one Place per town."""
    towns = []
    for m in _SLASH_DATELINE_RE.finditer(text):
        pos = m.start(1)
        for town in m.group(1).split("/"):
            name = town.strip()
            if len(name) > 2:
                lead = len(town) - len(town.lstrip())
                towns.append(Candidate(pos + lead, pos + lead + len(name), name, "Place", "rule"))
            pos += len(town) + 1
    if not towns:
        return found
    spans = [(m.start(1), m.end(1)) for m in _SLASH_DATELINE_RE.finditer(text)]
    kept = [c for c in found if not any(c.start < b and a < c.end for a, b in spans)
            or c.source == "gaz" and any(c.start == t.start and c.end == t.end for t in towns)]
    return kept + [t for t in towns if not any(k.start == t.start and k.end == t.end for k in kept)]
