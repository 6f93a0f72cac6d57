"""A reason the speaker gives after a quoted fragment (round-26 class C8).

    An Ethiopian diplomat said the timing was "not an accident", since neither
    side can afford a second front.

The reported clause runs into the quote, so the quote is the statement; the
clause of reason after it ('since/because ...', hung on the reported clause)
is still the speaker's words: a reported statement of its own, when no quote
is inside it and no statement covers it yet.
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported
from kg.extract.state import State

_REASON_MARKS = frozenset({"since", "because"})


def reason_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the reason clause after a direct fragment of a reported clause."""
    verbs = lexicon.words("reported_verbs")
    for statement in list(state.statements):
        if statement.kind != "direct":
            continue
        qs, qe = statement.quote_span.start, statement.quote_span.end
        sent = state.sentence_of(qs)
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or qs <= verb.idx < qe:
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                           and any(qs <= t.idx < qe for t in c.subtree)), None)
            if clause is None:
                continue
            for reason in clause.children:
                if reason.dep_ != "advcl" or reason.idx < qe:
                    continue
                mark = next((c for c in reason.children if c.dep_ == "mark"), None)
                if mark is None or mark.lower_ not in _REASON_MARKS:
                    continue
                words = [t for t in reason.subtree if t.i > mark.i]
                if not words:
                    continue
                a, b = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
                if len(state.text[a:b].split()) < 3 or any(s < b and a < e for s, e in marks) \
                        or any(st.quote_span.start < b and a < st.quote_span.end for st in state.statements):
                    continue
                add_reported(state, statement.speaker, a, b, sent, verb, marks)
            break
