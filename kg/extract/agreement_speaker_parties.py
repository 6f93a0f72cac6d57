"""partyTo from signers named by a pronoun (round-31 class GP5).

* "Our governments signed the Lake Victoria Agreement in Kampala", said in a quote by a Ugandan
  minister at a meeting with Kenya: "our governments / our two countries / both our nations" are
  the speaker's country and the other side of the article: both are parties. "We signed the X"
  alone is the speaker's country.
* "India said it signed the Transit Agreement with Myanmar in 2008": "it" is the country that
  said so (the subject of the verb the signing is reported under); the "with" party is read by
  the verb rule of kg.extract.agreement_parties.
A signing still to come ("we will sign") is no party (negotiation, read elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_status import agreement_status
from kg.extract.sides import main_sides
from kg.extract.state import State

_SIGN_LEMMAS = frozenset({"sign", "conclude", "ink", "ratify", "reach"})
_GROUP_NOUNS = frozenset({"governments", "countries", "nations", "states", "republics", "peoples"})
_SAY_LEMMAS = frozenset({"say", "state", "announce", "confirm", "recall", "note", "add", "tell", "explain", "write"})


def apply(state: State) -> None:
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    for sent in state.doc.sents:
        if sent.start_char < state.body_start:
            continue
        if not state.mentions_in(sent.start_char, sent.end_char, {"Agreement"}):
            continue
        for tok in sent:
            if tok.lemma_.lower() not in _SIGN_LEMMAS or tok.pos_ != "VERB" or tok.tag_ not in {"VBD", "VBN"}:
                continue
            if any(c.lower_ in {"not", "never"} or c.dep_ == "aux" and c.lower_ in {"will", "would", "to"}
                   for c in tok.children):
                continue
            target = next((m for c in tok.children if c.dep_ == "dobj"
                           if (m := state.mention_at(c.idx, c.idx + len(c.text), {"Agreement"})) is not None), None)
            if target is None or agreement_status(state, target.key) == "prospective":
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            for party in _pronoun_parties(state, subj, sides):
                if party != target.key:
                    state.add_relation(party, "partyTo", state.sentence_span(sent), obj=target.key)


def _pronoun_parties(state: State, subj: Token, sides: list[str]) -> list[str]:
    word = subj.lower_
    if word == "it":
        return _reporting_country(state, subj)
    own = {c.lower_ for c in subj.children}
    if word == "we" or word in _GROUP_NOUNS and own & {"our"}:
        country = _speaker_country(state, subj.idx)
        if country is None:
            return []
        if word == "we":
            return [country]
        others = [s for s in sides if s != country]
        return [country, *others] if len(sides) == 2 and len(others) == 1 else [country]
    return []


def _reporting_country(state: State, subj: Token) -> list[str]:
    """'India said it signed ...': the country subject of the saying verb above the signing."""
    head = subj.head.head
    while head is not None and head.dep_ != "ROOT" and head.lemma_.lower() not in _SAY_LEMMAS:
        head = head.head
    if head is None or head.lemma_.lower() not in _SAY_LEMMAS:
        return []
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return []
    hit = state.mention_at(speaker.idx, speaker.idx + len(speaker.text), {"Country"})
    return [hit.key] if hit is not None else []


def _speaker_country(state: State, at: int) -> str | None:
    """The country the speaker of the direct quote around ``at`` represents."""
    for statement in state.statements:
        span = statement.quote_span
        if statement.kind != "direct" or span is None or not span.start <= at < span.end:
            continue
        speaker = statement.speaker
        if speaker in state.entities and state.entity_type(speaker) == "Country":
            return speaker
        own = [o for o in state.objects(speaker, "represents") if state.entity_type(o) == "Country"]
        return own[0] if len(own) == 1 else None
    return None
