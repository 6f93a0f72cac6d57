"""Digest items are separate stories: an agreement's relations stay in its item.

A newsletter digest separates its items with rule lines ("-----") and starts each with
an upper-case heading ("2. RAIL STUDY: ..."). "The two agencies said they would
negotiate the terms of the agreement" in item 2 is not about the fishing agreement
item 1 named: resolution joined the bare reference to the one agreement it knew.

* A lower-case reference ("the agreement", "the deal") in an item that never names
  that agreement is no mention of it (dropped before the relations are read).
* partyTo / negotiates read in an item that never names the agreement are dropped
  (the "this agreement" fallbacks of later steps included).

Ordinary articles (no rule lines, or a sidebar after one rule) are left alone.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_RULE_RE = re.compile(r"^[ \t]*(?:-{3,}|_{3,}|\*{3,}|={3,}|[—–]{2,}|(?:\*\s){2,}\*)[ \t]*$", re.M)
_AGREEMENT_PREDICATES = frozenset({"partyTo", "negotiates"})


def items(state: State) -> list[tuple[int, int]]:
    """The body's digest items (start, end), or [] when the text is no digest: at least
    two rule lines, and at least two of the parts between them open with an upper-case
    heading line."""
    text = state.text
    rules = [m for m in _RULE_RE.finditer(text) if m.start() >= state.body_start]
    if len(rules) < 2:
        return []
    bounds = [state.body_start, *[r.end() for r in rules]]
    ends = [*[r.start() for r in rules], len(text)]
    parts = list(zip(bounds, ends))
    headed = sum(1 for a, b in parts if _heading_first(text[a:b]))
    return parts if headed >= 2 else []


def _heading_first(part: str) -> bool:
    line = next((l for l in part.splitlines() if l.strip()), "")
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _item_of(parts: list[tuple[int, int]], pos: int) -> int | None:
    return next((i for i, (a, b) in enumerate(parts) if a <= pos < b), None)


def _named_items(state: State, parts: list[tuple[int, int]], key: str) -> set[int]:
    """The items naming agreement ``key`` by a capitalised (title) mention."""
    out = set()
    for m in state.mentions:
        if m.key == key and state.text[m.start:m.end][:1].isupper() or m.key == key and re.match(
                r"\d", state.text[m.start:m.end]):
            i = _item_of(parts, m.start)
            if i is not None:
                out.add(i)
    return out


def drop_foreign_references(state: State) -> None:
    """Lower-case references to an agreement from an item that never names it go."""
    parts = items(state)
    if not parts:
        return
    for key in [k for k, e in state.entities.items() if e.type == "Agreement" and not e.unnamed]:
        named = _named_items(state, parts, key)
        if not named:
            continue
        entity = state.entities[key]
        for m in [m for m in state.mentions if m.key == key]:
            i = _item_of(parts, m.start)
            if i is None or i in named or state.text[m.start:m.end][:1].isupper():
                continue
            state.mentions.remove(m)
            entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]


def scope_relations(state: State) -> None:
    """partyTo / negotiates read in an item that never names the agreement go."""
    parts = items(state)
    if not parts:
        return
    for r in list(state.relations):
        if r.predicate not in _AGREEMENT_PREDICATES or r.object not in state.entities \
                or state.entity_type(r.object) != "Agreement" or r.evidence is None:
            continue
        i = _item_of(parts, r.evidence.start)
        named = _named_items(state, parts, r.object)
        if i is None or not named or i in named:
            continue
        if any(m.key == r.object and parts[i][0] <= m.start < parts[i][1] for m in state.mentions):
            continue  # the item refers to it (a reference kept above)
        state.remove_relation(r)
