"""Small edits the context passes make to resolved entities: retype, move a
mention to a new or wider name, merge two entities, drop a mention; plus the
word lists of ``kg/data/context_words.json``.

Keys stay ``slugify(label)`` (as :meth:`State.add_entity` makes them), so a
retyped entity keeps its key; a re-labelled one is a new entity the old one's
mentions move to.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kg.extract import lexicon
from kg.extract.resolve_merge import absorb  # noqa: F401 - the same merge as resolution's, for the context pass
from kg.extract.state import State
from kg.model import Entity

CONTEXT_WORDS_PATH = Path(__file__).resolve().parent.parent / "data" / "context_words.json"


@lru_cache(maxsize=1)
def _raw() -> dict[str, list[str]]:
    return json.loads(CONTEXT_WORDS_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list of ``context_words.json`` as a set."""
    return frozenset(_raw()[name])


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A list as a regex alternation, longest first (so "rail link" beats "rail")."""
    return "|".join(re.escape(w) for w in sorted(_raw()[name], key=len, reverse=True))


def known(state: State, label: str) -> bool:
    """Does the gazetteer know this name (then its type is not ours to change)?"""
    return state.gaz.lookup(label) is not None


def personal_name(label: str) -> bool:
    """A name that starts with a common given name ("Maria Lopez", "Will"):
    context rules leave it a person."""
    first = label.split()[0] if label.split() else ""
    return first in lexicon.given_names()


def retype(state: State, key: str, type_: str) -> None:
    if key in state.entities:
        state.entities[key].type = type_


def drop_mention(state: State, key: str, start: int, end: int) -> None:
    """Take one mention away from an entity (its other mentions stay)."""
    entity = state.entities.get(key)
    if entity is None:
        return
    entity.mentions = [m for m in entity.mentions if not (m.start == start and m.end == end)]
    state.mentions = [m for m in state.mentions if not (m.key == key and m.start == start and m.end == end)]


def drop_entity(state: State, key: str) -> None:
    """Remove an entity and all its mentions (nothing refers to it yet: this
    pass runs before offices, statements and relations)."""
    if key in state.entities:
        del state.entities[key]
        state.mentions = [m for m in state.mentions if m.key != key]


def rename_span(state: State, start: int, end: int, label: str, type_: str,
                same_as: list[str] | None = None) -> Entity:
    """``start:end`` names ``label``: mentions overlapping it move off their
    entities (dropped when none is left), and the new entity gets the span.
    An entity that loses its only mention and began the span is a short name
    of the new one ("A6" of "A6 motorway") and stays an alias."""
    inside: list[Entity] = []
    for m in [m for m in state.mentions if m.start < end and start < m.end]:
        old = state.entities.get(m.key)
        drop_mention(state, m.key, m.start, m.end)
        if old is not None and not old.mentions:
            del state.entities[m.key]
            if m.start == start and m.end < end and old.label != label:
                inside.append(old)
    entity = state.add_entity(label, type_, same_as=same_as)
    entity.type = type_
    state.add_mention(entity.key, start, end)
    for old in inside:
        if old.type == type_ or old.type in {"Person", "Organization"}:
            entity.aliases.add(old.label)  # "A6" of "A6 motorway" is a short name of it
    return entity


def before(state: State, start: int, width: int = 80) -> str:
    """The text before ``start`` on the same line."""
    chunk = state.text[max(0, start - width):start]
    return chunk.rsplit("\n", 1)[-1]


def after(state: State, end: int, width: int = 80) -> str:
    chunk = state.text[end:end + width]
    return chunk.split("\n", 1)[0]


def sentence_start(state: State, start: int) -> bool:
    """Is ``start`` the first word of a sentence (or line)?"""
    lead = state.text[max(0, start - 4):start]
    return start == 0 or bool(re.search(r"(?:^|[.!?]['’\"”]?\s+|\n\s*)$", lead)) or "\n" in lead[-1:]
