"""A unit named with the ministry it belongs to (round-27 class O2).

    Officials from the Hydrocarbons Service of the Ministry of Energy said ...
    The Statistics Unit of the Ministry of Finance published figures.
    The Customs Department of the Ministry of Finance of Tarvia will check trucks.

The unit ("Hydrocarbons Service") is a state body of its own, partOf the
ministry ("Ministry of Energy"). The name finder may read the words up to the
ministry's head word as one name ("Hydrocarbons Service of the Ministry"), or
keep the ministry with the unit's head word and drop the unit's first words
("Department of the Ministry of Finance of Tarvia"): the names are set right
here, before the offices are read, so that a spokesman "of the Hydrocarbons
Service" works for the unit, and the unit's partOf is recorded.

Only a unit head word (Service, Unit, Division ...) after one to four
capitalised words, then "of the" and a ministry-like head ("Ministry",
"Department", "Secretariat", "Presidency"), is read: "the Office of the
President" (no words before the head) or "the Bank of the Republic" are not.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES
from kg.extract.state import MentionRef, State

_UNIT_HEADS = ("Service|Services|Unit|Division|Department|Directorate|Directorate-General|Section|Bureau|Office|"
               "Inspectorate|Branch|Desk|Centre|Center|Agency|Administration|Committee|Commission")
_PARENT_HEADS = "Ministry|Department|Secretariat|Presidency|Chancellery"
_WORD = r"[A-Z][\w'’&-]*"
_UNIT_RE = re.compile(
    rf"(?<![\w'’-])(?P<unit>(?:{_WORD}\s+){{1,4}}(?:{_UNIT_HEADS}))\s+of\s+the\s+"
    rf"(?P<parent>(?:{_PARENT_HEADS})(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{_WORD}|\s+{_WORD})*)")
# Words that open a sentence or a phrase, not the unit's name ("The Statistics Unit").
_LEADS = frozenset("The A An Its Their His Her Our This That Members Officials Officers Staff From At In Of By For Before To"
                   .split())


def name_start(state: State, start: int, end: int) -> tuple[int, list[str]]:
    """Where a body's name really starts in ``state.text[start:end]`` and its words, past
    sentence words and possessives the pattern took in ("The Statistics Unit", "Sweden's ...")."""
    words = state.text[start:end].split()
    while len(words) > 1 and (words[0] in _LEADS or words[0].endswith(("'s", "’s"))):
        start = state.text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start, words


def split_units(state: State) -> None:
    """Unit and ministry named together: two bodies, the unit partOf the ministry."""
    for m in _UNIT_RE.finditer(state.text):
        unit_start, unit_end = m.span("unit")
        unit_start, words = name_start(state, unit_start, unit_end)
        if len(words) < 2 or "\n" in state.text[unit_start:m.end("parent")]:
            continue  # a bare "Department of the Ministry": no unit name
        parent_start, parent_end = m.span("parent")
        if state.is_skipped(unit_start, parent_end) or unit_start < state.body_start:
            continue
        inside = [x for x in state.mentions if x.start < parent_end and unit_start < x.end]
        if any(state.entity_type(x.key) not in ORG_TYPES or x.start < unit_start or x.end > parent_end for x in inside):
            continue  # a person's or a place's words, or a name running on: not this shape
        unit = body_at(state, unit_start, unit_end, inside)
        parent = body_at(state, parent_start, parent_end, inside)
        for x in inside:
            if (x.start, x.end) not in {(unit_start, unit_end), (parent_start, parent_end)}:
                take_mention(state, x, unit)
        sent = state.sentence_span(state.sentence_of(unit_start))
        state.add_relation(unit, "partOf", sent, obj=parent)


def body_at(state: State, start: int, end: int, inside: list[MentionRef]) -> str:
    """The state body named at ``start:end`` (the one already read there, or a new one)."""
    found = next((x for x in inside if x.start == start and x.end == end), None)
    if found is not None:
        entity = state.entities[found.key]
        if entity.type == "Organization":
            entity.type = "GovernmentAgency"  # a unit of a ministry is a state body
        return found.key
    label = " ".join(state.text[start:end].split())
    entity = state.add_entity(label, "GovernmentAgency")
    if entity.type == "Organization":
        entity.type = "GovernmentAgency"
    state.add_mention(entity.key, start, end)
    return entity.key


def take_mention(state: State, m: MentionRef, heir: str) -> None:
    """A wrong name loses this mention; an entity left with none goes, and what
    named it (a relation read before) now names the unit."""
    state.mentions.remove(m)
    entity = state.entities.get(m.key)
    if entity is None:
        return
    entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
    if entity.mentions or any(x.key == m.key for x in state.mentions) or m.key == heir:
        return
    del state.entities[m.key]
    for r in [r for r in state.relations if m.key in (r.subject, r.object)]:
        state.remove_relation(r)
        subject = heir if r.subject == m.key else r.subject
        obj = heir if r.object == m.key else r.object
        if subject != obj:
            state.add_relation(subject, r.predicate, r.evidence, obj=obj, literal=r.literal)
