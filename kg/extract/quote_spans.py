"""Quotation marks and the words outside them: where quotes are, how a span is
trimmed, which tokens lie outside the marks and which of them are speech verbs.
Shared by the direct-quote, 'according to' and reported-speech rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon

_OPEN_CLOSE = {"“": "”", "«": "»"}
_MAX_QUOTE = 1500
_TRAIL = " \n\t,;:.—–-"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN_CLOSE:
            close = text.find(_OPEN_CLOSE[ch], i + 1)
            if 0 < close - i <= _MAX_QUOTE:
                out.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    # Straight quotes pair up within a paragraph.
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() + para.start() for m in re.finditer('"', para.group(0))]
        for a, b in zip(marks[::2], marks[1::2]):
            if not any(s <= a < e for s, e in out):
                out.append((a + 1, b))
    return sorted(out)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start] in " \n\t…":
        start += 1
    return start, end


def unquoted_tokens(tokens, marks) -> list[Token]:
    return [t for t in tokens if not any(s <= t.idx < e for s, e in marks)]


def speech_verbs(tokens: list[Token]) -> list[Token]:
    verbs = lexicon.words("speech_verbs")
    return [t for t in tokens if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in verbs]


def clause_after_verb(verb: Token, tokens: list[Token]) -> list[Token]:
    """The words of a clause that follows its speech verb. A name the parser
    read as a verb phrase ('Publish What You Earn Finland said the text was
    weak': 'What' hangs on the clause's verb) puts words before the speaker's
    verb into the clause; a clause that starts after the verb starts there.
    A relative clause ('the fees, which the ministers said would fall') keeps
    its words; call this only for a clause whose head follows the verb."""
    if verb.dep_ == "relcl" or not any(t.i > verb.i for t in tokens):
        return tokens
    return [t for t in tokens if t.i > verb.i]
