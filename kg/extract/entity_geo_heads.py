"""Places named with a lower-case geographic head, or with a foreign one (round-36 class A5).

"through the Karsko marshes", "the Chilia arm", "the river Emsbach", "from the
Mosoni-Duna": the name before (or after) a geographic head word is a place,
and so is the bare name the text uses later ("rain over the Vransko"), whatever
the model typed it (a person, a company) or when it missed it. Foreign compound
names whose last part is a place word ("the old Weserbrücke", "the Nordkanal",
"the Traunsee", "the Hafenstraße") are places too; so is a continent named
where things happen or go ("spreading in Asia", "exports to Africa").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_places import usable_place_name
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_NAME = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}[\w'’]*)*"
# heads after the name ("the Karsko marshes", "the Chilia arm") and the one before it ("the river Emsbach")
_AFTER_HEADS = "marshes|marsh|marshland|swamps?|arm|branch|delta|river|lagoon|wetlands?|reed\\s+beds|floodplain|estuary|stream|creek|brook"
_AFTER_RE = re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<name>{_NAME})\s+(?:{_AFTER_HEADS})(?![\w-])")
_BEFORE_RE = re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+(?:river|stream|canal|lake|brook)\s+(?P<name>{_NAME})(?![\w'’-])")
# foreign compound place words: German, Dutch, French, Scandinavian heads
_FOREIGN_RE = re.compile(rf"\b[Tt]he\s+(?:(?:old|new|former|upper|lower|busy|narrow|historic|main)\s+)?"
                         rf"(?P<name>{CAP_CLASS}[a-zäöüßàâçéèêëîïôûùÿæøå]{{2,}}(?:brücke|brucke|brug|bro|kanal|kanaal|see|sjön|"
                         rf"straße|strasse|weg|pont|platz|plein|gracht|dijk|damm|ufer|bach|kade|hafen|haven|gade|gatan|vej))"
                         rf"(?![\w'’-])")
_CONTINENT_RE = re.compile(r"\b(?:in|to|from|into|across|throughout|through|around|toward|towards)\s+"
                           r"(?P<name>Asia|Africa|Europe|South America|North America|Latin America|Oceania)(?![\w'’-])")
_NOT_NAMES = frozenset("The This That A An Its Their His Her Our North South East West Upper Lower Old New".split())


def geo_head_places(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with these places laid over other readings."""
    text = state.text
    new: list[Candidate] = []
    names: set[str] = set()
    for regex in (_AFTER_RE, _BEFORE_RE, _FOREIGN_RE):
        for m in regex.finditer(text):
            name = m.group("name")
            s, e = m.start("name"), m.end("name")
            if name in _NOT_NAMES or "\n" in m.group(0) or state.is_skipped(s, e):
                continue
            if regex is _FOREIGN_RE and re.search(r"(?:ensee|essee|isee|ntee|ssee)$", name) and name != "Tennessee":
                continue  # "the Licensee", "the Addressee", "the Guarantee": English words, no lake
            if any(c.start < e and s < c.end and c.source in {"gaz", "rule"}
                   and c.type in {"Organization", "GovernmentAgency", "MediaOrganization"} for c in found):
                continue  # "the Kessa Bank arm": a body a rule or the gazetteer read stays
            entry = state.gaz.lookup(name)
            if entry is not None and entry.type != "Place":
                continue  # "the Kenya delta"? a known country or body stays itself
            if regex is not _FOREIGN_RE and (not usable_place_name(name, state)
                                             or state.gaz.country_of_demonym(name) is not None):
                continue
            # a longer place reading ("the Karsko marshes" found whole, "the Danube Delta") stays
            if any(c.start <= s and e <= c.end and c.length > e - s and c.type == "Place" for c in found):
                names.add(name)
                continue
            names.add(name)
            new.append(Candidate(s, e, name, "Place", "gaz" if entry else "rule", entry))
    for m in _CONTINENT_RE.finditer(text):
        s, e = m.start("name"), m.end("name")
        if not state.is_skipped(s, e) and not any(c.start <= s and e <= c.end and c.length > e - s for c in found):
            entry = state.gaz.lookup(m.group("name"))
            new.append(Candidate(s, e, m.group("name"), "Place", "gaz" if entry else "rule", entry))
    if names:
        # the bare name later: "rain over the Vransko", "Chilia said"? a Place wherever the model put it
        bare = re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})(?![\w'’-])")
        for m in bare.finditer(text):
            s, e = m.start(), m.end()
            if any(n.start == s and n.end == e for n in new) or state.is_skipped(s, e):
                continue
            over = [c for c in found if c.start < e and s < c.end]
            if any(c.type == "Place" or c.length > e - s or c.source == "gaz" for c in over):
                continue  # a wider name holds it, or it is a place already
            if not over and not re.search(r"\b(?:[Tt]he|[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Ii]nto|[Aa]cross|[Aa]long|[Oo]ver)\s+$",
                                         text[max(0, s - 8):s]):
                continue  # a missed bare name counts only where a place stands
            new.append(Candidate(s, e, m.group(0), "Place", "rule"))
    return overlaid(found, new)
