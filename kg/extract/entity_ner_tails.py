"""A verb or adverb never ends a name (round-21 class A2).

"Goods from Tosa and Bari cross daily": the model tags "Bari cross daily" as
one organisation, and the trailing "daily" then makes it a newspaper. The
lower-case words after the capitalised run of a model span are cut off when
the first of them is a verb or an adverb ("cross", "daily"); lower-case words
of foreign names ("Kessanske ceste") are nouns and stay.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_TAIL = re.compile(r"(?<=[\w'’.)]) (?=[a-z])")


def cut_verb_tail(cand: Candidate, state: State) -> bool:
    """Cut a model span before a trailing verb/adverb run; False when nothing of a name is left."""
    if cand.source != "ner":
        return True
    m = _TAIL.search(cand.text)
    if m is None or not all(w[:1].islower() for w in cand.text[m.end():].split()):
        return True
    cut = cand.start + m.start()
    span = state.doc.char_span(cut + 1, cand.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ not in {"VERB", "AUX", "ADV"}:
        return True
    cand.end = cut
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)
    if cand.gaz is not None:
        cand.type = cand.gaz.type
    return bool(cand.text.strip())
