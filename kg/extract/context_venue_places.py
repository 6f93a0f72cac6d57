"""Unknown names set where something happens: places (session 28, issue #3).

"the talks will resume in Kessa Tarvo in July", "signed in Borvik in 1937",
"the two ministers met in Ulvani on Monday", "officials in Tesh Valo call it
...": a name after "in" that a meeting, a signing, a session or the people who
live or work somewhere lead, or that a time phrase follows ("in X on Monday",
"in X next month"), is where it happens: a place. The statistical model reads
an unfamiliar town as a person or a company, or misses it; the world-cities
list knows only the large ones.

Words that lead such a slot are data (``venue_in_leads`` of the lexicon).
People also follow "in" ("confidence in Ortega", "in Ortega's view"): a
possessive, a lead of the ``not_venue_in_leads`` list, a name the text uses
for a person (a given name first, the surname of a named person, a title
before it, the subject of a speech verb) or a body the gazetteer knows stays
as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import dates, lexicon, unknown_places
from kg.extract.context_cities import free_place_context, person_names
from kg.extract.context_edit import drop_mention, known, personal_name, retype
from kg.extract.state import State
from kg.extract.unknown_places import free_name
from kg.model import Entity

# an unfamiliar place's name, maybe with its article ("in The Kessa on Monday")
NAME = rf"(?:The )?{unknown_places.NAME}"


@lru_cache(maxsize=1)
def _time_re() -> re.Pattern:
    """A time phrase right after a name: 'on Monday', 'on 4 June', 'in July', 'in 1937', 'next month'."""
    months = "|".join(m.capitalize() for m in dates.MONTHS if len(m) > 3 or m == "may")
    return re.compile(
        rf"\s+(?:on (?:{dates.WEEKDAY_NAMES}|\d{{1,2}}(?:st|nd|rd|th)? (?:{months})|(?:{months}) \d)"
        rf"|in (?:early |late |mid-)?(?:{months}|\d{{4}})\b|(?:next|last|this|later this|earlier this) "
        rf"(?:week|month|year|spring|summer|autumn|winter|{dates.WEEKDAY_NAMES})\b)")


# one blank, then a capital: a fifth word of the name, beyond what NAME takes
_RUNS_ON_RE = re.compile(r"\s[A-Z]")


@lru_cache(maxsize=1)
def _slot_re() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?P<lead>[A-Za-z]+)[ \t]+(?:(?:again|next|later|also|first|then)[ \t]+)?in[ \t]+"
                      rf"(?P<name>{NAME})(?![\w'’-])")


def venue_slots(state: State) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names set in a venue slot (see the module docstring)."""
    leads = lexicon.words("venue_in_leads")
    not_leads = lexicon.words("not_venue_in_leads")
    out = []
    for m in _slot_re().finditer(state.text, state.body_start):
        name, lead = m.group("name"), m.group("lead").lower()
        start, end = m.start("name"), m.end("name")
        if "\n" in m.group(0) or state.is_skipped(start, end) or lead in not_leads:
            continue
        if _RUNS_ON_RE.match(state.text, end):
            continue  # a name that runs on past the match (NAME stops before a possessive, so "in Ortega's view" never matches)
        if not (lead in leads or _time_re().match(state.text, end)):
            continue
        if known(state, name) or not free_name(name.removeprefix("The "), state):
            continue  # the gazetteer types the names it knows ("The Hague")
        out.append((start, end, name))
    return out


def apply(state: State) -> None:
    settle(state, venue_slots(state))


def settle(state: State, slots: list[tuple[int, int, str]]) -> None:
    """Make the names at ``slots`` places: retype the entity named there exactly, or name the
    place there when nothing (or only a piece of the name) was found."""
    if not slots:
        return
    surnames = person_names(state)
    for start, end, name in slots:
        hits = [m for m in state.mentions if m.start < end and start < m.end and m.key in state.entities]
        exact = [m for m in hits if m.start == start and m.end == end]
        if exact:
            _retype(state, exact[0].key, surnames)
            continue
        if name in surnames or any(m.start < start or m.end > end for m in hits):
            continue  # part of a longer name
        if any(state.entities[m.key].type not in {"Person", "Organization", "Place"}
               or not _retypable(state, state.entities[m.key], surnames) for m in hits):
            continue
        # nothing, or a piece of the name ("Kessa" of "in Tarvo Kessa on Monday"), was found there
        for m in hits:
            drop_mention(state, m.key, m.start, m.end)
            if not state.entities[m.key].mentions:
                del state.entities[m.key]
        entity = state.add_entity(" ".join(name.split()), "Place")
        if entity.type != "Place" and not _retypable(state, entity, surnames):
            continue
        entity.type = "Place"
        state.add_mention(entity.key, start, end)
    _other_writings(state, surnames)


def _other_writings(state: State, surnames: set[str]) -> None:
    """'between Tarvo Kessa and Dorn ... a session in Tarvo Kessa on Monday': where the model
    tagged only a piece of a multi-word place elsewhere ("Kessa", a person), that piece is the place."""
    for entity in [e for e in state.entities.values() if e.type == "Place" and " " in e.label]:
        if known(state, entity.label):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(entity.label)}(?![\w'’-])", state.text[state.body_start:]):
            start, end = state.body_start + m.start(), state.body_start + m.end()
            hits = [h for h in state.mentions if h.start < end and start < h.end and h.key in state.entities]
            if not hits or any(h.key == entity.key for h in hits) or any(h.start < start or h.end > end for h in hits):
                continue
            pieces = [state.entities[h.key] for h in hits]
            if any(p.type not in {"Person", "Organization"} or p.label in surnames or not _retypable(state, p, surnames)
                   for p in pieces):
                continue
            for h in hits:
                drop_mention(state, h.key, h.start, h.end)
                if not state.entities[h.key].mentions:
                    del state.entities[h.key]
            state.add_mention(entity.key, start, end)


def _retype(state: State, key: str, surnames: set[str]) -> None:
    """A person or body named in a venue slot is a place unless the text uses it for someone."""
    if _retypable(state, state.entities[key], surnames):
        retype(state, key, "Place")


def _retypable(state: State, entity: Entity, surnames: set[str]) -> bool:
    if entity.type == "Place":
        return True
    if entity.type not in {"Person", "Organization"} or entity.unnamed or known(state, entity.label):
        return False
    if entity.label in surnames or personal_name(entity.label) or len(entity.label.split()) > 4:
        return False
    if any(len(a.split()) > 1 and personal_name(a) for a in entity.aliases):
        return False
    # "Dr Kessa", "Kessa said": someone (a town in capitals opening a dateline says nothing)
    return all(free_place_context(state, m.start, m.end) or _dateline(state, m.start, m.end) for m in entity.mentions)


def _dateline(state: State, start: int, end: int) -> bool:
    """'KESSA, May 19 -', 'TARVO/KESSA, May 19': a town in capitals before a dateline's date or slash."""
    return state.text[start:end].isupper() and bool(re.match(r"\s*(?:,|/)", state.text[end:end + 3]))
