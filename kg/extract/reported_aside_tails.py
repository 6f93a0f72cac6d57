"""The clause joined after a quote in a sentence a speech aside reports (round-37 class C3).

    The levy, he told reporters, was "a French law on French territory", and
    Paris was agreeing only to a pause.

The aside (', he told reporters,') makes the whole sentence the speaker's: the
quoted part is his direct statement, and a clause with its own subject joined
after the quote by 'and'/'but' is more of his words -- a reported statement of
its own (as '..., the minister said, and the fees would fall' is one for the
unquoted sentence).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported
from kg.extract.state import State

_TAIL_RE = re.compile(r'[\s"”’\']*,?\s*(?:and|but)\s+(?=\S)')


def aside_tail_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the 'and <clause>' after the quote of a sentence with a speech aside."""
    verbs = lexicon.words("reported_verbs")
    for st in list(state.statements):
        if st.kind != "direct":
            continue
        sent = state.sentence_of(st.quote_span.start)
        aside = _aside_verb(sent, st.quote_span.start - 1, verbs)
        if aside is None:
            continue
        close = next((e for s, e in marks if s < st.quote_span.start < e), None)
        if close is None:
            continue
        tail = _TAIL_RE.match(state.text, close, sent.end_char)
        if tail is None:
            continue
        start, end = trim_span(state.text, tail.end(), sent.end_char)
        words = [t for t in sent if start <= t.idx < end]
        if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks):
            continue
        if not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in words):
            continue  # a bare predicate ('and called for talks') is the speaker's act
        if any(o.quote_span.start < end and start < o.quote_span.end for o in state.statements):
            continue
        add_reported(state, st.speaker, start, end, sent, aside, marks)


def _aside_verb(sent, before: int, verbs: frozenset[str]):
    """The speech verb of an aside set off by commas before ``before`` ('The levy, he
    told reporters, was ...'): a subject, the verb and at most three words more."""
    toks = [t for t in sent if t.idx < before]
    for i, t in enumerate(toks):
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs or i < 2:
            continue
        subj = toks[i - 1]
        lead = i - 2
        if subj.pos_ == "PROPN" and lead >= 0 and toks[lead].pos_ == "PROPN":
            lead -= 1  # 'Marie Leclerc told ...'
        if lead < 1 or toks[lead].text != "," or subj.pos_ not in {"PRON", "PROPN"}:
            continue
        after = next((j for j in range(i + 1, min(i + 5, len(toks))) if toks[j].text == ","), None)
        if after is not None:
            return t
    return None
