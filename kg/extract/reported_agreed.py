"""What the ministers who met agreed on, as their statement (round-29 class C4).

    The two transport ministers met in Hainburg yesterday. ... The ministers
    agreed that expert teams would finalise a Protocol on Joint Border
    Controls by the end of June.

'agreed that <clause>' with people as the subject reports what they say they
agreed: a reported statement of each of them -- the two named holders of the
office when the subject is 'the ministers' / 'both ministers' / 'the two
ministers' (split by ``plural_speakers.holders_speak``), each named person of
'Novak and Horak agreed that ...'. Countries, governments, unnamed groups
('the ministers' with no named pair) and 'agreed to <verb>' are left alone:
the agreement itself is no one's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.plural_speakers import plural_holders
from kg.extract.quote_attribution import subject_entity
from kg.extract.reported_speech import _report_clause, unsaid
from kg.extract.speakers import forget_entity, subject_of
from kg.extract.state import State


def _that_clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def agreed_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'The ministers agreed that ...': each named minister's reported statement."""
    for token in state.tokens:
        if token.idx < state.body_start or token.pos_ != "VERB" or token.lemma_.lower() != "agree":
            continue
        if any(s <= token.idx < e for s, e in marks) or state.is_skipped(token.idx, token.idx + 1) or unsaid(token):
            continue
        clause = _that_clause(token)
        subj = subject_of(token)
        if clause is None or subj is None or subj.lower_ in {"i", "we", "they", "you", "who", "which", "that"}:
            continue
        before = set(state.entities)
        speaker = subject_entity(state, subj, marks, None)
        if speaker is None:
            continue
        entity = state.entities[speaker]
        people = entity.type == "Person" and (not entity.unnamed or bool(plural_holders(state, speaker)))
        if not people:
            if speaker not in before:
                forget_entity(state, speaker)  # the group node made for this subject only
            continue
        _report_clause(state, token, sorted(clause.subtree, key=lambda t: t.i), marks)
