"""FAQ explainers: the "It" of an answer is the subject of its question heading.

"What is the Kessa line?\\nIt is a planned line of about 300 kilometres from Ama through
Tosa to Lumi in Tarvia." -> the Kessa line (a place, labelled as the heading writes
it) connects Ama and Lumi: the "from A ... to B" endpoints, not the stops passed
"through" or "via". Only headings naming a link (line, road, bridge, pass ...) count.
"""

from __future__ import annotations

import re

from kg.extract.connects import _PLACE_NAME, _move_mentions, place_key_at
from kg.extract.state import State

_LINK_WORDS = frozenset("line railway railroad road highway motorway bridge tunnel pipeline canal corridor pass crossing "
                        "causeway link route expressway waterway".split())
_QUESTION_RE = re.compile(r"^[ \t]*(?:Q[:.]\s*)?What\s+(?:is|was|will\s+be|would\s+be)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w'’.-]*(?:[ \t][\w'’.-]+){0,5}?)[ \t]*\?[ \t]*\n+"
                          r"[ \t]*(?:A[:.]\s*)?(?P<answer>(?:It|It['’]s)\b[^\n]*)", re.M)
_ENDS_RE = re.compile(rf"\bfrom\s+(?:the\s+(?:town|city|port|village)\s+of\s+)?(?P<a>{_PLACE_NAME})"
                      rf"(?:\s+(?:through|via)\s+[^.;\n]{{1,80}}?)?\s+(?:to|into)\s+(?:the\s+(?:town|city|port|village)\s+of\s+)?"
                      rf"(?P<b>{_PLACE_NAME})")


def apply(state: State) -> None:
    for q in _QUESTION_RE.finditer(state.text):
        if q.start() < state.body_start:
            continue
        name = " ".join(q.group("name").split())
        if name.split()[-1].lower() not in _LINK_WORDS or len(name.split()) < 2:
            continue
        answer_end = q.start("answer") + len(re.split(r"(?<=[.!?])\s", q.group("answer"))[0])
        ends = _ENDS_RE.search(state.text, q.start("answer"), answer_end)
        if ends is None:
            continue
        link = _link_key(state, name, q.start("name"), q.start("name") + len(q.group("name")))
        if link is None:
            continue
        keys = [place_key_at(state, ends.start(g), ends.end(g)) for g in ("a", "b")]
        if None in keys or keys[0] == keys[1] or link in keys:
            continue
        evidence = state.span(q.start("answer"), answer_end)
        for key in keys:
            if state.entity_type(key) != "Country":
                state.add_relation(link, "connects", evidence, obj=key)


def _link_key(state: State, name: str, start: int, end: int) -> str | None:
    """The place the heading names (a mention of its first words moves to the full name)."""
    hit = state.mention_at(start, end)
    if hit is None:
        entity = state.add_entity(name, "Place")
        state.add_mention(entity.key, start, end)
        return entity.key
    entity = state.entities[hit.key]
    if hit.start == start and hit.end == end:
        if entity.type in {"Organization", "Person"} and not entity.unnamed:
            entity.type = "Place"
        return hit.key if entity.type == "Place" else None
    if hit.start == start and hit.end < end and entity.type in {"Place", "Organization", "Person"} \
            and not any(st.speaker == hit.key for st in state.statements) \
            and state.text[hit.end:end].strip().islower():
        # "Ferghana" + " line": the link named after a place (whatever the finder took the name for)
        _move_mentions(state, hit.key, name)
        moved = state.mention_at(start, end)
        return moved.key if moved is not None and state.entities[moved.key].label == name else None
    return None
