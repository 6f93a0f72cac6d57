"""Units of a state service named by the service, a unit word and a place
(round-35 class A5).

"Captain Rey Santos, commander of the Coast Guard District Northern Luzon,
said", "the Coast Guard Station Batanes", "the Police Regional Office
Cordillera": the Philippine and other services name their units by the
service, a unit word and the area. The model keeps the service and reads the
rest ("District Northern Luzon") as a person. The whole name is one
GovernmentAgency (the relation rules make it part of the service when the text
names it).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_SERVICES = (r"Coast\s+Guard|Border\s+Guard|Border\s+Police|National\s+Police|Police|Navy|Army|Air\s+Force|Marines?|"
             r"Customs|Immigration|Fire\s+Service|Maritime\s+Police|Marine\s+Police|Gendarmerie")
_UNITS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.ordered("service_unit_words"))
_WORD = rf"{CAP_CLASS}[\w'’-]*"
_RE = re.compile(rf"(?<![\w'’-])(?P<name>(?:{_SERVICES})\s+(?:{_UNITS})(?:\s+(?:\d{{1,3}}|[IVX]{{1,4}}))?"
                 rf"(?:\s+{_WORD}){{1,3}})(?![\w'’-])")
# words that end the area's name: a clause or a title after it
_STOP = frozenset("The A An And But In On At Of For With By From To Said Says Chief Commander Director Captain".split())


def service_units(state: State) -> list[Candidate]:
    """GovernmentAgency candidates for such units."""
    out = []
    for m in _RE.finditer(state.text):
        name = m.group("name")
        if "\n" in name or state.is_skipped(m.start("name"), m.end("name")):
            continue
        words = name.split()
        while words and words[-1] in _STOP:
            words = words[:-1]
        name = " ".join(words)
        start = m.start("name")
        if state.text[start:start + len(name)] != name:
            continue
        out.append(Candidate(start, start + len(name), name, "GovernmentAgency", "rule"))
    return out
