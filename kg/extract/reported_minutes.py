"""What the participants of a meeting said, in the verbs of minutes and reports:

    The Ugandan side requested that the meeting be held in Kampala next year.
    Members observed that the border post remained congested.
    The Kenyan delegation proposed that the study be extended to the port.
    Mr. Kiprop recommended that the tender be reissued.

A 'that' clause of request / propose / recommend / observe / inform / report /
remark ... is what the subject said. The subject is a named person or body, or
a group taking part in the talks ('members', 'delegates', 'the Ugandan side',
'the two delegations'); other unnamed plurals ('some traders observed that ...')
are left alone, as the general rules leave them. A news outlet that 'reported
that' relays someone else's words and is left to the other rules.
"""

from __future__ import annotations

from kg.extract.quote_attribution import subject_entity
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.speakers import subject_of, unnamed_speaker
from kg.extract.state import State

# Verbs of minutes that report with a 'that' clause.
_VERBS = frozenset("request propose recommend observe inform report remark suggest underline underscore "
                   "reaffirm emphasise emphasize note stress state explain express".split())
# Group nouns for the participants of a meeting.
_PARTICIPANTS = frozenset("member members delegate delegates delegation delegations side sides participant "
                          "participants party parties commissioner commissioners".split())


def minutes_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the statements of the module docstring that no rule found."""
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERBS:
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        subj = subject_of(verb)
        if not comps or subj is None:
            continue
        clause = sorted(comps[0].subtree, key=lambda t: t.i)
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue  # already someone's words
        named = state.mention_at(subj.idx, subj.idx + len(subj.text))
        if (named is None or state.entities[named.key].unnamed) and subj.lemma_.lower() not in _PARTICIPANTS \
                and subj.lower_ not in _PARTICIPANTS:
            continue
        key = subject_entity(state, subj, marks, None)
        if key is None and named is None:
            key = unnamed_speaker(state, subj)  # 'Members observed that ...': the members present
        if key is None or state.entity_type(key) in {"MediaOrganization", "Place", "Country", "Position"}:
            continue
        if clause[0].lower_ == "that":
            clause = clause[1:]
        a, b = trim_span(state.text, clause[0].idx, clause[-1].idx + len(clause[-1].text))
        if len(state.text[a:b].split()) < 3 or any(s < b and a < e for s, e in marks):
            continue  # a quote in the clause is the direct rule's
        add_reported(state, key, a, b, verb.sent, verb, marks)
        statement = state.statements[-1]
        statement.about = [k for k in statement.about if k != key]
