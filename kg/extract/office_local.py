"""Offices of a town or region: 'Bauska mayor X', 'the mayor of Arica, X', a
town the name finder missed ('Kalnciems mayor X'), and the register of people
whose office belongs to a named place (they speak for the country it lies in).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.office_base import (
    LOCAL_OFFICES,
    STYLES,
    Office,
    sentence_bounds,
    token_at,
)
from kg.extract.state import MentionRef, State


def local_office(tokens: list[Token]) -> bool:
    """'mayor', 'deputy mayor', 'intendente': the office of a town or region."""
    return bool(tokens) and any(t.lower_ in LOCAL_OFFICES for t in tokens) \
        and all(t.lower_ in LOCAL_OFFICES or t.lower_ in {"deputy", "vice", "acting", "-", "the", "a", "an"}
                for t in tokens)


# Capitalised words before "Mayor" that are part of the title or a generic noun, not a town.
_NOT_TOWNS = frozenset("City Town Village Municipal County District Regional Local Lord Deputy Acting Former "
                       "The A An Then Vice".split())
# Offices only a town has: a name owning one is a town, whatever the name finder guessed.
TOWN_OFFICES = frozenset("mayor intendente intendant prefeito alcalde alcaldesa burgomaster reeve alderman "
                         "alderwoman".split())


def local_place(state: State, tok: Token, office: list[str] | None = None) -> MentionRef | None:
    """The named town or region ending at ``tok`` ("Bauska" in "Bauska mayor X").
    With a town's ``office`` words, a name read as a person or organisation that
    nothing else ties to is retyped a Place ("Voruste's mayor")."""
    if not tok.text[:1].isupper():
        return None
    found = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if found is None and office and set(office) & TOWN_OFFICES and tok.text not in _NOT_TOWNS \
            and (tok.pos_ == "PROPN" or tok.is_sent_start and tok.pos_ == "NOUN"):
        # "Kalnciems mayor X": a town the name finder missed
        k = tok.i
        while k - 1 >= tok.sent.start and tok.doc[k - 1].pos_ == "PROPN" and tok.doc[k - 1].text[:1].isupper() \
                and tok.doc[k - 1].text not in _NOT_TOWNS \
                and state.mention_at(tok.doc[k - 1].idx, tok.doc[k - 1].idx + 1) is None:
            k -= 1
        start, end = tok.doc[k].idx, tok.idx + len(tok.text)
        entity = state.add_entity(state.text[start:end], "Place")
        state.add_mention(entity.key, start, end, alias=False)
        found = state.mention_at(start, end, {"Place"})
    if found is None or state.entities[found.key].unnamed or found.end != tok.idx + len(tok.text):
        return None
    entity = state.entities[found.key]
    if entity.type in {"Person", "Organization"} and office and set(office) & TOWN_OFFICES \
            and not state.gaz.lookup(entity.label) and not any(found.key in (r.subject, r.object) for r in state.relations) \
            and found.key not in state.positions and not any(x.speaker == found.key for x in state.statements):
        entity.type = "Place"
    return found if entity.type == "Place" else None


_LOCAL_OF_RE = re.compile(r"\b(?P<title>(?:(?:deputy|vice|acting)[ -])?(?:" + "|".join(sorted(LOCAL_OFFICES)) + r"))"
                          r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s(?:(?:de|del|do|da|la)\s)?[A-Z][\w’'-]*)*)"
                          # "Mayor of Tosa district Emil Dor": a lower-case unit word, then the name
                          r"(?:\s*,\s*|\s+(?:district|province|county|municipality|town|city|village)\s+)"
                          + STYLES + r"?$", re.I)


def local_of_title(state: State, mention: MentionRef) -> Office | None:
    """'The mayor of Arica, Carla Munoz,': the town's officer (the country it lies in
    is decided once places are read)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    base = max(first.sent.start_char, mention.start - 120)
    m = _LOCAL_OF_RE.search(state.text, base, mention.start)
    if m is None or m.group("place")[:1].islower():
        return None
    return office_in_named_place(state, mention, m, first)


# "X, the akim, or governor, of Zhambyl region,": a local office word glossed by a known one
_GLOSSED_RE = re.compile(r",\s+(?:the\s+)?(?P<word>[a-z][\w'’-]+(?:\s[a-z][\w'’-]+)?)\s*,?\s+or\s+(?:the\s+)?"
                         r"(?P<gloss>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,?\s+(?:of|for|in)\s+(?:the\s+)?"
                         r"(?P<place>[A-Z][\w’'-]*)")


def glossed_title(state: State, mention: MentionRef) -> Office | None:
    """'Aigerim Saparova, the akim, or governor, of Zhambyl region,': the office is the local
    word ("akim"), the gloss only explains it; it is the officer of the place named, who acts
    for the country the place lies in (decided once places are read)."""
    from kg.extract.office_base import is_core
    m = _GLOSSED_RE.match(state.text, mention.end, min(len(state.text), mention.end + 160))
    if m is None or not any(is_core(w) for w in m.group("gloss").split()) \
            or any(is_core(w) for w in m.group("word").split()):
        return None
    place = state.mention_at(m.start("place"), m.end("place"))
    if place is None or place.start != m.start("place") or state.entities[place.key].unnamed \
            or state.entity_type(place.key) not in {"Place", "Country"}:
        return None
    first = token_at(state, mention.start)
    if first is None:
        return None
    if state.entity_type(place.key) == "Place":
        regional_officers(state).add(mention.key)
    return Office(mention.key, m.group("word"), (m.start("word"), m.end("word")), place.key,
                  sentence_bounds(state, first))


def regional_officers(state: State) -> set[str]:
    """People whose office belongs to a named region or town ("Tacna's governor"):
    they speak for the country that place lies in (decided after locatedIn is read)."""
    return state.__dict__.setdefault("_regional_officers", set())


def local_of_place(state: State, tokens: list[Token]) -> tuple[list[Token], str] | None:
    """'mayor of Valka' / "Valka's mayor": the local office words and the named place."""
    for i, t in enumerate(tokens):
        if t.lower_ == "of" and i and local_office(tokens[:i]) and i + 1 < len(tokens):
            place = local_place(state, tokens[-1])
            rest = tokens[i + 1:]
            if place is not None and place.start == rest[0].idx + (4 if rest[0].lower_ == "the" else 0):
                return tokens[:i], place.key
    if len(tokens) > 2 and tokens[1].text in {"'s", "’s"} and local_office(tokens[2:]):
        place = local_place(state, tokens[0], [t.lower_ for t in tokens[2:]])
        if place is not None and place.start == tokens[0].idx:
            return tokens[2:], place.key
    if len(tokens) > 1 and tokens[-1].lower_ in _AREA_OFFICES:
        # "the Tosa District Commissioner": an office named after the district it serves
        place = state.mention_at(tokens[0].idx, tokens[0].idx + len(tokens[0].text), {"Place"})
        if place is not None and place.start == tokens[0].idx and place.end < tokens[-1].idx \
                and not state.entities[place.key].unnamed:
            return tokens, place.key
    return None


# The last word of an office named after the area it serves ("Tosa District Commissioner")
_AREA_OFFICES = frozenset("commissioner governor administrator mayor prefect intendant intendente councillor councilor "
                          "sheriff premier superintendent".split())  # "Lofa County Superintendent X" (round-33 O3)


# "Laura Bassi, the health councillor of the Veneto region," / "X, a councillor for the
# Nouvelle-Aquitaine region," (round-33 O3): a council member of a named region or town
_COUNCILLOR_RE = re.compile(r",\s+(?:the|a|an)\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}(?:councillor|councilor|alderman|alderwoman))"
                            r"\s+(?:of|for|in)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)*)"
                            r"(?:\s+(?:region|province|county|municipality|department|district|city|town))?\s*[,.;]")


def councillor_title(state: State, mention: MentionRef) -> Office | None:
    """The office is the council word with its portfolio ("health councillor"), held in the
    place named; the councillor acts for the country that place lies in (decided once
    places are read), as a mayor does."""
    m = _COUNCILLOR_RE.match(state.text, mention.end, min(len(state.text), mention.end + 160))
    first = token_at(state, mention.start)
    if m is None or first is None:
        return None
    return office_in_named_place(state, mention, m, first)


def office_in_named_place(state: State, mention: MentionRef, m: re.Match, first, whole: bool = False) -> Office | None:
    """The local office ``m`` names ("title" group) in the named place of its "place" group,
    held by ``mention``'s person, who acts for that place's country (decided once places are
    read); None when no named place stands there."""
    place = named_place_at(state, m, whole)
    if place is None:
        return None
    regional_officers(state).add(mention.key)
    return Office(mention.key, " ".join(m.group("title").split()), (m.start("title"), m.end("title")), place.key,
                  sentence_bounds(state, first))


def named_place_at(state: State, m: re.Match, whole: bool = False, group: str = "place") -> MentionRef | None:
    """The named place whose mention starts where ``m``'s ``group`` does (and, ``whole``,
    ends where it does), if any."""
    place = state.mention_at(m.start(group), m.end(group), {"Place"})
    if place is None or place.start != m.start(group) or state.entities[place.key].unnamed \
            or whole and place.end != m.end(group):
        return None
    return place


def split_place_titles(state: State) -> None:
    """'Lofa County Superintendent Joseph T. Nagbe': a place name the name finder ran on
    into the office after it ("Lofa County Superintendent" as one place) is the place
    alone; the office word is the title of the name that follows (round-33 O3)."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Place" or m.start < state.body_start:
            continue
        words = state.text[m.start:m.end].split()
        if len(words) < 2 or words[-1].lower() not in _AREA_OFFICES:
            continue
        gap = re.match(r"[ \t]+" + STYLES + r"?", state.text[m.end:m.end + 20])
        person = state.mention_at(m.end + gap.end(), m.end + gap.end() + 1, {"Person"}) if gap else None
        if person is None or person.start != m.end + gap.end():
            continue
        end = m.start + len(state.text[m.start:m.end].rstrip()) - len(words[-1])
        end = m.start + len(state.text[m.start:end].rstrip())
        state.remove_mention(m)
        place = state.add_entity(state.text[m.start:end], "Place")
        state.add_mention(place.key, m.start, end, alias=False)
