"""The last relation step drops relations whose types break the ontology's
shapes, whatever rule made them."""

from __future__ import annotations

from kg.extract import nlp, relation_types
from kg.extract.gazetteer import load_gazetteer
from kg.extract.state import State
from kg.model import Span
from tests.extract.conftest import make_document, relation_set

TEXT = "Anna Ozola heads the Eastern Health Trust in Riga, Latvia."


def _state() -> State:
    state = State(document=make_document(TEXT), doc=nlp.parse(TEXT), gaz=load_gazetteer())
    for label, type_ in (("Anna Ozola", "Person"), ("Eastern Health Trust", "Organization"), ("Riga", "Place"),
                         ("Latvia", "Country"), ("Social", "Position"), ("Head", "Position")):
        state.add_entity(label, type_)
    return state


def test_relations_against_the_shapes_are_dropped_and_the_rest_kept() -> None:
    state = _state()
    span = Span(0, len(TEXT), TEXT)
    keep = [("anna-ozola", "represents", "eastern-health-trust"), ("anna-ozola", "holdsPosition", "head"),
            ("head", "positionIn", "eastern-health-trust"), ("riga", "locatedIn", "latvia"),
            ("eastern-health-trust", "partOf", "latvia")]
    drop = [("anna-ozola", "represents", "social"),      # a person acting for an office
            ("anna-ozola", "holdsPosition", "riga"),     # a place is no office
            ("riga", "partOf", "latvia"),                # only organisations are part of a state
            ("anna-ozola", "locatedIn", "riga"),         # people are not located (places are)
            ("social", "represents", "latvia")]          # an office acts for no one
    for s, p, o in keep + drop:
        state.add_relation(s, p, span, obj=o)
    state.add_relation("anna-ozola", "dateSigned", span, literal="2020")  # literals are left alone

    relation_types.apply(state)

    assert relation_set(state) == set(keep) | {("anna-ozola", "dateSigned", "2020")}
    assert not state.has_relation("anna-ozola", "represents", "social")  # the index forgets it too
