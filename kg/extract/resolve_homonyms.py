"""Homonyms during resolution: one name, two entities. A place named after two
countries' possessives splits per country; a word apposed to a place noun is
the place, not a person's surname."""

from __future__ import annotations

import re

from kg.extract.state import MentionRef, State
from kg.iris import slugify


def split_homonyms(state: State) -> None:
    """"Pakistan's Punjab province" and "India's Punjab state": one name, two
    places. A place named after two different countries' possessives becomes
    one entity per country (keys ``punjab-pakistan``, ``punjab-india``). So do
    two countries' agencies of one name ("Peru's Ministry of Energy" and
    "Ecuador's Ministry of Energy": ``ministry-of-energy-peru``, ...); there a
    mention without an owner belongs to the ministry last owned before it."""
    for key, entity in list(state.entities.items()):
        agency = entity.type == "GovernmentAgency"
        if entity.type != "Place" and not agency or entity.unnamed:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None and (entry.country or agency):
            continue  # a region the data places in one country ("Russia's Crimea" is still Ukraine's)
        groups: dict[str, list[MentionRef]] = {}
        unowned: list[MentionRef] = []
        for m in state.mentions:
            if m.key != key or m.start < state.body_start:
                continue
            owner = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)?)['’]s\s+$", state.text[max(0, m.start - 30):m.start])
            entry = state.gaz.country_of_demonym(owner.group(1)) if owner else None
            if entry is not None:
                groups.setdefault(entry.label, []).append(m)
            else:
                unowned.append(m)
        if len(groups) < 2:
            continue
        if agency:
            owned = sorted((m.start, country) for country, refs in groups.items() for m in refs)
            # "Kyrgyzstan's State Committee ... (GKNB)" ... "Tajikistan's State Committee ..." ...
            # "The GKNB added": a short name belongs to the body it was first given to (round-37 O7)
            short: dict[str, str] = {}
            for m in sorted(unowned, key=lambda r: r.start):
                surface = " ".join(state.text[m.start:m.end].split())
                before = [country for start, country in owned if start < m.start]
                country = short.get(surface) or (before[-1] if before else owned[0][1])
                if surface != entity.label:
                    short.setdefault(surface, country)
                groups[country].append(m)
        for country, refs in groups.items():
            twin = state.add_entity(entity.label, entity.type, key=f"{key}-{slugify(country)}")
            moved = {(r.start, r.end) for r in refs}
            state.mentions = [MentionRef(m.start, m.end, twin.key) if m.key == key and (m.start, m.end) in moved
                              else m for m in state.mentions]
            for span in [sp for sp in entity.mentions if (sp.start, sp.end) in moved]:
                entity.mentions.remove(span)
                twin.mentions.append(span)
                surface = " ".join(span.text.split())
                if surface != twin.label:
                    twin.aliases.add(surface)
        if not entity.mentions:
            del state.entities[key]


_PLACE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:province|town|city|village|region|district|port|municipality|county|"
    r"department|island|capital|settlement|oblast|governorate|prefecture)\b(?![’'])")


def surname_places(state: State) -> None:
    """'Gonzaga, a province on the coast' while 'Luis Gonzaga' is named: the
    word apposed to a place noun is the place, not the person's surname."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Person" or " " not in entity.label or m.start < state.body_start:
            continue
        surface = state.text[m.start:m.end]
        if " " in surface or surface not in entity.label.split() or not _PLACE_APPOSITION.match(state.text, m.end):
            continue
        place = state.add_entity(surface, "Place")
        state.mentions = [MentionRef(x.start, x.end, place.key) if (x.start, x.end) == (m.start, m.end) else x
                          for x in state.mentions]
        for span in [sp for sp in entity.mentions if (sp.start, sp.end) == (m.start, m.end)]:
            entity.mentions.remove(span)
            place.mentions.append(span)
        if surface in entity.aliases and not any(state.text[sp.start:sp.end] == surface for sp in entity.mentions):
            entity.aliases.discard(surface)
