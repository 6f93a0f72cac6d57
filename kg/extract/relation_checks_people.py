"""People's sides and offices from phrasings the office step does not read.

* "the heads of the two delegations, Aram Tosun of Tarvia and Emil Kessov of
  Kessa," -> each represents the country named after their name;
* "Emil Dor, who is first deputy chairman of Kessa's State Committee for
  Security," -> holds "first deputy chairman" of that body, represents Kessa;
* "Tarvia's deputy minister for social welfare, relief and resettlement, U Min
  Thu," -> the whole lower-case title with its commas, represents Tarvia;
* "The Kessan Ministry of Justice said ... Justice Minister Lena Ott said" -> a
  portfolio title without a country takes the country of the text's ministry
  of the same portfolio;
* "Kwesi Arthur, a senior Togolese customs official," / "X, a Ghanaian negotiator,"
  -> represents the country of the demonym (an official is no office of its own).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.offices import position_label, title_case
from kg.extract.sides import country_key_for_word
from kg.extract.state import State
from kg.iris import slugify
from kg.model import ORG_TYPES, Span

_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|U|Daw|Hon|H\.E)\.?\s+)?"


def apply(state: State) -> None:
    _name_of_country(state)
    _who_is_title(state)
    _possessive_lower_title(state)
    _portfolio_ministry_country(state)
    _demonym_official(state)


def _country_sides(state: State, person: str) -> list[str]:
    return [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]


def _people(state: State):
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed and m.start >= state.body_start:
            yield m


def _name_of_country(state: State) -> None:
    """'Aram Tosun of Tarvia and Emil Kessov of Kessa': the country after the name."""
    for m in _people(state):
        of = re.match(r"\s+of\s+(?:the\s+)?", state.text[m.end:m.end + 10])
        if of is None:
            continue
        country = state.mention_at(m.end + of.end(), m.end + of.end() + 1, {"Country"})
        if country is None or country.start != m.end + of.end():
            continue
        # the country ends the phrase: no "Tarvia's ministry", no "Tarvia University"
        if not re.match(r"\s*(?:[,;.)]|and\s|said\b|says\b|told\b|$)", state.text[country.end:country.end + 8]):
            continue
        if _country_sides(state, m.key):
            continue
        sent = state.sentence_of(m.start)
        state.add_relation(m.key, "represents", state.sentence_span(sent), obj=country.key)


_TITLE_WORDS = r"(?:[a-z][\w-]*\s+){0,4}?"


def _core(words: str) -> bool:
    return any(w in lexicon.words("title_core") for w in words.lower().split())


def _who_is_title(state: State) -> None:
    """'X, who is first deputy chairman of Kessa's State Committee for Security'."""
    for m in _people(state):
        hit = re.match(rf",\s+who\s+(?:is|was|serves\s+as)\s+(?:the\s+|a\s+)?(?P<title>{_TITLE_WORDS}[a-z][\w-]*)\s+"
                       r"(?:of|at|in)\s+(?:the\s+)?(?P<c>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+(?:the\s+)?",
                       state.text[m.end:m.end + 160])
        if hit is None or not _core(hit.group("title")) or state.objects(m.key, "holdsPosition"):
            continue
        country = country_key_for_word(state, m.end + hit.start("c"), m.end + hit.end("c"))
        if country is None or state.entity_type(country) != "Country":
            continue
        org = state.mention_at(m.end + hit.end(), m.end + hit.end() + 1, ORG_TYPES)
        sent = state.sentence_of(m.start)
        evidence = state.sentence_span(sent)
        title = " ".join(hit.group("title").split())
        where = org.key if org is not None and org.start == m.end + hit.end() else country
        _give(state, m.key, title, where, evidence)
        if not _country_sides(state, m.key):
            state.add_relation(m.key, "represents", evidence, obj=country)


def _give(state: State, person: str, title: str, where: str, evidence: Span) -> None:
    label = position_label(title_case(title), state.entities[where].label)
    position = state.add_entity(label, "Position", key=slugify(label))
    position.aliases.add(title_case(title))
    state.add_relation(person, "holdsPosition", evidence, obj=position.key)
    state.add_relation(position.key, "positionIn", evidence, obj=where)
    state.positions.setdefault(person, position.key)


# "Tarvia's deputy minister for social welfare, relief and resettlement, U Min Thu"
_LOWER_TITLE_RE = re.compile(
    r"(?P<c>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+"
    r"(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*|,\s+[a-z][\w-]*)*)\s*,\s+" + _HONORIFIC + r"$")


def _possessive_lower_title(state: State) -> None:
    for m in _people(state):
        if state.objects(m.key, "holdsPosition") and _country_sides(state, m.key):
            continue
        sent = state.sentence_of(m.start)
        hit = _LOWER_TITLE_RE.search(state.text, max(sent.start_char, m.start - 160), m.start)
        if hit is None:
            continue
        words = hit.group("title").replace(",", " ").split()
        if not words or words[0] not in lexicon.words("title_core") | {"deputy", "vice", "first", "acting",
                                                                        "assistant", "chief", "senior", "state"} \
                or not _core(" ".join(words[:3])):
            continue  # the title opens the phrase: "deputy minister for ...", not "its plan for X, Y"
        country = country_key_for_word(state, hit.start("c"), hit.end("c"))
        if country is None or state.entity_type(country) != "Country":
            continue
        evidence = state.sentence_span(sent)
        if not state.objects(m.key, "holdsPosition"):
            _give(state, m.key, " ".join(hit.group("title").split()), country, evidence)
        if not _country_sides(state, m.key):
            state.add_relation(m.key, "represents", evidence, obj=country)


def _portfolio_ministry_country(state: State) -> None:
    """'Justice Minister Lena Ott' with 'the Kessan Ministry of Justice' in the text:
    Ott acts for Kessa (one ministry of that portfolio, one country)."""
    ministries: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.type != "GovernmentAgency":
            continue
        words = {w.lower().strip(",") for w in entity.label.split()}
        if "ministry" not in words:
            continue
        countries = {o for o in state.objects(key, "partOf") if state.entity_type(o) == "Country"}
        for w in words - {"ministry", "of", "and", "the", "for", "federal", "national", "state"}:
            ministries.setdefault(w, set()).update(countries)
    if not ministries:
        return
    for person in {m.key for m in _people(state)}:
        if _country_sides(state, person) or state.objects(person, "represents"):
            continue
        for position in state.objects(person, "holdsPosition"):
            if state.objects(position, "positionIn") or position not in state.entities:
                continue  # (an office whose entity another rule took back: nothing to read)
            words = [w.lower() for w in state.entities[position].label.split()]
            if "minister" not in words:
                continue
            portfolio = [w for w in words if w not in {"minister", "deputy", "vice", "first", "of", "for", "and"}]
            countries = set().union(*(ministries.get(w, set()) for w in portfolio)) if portfolio else set()
            if len(countries) != 1 or not all(w in ministries for w in portfolio):
                continue
            country = countries.pop()
            evidence = next(r.evidence for r in state.relations
                            if r.subject == person and r.predicate == "holdsPosition" and r.object == position)
            state.add_relation(position, "positionIn", evidence, obj=country)
            state.add_relation(person, "represents", evidence, obj=country)
            break


# "X, a senior Togolese customs official," / "X, a Ghanaian negotiator": the demonym is the side
_DEMONYM_OFFICIAL_RE = re.compile(
    r",\s+(?:a|an|the|one)\s+(?:(?:senior|junior|top|veteran|leading|chief|former|retired)\s+)?"
    r"(?P<dem>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:official|officials|diplomat|negotiator|envoy|delegate|civil\s+servant|government\s+adviser|"
    r"customs\s+officer|border\s+officer)\b")


def _demonym_official(state: State) -> None:
    for m in _people(state):
        hit = _DEMONYM_OFFICIAL_RE.match(state.text, m.end, min(len(state.text), m.end + 90))
        if hit is None or _country_sides(state, m.key) or "former" in hit.group(0) or "retired" in hit.group(0):
            continue
        country = country_key_for_word(state, hit.start("dem"), hit.end("dem"))
        if country is None or state.entity_type(country) != "Country":
            continue
        state.add_relation(m.key, "represents", state.sentence_span(state.sentence_of(m.start)), obj=country)
