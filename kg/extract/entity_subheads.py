"""Subheads between paragraphs name nothing of their own (round-37 class A6).

    Backlog at the border
    Questions in the West
    Quota rises to 1,800 a day

A short line of its own (two to six words, a blank line before and after,
no full stop, question mark or colon at its end, some lower-case word in it)
heads the paragraphs below. Its first word is capitalised only because it
opens the line, and the model reads it as a person, a place or a body. A name
opening such a line that the gazetteer does not know and the text never
writes outside such lines is no entity; a known place ("Kenya waits"), a name
the paragraphs use too, or a name later in the line ("Questions in Kars")
stays. A line that is only a name ("Anna Berg", a letter's
signature) is no heading.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_LINE_RE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*([A-Z][^\n]{2,80}?)[ \t]*(?=\n[ \t]*\n)")
_WORD_RE = re.compile(r"[^\W_][\w'’,.-]*")


def subhead_ranges(state: State) -> list[tuple[int, int]]:
    out = []
    for m in _LINE_RE.finditer(state.text, max(0, state.body_start - 1)):
        line = m.group(1)
        if m.start(1) < state.body_start or line[-1] in ".?!:;\"”’)]," or '"' in line or "“" in line:
            continue
        words = _WORD_RE.findall(line)
        if not 2 <= len(words) <= 6 or len(words) != len(line.split()):
            continue
        if not any(w[0].islower() for w in words[1:]):
            continue  # "Anna Berg", "Ministry of Finance" is all names; "MEDIA CONTACT" no heading of prose
        out.append(m.span(1))
    return out


def subhead_only_name(cand: Candidate, state: State, ranges: list[tuple[int, int]]) -> bool:
    """A name inside a subhead that the text names nowhere else."""
    if cand.source == "gaz" or not any(s == cand.start and cand.end <= e for s, e in ranges):
        return False  # only the line's first word is capitalised for the line's sake ("Questions in Kars" names Kars)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(cand.text)}(?![\w'’-])")
    return not any(not any(s <= m.start() < e for s, e in ranges) for m in pattern.finditer(state.text, state.body_start))
