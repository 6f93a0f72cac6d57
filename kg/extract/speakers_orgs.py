"""'The Kessan Grain Board did not respond. In a statement, the regulator said ...':
a functional noun for a body ('the regulator', 'the watchdog', 'the agency')
whose name does not carry that word speaks for the organisation that was the
subject of a sentence just before, not for a new unnamed node "regulator".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# Nouns for what a body does, not what it is called: any recent organisation subject fits.
FUNCTION_NOUNS = frozenset("regulator watchdog agency authority body".split())
_BODY_TYPES = {"Organization", "GovernmentAgency"}
# How many sentences back the organisation may have been the subject.
_SENTENCES_BACK = 3


def recent_org_subject(state: State, token: Token) -> str | None:
    """The named organisation that is the subject of the sentence of ``token``
    (before it) or of one of the few sentences before, the nearest first; None
    when ``token`` is no bare function noun ('the regulator') or none is found."""
    if token.lower_ not in FUNCTION_NOUNS or token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    sent = token.sent
    for step in range(_SENTENCES_BACK + 1):
        if step:
            if sent.start == 0:
                return None
            sent = state.doc[sent.start - 1].sent
        subjects = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i]
        for t in reversed(subjects):
            m = state.mention_at(t.idx, t.idx + len(t.text), _BODY_TYPES)
            if m is not None and not state.entities[m.key].unnamed \
                    and m.start <= t.idx and t.idx + len(t.text) <= m.end:
                return m.key
    return None
