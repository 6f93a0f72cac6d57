"""Aides take their principal's side (round-36 O5).

"Edvardsen's deputy negotiator, Kari Moe, speaking to journalists" / "the minister's
spokeswoman, Ana Ruiz, said": the person serves the one named before the possessive and acts
for the country that principal represents (never for the principal as a body). The principal
is a named person ("Edvardsen's", also when the name finder took the bare surname for an
organisation) or a title the text gave a named person before ("the minister's": the last
person holding an office with that word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import lexicon
from kg.extract.office_base import STYLES, Office
from kg.extract.state import MentionRef, State

# "<Owner>'s <aide title>, <Name>": the owner a surname or "the <title word(s)>"
_PRINCIPAL_RE = re.compile(r"(?:(?P<name>\b[A-Z][\w'’-]+)|\b[Tt]he\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))['’]s\s+"
                           r"(?P<aide>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*,\s*" + STYLES + r"?$")
# Words an aide's title ends in (an office serving another, not a relative or a friend)
_AIDE_HEADS = frozenset("deputy negotiator spokesman spokeswoman spokesperson adviser advisor aide assistant secretary "
                        "envoy representative chief staff counsel director coordinator head officer".split())


# "<Name>, <Owner>'s <aide title>, said": the same after the name
_PRINCIPAL_AFTER_RE = re.compile(r",\s+(?:(?P<name>[A-Z][\w'’-]+)|[Tt]he\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))['’]s\s+"
                                 r"(?P<aide>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*(?=,|\.|;|\s+(?:said|told|says|added)\b)")


def principal_sides(state: State, record: Callable[[Office], None]) -> None:
    """A person with no side yet, named right after "<principal>'s <aide title>," (or followed
    by ", <principal>'s <aide title>,"), represents the country the principal represents; the
    aide's title is their office when they have none yet (``record`` records it)."""
    for mention in list(state.mentions):
        entity = state.entities[mention.key]
        if entity.type != "Person" or entity.unnamed or mention.start < state.body_start:
            continue
        if state.objects(mention.key, "represents"):
            continue
        lead = state.text[max(state.body_start, mention.start - 120):mention.start]
        hit = _PRINCIPAL_RE.search(lead)
        base = mention.start - len(lead)
        if hit is None:
            hit = _PRINCIPAL_AFTER_RE.match(state.text, mention.end, min(len(state.text), mention.end + 120))
            base = 0
        if hit is None or hit.group("aide").split()[-1] not in _AIDE_HEADS:
            continue
        principal = _named_principal(state, base + hit.start("name"), base + hit.end("name"), mention) \
            if hit.group("name") else _titled_principal(state, hit.group("title"), base + hit.start(), mention)
        if principal is None or principal == mention.key:
            continue
        countries = [c for c in state.objects(principal, "represents") if state.entity_type(c) == "Country"]
        if len(countries) != 1:
            continue
        evidence = state.sentence_span(state.sentence_of(mention.start))
        if not state.objects(mention.key, "holdsPosition"):
            record(Office(mention.key, hit.group("aide"), (base + hit.start("aide"), base + hit.end("aide")),
                          countries[0], (evidence.start, evidence.end), country=countries[0]))
        state.add_relation(mention.key, "represents", evidence, obj=countries[0])


def _named_principal(state: State, start: int, end: int, mention: MentionRef) -> str | None:
    """The person a possessive name stands for: a Person mention, or a bare surname the name
    finder typed otherwise that is the last word of a person named before."""
    found = state.mention_at(start, end)
    if found is not None and found.start == start and found.end == end and state.entity_type(found.key) == "Person" \
            and not state.entities[found.key].unnamed:
        return found.key
    surname = state.text[start:end]
    people = [m.key for m in state.mentions if m.start < start and state.entity_type(m.key) == "Person"
              and not state.entities[m.key].unnamed and len(state.entities[m.key].label.split()) > 1
              and state.entities[m.key].label.split()[-1] == surname]
    return people[-1] if people and len(set(people)) == 1 else None


def _titled_principal(state: State, title: str, before: int, mention: MentionRef) -> str | None:
    """'the minister's': the last person named before whose office has that word."""
    word = title.split()[-1].lower()
    if word not in lexicon.words("title_core") and word not in {"negotiator", "minister", "president", "premier"}:
        return None
    best = None
    for m in state.mentions:
        if m.start >= before:
            break
        if state.entity_type(m.key) != "Person" or state.entities[m.key].unnamed or m.key == mention.key:
            continue
        held = state.positions.get(m.key)
        if held is not None and word in state.entities[held].label.lower().split():
            best = m.key
    return best
