"""A bare quote right after a sentence reporting a named speaker's words (round-37 class C4).

    In Puno, the mayor, Ana Quispe, told reporters that her town needed
    tourists. "Nobody travels four hours to swim in green water."
    Dlamini said the pilots were happy. "At last someone listened to us."

The quote opens a sentence of its own in the same paragraph, with no speech verb
outside its marks; the sentence before it has none either and is led by a speech
verb (its main verb) whose subject is a named person or body: the quote goes on
with that speaker's words. ('X was blunter. "..."' is the action lead's.)
"""

from __future__ import annotations

import functools

from spacy.tokens import Span as SpacySpan

from kg.extract import lexicon
from kg.extract.quote_attribution import ORG_SPEAKER_TYPES, subject_entity
from kg.extract.speakers import subject_of
from kg.extract.state import State

_SPEAKER_TYPES = frozenset({"Person"} | ORG_SPEAKER_TYPES)


@functools.lru_cache(maxsize=1)
def _lead_verbs() -> frozenset[str]:
    return frozenset(lexicon.words("speech_verbs") | lexicon.words("reported_verbs"))


def reported_lead(state: State, sents: list[SpacySpan], qs: int, marks: list[tuple[int, int]]) -> str | None:
    """The named speaker of the reporting sentence right before the quote at ``qs``."""
    mark = qs - 1
    first = sents[0]
    if state.text[first.start_char:mark].strip() or first.start == 0:
        return None  # the quote must open its sentence (a lead the parser ran in is the action lead's)
    prev = state.doc[first.start - 1].sent
    end = prev.start_char + len(state.text[prev.start_char:prev.end_char].rstrip())
    gap = state.text[end:mark]
    if gap.strip() or "\n" in gap or state.text[end - 1:end] not in {".", "!"}:
        return None
    if any(prev.start_char <= s < prev.end_char or prev.start_char < e <= prev.end_char for s, e in marks):
        return None  # a lead with a quote of its own: the continuation rules decide
    verbs = _lead_verbs()
    root = prev.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs \
            or not any(c.dep_ in {"ccomp", "xcomp"} and c.i > root.i for c in root.children):
        return None
    subj = subject_of(root)
    if subj is None or subj.i > root.i:
        return None
    key = subject_entity(state, subj, marks, prev.start_char)
    if key is None or state.entity_type(key) not in _SPEAKER_TYPES or state.entities[key].unnamed:
        return None
    return key
