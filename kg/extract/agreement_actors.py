"""Actors of agreement relations: the country or organisation a token stands for
(a capital stands for its country, "the members of ASEAN" for ASEAN), and the
"both sides" / "the two countries" phrase."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State
from kg.model import ORG_TYPES

BOTH = re.compile(r"\b(both (?:nations|countries|sides|governments|neighbou?rs)|the two (?:nations|countries|sides|governments|neighbou?rs)|the two)\b", re.I)


def acting_actor(state: State, tok: Token) -> str | None:
    """A country or organisation acting; a capital stands for its country;
    "the members of ASEAN" for ASEAN."""
    if tok.lower_ in {"members", "member", "states"}:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return acting_actor(state, pobj)
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Country", "Place"} | ORG_TYPES)
    if m is None or state.entity_type(m.key) == "MediaOrganization":
        return None
    if state.entity_type(m.key) == "Place":
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is None or not entry.capital or not entry.country:
            return None
        country = state.gaz.lookup(entry.country)
        return state.add_entity(entry.country, "Country", same_as=country.same_as if country else []).key
    return m.key
