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


def previous_speaking_body(state: State, token: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """The organisation that was the subject of a speech verb in the sentence
    before ``token``'s, when ``token`` is the 'It' opening its sentence."""
    sent = token.sent
    if token.i != sent.start or sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
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
