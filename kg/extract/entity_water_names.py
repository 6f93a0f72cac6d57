"""Names led by a water-feature word of another language (round-24 class A1).

"the border at Oued Zitoun", "Wadi Araba", "Rio Negro", "Nahr el-Kebir": the
word for river or valley ("Oued", "Wadi", "Rio", "Río", "Nahr", "Ouadi") and
the capitalised words after it are one Place; the bare rest ("Zitoun") is no
person or place of its own there.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_LEADS = r"Oued|Ouadi|Wadi|Wadī|Rio|Río|Nahr|Rud|Rūd|Sungai|Ribeirão|Arroyo|Quebrada|Uadi"
_RE = re.compile(
    rf"(?<![\w'’-])(?:{_LEADS})\s+(?:(?:el|al|ed|es|er|ez|de|do|da|dos|das|del)[-\s])?{CAP_CLASS}[\w'’-]*"
    rf"(?:\s(?:(?:de|do|da|del|dos|das)\s)?{CAP_CLASS}[\w'’-]*)?")


def water_names(state: State) -> list[Candidate]:
    """Place candidates '<water word> <Name>'."""
    out = []
    for m in _RE.finditer(state.text):
        if "\n" in m.group(0) or state.gaz.lookup(m.group(0)) is not None:
            continue  # a known name ("Rio de Janeiro", "Rio Grande") keeps the gazetteer's reading
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    return out
