"""Numbered points of a statement: 'According to the statement, the two sides
agreed on the following points:' then lines '1. ...', '2. ...'. Each point is a
reported statement of the text's author: the body a joint text names, the
author the lead names ('a statement from X'), else the actor the sentence
before says issued it ('The ministry issued a statement after the talks.').
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.joint_texts import is_joint_text, joint_author
from kg.extract.quote_details import fill_details
from kg.extract.quote_spans import trim_span
from kg.extract.speakers import WRITTEN_TEXTS, entity_for_token, subject_of, text_source
from kg.extract.state import State
from kg.model import Statement

# A lead line that announces points of a written text and ends with a colon.
_LEAD_RE = re.compile(
    r"\b(?:according\s+to|in)\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>statement|communiqu[eé]|declaration|release|memorandum|document|text|readout)\b"
    r"|\b(?P<noun2>statement|communiqu[eé]|declaration|release|memorandum|document|text|readout)\s+"
    r"(?:said|says|reads|read|stated|states|listed|lists|set\s+out|sets\s+out)\b", re.I)
# '1. ...', '2) ...', 'a) ...', '- ...', '• ...'
_POINT_RE = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-h])[.)]|[•▪·*-])[ \t]+(?P<words>\S[^\n]*)")
_ISSUE_VERBS = frozenset("issue release publish circulate send post".split())


def point_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add one reported statement per numbered point after a lead that announces them."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text) if m.start() >= state.body_start]
    for i, (a, b) in enumerate(lines):
        line = state.text[a:b].rstrip()
        if not line.endswith(":") or _POINT_RE.match(line):
            continue
        lead = None
        for m in _LEAD_RE.finditer(line):
            lead = m
        if lead is None:
            continue
        noun_start = a + lead.start("noun" if lead.group("noun") else "noun2")
        noun = _token_at(state, noun_start)
        if noun is None or any(s <= noun.idx < e for s, e in marks):
            continue
        points = []
        for c, d in lines[i + 1:]:
            m = _POINT_RE.match(state.text, c, d)
            if m is None:
                break
            points.append((m.start("words"), d))
        if not points:
            continue
        speaker = _author(state, noun, marks)
        if speaker is None:
            continue
        medium = lexicon.mapping("media").get(noun.lower_) or lexicon.mapping("media").get(noun.lemma_.lower())
        if is_joint_text(noun) and medium == "statement":
            medium = "joint statement"
        for c, d in points:
            start, end = trim_span(state.text, c, d)
            if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks) \
                    or any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
                continue
            statement = Statement(speaker=speaker, quote=" ".join(state.text[start:end].split()), kind="reported",
                                  quote_span=state.span(start, end), evidence=state.span(start, end))
            fill_details(state, statement, None, [], (start, end), marks)
            statement.medium = medium
            state.statements.append(statement)


def _token_at(state: State, char: int) -> Token | None:
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _author(state: State, noun: Token, marks: list[tuple[int, int]]) -> str | None:
    """Who issued the text ``noun`` names: a joint text's two governments, an author
    named with it, the subject of a speech verb it leads ('The ministry said in a
    statement:'), else the actor that issued a text in the sentence before."""
    if is_joint_text(noun):
        return joint_author(state, noun)
    named = text_source(state, noun, marks)
    if named is not None:
        return named
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.words("speech_verbs"):
        subj = subject_of(head)
        if subj is not None and subj.i < noun.i and subj.lower_ not in {"it", "they"}:
            found = entity_for_token(state, subj, marks, before=noun.idx)
            if found is not None:
                return found
    sent = noun.sent
    if sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
    for t in prev:
        if t.pos_ == "VERB" and t.lemma_.lower() in _ISSUE_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in WRITTEN_TEXTS for c in t.children):
            subj = subject_of(t)
            if subj is not None:
                return entity_for_token(state, subj, marks, before=noun.idx)
    return None
