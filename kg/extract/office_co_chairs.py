"""'The two men co-chair the commission' (round-36 O1).

A plural subject standing for the last two people named ("The two co-chair the commission",
"The two women jointly chair the panel", "Both ministers co-chair the X") gives each of the two
the office "co-chair" (of the body the object names, when it is a named one). Only the office:
whom each acts for comes from what the text says of each of them.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES
from kg.extract.state import State
from kg.iris import slugify

_CO_CHAIR_RE = re.compile(r"\b(?:[Tt]he\s+(?:two|pair)|[Bb]oth)(?:\s+(?:men|women|ministers|officials|negotiators|envoys|"
                          r"diplomats|deputies|leaders))?\s+(?:now\s+|also\s+|currently\s+)?"
                          r"(?:co-chair(?:ed)?|jointly\s+chair(?:ed)?)\s+(?:the\s+)?(?P<body>[^,.;\"“”]{3,80})")


def co_chairs(state: State) -> None:
    """Each of the last two people named before "the two co-chair X" holds "co-chair"."""
    for hit in _CO_CHAIR_RE.finditer(state.text, state.body_start):
        people = _last_two(state, hit.start())
        if len(people) != 2:
            continue
        body = next((m for m in state.mentions_in(hit.start("body"), hit.end("body"), ORG_TYPES)
                     if not state.entities[m.key].unnamed), None)
        label = f"Co-chair of {state.entities[body.key].label}" if body is not None else "Co-chair"
        key = slugify(label)
        if key in state.entities and state.entities[key].type != "Position":
            key = slugify(f"{label} position")
        position = state.add_entity(label, "Position", key=key)
        position.aliases.add("Co-chair")
        evidence = state.sentence_span(state.sentence_of(hit.start()))
        for person in people:
            state.add_relation(person, "holdsPosition", evidence, obj=position.key)
            state.positions.setdefault(person, position.key)
        if body is not None:
            state.add_relation(position.key, "positionIn", evidence, obj=body.key)


def _last_two(state: State, before: int) -> list[str]:
    """The last two distinct named people before ``before`` (within the paragraph or the one before)."""
    floor = state.text.rfind("\n\n", state.body_start, state.text.rfind("\n\n", state.body_start, before))
    out: list[str] = []
    for m in reversed([m for m in state.mentions if max(floor, state.body_start) <= m.start < before]):
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.key in out:
            continue
        out.append(m.key)
        if len(out) == 2:
            break
    return list(reversed(out))
