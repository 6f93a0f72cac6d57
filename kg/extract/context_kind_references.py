"""'signed a protocol on Friday, the first such deal since 2022', 'any such pact would need
approval': "such" points back at a kind of text already spoken of; it names no agreement of
its own, so an agreement made only of such mentions is dropped before anything refers to it.
"""

from __future__ import annotations

import re

from kg.extract.context_edit import drop_entity
from kg.extract.state import State

_SUCH_RE = re.compile(r"\bsuch\s+(?:an?\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$", re.IGNORECASE)


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or not entity.mentions:
            continue
        if all(_SUCH_RE.search(state.text[m.start:m.end]) for m in entity.mentions):
            drop_entity(state, key)
