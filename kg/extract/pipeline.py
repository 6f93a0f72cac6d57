"""The extraction steps in order: parse -> layout -> entities -> resolution ->
offices -> statements -> relations. Each step is a module with one job; they
share a :class:`~kg.extract.state.State` and hand back a plain ``Extraction``.
"""

from __future__ import annotations

from kg.extract import (
    context_types,
    entities,
    identity,
    layout,
    nlp,
    offices,
    quotes,
    relation_checks,
    relation_types,
    relations,
    resolve,
    statement_checks,
)
from kg.extract.gazetteer import load_gazetteer
from kg.extract.state import State
from kg.model import ACTOR_TYPES, Document, Extraction


def extract(document: Document) -> Extraction:
    """Everything the rules find in ``document`` (pure: the document is not changed)."""
    body_start = layout.body_start(document)
    doc = nlp.parse(document.text, headline_end=body_start)
    state = State(document=document, doc=doc, gaz=load_gazetteer())
    state.body_start = body_start
    state.skipped = layout.credit_ranges(document.text) + layout.letterhead_ranges(document.text)
    resolve.resolve(state, entities.find_candidates(state))
    context_types.apply(state)
    offices.extract_offices(state)
    quotes.extract_statements(state)
    statement_checks.apply(state)
    relations.extract_relations(state)
    relation_checks.apply(state)
    relation_types.apply(state)
    _drop_speakerless(state)
    _drop_unmentioned(state)
    _drop_dangling(state)
    extraction = state.to_extraction()
    identity.scope_generic_agencies(extraction, state.gaz)
    return extraction


def _drop_unmentioned(state: State) -> None:
    """Entities need evidence: drop named ones no step attached a mention or use to."""
    used = {r.subject for r in state.relations} | {r.object for r in state.relations if r.object}
    used |= {s.speaker for s in state.statements} | {s.addressee for s in state.statements if s.addressee}
    for key in list(state.entities):
        entity = state.entities[key]
        if not entity.mentions and key not in used:
            del state.entities[key]


def _drop_speakerless(state: State) -> None:
    """A statement is an actor's: drop those whose speaker is gone or is no actor.

    A speaker a later step removed or re-read as a place, an office or a text
    (a reporter's question "will X …" read as a name) would break the
    ontology's shapes; the statement is dropped rather than written.
    """
    state.statements = [s for s in state.statements
                        if s.speaker in state.entities and state.entities[s.speaker].type in ACTOR_TYPES]


def _drop_dangling(state: State) -> None:
    """Forget references to entities a later step removed or re-keyed.

    Steps that replace an entity (a name re-read as a place, two mentions
    merged) cannot see every list that already points at the old key; the
    ``about`` lists of statements and events and the participants of events are
    filled early. A reference to a missing key would only be skipped with a
    warning when the RDF is written, so it is dropped here, once.
    """
    known = state.entities.keys()
    for statement in state.statements:
        statement.about = [key for key in statement.about if key in known]
    for event in state.events:
        event.about = [key for key in event.about if key in known]
        event.participants = [key for key in event.participants if key in known]
