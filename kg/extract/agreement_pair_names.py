"""An agreement title opening with the pair of countries it binds keeps the pair.

"the Canada-Jamaica Security and Trade Partnership Agreement (STPA), signed in Ottawa" was read
as "Security and Trade Partnership Agreement" (the countries made entities of their own): the
title is "Canada-Jamaica Security and Trade Partnership Agreement", one agreement (the short
form without the pair, written elsewhere, is another name of it). Only a dash-joined pair (or
chain) of countries the gazetteer knows, right before the title, written without a space.
"""

from __future__ import annotations

import re

from kg.extract.agreement_aliases import merge_agreement
from kg.extract.state import State
from kg.iris import slugify

_PART = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
_PAIR_BEFORE_RE = re.compile(rf"(?P<pair>{_PART}(?:[-–]{_PART}){{1,3}})\s+$")


def apply(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Agreement" or entity.same_as or not entity.label[:1].isupper():
            continue
        if not state.text[m.start:m.end].startswith(entity.label.split()[0]):
            continue
        hit = _PAIR_BEFORE_RE.search(state.text, max(0, m.start - 60), m.start)
        if hit is None:
            continue
        parts = re.split(r"[-–]", hit.group("pair"))
        if not all(_country(state, p) for p in parts):
            continue
        # the first country must open the run ("the Canada-Jamaica ...", not "Trinidad-and-...")
        if re.search(r"[\w-]$", state.text[max(0, hit.start() - 1):hit.start()]):
            continue
        label = f"{hit.group('pair')} {entity.label}"
        if slugify(label) == m.key:
            continue
        new = state.add_entity(label, "Agreement")
        old_label = entity.label
        merge_agreement(state, m.key, new.key)
        new.aliases.add(old_label)
        moved = next((x for x in state.mentions if x.key == new.key and x.start == m.start and x.end == m.end), None)
        if moved is not None:
            state.mentions.remove(moved)
            new.mentions = [sp for sp in new.mentions if not (sp.start == moved.start and sp.end == moved.end)]
        state.add_mention(new.key, hit.start(), m.end, alias=False)


def _country(state: State, word: str) -> bool:
    entry = state.gaz.lookup(word)
    if entry is not None and entry.type == "Country":
        return True
    c = state.gaz.country_of_demonym(word)
    return c is not None and c.type == "Country"
