"""A clause an outlet reported, with the outlet after it:

    The two ministers will meet again in Cairo in May, MENA reported.
    Sudan would send experts next week, the state agency reported on Tuesday.

The words before the comma that opens '<outlet> reported' are the outlet's
(a reported statement, its speaker the MediaOrganization). Only a news outlet
'reports' a clause this way; 'X reported that ...' of an outlet stays with the
other rules (the outlet relays someone else's words there), and a person or a
body that 'reported' is left to the rules for their own verbs.
"""

from __future__ import annotations

from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.reported_speech_trailing import clause_before_speaker
from kg.extract.state import State

# Nouns that name an outlet without its name ('the state agency', 'the newspaper').
_OUTLET_NOUNS = frozenset("agency newspaper paper daily weekly broadcaster television channel radio outlet "
                          "station website network tabloid".split())


def outlet_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add '<clause>, <outlet> reported[ on Tuesday].' statements no rule found."""
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.lemma_.lower() != "report" or verb.pos_ != "VERB":
            continue
        # ('the state agency reported on Tuesday' may be tagged a participle: no auxiliary, same verb)
        simple = verb.tag_ in {"VBD", "VBZ", "VBP"} or verb.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children)
        if not simple or verb.dep_ not in {"parataxis", "ROOT", "conj", "advcl"}:
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children):
            continue  # 'reported that ...' / 'reported a rise': not the clause before
        found = clause_before_speaker(state, verb, marks)
        if found is None:
            continue
        start, end, subj, _ = found
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue  # already someone's words
        speaker = _outlet(state, subj)
        if speaker is None:
            continue
        add_reported(state, speaker, start, end, verb.sent, verb, marks)
        statement = state.statements[-1]
        statement.about = [k for k in statement.about if k != speaker]


def _outlet(state: State, subj) -> str | None:
    """The outlet the subject names ('MENA', 'the Sudan Tribune newspaper'), or the
    outlet named last before it when the subject only says what it is ('the state
    agency'); no outlet, no statement (nothing is made up for it)."""
    sub = list(subj.subtree)
    named = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text), {"MediaOrganization"})
             if not state.entities[m.key].unnamed]
    if named:
        return named[-1].key
    if subj.pos_ == "PROPN" and len(sub) == 1 and subj.text.isupper() and subj.text.isalpha() \
            and len(subj.text) >= 3 and state.mention_at(subj.idx, subj.idx + len(subj.text)) is None:
        # '..., MENA reported.': an agency known by its letters, no name found for it
        # (a person or a body 'reports' a clause this way only in the outlet's sense)
        entity = state.add_entity(subj.text, "MediaOrganization")
        state.add_mention(entity.key, subj.idx, subj.idx + len(subj.text))
        return entity.key
    if subj.lemma_.lower() not in _OUTLET_NOUNS or subj.pos_ != "NOUN":
        return None
    before = [m for m in state.mentions_in(state.body_start, subj.idx, {"MediaOrganization"})
              if not state.entities[m.key].unnamed]
    return before[-1].key if before else None
