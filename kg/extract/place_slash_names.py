"""Place names with a slash part (round-31 class GP3).

"the B2/N9 highway", "the A1/E77 road", "the Tete/Zumbo corridor": a road that carries two
numbers or two names is one place; the name patterns began it after the slash ("N9 highway").
The part before the slash goes back on the name (the label and every mention that has it).
"""

from __future__ import annotations

import re

from kg.extract.agreement_names import rekey_uses
from kg.extract.state import State
from kg.iris import slugify

# "B2/", "A1/", "Tete/": a road number or a capitalised name right before the slash
_PREFIX_RE = re.compile(r"(?<![\w/-])((?:[A-Z]{1,3}\d{1,4}[A-Z]?|[A-Z][a-z][\w'’-]*)(?:/(?:[A-Z]{1,3}\d{1,4}[A-Z]?|[A-Z][a-z][\w'’-]*))*)/$")


def apply(state: State) -> None:
    """Give a place begun after a slash the part before it."""
    for key in [k for k, e in state.entities.items() if e.type == "Place"]:
        entity = state.entities.get(key)
        if entity is None:
            continue
        refs = [m for m in state.mentions if m.key == key]
        grown = [(m, _PREFIX_RE.search(state.text[max(0, m.start - 30):m.start])) for m in refs]
        grown = [(m, p) for m, p in grown if p is not None]
        if not grown:
            continue
        m, prefix = grown[0]
        label = f"{prefix.group(1)}/{entity.label}"
        new_key = slugify(label)
        if new_key in state.entities:
            continue
        old = state.entities.pop(key)
        old.key, old.label, old.mentions = new_key, label, []
        state.entities[new_key] = old
        state.mentions[:] = [x for x in state.mentions if x.key != key]
        for x, p in [(x, _PREFIX_RE.search(state.text[max(0, x.start - 30):x.start])) for x in refs]:
            start = x.start - len(p.group(0)) if p is not None else x.start
            state.add_mention(new_key, start, x.end, alias=p is None)
        for x in state.mentions_in(grown[0][0].start - len(prefix.group(0)), grown[0][0].start):
            if x.key != new_key and state.entity_type(x.key) in {"Place", "Organization", "Person"}:
                state.remove_mention(x)
        rekey_uses(state, key, new_key)
