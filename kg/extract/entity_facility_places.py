"""Facilities and towns named by their surroundings (round-17 class A9).

* "the Aruküla yard", "the Kiisa substation", "the Narva power station": a
  capitalised name before a lower-case facility head (after a determiner) is
  one Place labelled with the head ("Aruküla yard");
* "a joint yard at Valka, in Latvia's Valka Municipality", "a checkpoint at
  Narva, in Ida-Viru County": a capitalised name after "at" and before
  ", in <place>" is a Place (the model misses it after a common noun).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

FACILITY_HEADS = ("substation", "power station", "power plant", "switchyard", "yard", "marshalling yard", "terminal",
                  "depot", "dry port", "converter station", "compressor station", "pumping station")
_WORD = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*"
_FACILITY_RE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+({_WORD}(?: {_WORD})?) "
    rf"({'|'.join(sorted(FACILITY_HEADS, key=len, reverse=True))})(?![\w-])")
_AT_IN_RE = re.compile(
    rf"\b(?:at|near|outside)\s+({_WORD}(?: {_WORD})?),\s+in\s+(?:the\s+)?(?:{_WORD}['’]s\s+)?{_WORD}")


def facility_places(state: State) -> list[Candidate]:
    """Place candidates '<Name> <facility head>'."""
    out = []
    for m in _FACILITY_RE.finditer(state.text):
        name = m.group(1)
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type not in {"Place", "Country"}:
            continue  # "the Elering terminal": a company's terminal, named by the company
        if state.gaz.demonyms.get(name.lower()) is not None:
            continue  # "the Estonian yard": a description
        out.append(Candidate(m.start(1), m.end(2), state.text[m.start(1):m.end(2)], "Place", "rule"))
    return out


def towns_at_in(state: State) -> list[Candidate]:
    """Place candidates for 'at X, in Y'."""
    out = []
    for m in _AT_IN_RE.finditer(state.text):
        name = m.group(1)
        entry = state.gaz.lookup(name)
        if entry is not None:
            continue  # the gazetteer types it already
        out.append(Candidate(m.start(1), m.end(1), name, "Place", "rule"))
    return out
