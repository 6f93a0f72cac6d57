"""A ruling's judges speak for their court: 'In paragraph 41 the judges wrote
that ...', 'A neighbour's interests, the justices wrote, "..."', and 'they'
after a sentence whose subject is the court ('The court ruled that ... In
paragraph 41 they wrote that ...') are the court's words. The court is the one
the text has as a subject before (the ruling body), else the first court named
-- never a court mentioned only as background after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.state import State

_BENCH_WORDS = frozenset({"judges", "justices", "bench"})
_COURT = re.compile(r"\b(?:court|tribunal)\b", re.I)
_BODY_TYPES = frozenset({"Organization", "GovernmentAgency"})


def court_speaker(state: State, token: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """The court ``token`` ('the judges', 'they') speaks for, None when it is not
    such a word or no court is in view. ``resolve`` gives a subject's entity."""
    lower = token.lower_
    if lower in _BENCH_WORDS and token.pos_ == "NOUN":
        return _subject_court(state, token, resolve, state.body_start) or _first_court(state, token.idx)
    if lower == "they" and token.pos_ == "PRON":
        sent = token.sent
        since = state.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return _subject_court(state, token, resolve, since)
    return None


def _subject_court(state: State, token: Token, resolve: Callable[[Token], str | None], since: int) -> str | None:
    """The last court that is a subject between ``since`` and ``token``."""
    for prev in reversed(state.doc[:token.i]):
        if prev.idx < since:
            return None
        if prev.dep_ not in {"nsubj", "nsubjpass"} or prev.pos_ not in {"NOUN", "PROPN"}:
            continue
        m = state.mention_at(prev.idx, prev.idx + len(prev.text), set(_BODY_TYPES))
        key = m.key if m is not None else (resolve(prev) if prev.lower_ in {"court", "tribunal"} else None)
        if key is not None and _is_court(state, key):
            return key
    return None


def _first_court(state: State, before: int) -> str | None:
    named = [m for m in sorted(state.mentions, key=lambda m: m.start) if m.start < before and _is_court(state, m.key)]
    return named[0].key if named else None


def _is_court(state: State, key: str) -> bool:
    entity = state.entities.get(key)
    return entity is not None and not entity.unnamed and entity.type in _BODY_TYPES \
        and bool(_COURT.search(entity.label))
