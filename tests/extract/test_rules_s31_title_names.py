"""Session 31: two plain words closing a sentence right after a formal title are the person holding it
("..., and Namibia's Minister of International Relations and Cooperation, Palesa Mofokeng."), a name the
model sometimes leaves untagged. The rule is tested on its own, on candidates without that name, so the
test does not depend on what the model happens to tag (invented names)."""

from __future__ import annotations

from kg.extract import layout, nlp
from kg.extract.entity_long_names import apposed_office_names
from kg.extract.entity_types import Candidate
from kg.extract.gazetteer import load_gazetteer
from kg.extract.state import State
from tests.extract.conftest import make_document


def _added(text: str) -> set[str]:
    document = make_document(text, "2026-10-14")
    body_start = layout.body_start(document)
    state = State(document=document, doc=nlp.parse(document.text, headline_end=body_start), gaz=load_gazetteer())
    state.body_start = body_start
    return {c.text for c in apposed_office_names([], state) if c.type == "Person"}


def test_two_words_closing_the_sentence_after_a_formal_title_are_a_person():
    assert "Palesa Mofokeng" in _added(
        "Talks\n\nThe agreement was signed by Namibia's Minister of International Relations and Cooperation, "
        "Palesa Mofokeng. The two ministers also told reporters they would meet again.")


def test_two_words_before_said_after_a_formal_title_are_a_person():
    assert "Palesa Mofokeng" in _added(
        "Talks\n\nNamibia's Minister of International Relations and Cooperation, Palesa Mofokeng said the "
        "agreement would be signed in May.")


def test_a_place_after_a_formal_title_is_no_person():
    assert not _added("Talks\n\nThe talks were held at the Ministry of Transport, Windhoek Central. The two "
                      "ministers also agreed to meet in Maseru.")


def test_two_words_after_an_informal_office_are_left_alone():
    assert not _added("Talks\n\nThe talks were led by the minister's adviser, Palesa Mofokeng. The two sides "
                      "agreed to meet in Maseru.")
