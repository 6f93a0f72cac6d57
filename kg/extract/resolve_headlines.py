"""Headline names during resolution: a headline name counts only when the body
names the same entity; "Ghana's Boateng Presses ..." makes a person of that country."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entities import Candidate
from kg.extract.resolve_canonical import norm
from kg.extract.state import State
from kg.iris import slugify


def headline_mention(state: State, cand: Candidate) -> None:
    """Keep a headline name only if it (or part of it) names a body entity."""
    words = list(re.finditer(r"\S+", cand.text))
    for size in range(len(words), 0, -1):
        for i in range(0, len(words) - size + 1):
            part = words[i: i + size]
            start = cand.start + part[0].start()
            end = cand.start + part[-1].end()
            surface = re.sub(r"['’]s$", "", norm(state.text[start:end]).strip(",.:;"))
            key = _known_key(state, surface)
            if key is not None:
                state.add_mention(key, start, start + len(surface))
                return


_HEADLINE_VERBS = frozenset("press urge seek reject call visit meet push back sign slam vow warn demand offer threaten "
                            "accuse hail eye plan say tell ask insist defend blame praise court woo pledge deny "
                            "unveil announce propose".split())
_HEADLINE_PERSON = re.compile(r"(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s (?P<rest>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})")


def headline_person(state: State) -> None:
    """'Ghana's Boateng Presses Togo on Power Price': a name between a country's
    possessive and a verb in the headline is a person of that country, even when
    the body names them only by title."""
    headline = state.text[:state.body_start]
    for m in _HEADLINE_PERSON.finditer(headline):
        rest = m.group("rest").split()
        size = next((k for k in (1, 2) if k < len(rest) and rest[k].lower().endswith("s")
                     and (rest[k].lower()[:-1] in _HEADLINE_VERBS or rest[k].lower()[:-2] in _HEADLINE_VERBS)), None)
        if size is None:
            continue
        country = state.gaz.country(m.group("owner")) or state.gaz.country_of_demonym(m.group("owner"))
        words = rest[:size]
        name = " ".join(words)
        name_start = m.start("rest")
        if country is None or state.gaz.lookup(name) is not None or _known_key(state, name) is not None:
            continue
        title_words = lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("portfolio_words")
        if any(w.lower() in title_words or w in lexicon.words("org_heads") or state.gaz.lookup(w) is not None for w in words):
            continue  # "Ghana's President Urges ...": an office, not a name
        person = state.add_entity(name, "Person")
        state.add_mention(person.key, name_start, name_start + len(name))
        country_key = _known_key(state, country.label)
        if country_key is not None:
            state.add_relation(person.key, "represents", state.span(m.start(), m.end()), obj=country_key)


def _known_key(state: State, surface: str) -> str | None:
    slug = slugify(surface)
    if slug in state.entities:
        return slug
    for entity in state.entities.values():
        if surface in entity.aliases or (
            entity.type == "Person" and surface == entity.label.split()[-1]
        ):
            return entity.key
    entry = state.gaz.lookup(surface)
    if entry is not None and slugify(entry.label) in state.entities:
        return slugify(entry.label)
    return None
