"""State agencies named by a descriptor that names their country (round-15 class A1).

"Lithuania's maritime security agency, Jurlaksa," / "the Latvian customs
service VMD" / "ASVA, Latvia's state health provider,": a name apposed to
(or right after) an agency noun owned by a country is a government agency,
whatever the NER thought (it often calls a one-word agency a person).
State companies ("Latvia's state utility X") are typed elsewhere.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import known, personal_name, retype
from kg.extract.state import State

_AGENCY_NOUNS = (r"agency|service|authority|inspectorate|directorate|regulator|bureau|office|department|"
                 r"administration|police|guard|coast guard|border guard|health provider|provider|board|commission")
_NAME = rf"{CAP_CLASS}[\w'’&-]*(?: {CAP_CLASS}[\w'’&-]*){{0,2}}"
_MODS = r"(?:(?!(?:and|or|of|for|with|said|says|who|which|that)\s)[a-z][\w-]*\s+){0,4}?"


def _owner_re(state: State) -> str:
    return rf"(?:(?P<owner>{CAP_CLASS}[\w.-]*(?: {CAP_CLASS}[\w.-]*)?)['’]s|[Tt]he\s+(?P<demonym>{CAP_CLASS}[\w-]*))"


def apply(state: State) -> None:
    owner = _owner_re(state)
    before = re.compile(rf"{owner}\s+{_MODS}(?:{_AGENCY_NOUNS}),?\s+(?:the\s+)?(?P<name>{_NAME})(?=\s*[,(]|\s+(?:said|says|and)\b)")
    after = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),\s+{owner}\s+{_MODS}(?:{_AGENCY_NOUNS})\s*[,.;]")
    for pattern in (before, after):
        for m in pattern.finditer(state.text, state.body_start):
            if "\n" in m.group(0) or not _state_owner(state, m):
                continue
            _type_agency(state, m.start("name"), m.end("name"))
    _headed_municipalities(state)


# "Birte Holm, mayor of Kolding Municipality": a municipality whose mayor or head the text names is
# the local government, a body (round-23 class A4); "a village in Kolding Municipality" stays a place.
_MUNICIPAL_RE = re.compile(r"(?:Municipality|Municipal Council|District Council|City Council|Town Council|"
                           r"County Council|Borough Council|Regional Council|Commune|Kommune)$")
_HEAD_OF_RE = re.compile(r"\b(?:mayor|deputy mayor|head|chair|chairman|chairwoman|chairperson|chief executive|"
                         r"president|leader|governor|administrator)\s+of\s+(?:the\s+)?$", re.I)


def _headed_municipalities(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or entity.unnamed or not _MUNICIPAL_RE.search(entity.label):
            continue
        if any(_HEAD_OF_RE.search(state.text, max(0, span.start - 40), span.start) for span in entity.mentions):
            retype(state, key, "GovernmentAgency")


def _state_owner(state: State, m: re.Match[str]) -> bool:
    """The possessive or the demonym names a country (or a place of one)."""
    if m.group("owner"):
        entry = state.gaz.lookup(m.group("owner"))
        return entry is not None and entry.type in {"Country", "Place"}
    return state.gaz.country_of_demonym(m.group("demonym")) is not None


def _type_agency(state: State, start: int, end: int) -> None:
    label = " ".join(state.text[start:end].split())
    if known(state, label) or personal_name(label) or label.split()[0] in {"The", "A", "An", "Its"}:
        return
    hits = [x for x in state.mentions if x.start < end and start < x.end]
    if len(hits) != 1 or hits[0].start != start or hits[0].end != end:
        return
    entity = state.entities.get(hits[0].key)
    if entity is None or entity.unnamed or entity.type not in {"Person", "Organization", "Place"}:
        return
    if entity.type == "Person" and len(label.split()) > 1 and not label.isupper():
        return  # "the agency's head, Ana Ruiz": a full personal name stays a person
    retype(state, hits[0].key, "GovernmentAgency")
