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
            cut = _runs_on(text, i, close, ch)
            if cut is not None:
                out.append((i + 1, cut))
                i = cut
                continue
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
        if len(marks) % 2 and _next_paragraph_opens(text, para.end(), '"'):
            # '"The house was gone.' then a paragraph opening with a mark: the
            # quote runs on, and its part in this paragraph is one of its own
            a = marks[-1]
            end = para.end()
            while end > a + 1 and text[end - 1].isspace():
                end -= 1
            if end > a + 1 and not any(s <= a < e for s, e in out):
                out.append((a + 1, end))
    return sorted(_single_quotes(text, out))


# British style: 'We have a text,' the minister said. -- a single mark opens before a letter
# after a space or a bracket, and closes after a word's last character when punctuation
# ends the words inside it or follows the mark; an apostrophe (don't, farmers' union, Ruz's)
# has a letter on both sides or a letter before and a plain word after, so it neither opens nor closes.
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–“\"]))['‘](?=[^\W\d_])", re.M)
_SINGLE_CLOSE_RE = re.compile(r"(?<=[.,!?…—–-])['’](?![^\W\d_])|(?<=[^\W_])['’](?=[.,;:!?)—–]|\s*$)", re.M)


def _single_quotes(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``doubles`` with the words inside single marks added, paired within a
    paragraph; a double-marked word nested in them ('We have heard "soon"
    before,') is part of that quote, and single marks nested in a double quote
    are that quote's own."""
    singles: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        if "'" not in para.group(0) and "‘" not in para.group(0):
            continue
        at = para.start()
        while True:
            op = _SINGLE_OPEN_RE.search(text, at, para.end())
            if op is None:
                break
            cl = _SINGLE_CLOSE_RE.search(text, op.end(), para.end())
            if cl is None:
                break
            start, end = op.end(), cl.start()
            if len(text[start:end].split()) >= 2 and not any(s <= op.start() < e for s, e in doubles):
                singles.append((start, end))
            at = cl.end()
    if not singles:
        return doubles
    kept = [d for d in doubles if not any(s <= d[0] and d[1] <= e for s, e in singles)]
    return sorted(kept + singles)


def _next_paragraph_opens(text: str, end: int, marks: str) -> bool:
    """Whether the paragraph after the line ending at ``end`` opens with one of ``marks``."""
    m = re.compile(r"\n[ \t]*\n?[ \t]*(\S)").match(text, end)
    return m is not None and m.group(1) in marks


def _runs_on(text: str, i: int, close: int, ch: str) -> int | None:
    """A quote opened at ``i`` whose paragraph ends before its closing mark while
    the next paragraph opens with a new mark (a quote running over paragraphs,
    printed the usual way): the end of its part in this paragraph, else None."""
    para_end = text.find("\n", i)
    if para_end < 0 or (0 < close < para_end):
        return None
    if not _next_paragraph_opens(text, para_end, ch):
        return None
    end = para_end
    while end > i + 1 and text[end - 1].isspace():
        end -= 1
    return end if end > i + 1 else None


# a reference marker closing the words ('... of the royalties.[7]', '... a wall."[6]')
_REFERENCE_END = re.compile(r"\[\d{1,3}\]$")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start:
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        marker = _REFERENCE_END.search(text, start, end)
        if marker is None:
            break
        end = marker.start()
    while start < end and text[start] in " \n\t…":
        start += 1
    return start, end


def unquoted_tokens(tokens, marks) -> list[Token]:
    return [t for t in tokens if not any(s <= t.idx < e for s, e in marks)]


def speech_verbs(tokens: list[Token]) -> list[Token]:
    verbs = lexicon.words("speech_verbs")
    return [t for t in tokens if t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in verbs
                                                                 or t.lemma_.lower() in _MANNER and _tags_quote(t))]


# Verbs of the manner of saying ('"...," he joked'): speech verbs only in a tag right
# after a closing mark (round-37 C5); 'the minister laughed off the question' says nothing.
_MANNER = frozenset("joke laugh sigh shrug chuckle scoff smile grin muse".split())
_CLOSING = frozenset({'"', "”", "»", "'", "’"})


def _tags_quote(verb: Token) -> bool:
    """Does ``verb`` stand in a short tag right after a quote's closing mark ('," he joked' /
    '," joked Novak' / '!" Novak laughed')?"""
    doc = verb.doc
    for back in range(1, 5):
        i = verb.i - back
        if i < 0 or doc[i].is_space or "\n" in doc[i].text:
            return False
        if doc[i].text in _CLOSING or doc[i].text in {'",', "”,"}:
            return i > 0 and (doc[i - 1].text in {",", "!", "?", "…"} or doc[i].text.endswith(","))\
                or i + 1 < verb.i and doc[i + 1].text == ","
        if doc[i].is_punct and doc[i].text != ",":
            return False
    return False


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
