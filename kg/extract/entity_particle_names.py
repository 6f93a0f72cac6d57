"""Names with an article particle inside or in front (round-34 classes A5, A7).

* "the Shatt al-Arab Navigation Protocol": a name the model starts after an
  Arabic article ("Arab Navigation Protocol") runs back over the particle and
  the capitalised word before it ("Ras al-Khaimah", "Umm Qasr" stay whole).
* "near Las Cuevas", "in Los Andes", "La Quiaca": a Spanish, Portuguese or
  Arabic article before a capitalised word after a place's preposition is the
  start of one place name (never a place "Las" and a person "Cuevas").
* "a state it calls Guayana Esequiba", "known on the Egyptian side as
  Al-Awja": a name another side calls a place by is a place (an alias of
  the place named just before it, when there is one), never a person.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_PARTICLE_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<lead>{CAP_CLASS}[\w'’]*)\s+(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|es|et)-$")
_NOT_LEAD = frozenset("The A An In At On From To Of By For With And Or But As If".split())


def particle_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the names above whole (in place, or a new Place)."""
    text = state.text
    for c in found:
        if c.source == "gaz" or c.type == "Person":
            continue
        m = _PARTICLE_BEFORE_RE.search(text[max(0, c.start - 30):c.start])
        if m is None or m.group("lead") in _NOT_LEAD:
            continue
        c.start -= len(m.group(0))
        c.text = text[c.start:c.end]
        c.gaz = state.gaz.lookup(c.text)
    return _article_places(found, state)


_ARTICLES = "Las|Los|La|El|Les|Le|Al|Os|As|Lo|San|Santa"
_PLACE_PREPS = r"(?:near|in|at|from|to|through|via|of|and|with|between|outside|around|toward|towards|into|reach|reached)"
_ARTICLE_PLACE_RE = re.compile(rf"\b{_PLACE_PREPS}\s+(?P<name>(?:{_ARTICLES})\s+{CAP_CLASS}[\w'’-]+"
                               rf"(?:\s+{CAP_CLASS}[\w'’-]+)?)(?![\w'’-])")
_CALLED_RE = re.compile(rf"(?:\b(?:it|they|which|that|Venezuela|locals|residents)\s+(?:calls?|called|names?|named|knows?\s+as)"
                        rf"|\bknown\s+(?:locally\s+|(?:on|in|to)\s+(?:the\s+)?[\w\s'’-]{{0,30}}?\s+)?as)\s+"
                        rf"(?P<name>{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}})(?![\w'’-])")


def _article_places(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    out = []
    for m in _ARTICLE_PLACE_RE.finditer(text):
        a, b = m.span("name")
        if state.is_skipped(a, b) or re.search(r"\b(?:wrote|writing|written|published|reported|quoted|cited|column|op-ed|"
                                               r"article|interview|editorial|appeared|published)\s+$",
                                               text[max(0, m.start() - 30):m.start()]):
            continue  # "wrote in La Nación": an outlet
        inside = [c for c in found if c.start < b and a < c.end]
        if any(c.type in {"Organization", "GovernmentAgency", "MediaOrganization", "Agreement", "Country"}
               or c.start < a or c.end > b for c in inside):
            continue  # "in La Nación", "in El Salvador": something longer or a body names it
        if inside and all(c.start == a and c.end == b for c in inside):
            continue
        out.append(Candidate(a, b, text[a:b], "Place", "rule"))
    found = overlaid(found, out)
    for m in _CALLED_RE.finditer(text):
        a, b = m.span("name")
        for c in found:
            if c.start == a and c.end == b and c.type == "Person" and c.source != "gaz":
                c.type = "Place"
    return found


_PLURAL_GEO = frozenset("Islands Isles Islets Mountains Hills Lakes Alps Highlands Keys Cays Reefs Atolls Rocks".split())
_KEPT_DEMONYM_NAMES = frozenset({"British Virgin Islands", "US Virgin Islands", "U.S. Virgin Islands",
                                 "American Virgin Islands", "Spanish Virgin Islands", "Dutch Caribbean Islands"})


def demonym_led_groups(found: list[Candidate], state: State) -> list[Candidate]:
    """'the other Greek Diapontia Islands' -> 'Diapontia Islands' (the demonym tells whose they are, round-34 A10)."""
    for c in found:
        words = c.text.split()
        if c.source == "gaz" or c.type not in {"Place", "Organization", "Person"} or len(words) < 3 \
                or words[-1] not in _PLURAL_GEO or " ".join(words) in _KEPT_DEMONYM_NAMES:
            continue
        if state.gaz.country_of_demonym(words[0]) is None or state.gaz.lookup(c.text) is not None:
            continue
        rest = c.text[len(words[0]):].lstrip()
        c.alias = " ".join(words)
        c.start = c.end - len(rest)
        c.text = rest
        c.type = "Place"
        c.gaz = state.gaz.lookup(rest)
    return found
