"""An embassy that speaks is its country's mission in the host country (round-27
class C8).

    Japan's embassy in Hanoi said in a statement on Friday that ...
    The embassy of Peru in La Paz said the visas would be issued ...

The speaker is the mission, a government agency of the sending country: 'Embassy
of Japan in Vietnam' (the host country of the town, when the gazetteer knows it),
with the words of the text as an alias, never an unnamed node 'embassy'. A
name the entity step found for it ('the Indian Embassy in Dhaka') comes first:
the speaker rules only reach this for a bare noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

_MISSIONS = {"embassy": "Embassy", "consulate": "Consulate", "consulate-general": "Consulate-General"}


def embassy_speaker(state: State, token: Token, side: str | None) -> str | None:
    """The agency for '<Country>'s embassy in <town>' (None when ``token`` is no
    mission of a country the text names)."""
    kind = _MISSIONS.get(token.lower_)
    if kind is None or side is None or state.entity_type(side) != "Country":
        return None
    country = state.entities[side].label
    host, end = None, token.idx + len(token.text)
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "to", "of"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        m = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Place", "Country"}) if obj is not None else None
        if m is not None and m.key == side:
            end = max(end, m.end)  # 'the embassy of Peru'
        if m is None or m.key == side or prep.lower_ == "of":
            continue
        place = state.entities[m.key]
        entry = state.gaz.lookup(place.label) if place.type == "Place" else None
        # an embassy is accredited to a country ('in Vietnam'); a consulate sits in its town
        host = entry.country if kind == "Embassy" and entry is not None and entry.country else place.label
        end = max(end, m.end)
    start = min(t.idx for t in token.subtree if t.idx <= token.idx and t.dep_ != "det" or t.i == token.i)
    label = f"{kind} of {country}" + (f" in {host}" if host else "")
    agency = state.add_entity(label, "GovernmentAgency")
    state.add_mention(agency.key, start, end, alias=True)
    state.add_relation(agency.key, "partOf", state.sentence_span(token.sent), obj=side)
    return agency.key
