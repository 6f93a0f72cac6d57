"""Sides the office step misreads or misses.

* "his Malawian counterpart, X", "her counterpart from Malawi, X": X represents
  that country. (A counterpart with no country word is left alone: guessing "the
  other side" cost precision on unseen text.)
* "President A of Malawi and President B": A holds "President of Malawi" and
  represents Malawi; B does not (the "of" phrase is A's).
* "<Country>'s foreign ministry said ... Its spokesman, X, told ...": X speaks
  for that country.
* "Spain's Secretary of State for Transport, Mobility and Urban Agenda, X": X
  represents Spain and holds the whole title, commas included.
* "The Ghanaian delegation was led by Mr. X, Secretary, Ministry of Trade": the
  ministry after the title is the one of X's side (partOf the country X represents).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_counterparts import COUNTERPART_OF
from kg.extract.offices import position_label, title_case
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State
from kg.iris import slugify
from kg.model import ORG_TYPES, Span

_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|H\.E|Ambassador)\.?\s+)?"
_COUNTERPART_RE = re.compile(COUNTERPART_OF + r"\s*,?\s+" + _HONORIFIC + r"$")


def apply(state: State) -> None:
    _counterparts(state)
    _titled_name_of_country(state)
    _its_spokesperson(state)
    _possessive_long_title(state)
    _title_comma_ministry(state)


# -- helpers -----------------------------------------------------------------------
def _in_sentence(span: Span, start: int, end: int) -> bool:
    return start <= span.start < end


def _country_sides(state: State, person: str) -> list[str]:
    return [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]


def _set_side(state: State, person: str, country: str, evidence: Span, sent_bounds: tuple[int, int]) -> None:
    """``person`` represents ``country``; another country read from the same
    sentence was a misreading and goes."""
    for r in list(state.relations):
        if r.subject == person and r.predicate == "represents" and r.object != country \
                and r.object is not None and state.entity_type(r.object) == "Country" \
                and _in_sentence(r.evidence, *sent_bounds):
            state.remove_relation(r)
    state.add_relation(person, "represents", evidence, obj=country)


def _person_at(state: State, start: int) -> MentionRef | None:
    """The named person starting at ``start``."""
    m = state.mention_at(start, start + 1, {"Person"})
    if m is None or m.start != start or state.entities[m.key].unnamed:
        return None
    return m


# -- counterparts ------------------------------------------------------------------
def _counterparts(state: State) -> None:
    for m in list(state.mentions):
        if m.start < state.body_start:
            continue
        before = state.text[max(0, m.start - 90):m.start]
        hit = _COUNTERPART_RE.search(before)
        if hit is None:
            continue
        person = _person_at(state, m.start)
        if person is None:
            continue
        base = m.start - len(before)
        sent = state.sentence_of(m.start)
        bounds = (sent.start_char, sent.end_char)
        evidence = state.sentence_span(sent)
        country = None
        if hit.group("dem"):
            country = country_key_for_word(state, base + hit.start("dem"), base + hit.end("dem"))
        elif hit.group("from"):
            c = state.mention_at(base + hit.start("from"), base + hit.end("from"), {"Country"})
            country = c.key if c is not None else None
        if country is None or state.entity_type(country) != "Country":
            continue
        _set_side(state, person.key, country, evidence, bounds)


# -- "President A of X and President B" --------------------------------------------
_TITLE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+" + _HONORIFIC + r"$")
_OF_COUNTRY_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _title_words(title: str) -> bool:
    heads = lexicon.words("title_heads") | lexicon.words("title_core")
    return any(w.lower() in heads for w in title.split())


def _titled_name_of_country(state: State) -> None:
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.start < state.body_start:
            continue
        of = _OF_COUNTRY_RE.match(state.text, m.end)
        country = state.mention_at(of.end(), of.end() + 1, {"Country"}) if of else None
        if country is None or country.start != of.end() or re.match(r"['’]s\b", state.text[country.end:country.end + 2]):
            continue  # "... of Portugal's Socialist Party": the country owns something else
        sent = state.sentence_of(m.start)
        title_hit = _TITLE_BEFORE_RE.search(state.text, sent.start_char, m.start)
        if title_hit is None:
            continue
        title = title_hit.group("title")
        words = title.split()
        while words and not _title_words(words[0]):
            words = words[1:]  # "Later President ...": only the title's own words
        if not words or words[0].lower() in {"and", "or"}:
            continue
        title = title_case(" ".join(words))
        bounds = (sent.start_char, sent.end_char)
        evidence = state.sentence_span(sent)
        _give_position(state, m.key, title, country.key, evidence, bounds)
        _set_side(state, m.key, country.key, evidence, bounds)
        _untangle_next(state, m, country, bounds)


def _give_position(state: State, person: str, title: str, country: str, evidence: Span,
                   bounds: tuple[int, int]) -> None:
    """``person`` holds '<title> of <country>'; another office read from the same
    sentence with a different country (or none) was a misreading."""
    label = position_label(title, state.entities[country].label)
    key = slugify(label)
    for r in list(state.relations):
        if r.subject == person and r.predicate == "holdsPosition" and r.object != key \
                and _in_sentence(r.evidence, *bounds):
            state.remove_relation(r)
    position = state.add_entity(label, "Position", key=key)
    position.aliases.add(title)
    state.add_relation(person, "holdsPosition", evidence, obj=key)
    state.add_relation(key, "positionIn", evidence, obj=country)
    state.positions[person] = key


def _untangle_next(state: State, m: MentionRef, country: MentionRef, bounds: tuple[int, int]) -> None:
    """'President A of X and President B met': B's office and side were taken from
    A's "of X"; B keeps them only if the text gives B that country itself."""
    people = [p for p in state.mentions_in(country.end, bounds[1], {"Person"}) if p.key != m.key]
    if not people:
        return
    nxt = people[0]
    if not re.fullmatch(r"\s*,?\s+and\s+(?:(?:his|her|their)\s+)?(?:[A-Z][\w.-]*\s+){1,4}",
                        state.text[country.end:nxt.start]):
        return
    if _OF_COUNTRY_RE.match(state.text, nxt.end):
        return  # "... and President B of Y": B's own "of" phrase
    for r in list(state.relations):
        if r.subject != nxt.key or not _in_sentence(r.evidence, *bounds):
            continue
        if r.predicate == "represents" and r.object == country.key:
            state.remove_relation(r)
        elif r.predicate == "holdsPosition" and r.object is not None \
                and state.has_relation(r.object, "positionIn", country.key):
            state.remove_relation(r)
            if state.positions.get(nxt.key) == r.object:
                del state.positions[nxt.key]


# -- "Its spokesman, X" ------------------------------------------------------------
_ITS_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Its|Their)\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+" + _HONORIFIC)


def _its_spokesperson(state: State) -> None:
    for hit in _ITS_RE.finditer(state.text):
        if hit.start() < state.body_start or not _title_words(hit.group("title")):
            continue
        person = state.mention_at(hit.end(), hit.end() + 1, {"Person"})
        if person is None or person.start != hit.end():
            continue
        sent = state.sentence_of(hit.start())
        if sent.start == 0:
            continue
        prev = state.doc[sent.start - 1].sent
        owner = _subject_body(state, prev)
        if owner is None:
            continue
        country = owner if state.entity_type(owner) == "Country" else next(
            (o for o in state.objects(owner, "partOf") if state.entity_type(o) == "Country"), None)
        if country is None:
            continue
        _set_side(state, person.key, country, state.sentence_span(sent), (sent.start_char, sent.end_char))


def _subject_body(state: State, sent) -> str | None:
    """The organisation or country a sentence is about: its subject's mention."""
    for tok in sent:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
            for t in (tok, *[c for c in tok.subtree if c.dep_ in {"poss", "compound"}]):
                m = state.mention_at(t.idx, t.idx + len(t.text), ORG_TYPES | {"Country"})
                if m is not None and state.entity_type(m.key) != "MediaOrganization":
                    return m.key
            return None
    return None


# -- "Spain's Secretary of State for A, B and C, X" -------------------------------
_LONG_TITLE_RE = re.compile(
    r"(?P<c>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+"
    r"(?P<title>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|the|on|&)|,\s+[A-Z][\w-]*)*)\s*,\s+" + _HONORIFIC + r"$")


def _possessive_long_title(state: State) -> None:
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.start < state.body_start:
            continue
        if state.objects(m.key, "holdsPosition") and _country_sides(state, m.key):
            continue
        sent = state.sentence_of(m.start)
        hit = _LONG_TITLE_RE.search(state.text, max(sent.start_char, m.start - 160), m.start)
        if hit is None or "," not in hit.group("title") or not _title_words(hit.group("title").split()[0]):
            continue
        country = country_key_for_word(state, hit.start("c"), hit.end("c"))
        if country is None or state.entity_type(country) != "Country":
            continue
        evidence = state.sentence_span(sent)
        if not state.objects(m.key, "holdsPosition"):
            title = " ".join(hit.group("title").split())
            label = position_label(title, state.entities[country].label)
            position = state.add_entity(label, "Position", key=slugify(label))
            position.aliases.add(title)
            state.add_relation(m.key, "holdsPosition", evidence, obj=position.key)
            state.add_relation(position.key, "positionIn", evidence, obj=country)
            state.positions.setdefault(m.key, position.key)
        if not _country_sides(state, m.key):
            state.add_relation(m.key, "represents", evidence, obj=country)


# -- "X, Secretary, Ministry of Trade" ---------------------------------------------------
# a delegation list's "NAME, TITLE, BODY": up to five title words between the commas
_TITLE_BODY_RE = re.compile(r",\s+(?:the\s+)?(?P<title>[A-Za-z][\w-]*(?:\s+(?:[A-Za-z][\w-]*|&)){0,4}),\s+(?:the\s+)?")
_DEPARTMENT_RE = re.compile(r"\b(?:Ministry|Department|Secretariat|Office|Directorate|Division|Bureau)\b")


def _title_comma_ministry(state: State) -> None:
    """The ministry apposed after a person's title is their country's: a person of one
    country side (a delegation's head) makes the ministry that country's body, unless
    the words tie it to a country already."""
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.start < state.body_start:
            continue
        hit = _TITLE_BODY_RE.match(state.text, m.end, min(len(state.text), m.end + 80))
        if hit is None or not any(_title_words(w) for w in hit.group("title").split()):
            continue
        body = state.mention_at(hit.end(), hit.end() + 1, {"GovernmentAgency"})
        if body is None or body.start != hit.end() or not _DEPARTMENT_RE.search(state.entities[body.key].label):
            continue
        sides = _country_sides(state, m.key)
        if len(sides) != 1:
            continue
        owners = [o for o in state.objects(body.key, "partOf") if state.entity_type(o) == "Country"]
        if owners and sides[0] not in owners:
            sent = state.sentence_of(hit.end())
            if any(r.subject == body.key and r.predicate == "partOf" and r.object in owners
                   and _in_sentence(r.evidence, sent.start_char, sent.end_char) for r in state.relations):
                continue  # the sentence itself ties the body to another country
            for r in [r for r in state.relations if r.subject == body.key and r.predicate == "partOf"
                      and r.object in owners]:
                state.remove_relation(r)  # a guess from the dateline or the sentence around
        if sides[0] not in owners:
            state.add_relation(body.key, "partOf", state.sentence_span(state.sentence_of(m.start)), obj=sides[0])
