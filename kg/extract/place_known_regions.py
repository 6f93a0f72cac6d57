"""A region the gazetteer knows lies in its country, when the text ties the two
together: the country (its name or demonym) is named in a sentence that names
the region ("on the Estonian side ... in Harju County", "Sonora, Mexico").
A region named alone ("Politicians in Tamil Nadu have ...") is left unlinked:
the reader is not told where it lies.

Until the relation checks end, an unstated link is kept: the rules that give a
town's officials or a region's bodies their country read it ("the mayor of
Kajaran in Syunik Province" acts for Armenia). :func:`drop_unstated` takes it
back at the end."""

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
            if not state.has_relation(key, "locatedIn", country):
                state.add_relation(key, "locatedIn", evidence_for(state, body[0]), obj=country)
                _unstated(state).append((key, country))


def _unstated(state: State) -> list[tuple[str, str]]:
    return state.__dict__.setdefault("_unstated_region_links", [])


def drop_unstated(state: State) -> None:
    """Take back the region -> country links the text never states (after every rule that reads them)."""
    for key, country in _unstated(state):
        for r in [r for r in state.relations if r.subject == key and r.predicate == "locatedIn" and r.object == country]:
            state.remove_relation(r)
