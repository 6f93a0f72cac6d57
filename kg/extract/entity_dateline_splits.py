"""Datelines fused with the first name of the body (round-22 class A6).

"KAMPALA - Tarvia and Kessa signed ...": the model may read "KAMPALA - Tarvia"
as one name. The upper-case town before the dash is the dateline's place; the
name after the dash is kept only when the gazetteer knows it (its own type),
since an unknown word there has no reliable type of its own.
"""

from __future__ import annotations

import re

from kg.extract.chars import UPPER
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# An upper-case town (one to three words), a dash, then the rest of the name.
# "CONSTANȚA - Romania": the capitals of any Latin script (round-36 A11)
_FUSED_RE = re.compile(rf"([{UPPER}][{UPPER}'’.]+(?:[ -][{UPPER}][{UPPER}'’.]+){{0,2}})\s*[-–—]\s+(?=\S)")


def split_fused_datelines(found: list[Candidate], state: State) -> list[Candidate]:
    """Each fused 'TOWN - Name' candidate becomes the town (a place) and, when
    the gazetteer knows it, the name after the dash."""
    out: list[Candidate] = []
    for c in found:
        country = _dateline_country_fusion(c, state)
        if country is not None:
            out.append(country)
            continue
        m = _FUSED_RE.match(c.text)
        if c.source == "gaz" or m is None or m.end() >= len(c.text):
            out.append(c)
            continue
        town = m.group(1)
        entry = state.gaz.lookup(town) or state.gaz.lookup(town.title())
        out.append(Candidate(c.start, c.start + len(town), town, entry.type if entry else "Place",
                             "rule", entry))
        rest_start = c.start + m.end()
        rest = state.text[rest_start:c.end]
        rest_entry = state.gaz.lookup(rest)
        if rest_entry is not None:
            out.append(Candidate(rest_start, c.end, rest, rest_entry.type, "gaz", rest_entry))
    return out


# "KORHOGO, Côte d'Ivoire - Just after dawn": a dateline's country fused with the lead's first word.
_DATELINE_TOWN_RE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý.'’-]{2,30}(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,2},[ \t]+$")


def _dateline_country_fusion(c: Candidate, state: State) -> Candidate | None:
    """The country alone, when ``c`` is '<country> - <Word>' right after a
    dateline's upper-case town (round-25 class A4); else None."""
    if c.source == "gaz":
        return None
    m = re.match(r"(.+?)[ \t]+[-–—][ \t]+\S", c.text)
    if m is None or not _DATELINE_TOWN_RE.search(state.text[max(0, c.start - 40):c.start]):
        return None
    entry = state.gaz.lookup(m.group(1))
    if entry is None and re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2}", m.group(1)):
        # "SCARBOROUGH, Tobago - Barbadian boats ...": the dateline's region or island, whatever the
        # gazetteer knows; the word after the dash opens the lead
        return Candidate(c.start, c.start + len(m.group(1)), m.group(1), "Place", "rule")
    if entry is None or entry.type not in {"Country", "Place"}:
        return None
    return Candidate(c.start, c.start + len(m.group(1)), m.group(1), entry.type, "gaz", entry)
