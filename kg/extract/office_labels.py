"""Titles on the soundbite labels of a broadcast script (round-29 S1, O8).

A radio or TV script names each voice on a cue line of its own, with the person's post
after commas and the clip's length in brackets:

    CLIP 1 - Petra Novak, Environment Minister (0'14")
    SOT: Ama Dossou, Minister of Water of Benin
    SOT: Yao Mensah, president, Aneho Boatmen's Union
    CLIP 2 - Lina Berg, researcher, Gulf Sea Institute (0'09")
    REPORTER: Koffi Agbeko

The first part after the name is the title; a later part that names an organisation is
the body the person speaks for (the union, the institute), one that names a country the
side. A title already held ("Environment Minister" after "Austria's Environment Minister
Petra Novak") is the same office; the label only adds the body. The labels are read
after the statements step, which gives the label's names their people.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import ORG_TYPES, Office
from kg.extract.sides import country_key_for_word
from kg.extract.state import State

# "CLIP 1 -", "SOT:", "SOUNDBITE:", "SYNC -", "[SOT]"; the name and the rest up to a duration
_LABEL_RE = re.compile(rf"^[ \t]*\[?(?:{lexicon.alternation('soundbite_cues')})(?:[ \t]*\d+)?\]?"
                       r"[ \t]*[-–—:][ \t]*(?P<rest>[^\n\"“]+?)[ \t]*(?:\([^\n)]*\)|\[[^\n\]]*\])?[ \t]*$", re.MULTILINE)
_REPORTER_RE = re.compile(r"(?:^|[ \t]{2,}|\|[ \t]*)(?P<title>REPORTER|CORRESPONDENT|PRODUCER|PRESENTER|ANCHOR)"
                          r"[ \t]*:[ \t]*(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})", re.MULTILINE)
_OF_COUNTRY_RE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})$")


def label_titles(state: State) -> None:
    """holdsPosition / represents from the script's soundbite and reporter labels."""
    from kg.extract.offices import _record  # the offices step records an office (import cycle)

    for hit in _LABEL_RE.finditer(state.text):
        parts = [p for p in re.split(r"\s*,\s*", hit.group("rest"))]
        if len(parts) < 2:
            continue
        name_start = hit.start("rest")
        person = _person(state, name_start, name_start + len(parts[0]))
        if person is None:
            continue
        title_start = state.text.index(parts[1], name_start + len(parts[0]))
        title = parts[1]
        evidence = (hit.start("rest"), hit.end("rest"))
        if not title[:1].isalpha() or state.mentions_in(title_start, title_start + len(title), ORG_TYPES | {"Person"}):
            continue  # "NAME, Radio Lakeside": no title
        org = country = None
        for part in parts[2:]:
            start = state.text.index(part, title_start)
            found = next((m for m in state.mentions_in(start, start + len(part), ORG_TYPES | {"Country"})
                          if not state.entities[m.key].unnamed), None)
            if found is None:
                continue
            if state.entity_type(found.key) == "Country":
                country = country or found.key
            else:
                org = org or found.key
        of = _OF_COUNTRY_RE.search(title)
        if of is not None:
            c_start, c_end = title_start + of.start("country"), title_start + of.end("country")
            named = [m.key for m in state.mentions_in(c_start, c_end, {"Country"})] \
                or [k for k in (country_key_for_word(state, c_start, c_end),) if k and state.entity_type(k) == "Country"]
            if named:
                country = country or named[0]
                title = title[:of.start()]
        held = _held(state, person, title)
        if held:
            if org is not None:
                state.add_relation(person, "represents", state.span(*evidence), obj=org)
            if country is not None and not state.objects(person, "represents"):
                state.add_relation(person, "represents", state.span(*evidence), obj=country)
            continue
        span = (title_start, title_start + len(title))
        if org is not None:
            office = Office(person, title, span, org, evidence, country=country, org=org,
                            org_is_employer=True, no_context=True)
        else:
            office = Office(person, title, span, country, evidence, country=country)
        _record(state, office)
    for hit in _REPORTER_RE.finditer(state.text):
        person = _person(state, hit.start("name"), hit.end("name"))
        if person is None or state.objects(person, "holdsPosition"):
            continue
        _record(state, Office(person, hit.group("title").lower(), None, None, (hit.start(), hit.end()),
                              no_context=True))


def _person(state: State, start: int, end: int) -> str | None:
    """The named person at the label's name."""
    found = next((m for m in state.mentions_in(start, end, {"Person"}) if not state.entities[m.key].unnamed), None)
    if found is not None:
        return found.key
    name = " ".join(state.text[start:end].split())
    hits = [k for k, e in state.entities.items() if e.type == "Person" and not e.unnamed
            and (name == e.label or name in e.aliases)]
    return hits[0] if len(hits) == 1 else None


def _held(state: State, person: str, title: str) -> bool:
    """The person holds this title already (in these words or the other word order)."""
    words = frozenset(title.lower().split()) - {"of", "for", "the", "and"}
    for key in state.objects(person, "holdsPosition"):
        entity = state.entities.get(key)
        if entity is None:
            continue
        for name in {entity.label, *entity.aliases}:
            if title.lower() in name.lower() or words <= frozenset(name.lower().split()):
                return True
    return False
