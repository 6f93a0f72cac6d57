"""'..., the ministry said in a statement. It called the result "a historic
precedent" and said ...': a sentence-opening 'It' that speaks is the body that
was the speaking subject of the sentence just before (direct quotes are read
before reported speech, so the statement list cannot tell yet).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.state import State

_ORG_SPEAKERS = {"Organization", "GovernmentAgency", "MediaOrganization"}


def previous_speaking_body(state: State, token: Token, resolve: Callable[[Token], str | None],
                           anywhere: bool = False) -> str | None:
    """The organisation that was the subject of a speech verb in the sentence
    before ``token``'s, when ``token`` is the 'It' opening its sentence
    (``anywhere``: the 'it' of a trailing '..., it said.', when the sentence
    before is in the same paragraph)."""
    sent = token.sent
    if token.i != sent.start and not anywhere or sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
    if anywhere:
        return _paragraph_speaking_body(state, sent, resolve)
    return _speaking_body(state, prev, resolve)


def _paragraph_speaking_body(state: State, sent, resolve: Callable[[Token], str | None]) -> str | None:
    """The speaking body of the nearest of the (up to three) sentences before ``sent``
    in its paragraph."""
    for _ in range(3):
        if sent.start == 0:
            return None
        prev = state.doc[sent.start - 1].sent
        if "\n\n" in state.text[prev.start_char:sent.start_char]:
            return None  # a paragraph break between: the body of another paragraph
        found = _speaking_body(state, prev, resolve)
        if found is not None:
            return found
        sent = prev
    return None


def _speaking_body(state: State, prev, resolve: Callable[[Token], str | None]) -> str | None:
    verbs = lexicon.words("reported_verbs") | lexicon.words("speech_verbs")
    for verb in prev:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        found = resolve(subj)
        if found is not None and state.entities[found].type in _ORG_SPEAKERS:
            return found
    return None
