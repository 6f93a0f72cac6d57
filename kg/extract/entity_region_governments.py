"""Governments of regions named with a lower-case "government" (round-32 A5, A8).

* "the Hokkaido government welcomed the deal", "the Sikkim government": a
  region's name before a lower-case "government" is the region's government,
  one GovernmentAgency labelled as written ("Hokkaido government"); the model
  reads the name alone as a place or a person. A country ("the Japanese
  government", "the Japan government") acts as the country and is left to
  the country rules, as is a capitalised "Government" the model tags whole.
* "the State government", "the Central government": a generic word before
  "government" names no body, so "State" alone is no entity.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Words that open many bodies' names and so name no region of their own.
_GENERIC = frozenset("State Central Federal National Union Provincial Regional Local City County Municipal "
                     "Interim Transitional Military Previous Former New Current Incoming Outgoing The This That "
                     # a party's or a coalition's cabinet ("the Labour government", "the Unity government")
                     "Labour Tory Conservative Liberal Coalition Unity Caretaker Socialist Communist Democratic "
                     "Republican Opposition Rebel Junta Taliban Houthi".split())
_W = rf"{CAP_CLASS}[\w'’-]*"
_GOV_RE = re.compile(rf"(?<![\w'’-])[Tt]he\s+(?P<name>{_W}(?:\s{_W})?)\s+government(?![\w-])")


def _region_name(state: State, name: str) -> bool:
    words = name.split()
    if any(w in _GENERIC for w in words) or words[-1].endswith(("'s", "’s")):
        return False
    if state.gaz.by_surname.get(words[-1]) or words[0] in lexicon.given_names():
        return False  # "the Sharif government": a leader's cabinet, no region's body
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type != "Place":
        return False  # "the Japan government" acts as Japan; a person's or a party's government is no body
    return state.gaz.demonyms.get(name.lower()) is None and state.gaz.demonyms.get(words[0].lower()) is None


def region_governments(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with "<Region> government" agencies, the readings inside them and a bare "State" gone."""
    text = state.text
    govs = []
    for m in _GOV_RE.finditer(text):
        name = m.group("name")
        if not _region_name(state, name):
            continue
        entry = state.gaz.lookup(name)
        if (entry is None or entry.type != "Place") and any(
                c.type == "Person" and c.start == m.start("name") and c.end == m.end("name") for c in found):
            continue  # "the Maduro government": a leader's cabinet the model reads as his name
        govs.append(Candidate(m.start("name"), m.end(), text[m.start("name"):m.end()], "GovernmentAgency", "rule"))
    generic = [m.span("name") for m in re.finditer(r"(?<![\w'’-])(?:[Tt]he\s+)(?P<name>State|Central|Union)\s+government", text)]
    kept = [c for c in found if not any(g.start <= c.start and c.end <= g.end for g in govs)
            and not (c.source != "gaz" and (c.start, c.end) in generic)]
    return kept + [g for g in govs if not any(k.start < g.end and g.start < k.end for k in kept)]
