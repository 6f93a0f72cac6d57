"""Reported speech the parser hung on 'said' as an object: "Poland's Minister
of Climate, Anna Nowak, said the ruling concerned procedure, not substance, and
that the mine would keep working" is read with 'the ruling concerned procedure'
as the object of 'said' (no clausal complement), so the general rule finds no
clause ('said his nets now snag on shoals': the object's verb hung on 'said' as
well). 'Say' takes a plain noun object rarely ('said nothing', 'said a few
words', 'said so'); an object followed by a verb of its own, or by a coordinated
'and that' clause, is the start of what was said. The words run from the object
to the end of the verb's phrase (both clauses, as one statement).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.quote_attribution import ORG_SPEAKER_TYPES, subject_entity
from kg.extract.state import State

# Objects 'say' really takes: no reported clause behind them.
_PLAIN_OBJECTS = frozenset("nothing little much something anything everything word words thing things so "
                           "following goodbye hello prayer prayers grace yes no".split())
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})


def said_object_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the statements of the form in the module docstring."""
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB" or verb.lemma_.lower() != "say":
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            continue  # a clause the general rule reports
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ == "PRON" or obj.lower_ in _PLAIN_OBJECTS:
            continue
        words = _words(verb, obj)
        if not words:
            continue
        start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
            continue
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        key = _speaker(state, verb, marks)
        if key is None:
            continue
        add_reported(state, key, start, end, verb.sent, verb, marks)


def _words(verb: Token, obj: Token) -> list[Token]:
    """The object's words to the end of the verb's phrase, when a verb of the
    object's own (a misread clause) or an 'and that' clause follows it."""
    words = [t for t in verb.subtree if t.i >= obj.left_edge.i and not t.is_space]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    if not words or any(b.i - a.i != 1 for a, b in zip(words, words[1:])):
        return []
    own_verb = any(t.tag_ in _CLAUSE_TAGS and t.i > obj.left_edge.i for t in obj.subtree)
    # 'said his nets now snag on shoals': the object's verb hung on 'said' beside it
    # (an unlabelled 'dep' right after the object, its adverb between at most)
    own_verb = own_verb or any(c.dep_ == "dep" and c.tag_ in _CLAUSE_TAGS and c.pos_ in {"VERB", "AUX"}
                               and obj.i < c.i <= obj.right_edge.i + 2 for c in verb.children)
    that_conj = any(c.dep_ == "conj" and c.i > obj.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)
    return words if own_verb or that_conj else []


def _speaker(state: State, verb: Token, marks: list[tuple[int, int]]) -> str | None:
    """The named person or body of the verb's subject ('Poland's Minister of Climate,
    Anna Nowak': the apposed name); a plain noun ('Some traders') or a country is no one."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    key = subject_entity(state, subj, marks, None)
    if key is None or state.entities[key].unnamed:
        return None
    return key if state.entities[key].type in {"Person"} | set(ORG_SPEAKER_TYPES) else None
