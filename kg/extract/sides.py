"""Which side a description stands for: 'Canadian', "Canada's", 'US', 'local'.

Used for unnamed speakers and for office titles: a demonym or a country name
(possessive or not) among the modifiers names the country; an organisation
mention names the organisation; 'local' officials belong to the place the
sentence is about ("in Quebec, where local officials ...").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.extract.state import State

_SIDE_TYPES = {"Country", "Organization", "GovernmentAgency", "Place"}


def country_key_for_word(state: State, start: int, end: int) -> str | None:
    """Country entity key for a demonym/country word at ``start:end`` (created if needed)."""
    m = state.mention_at(start, end, {"Country"})
    if m is not None:
        return m.key
    word = state.text[start:end]
    entry = state.gaz.country_of_demonym(word[:-2] if word.endswith(("'s", "’s")) else word)
    if entry is None:
        return None
    entity = state.add_entity(entry.label, entry.type, same_as=entry.same_as)
    if start >= state.body_start:
        # The demonym is the evidence that the text speaks of this country.
        state.add_mention(entity.key, start, end, alias=False)
    return entity.key


def side_of_description(state: State, noun: Token) -> str | None:
    """The country/organisation a described person acts for, if the words say."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        key = country_key_for_word(state, t.idx, t.idx + len(t.text))
        if key is not None:
            return key
        m = state.mention_at(t.idx, t.idx + len(t.text), _SIDE_TYPES - {"Place"})
        if m is not None:
            return m.key
    if any(t.lower_ in {"local", "provincial", "state", "municipal", "regional", "city"} for t in noun.subtree):
        # "in Quebec, where local officials said ..." -> Quebec
        sent = noun.sent
        places = state.mentions_in(sent.start_char, noun.idx, {"Place", "Country"})
        if places:
            return places[-1].key
    return None


_BLOCS = frozenset({"European Union"})


def main_sides(state: State) -> list[str]:
    """The two countries (or blocs) the document is about: the most named
    countries (headline names count twice); a bloc such as the EU replaces the
    second country only when the headline names it and the body names it at
    least twice as often (otherwise it is the mediator, not a side)."""
    countries: Counter[str] = Counter()
    blocs: Counter[str] = Counter()
    headline: set[str] = set()
    for m in state.mentions:
        entity = state.entities[m.key]
        entry = state.gaz.lookup(entity.label) if entity.type != "Country" else None
        is_bloc = entry is not None and entry.label in _BLOCS
        if entity.type != "Country" and not is_bloc:
            continue
        weight = 2 if m.start < state.body_start else 1
        if m.start < state.body_start:
            headline.add(m.key)
        (blocs if is_bloc else countries)[m.key] += weight
    top = [k for k, _ in countries.most_common(2)]
    for bloc, n in blocs.most_common(1):
        if len(top) < 2 or (bloc in headline and n >= 2 * countries[top[1]]):
            top = [*top[:1], bloc]
    return top
