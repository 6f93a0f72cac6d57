"""Small helpers the relation steps share: a key's mentions in the body, the
sentence that is a mention's evidence, the key of a country the text names."""

from __future__ import annotations

from kg.extract.state import MentionRef, State
from kg.iris import slugify
from kg.model import Span


def body_mentions(state: State, key: str) -> list[MentionRef]:
    """The mentions of ``key`` after the headline."""
    return [m for m in state.mentions if m.key == key and m.start >= state.body_start]


def evidence_for(state: State, m: MentionRef) -> Span:
    """The sentence a mention stands in (the evidence of a relation read there)."""
    tok = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    return state.sentence_span(tok[0].sent) if tok is not None and len(tok) else state.span(m.start, m.end)


def country_up(state: State, place: str) -> str | None:
    """The country a place lies in by its locatedIn steps (itself if a country)."""
    seen: set[str] = set()
    key: str | None = place
    while key is not None and key not in seen:
        if state.entity_type(key) == "Country":
            return key
        seen.add(key)
        key = next(iter(state.objects(key, "locatedIn")), None)
    return None


def country_key(state: State, label: str | None) -> str | None:
    """The key of the entity labelled ``label`` if the document has it."""
    if not label:
        return None
    key = slugify(label)
    return key if key in state.entities else None
