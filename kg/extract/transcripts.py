"""Transcripts: who answers in a press-conference or interview transcript.

'Q: Will the border reopen?' then 'Mensah: "We hope so."' or, right after a
question, 'Mensah: We hope so.' (no marks). The question line is nobody's
statement; the answer line is the labelled person's words. In an interview
both sides are labelled with names ('LHAMO: ... ?' / 'DORJI: ...'): the
interviewer is the label whose lines end in a question most often.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_QUESTION_RE = re.compile(r"[ \t]*(?:Q|QUESTION|Question|REPORTER|Reporter)\s*[:.][ \t]+(?=\S)")
_ANSWER_RE = re.compile(r"[ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*:[ \t]+(?=\S)")


def _lines(state: State) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the body, built once."""
    cached = state.__dict__.get("_body_lines")
    if cached is None:
        cached = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
                  if m.start() >= state.body_start and m.group(0).strip()]
        state.__dict__["_body_lines"] = cached
    return cached


def question_lines(state: State) -> list[tuple[int, int]]:
    """The lines of a transcript that are a reporter's question ('Q: ...', or the interviewer's)."""
    interviewer = _interviewer(state)
    out = []
    for a, b in _lines(state):
        if _QUESTION_RE.match(state.text, a, b):
            out.append((a, b))
            continue
        m = _LABEL_RE.match(state.text, a, b)
        if m is not None and m.group("who") == interviewer:
            out.append((a, b))
    return out


# An interview's speaker label: a name in capitals at the start of a line ('LHAMO:').
_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})[ \t]*:[ \t]+(?=\S)")


def _interviewer(state: State) -> str | None:
    """The capitals label of an interview's questioner: at least two labels take
    turns, each at least twice, and this one's lines end in '?' more often than
    any other's (and in at least half of its lines)."""
    asked: dict[str, list[bool]] = {}
    for a, b in _lines(state):
        m = _LABEL_RE.match(state.text, a, b)
        if m is not None:
            asked.setdefault(m.group("who"), []).append(state.text[a:b].rstrip().endswith("?"))
    turns = {who: ends for who, ends in asked.items() if len(ends) >= 2}
    if len(turns) < 2:
        return None
    share = {who: sum(ends) / len(ends) for who, ends in turns.items()}
    best = max(share, key=lambda who: share[who])
    others = [v for who, v in share.items() if who != best]
    return best if share[best] >= 0.5 and share[best] > max(others) else None


def transcript_answers(state: State) -> list[tuple[str, int, int, bool]]:
    """(speaker, start, end, quoted) of each transcript answer: a 'Surname:' line whose
    words are quoted, or that follows a question line. ``start:end`` is the text after
    the label (the quotation marks included when ``quoted``)."""
    lines = _lines(state)
    questions = set(question_lines(state))
    out = []
    for i, (a, b) in enumerate(lines):
        if (a, b) in questions:
            continue
        m = _ANSWER_RE.match(state.text, a, b)
        if m is None:
            continue
        quoted = state.text[m.end()] in "\"“"
        if not quoted and (i == 0 or lines[i - 1] not in questions):
            continue  # 'Update: ...' or 'Note: ...' in running text: no answer
        speaker = _person_named(state, m.start("who"), m.end("who"))
        if speaker is not None:
            out.append((speaker, m.end(), b, quoted))
    return out


def _person_named(state: State, start: int, end: int) -> str | None:
    """The person a transcript label names: a mention there, else the one person
    in the text whose surname is the label's last word ('Minister Mensah', 'MENSAH')."""
    m = state.mention_at(start, end, {"Person"})
    if m is not None and not state.entities[m.key].unnamed:
        return m.key
    last = state.text[start:end].split()[-1].lower()
    found = {k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and len(e.label.split()) > 1
             and e.label.split()[-1].lower() == last}
    return found.pop() if len(found) == 1 else None
