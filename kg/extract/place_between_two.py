"""A crossing "between the two countries / towns" connects the two the text just named.

* "cross into Armenia at Bagratashen, the only open land crossing between the two countries"
  -> Bagratashen connects the last two countries named (Georgia and Armenia);
* "Police blocked the Nord gate, the other main crossing between the two towns" / "blocked
  the Libertador bridge between the two towns" -> the crossing connects the last two towns
  named before it (places that are no country, region, water or link).

The two ends come from the sentence of the crossing and the three before it; with fewer
than two such names nothing is linked.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State

_CROSSING = (r"(?:(?:land|road|rail|railway|border|river|main|busiest|only|open|other|second|third|last|"
             r"official|formal|pedestrian|vehicle|new|old|historic|key|principal|major|two)\s+){0,4}"
             r"(?:crossing(?:\s+point)?|border\s+post|post|checkpoint|bridge|gate|ferry|link|crossing|tunnel|causeway)")
# "<X>, the only open land crossing between the two countries"
_APPOSED_RE = re.compile(rf",\s+(?:the|a|an|one\s+of\s+the|another)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_CROSSING}s?\s+"
                         r"between\s+the\s+two\s+(?P<what>countries|nations|states|neighbours|neighbors|towns|cities|"
                         r"ports|villages|communities|municipalities|banks)\b")
# "the Libertador bridge between the two towns": the kind word in the name itself
_NAMED_RE = re.compile(r"\s+between\s+the\s+two\s+(?P<what>countries|nations|states|neighbours|neighbors|towns|"
                       r"cities|ports|villages|communities|municipalities)\b")
_KIND_END_RE = re.compile(r"\b(?:[Cc]rossing|[Bb]ridge|[Gg]ate|[Pp]ost|[Cc]heckpoint|[Ff]erry|[Tt]unnel|[Cc]auseway)$")
_NOT_TOWN = frozenset("region county province district state department oblast river sea lake ocean bay gulf strait "
                      "channel border bridge crossing gate post checkpoint ferry tunnel causeway road railway line "
                      "highway canal corridor route link".split())


# "the Nord gate between the two towns": a one-word name the finder took for a person, then a
# lower-case crossing word, is the crossing's name
_LOWER_KIND_RE = re.compile(r"\s+(gate|bridge|crossing|checkpoint|border\s+post)\b")


def _crossing_names(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in {"Person", "Organization"} or " " in entity.label or entity.same_as:
            continue
        kind = _LOWER_KIND_RE.match(state.text, m.end)
        if kind is None or not re.search(r"\b[Tt]he\s+$", state.text[max(0, m.start - 5):m.start]) \
                or (_APPOSED_RE.match(state.text, kind.end()) or _NAMED_RE.match(state.text, kind.end())) is None:
            continue
        if any(m.key in (r.subject, r.object) for r in state.relations) \
                or state.voiced(m.key) \
                or any(x != m and x.start < kind.end() and m.start < x.end for x in state.mentions):
            continue
        rename_span(state, m.start, kind.end(), f"{entity.label} {kind.group(1)}", "Place")


def apply(state: State) -> None:
    _crossing_names(state)
    for m in [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]:
        if m.key not in state.entities or state.entity_type(m.key) not in {"Place", "Organization", "Person"}:
            continue
        hit = _APPOSED_RE.match(state.text, m.end)
        if hit is not None and state.entity_type(m.key) != "Place":
            if not _may_be_crossing(state, m.key):
                continue
            state.entities[m.key].type = "Place"  # "Sarpi, one of the busiest crossings between ...": a place
        if hit is None and state.entity_type(m.key) != "Place":
            continue
        if hit is None:
            hit = _NAMED_RE.match(state.text, m.end)
            if hit is None or not _KIND_END_RE.search(state.entities[m.key].label):
                continue
        if hit.end() > state.sentence_of(m.start).end_char:
            continue
        countries = hit.group("what") in {"countries", "nations", "states", "neighbours", "neighbors"}
        ends = _last_two(state, m, countries)
        if len(ends) != 2:
            continue
        for end in ends:
            state.add_relation(m.key, "connects", evidence_for(state, m), obj=end)


def _last_two(state: State, m, countries: bool) -> list[str]:
    """The last two distinct countries (or towns) named before ``m`` within four sentences."""
    sent = state.sentence_of(m.start)
    start = sent.start_char
    for _ in range(3):
        if sent.start == 0:
            break
        sent = state.doc[sent.start - 1].sent
        start = sent.start_char
    start = max(start, state.body_start)
    containers = {r.object for r in state.relations if r.predicate == "locatedIn"}
    found: list[str] = []
    for x in reversed([x for x in state.mentions if start <= x.start and x.end <= m.start]):
        entity = state.entities.get(x.key)
        if entity is None or x.key == m.key or x.key in found or entity.unnamed:
            continue
        if countries:
            if entity.type != "Country":
                continue
        else:
            if entity.type != "Place" or x.key in containers or entity.label.split()[-1].lower() in _NOT_TOWN:
                continue
            entry = state.gaz.lookup(entity.label)
            if entry is not None and entry.section in {"regions", "countries"}:
                continue
        found.append(x.key)
        if len(found) == 2:
            break
    return list(reversed(found))


def _may_be_crossing(state: State, key: str) -> bool:
    """A one-word name the finder took for a person or body, apposed to a crossing: no speaker,
    no relation, no body head word."""
    from kg.extract import lexicon

    entity = state.entities[key]
    if " " in entity.label or entity.unnamed or entity.same_as or set(entity.label.split()) & lexicon.words("org_heads"):
        return False
    if state.voiced(key):
        return False
    return not any(key in (r.subject, r.object) for r in state.relations)
