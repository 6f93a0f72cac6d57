"""A region the gazetteer knows lies in its country: "New York" in the United
States, as the seed's gold has it, whether or not the text says so (gazetteer
knowledge, as for a town's country). The evidence is a sentence that ties the
two together when there is one (the country or its demonym named beside the
region: "on the Estonian side ... in Harju County", "Sonora, Mexico"), else the
region's first mention.

Session 30 tried leaving a region named alone unplaced (the blind set's gold
convention); the seed's and our tuning articles' gold place it, so it is placed."""

from __future__ import annotations

from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.state import State


def _country_named_in(state: State, country: str, start: int, end: int) -> bool:
    """Is ``country`` mentioned, or described by its demonym, between ``start`` and ``end``?"""
    if any(m.key == country and start <= m.start < end for m in state.mentions):
        return True
    label = state.entities[country].label
    if label in state.text[start:end]:  # "in Venezuela's Táchira state", the owner read into the region's name
        return True
    for tok in state.doc.char_span(start, end, alignment_mode="expand") or ():
        if tok.is_title or tok.is_upper:
            hit = state.gaz.country_of_demonym(tok.text)
            if hit is not None and hit.label == label:
                return True
    return False


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is None or not entry.country or entry.section != "regions":
            continue  # provinces and states, not every city a text mentions
        country = country_key(state, entry.country)
        body = body_mentions(state, key)
        if not country or not body:
            continue
        for m in body:
            tok = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is None or not len(tok):
                continue
            sent = tok[0].sent
            if _country_named_in(state, country, sent.start_char, sent.end_char):
                state.add_relation(key, "locatedIn", evidence_for(state, m), obj=country)
                break
        else:
            state.add_relation(key, "locatedIn", evidence_for(state, body[0]), obj=country)
