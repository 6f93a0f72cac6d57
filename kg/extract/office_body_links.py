"""A body placed under another by the words of its sentence (partOf).

"The Railway Regulatory Authority reports to the Ministry of Infrastructure",
"The authority sits under the Ministry of Construction", "the Border Guard
Service, which falls under the Ministry of the Interior,", "The office is
overseen by the Ministry of Transport" -> the body partOf the one above it.

The body below is the organisation named right before the verb (also through
", which"), or "the authority" / "the agency" opening the sentence: the last
body named before whose name ends in that noun, else the last state body
named before. The one above is the organisation named right after the words.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import MentionRef, State
from kg.model import ORG_TYPES

_UNDER = (r"(?:(?:sits|falls|comes|operates|works|is|are|was|were|remains|has\s+been|is\s+placed|was\s+placed)\s+"
          r"(?:directly\s+)?under|(?:reports|reported|answers|answered)\s+(?:directly\s+)?to|"
          r"(?:is|are|was|were|has\s+been)\s+(?:directly\s+)?(?:overseen|supervised|controlled|run|managed|administered)\s+by)"
          r"\s+(?:the\s+)?(?:(?:authority|supervision|oversight|umbrella|control|aegis)\s+of\s+(?:the\s+)?)?")
_VERB_RE = re.compile(r"(?:\s*,\s*which\s+|\s+)" + _UNDER)
# "The authority sits under ...": a body noun opening the sentence stands for a body named before
_ANAPHOR_RE = re.compile(r"\s*(?:The|This|That)\s+(?P<noun>authority|agency|administration|regulator|office|service|"
                         r"directorate|department|inspectorate|commission|board|bureau|unit|company|operator|body|"
                         r"corporation|utility|council|secretariat)\s+" + _UNDER)
_BODY_NOUNS_STATE = frozenset("authority agency administration regulator office service directorate department "
                              "inspectorate commission board bureau unit body council secretariat".split())


# "the Federal Board of Revenue (FBR), which runs Pakistan Customs": the body after the verb is
# the one below (the other way round from _UNDER)
_RUNS_RE = re.compile(r"(?:\s*\([A-Z][\w&.-]*\))?(?:\s*,\s*which\s+|\s+)(?:also\s+)?"
                      r"(?:runs|ran|oversees|oversaw|supervises|supervised|administers|administered|manages|managed|"
                      r"controls|controlled)\s+(?:the\s+)?")


def _parent_at(state: State, start: int) -> MentionRef | None:
    parent = state.mention_at(start, start + 1, ORG_TYPES)
    if parent is None or parent.start != start or state.entity_type(parent.key) == "MediaOrganization" \
            or state.entities[parent.key].unnamed:
        return None
    return parent


def _link(state: State, child: str, parent: MentionRef, evidence: MentionRef) -> None:
    if child == parent.key or state.entity_type(child) == "MediaOrganization":
        return
    if any(r.predicate == "partOf" and r.subject == parent.key and r.object == child for r in state.relations):
        return  # the words go the other way already
    state.add_relation(child, "partOf", evidence_for(state, evidence), obj=parent.key)


def _antecedent(state: State, noun: str, before: int) -> str | None:
    """The body 'the authority' stands for: the last one named before whose name ends in
    the noun, else (for a state body's noun) the last state body named before."""
    named, state_body = None, None
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type not in ORG_TYPES or entity.unnamed or entity.type == "MediaOrganization":
            continue
        if entity.label.split()[-1].lower() == noun:
            named = m.key
        if entity.type == "GovernmentAgency" and before - m.start < 600:
            state_body = m.key
    return named or (state_body if noun in _BODY_NOUNS_STATE else None)


def link_bodies_under(state: State) -> None:
    """partOf from "X reports to / sits under / is overseen by Y"."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in ORG_TYPES or entity.unnamed or m.start < state.body_start:
            continue
        hit = _VERB_RE.match(state.text, m.end, min(len(state.text), m.end + 120))
        if hit is None:
            continue
        parent = _parent_at(state, hit.end())
        if parent is not None:
            _link(state, m.key, parent, m)
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "GovernmentAgency" or entity.unnamed or m.start < state.body_start:
            continue
        hit = _RUNS_RE.match(state.text, m.end, min(len(state.text), m.end + 60))
        below = _parent_at(state, hit.end()) if hit is not None else None
        if below is not None and state.entity_type(below.key) == "GovernmentAgency":
            _link(state, below.key, m, m)  # "X, which runs Pakistan Customs": the customs service is X's
    for sent in state.body_sentences():
        hit = _ANAPHOR_RE.match(state.text, sent.start_char, sent.end_char)
        if hit is None:
            continue
        parent = _parent_at(state, hit.end())
        child = _antecedent(state, hit.group("noun"), sent.start_char)
        if parent is not None and child is not None:
            _link(state, child, parent, parent)
