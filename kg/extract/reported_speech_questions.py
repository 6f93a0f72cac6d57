"""Questions put in reported form: 'She also questioned whether Kessan officers
would have full powers', 'He asked (the minister) whether the ferry would run in
winter', 'told Asia-Plus that A, and wondered whether B' (the subject of the verb
it is joined to). The whether/if clause is the asker's reported statement. Someone who
'was asked whether ...' says nothing by being asked: a passive is left alone.
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.plural_speakers import co_speakers
from kg.extract.quote_attribution import subject_entity
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, unsaid, whether_clause
from kg.extract.state import State

# ('traders wonder whether ...' is a mood, not words: 'wonder' only joined to a report)
_JOINED_ONLY = frozenset({"wonder"})


def question_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add '<speaker> asked/questioned whether <clause>' reported statements."""
    asking = lexicon.words("question_verbs")  # 'asked whether', 'questioned whether', 'queried if'
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB" or verb.lemma_.lower() not in asking:
            continue
        if verb.lemma_.lower() in _JOINED_ONLY and not (verb.dep_ == "conj" and verb.head.lemma_.lower()
                                                        in lexicon.words("reported_verbs")):
            continue
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            continue  # 'was asked whether': the one asked says nothing
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        clause = whether_clause(verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # 'told Asia-Plus that A, and wondered whether B': the subject of the verb it is joined to
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if clause is None or subj is None:
            continue
        words = sorted(clause.subtree, key=lambda t: t.i)
        start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
            continue
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        speaker = subject_entity(state, subj, marks, None)
        if speaker is None:
            continue
        for key in [speaker, *co_speakers(state, subj, speaker, marks)]:
            add_reported(state, key, start, end, verb.sent, verb, marks)
