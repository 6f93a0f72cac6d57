"""The pipeline's last steps keep statements and events from pointing at
entities a later step removed, and keep statements an actor's, so the RDF never
has to skip a reference or break a shape."""

from __future__ import annotations

from kg.extract import nlp
from kg.extract.gazetteer import load_gazetteer
from kg.extract.pipeline import _drop_dangling, _drop_speakerless
from kg.extract.state import State
from kg.model import Event, Span, Statement
from tests.extract.conftest import make_document

TEXT = 'Ilze Ozola met Jonas Petraitis in Riga. "The Riga-Vilnius line is late," Ozola said.'


def test_references_to_removed_entities_are_dropped_and_the_rest_kept() -> None:
    state = State(document=make_document(TEXT), doc=nlp.parse(TEXT), gaz=load_gazetteer())
    for label, type_ in (("Ilze Ozola", "Person"), ("Jonas Petraitis", "Person"), ("Riga", "Place"),
                         ("Riga-Vilnius", "Organization")):
        state.add_entity(label, type_)
    span = Span(0, len(TEXT), TEXT)
    state.statements.append(Statement(speaker="ilze-ozola", quote="The Riga-Vilnius line is late", kind="direct",
                                      quote_span=span, evidence=span, about=["riga-vilnius", "riga"]))
    state.events.append(Event(key="m1", type="Meeting", label="meeting", evidence=span,
                              participants=["ilze-ozola", "jonas-petraitis"], about=["riga-vilnius"]))
    del state.entities["riga-vilnius"]  # a later step re-read the name as the place "Riga-Vilnius line"

    _drop_dangling(state)

    assert state.statements[0].about == ["riga"]
    assert state.events[0].about == []
    assert state.events[0].participants == ["ilze-ozola", "jonas-petraitis"]


def test_statements_whose_speaker_is_no_actor_are_dropped() -> None:
    state = State(document=make_document(TEXT), doc=nlp.parse(TEXT), gaz=load_gazetteer())
    for label, type_ in (("Ilze Ozola", "Person"), ("Latvia", "Country"), ("Riga", "Place")):
        state.add_entity(label, type_)
    span = Span(0, len(TEXT), TEXT)
    for speaker in ("ilze-ozola", "latvia", "riga", "gone"):
        state.statements.append(Statement(speaker=speaker, quote=f"words of {speaker}", kind="direct",
                                          quote_span=span, evidence=span))

    _drop_speakerless(state)

    assert [s.speaker for s in state.statements] == ["ilze-ozola", "latvia"]
