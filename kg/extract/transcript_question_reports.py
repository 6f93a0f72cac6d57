"""What an interviewer's question reports someone else said: 'Harbour Times:
Your counterpart told parliament last month that Ghana would never lower its
fees. What changed?'.

A question is nobody's statement, but the claim it quotes is the words of the
one it names: the guest's counterpart whom the text introduced by name ('his
Ghanaian counterpart, Ama Boateng'). With no such name the claim is left out
(never a speaker "counterpart").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported
from kg.extract.state import State

# 'his Ghanaian counterpart, Ama Boateng' / 'her counterpart, Trade Minister Ama Boateng' /
# 'counterpart Ama Boateng': what may stand between the word and the name.
_BEFORE_NAME_RE = re.compile(r"\bcounterpart(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){0,4}$")


def question_reports(state: State, questions: list[tuple[int, int]], marks: list[tuple[int, int]]) -> None:
    """Add the reported claims of '<your counterpart> said/told X that ...' in question lines."""
    verbs = lexicon.words("reported_verbs")
    for a, b in questions:
        for verb in state.tokens:
            if not a <= verb.idx < b or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() != "counterpart" \
                    or not any(c.lower_ in {"your", "his", "her"} for c in subj.children if c.dep_ == "poss"):
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            speaker = _named_counterpart(state, a)
            if clause is None or speaker is None:
                continue
            words = _clause_words(clause)
            start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
            if len(state.text[start:end].split()) < 3:
                continue
            add_reported(state, speaker, start, end, verb.sent, verb, [m for m in marks if m != (a, b)])


def _clause_words(clause: Token) -> list[Token]:
    words = sorted(clause.subtree, key=lambda t: t.i)
    while words and (words[0].dep_ == "mark" or words[0].is_punct):
        words = words[1:]
    return words or [clause]


def _named_counterpart(state: State, before: int) -> str | None:
    """The one person the text introduced as a counterpart before ``before``."""
    found = []
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed \
                and _BEFORE_NAME_RE.search(state.text, max(0, m.start - 80), m.start):
            found.append(m.key)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None
