"""Statements read out of heading lines.

A live blog's entry heading repeats a quote its entry gives in full:

    17:40 - Somsak: "a good start"

    Thailand's Deputy Commerce Minister Somsak Rattana said the first day had
    been "a good start" and that ...

The heading's copy is no second statement: a quote in a time-stamped line of
its own whose words another statement quotes too goes (a heading quote the
entry does not repeat stays). And a heading in capitals run into the list under
it by the parser ('WHAT OFFICIALS TOLD US' / '- A senior customs official told
us that ...') is no speaker: a reported statement whose speaker is named only in
a capitals line and whose words run over the line break goes (the list item's
own statement is found on its own).
"""

from __future__ import annotations

import re

from kg.extract.state import State

# '17:40 - ', '08.30 — ', '19:05 (ICT) | ': an entry's time stamp opening the line
_STAMP_RE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?(?:[ \t]*\([A-Z]{2,5}\))?[ \t]*[-–—:|]")


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def drop_heading_copies(state: State) -> None:
    """Drop a time-stamped heading's copy of a quote, and statements a capitals heading spoke."""
    text = state.text
    keep = []
    for st in state.statements:
        a, b = _line(text, st.quote_span.start)
        if st.kind == "direct" and _STAMP_RE.match(text, a, b) and st.quote_span.end <= b:
            words = _words(st.quote)
            if words and any(o is not st and not (a <= o.quote_span.start < b)
                             and f" {words} " in f" {_words(o.quote)} " for o in state.statements):
                continue  # the entry below quotes the same words
        if st.kind == "reported" and "\n" in text[st.quote_span.start:st.quote_span.end]:
            named = [m for m in state.entities[st.speaker].mentions] if st.speaker in state.entities else []
            if named and all(_capitals_line(text, m.start) for m in named):
                continue
        keep.append(st)
    state.statements[:] = keep


def _capitals_line(text: str, at: int) -> bool:
    a, b = _line(text, at)
    line = text[a:b]
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)
