"""Question headings of an explainer name nothing of their own (round-29 shape S4).

    What is the Ferghana line?
    When Will Trains Run?

A line of its own that asks a question (a question word first, a question mark
last) heads the answer below it. Written in title case, its capitalised words
fool the model ("Will Trains Run" as a person): a name found there that the
gazetteer does not know and the text never writes outside such headings is no
entity. A name the answers use too ("the Ferghana line") stays.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_QUESTION_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:What|Who|Whom|Whose|When|Where|Why|How|Which|Will|Would|"
                          r"Is|Are|Was|Were|Can|Could|Does|Do|Did|Should|Has|Have)\b[^\n?]{0,150}\?[ \t]*$")


def question_heading_ranges(state: State) -> list[tuple[int, int]]:
    out = []
    for m in _QUESTION_RE.finditer(state.text, state.body_start):
        words = re.findall(r"[^\W\d_][\w'’-]*", m.group(0))
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            out.append(m.span())  # title case: "When Will Trains Run?"; "What is the Ferghana line?" names it
    return out


def heading_only_name(cand: Candidate, state: State, ranges: list[tuple[int, int]]) -> bool:
    """A name inside a question heading that the text names nowhere else."""
    if cand.source == "gaz" or not any(s <= cand.start and cand.end <= e for s, e in ranges):
        return False
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(cand.text)}(?![\w'’-])")
    return not any(not any(s <= m.start() < e for s, e in ranges) for m in pattern.finditer(state.text, state.body_start))
