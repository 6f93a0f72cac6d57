"""A name given to a text the sentence calls new: "signed the X Memorandum in 2021. The new
instrument, which negotiators call the Y Agreement, would ..." names another agreement than
the memorandum named before, unless that one is itself new or still under talks."""

from __future__ import annotations

from kg.extract import agreement_status, lexicon
from kg.extract.state import State


def new_described(state: State, pos: int) -> bool:
    """Does the noun phrase right before ``pos`` (in its sentence) call its thing new ("The new
    instrument, " before "which negotiators call ...")?"""
    sent = state.sentence_of(pos)
    start = sent[0].idx if sent else 0
    return bool(set(state.text[max(start, pos - 40):pos].lower().replace(",", " ").split()[-3:]) & lexicon.words("new_text_words"))


def spoken_of_as_new(state: State, key: str) -> bool:
    """Is agreement ``key`` said to be new or still under talks anywhere (then "the new
    instrument" may well be it)?"""
    for x in state.mentions:
        if x.key == key and x.start >= state.body_start \
                and set(state.text[max(0, x.start - 30):x.start].lower().split()[-3:]) & lexicon.words("new_text_words"):
            return True
    return agreement_status.agreement_status(state, key) == "prospective"


def names_another(state: State, pos: int, key: str) -> bool:
    """Is the name given at a naming phrase starting at ``pos`` a new text's, not agreement ``key``'s?"""
    return new_described(state, pos) and not spoken_of_as_new(state, key)
