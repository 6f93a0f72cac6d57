"""Quoted words a speaker declined to go into (round-26 class C9).

    A ministry spokesman declined to discuss "the details of ongoing discussions."
    The company refused to comment on "speculation about prices".

'decline' is no speech verb, but the quoted words are the speaker's own (the
phrase they used in refusing): a direct statement of the subject of
'declined/refused to discuss|comment on|address|elaborate on|go into', when
the quote lies inside that verb's words.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.speakers import entity_for_token, subject_of
from kg.extract.state import State

_REFUSING = frozenset("decline refuse".split())
_TOPIC_VERBS = frozenset("discuss comment address elaborate detail go talk speculate say reveal disclose "
                         "specify confirm".split())


def declined_speaker(state: State, sents: list[SpacySpan], qs: int, qe: int,
                     marks: list[tuple[int, int]]) -> tuple[str, Token] | None:
    """(speaker, refusing verb) of a quote inside '<X> declined to discuss "..."'."""
    for sent in sents:
        for verb in sent:
            if verb.lemma_.lower() not in _REFUSING or verb.pos_ != "VERB" \
                    or any(s <= verb.idx < e for s, e in marks):
                continue
            topic = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _TOPIC_VERBS), None)
            if topic is None:
                continue
            words = [t for t in topic.subtree if t.i > topic.i and not t.is_punct]
            if not words or not any(qs <= t.idx < qe for t in words):
                continue
            subj = subject_of(verb)
            if subj is None or any(s <= subj.idx < e for s, e in marks):
                continue
            speaker = entity_for_token(state, subj, marks, before=subj.idx)
            if speaker is not None:
                return speaker, verb
    return None
