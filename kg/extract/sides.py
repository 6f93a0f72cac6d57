"""Which side a description stands for: 'Canadian', "Canada's", 'US', 'local'.

Used for unnamed speakers and for office titles: a demonym or a country name
(possessive or not) among the modifiers names the country; an organisation
mention names the organisation; 'local' officials belong to the place the
sentence is about ("in Quebec, where local officials ...").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from kg.extract.gazetteer import GazEntry
from kg.extract.state import State

_SIDE_TYPES = {"Country", "Organization", "GovernmentAgency", "Place"}


def country_key_for_word(state: State, start: int, end: int) -> str | None:
    """Country entity key for a demonym/country word at ``start:end`` (created if needed)."""
    m = state.mention_at(start, end, {"Country"})
    if m is not None:
        return m.key
    word = state.text[start:end]
    entry = state.gaz.country_of_demonym(word[:-2] if word.endswith(("'s", "’s")) else word)
    if entry is None or inside_longer_name(state, start, end):
        return None  # "Ireland" of "Northern Ireland" is not Ireland
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


def longer_place_names(state: State, label: str) -> list[tuple[int, int, GazEntry]]:
    """Multi-word countries and regions the gazetteer knows inside a name, as
    (start, end, entry) with character offsets in ``label``: "South Sudan",
    "Papua New Guinea", "Guinea-Bissau", "Northern Ireland". A word inside such
    a name is not the country it spells alone ("Sudan", "Guinea", "Ireland")."""
    words = list(_WORD_RE.finditer(label))
    found: list[tuple[int, int, GazEntry]] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 1, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            piece = label[start:end]
            if not _PIECE_RE.fullmatch(piece) or not piece[:1].isupper() or not words[i + n - 1].group(0)[:1].isupper():
                continue
            entry = state.gaz.lookup(piece)
            if entry is not None and (entry.type == "Country" or entry.type == "Place" and entry.section == "regions"):
                found.append((start, end, entry))
                i += n
                break
        else:
            i += 1
    return found


_WORD_RE = re.compile(r"\w[\w.]*")
_PIECE_RE = re.compile(r"\w[\w.]*(?:(?: |-|['’])\w[\w.]*)*")


def inside_longer_name(state: State, start: int, end: int) -> bool:
    """Is the word at ``start:end`` part of a longer country or region name that is
    not the country the word spells ("Ireland" of "Northern Ireland", "Guinea" of
    "Papua New Guinea")?"""
    text = state.text
    lo = max(0, text.rfind("\n", 0, start) + 1, start - 40)
    hi = min(len(text), end + 40)
    nl = text.find("\n", end, hi)
    hi = nl if nl != -1 else hi
    word = text[start:end]
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    alone = state.gaz.country_of_demonym(word)
    for s0, e0, entry in longer_place_names(state, text[lo:hi]):
        if s0 + lo <= start and end <= e0 + lo and (e0 - s0) > len(word) \
                and (alone is None or entry.label != alone.label):
            return True
    return False


def region_owner(state: State, label: str) -> str | None:
    """The country label a body belongs to by the country or region its name opens
    with, when the name's last words do not say otherwise: "South Sudan Ministry of
    Petroleum" -> South Sudan, "Northern Ireland Office" and "Scotland Office" ->
    United Kingdom (an office of the state for that region)."""
    words = label.split()
    if len(words) < 2:
        return None
    spans = longer_place_names(state, label)
    entry = spans[0][2] if spans and spans[0][0] == 0 else state.gaz.lookup(words[0])
    if entry is None or entry.type not in {"Country", "Place"}:
        return None
    if entry.type == "Country":
        return entry.label
    return entry.country if entry.section == "regions" and words[-1] == "Office" else None
