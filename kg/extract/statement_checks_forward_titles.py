"""An office-holder quoted by title first and named only later (round-37 class C6).

    Namibia and Angola are close to a deal, Namibia's energy minister said on
    Wednesday. ... Minister of Mines and Energy Helena Itana told parliament ...
    Brazil and Argentina will try to sign a gas deal by June, their energy
    ministers said. Brazil's Minister of Mines and Energy, Ana Souza, and
    Argentina's Minister of Energy, Luis Caputo, met ...

A lead often names the speaker by office and the body names the holder. A
speaker left unnamed ('energy minister') whose title is an office ('minister',
'ministers') is the named person holding an office with that title and the same
topic words ('energy') -- for the same country when the unnamed one represents a
country. A plural title is each holder of such an office, one a country, when
at least two countries have one and the title is the pair's ('their energy
ministers', 'the two ...', 'both ...'). 'A minister said' / 'two ministers said' (an
indefinite or counted speaker) is left alone: someone not named on purpose.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon
from kg.extract.speakers import forget_entity
from kg.extract.state import State

# What before the title shows an anonymous speaker, not the office's one holder.
_INDEFINITE_RE = re.compile(r"\b(?:a|an|one|two|three|some|several|many|other|senior|two\s+senior)\s+(?:[\w'’-]+\s+){0,2}$",
                            re.I)


# What before a plural title shows the pair's two holders ('their energy ministers', 'the two ...').
_PAIR_RE = re.compile(r"\b(?:their|both|the\s+two(?:\s+countries['’]|\s+governments['’])?)\s+$", re.I)


def forward_holders(state: State) -> None:
    """Give a title-only speaker's statements to the holder the text names."""
    cores = lexicon.words("title_core")
    done: dict[str, list[str]] = {}
    out = []
    for st in state.statements:
        key = st.speaker
        if key not in done:
            done[key] = _holders(state, key, st, cores)
        holders = done[key]
        if not holders:
            out.append(st)
            continue
        out.extend(dataclasses.replace(st, speaker=h, about=[k for k in st.about if k != h]) for h in holders)
    state.statements[:] = out
    for key, holders in done.items():
        if holders and not state.voiced(key):
            forget_entity(state, key)


def _holders(state: State, key: str, st, cores: frozenset[str]) -> list[str]:
    entity = state.entities.get(key)
    if entity is None or not entity.unnamed or entity.type != "Person":
        return []
    words = entity.label.lower().split()
    if len(words) < 2 or len(words) > 4:
        return []  # a topic word and the title ('energy minister'), no bare 'minister'
    title = words[-1]
    plural = title not in cores and title.endswith("s") and title[:-1] in cores
    if plural:
        title = title[:-1]
    elif title not in cores:
        return []
    # ('deputy foreign minister' needs 'deputy' in the office too: not the minister)
    topics = [w for w in words[:-1] if w.isalpha() and w != "the"]
    if not topics or any(state.gaz.country_of_demonym(w) is not None for w in topics):
        return []  # 'the Peruvian minister' is the demonym rules'
    mention = next((m for m in entity.mentions if st.evidence.start <= m.start < st.evidence.end), None)
    if mention is None or _INDEFINITE_RE.search(state.text[max(0, mention.start - 30):mention.start]):
        return []
    if plural and not _PAIR_RE.search(state.text[max(0, mention.start - 30):mention.start]):
        return []  # 'Foreign ministers from the region said': not the two of the pair
    countries = [o for o in state.objects(key, "represents") if state.entity_type(o) == "Country"]
    found: dict[str, str] = {}  # country -> first holder named
    for person, position in sorted(state.positions.items(),
                                   key=lambda kv: min((m.start for m in state.entities[kv[0]].mentions), default=0)):
        holder = state.entities.get(person)
        if holder is None or holder.unnamed or holder.type != "Person" or position not in state.entities:
            continue
        label = state.entities[position].label.lower()
        if title not in re.split(r"[\s-]+", label) \
                or not all(re.search(rf"\b{re.escape(w)}\b", label) for w in topics):
            continue
        sides = [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]
        side = sides[0] if sides else ""
        found.setdefault(side, person)
    if plural:
        named = [p for c, p in found.items() if c]
        return named if len(named) >= 2 else []
    if countries:
        return [found[countries[0]]] if countries[0] in found else []
    return list(found.values()) if len(found) == 1 else []
