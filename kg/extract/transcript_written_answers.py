"""A written parliamentary answer: the question ('512. SHRI ARJUN MEHTA: Will
the Minister of COMMERCE be pleased to state: (a) whether ...; (b) ...?'), then
'ANSWER', the answering office and the minister's name in brackets ('(SHRI
VIKRAM RAO)'), then the lettered parts of the answer ('(a) Exports through the
land port have fallen ...', '(b) Yes. The two Governments ...') up to a
separator ('*****') or the first paragraph that is not a part.

Each lettered part of the answer is one direct statement of the answering
minister (the honorific cut, the name in title case: 'Vikram Rao'); the
question's parts say nothing.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_ANSWER_RE = re.compile(r"[ \t]*(?:ANSWER|Answer|REPLY|Reply)[ \t]*[:.]?[ \t]*$")
_HONORIFIC = r"(?:SHRI|SHRIMATI|SMT|KUMARI|KUM|DR|PROF|SRI|SUSHRI|MR|MRS|MS|HON)\.?"
_NAME_RE = re.compile(rf"[ \t]*\([ \t]*(?:{_HONORIFIC}[ \t]+)*(?P<name>[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){{0,3}})"
                      r"[ \t]*\)[ \t]*$")
_PART_RE = re.compile(r"[ \t]*\((?P<letter>[a-z]|[ivx]{1,4})\)[ \t]+(?=\S)")
_SEPARATOR_RE = re.compile(r"[ \t]*(?:\*{3,}|-{3,}|_{3,}|={3,})[ \t]*$")


def answer_parts(state: State) -> list[tuple[int, int, str]]:
    """(start, end, answering person) of each lettered part of a written answer."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
             if m.start() >= state.body_start and m.group(0).strip()]
    out = []
    for i, (a, b) in enumerate(lines):
        if not _ANSWER_RE.fullmatch(state.text, a, b):
            continue
        name_at = next((j for j in range(i + 1, min(i + 5, len(lines)))
                        if _NAME_RE.fullmatch(state.text, *lines[j])), None)
        if name_at is None:
            continue
        name = _NAME_RE.fullmatch(state.text, *lines[name_at]).group("name")
        speaker = _person(state, name)
        parts: list[list[int]] = []
        for c, d in lines[name_at + 1:]:
            if _SEPARATOR_RE.fullmatch(state.text, c, d):
                break
            part = _PART_RE.match(state.text, c, d)
            if part is not None:
                parts.append([part.end(), d])
            elif parts and state.text[parts[-1][1]:c].count("\n") <= 1:
                parts[-1][1] = d  # a part running over a second line
            elif parts:
                break  # a paragraph that is no part: the answer is over
        out.extend((c, d, speaker) for c, d in parts if len(state.text[c:d].split()) >= 1)
    return out


def _person(state: State, name: str) -> str:
    """The person the bracketed name gives ('VIKRAM RAO' -> 'Vikram Rao'), created when
    the text names them nowhere else."""
    title = " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in name.split())
    for e in state.entities.values():
        if e.type == "Person" and not e.unnamed and (
                e.label.lower() == title.lower() or any(x.lower() == title.lower() for x in e.aliases)):
            return e.key
    return state.add_entity(title, "Person").key
