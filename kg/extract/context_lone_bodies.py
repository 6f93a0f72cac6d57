"""A lone one-word "organisation" the text also sets after a place preposition is a place (session 30).

    Kessabad would not agree to higher royalties, an official said. The next round
    will be held in Kessabad on 12 February.

A capital standing for its government ("Kessabad would not agree") is read by the
model as a body as often as a person (context_lone_names takes the persons). A
company or agency named by one plain word is seldom the place talks are held in,
travelled to or come from; so a one-word organisation no table knows that the text
also puts after "in", "at", "to", "from", "near" or "via" is the town. Not after a
word that makes it a company's ("a stake in", "according to", "works at": lexicon
``lone_body_place_blockers``), nor an all-capital acronym.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.context_edit import known, personal_name, retype
from kg.extract.context_lone_names import _WORD_RE
from kg.extract.state import State

_PREP_RE = re.compile(r"(?:^|[\s(\"“])(?P<prep>in|at|to|from|near|via)\s+$")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\s+(?:in|at|to|from|near|via)\s+$")
# "in Kessabad's ...", "in Kessabad Holdings": the name opens a longer one or owns something
_LONGER_AFTER_RE = re.compile(r"['’]s\b|[ \t]+[A-Z]|-")


def apply(state: State) -> None:
    """Retype such one-word organisations as places."""
    for key, entity in list(state.entities.items()):
        if entity.type != "Organization" or entity.unnamed or not _WORD_RE.fullmatch(entity.label):
            continue
        if known(state, entity.label) or personal_name(entity.label) or entity.same_as:
            continue
        if _after_place_preposition(state, entity.label):
            retype(state, key, "Place")


def _after_place_preposition(state: State, word: str) -> bool:
    blockers = lexicon.words("lone_body_place_blockers")
    text = state.text
    for m in re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’])").finditer(text, state.body_start):
        before = text[max(0, m.start() - 40):m.start()]
        if _PREP_RE.search(before) is None or _LONGER_AFTER_RE.match(text, m.end()):
            continue
        prev = _PREV_WORD_RE.search(before)
        if prev is not None and prev.group(1).lower() in blockers:
            continue
        return True
    return False
