"""A sub-national government and its unit are two agencies (round-31 A5).

"the Welsh Government's Energy Directorate", "the Energy Directorate of the
Welsh Government", "the Planning Division of the Government of Assam": the
unit ("Energy Directorate") and the government that owns it ("Welsh
Government", "Government of Assam") are two GovernmentAgencies, never one
merged name; O gives the unit partOf the government and the government partOf
its country.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_CAP = rf"{CAP_CLASS}[\w'’-]*"
_UNIT = rf"(?:{_CAP}\s+){{1,4}}(?:Directorate|Department|Division|Unit|Office|Agency|Secretariat|Service|Inspectorate|Bureau|Executive|Council|Commission|Board)"
_GOVERNMENT = rf"(?:(?:{_CAP}\s+){{1,3}}Government|Government\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})"
_OWNED_RE = re.compile(rf"(?P<gov>{_GOVERNMENT})['’]s\s+(?P<unit>{_UNIT})")
_OF_RE = re.compile(rf"(?P<unit>{_UNIT})\s+of\s+the\s+(?P<gov>{_GOVERNMENT})")


def split_government_units(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with "<Government>'s <Unit>" and "<Unit> of the <Government>" split in two."""
    text = state.text
    out = []
    parts: list[tuple[int, int]] = []
    for cand in found:
        m = None
        if cand.type in {"GovernmentAgency", "Organization"} and cand.source != "gaz":
            m = _OWNED_RE.fullmatch(cand.text) or _OF_RE.fullmatch(cand.text)
        if m is None:
            out.append(cand)
            continue
        for part in ("gov", "unit"):
            start, end = cand.start + m.start(part), cand.start + m.end(part)
            out.append(Candidate(start, end, text[start:end], "GovernmentAgency", "rule"))
            parts.append((start, end))
    # a piece across the cut ("Directorate of the Welsh Government") is no name either
    return [c for c in out if c.source == "gaz" or not any(
        c.start < b and a < c.end and not (a <= c.start and c.end <= b) for a, b in parts)]
