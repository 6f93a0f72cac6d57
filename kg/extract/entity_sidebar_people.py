"""People of a sidebar or key-player list (round-20 A5).

A line of its own "Mehmet Yıldız, Turkey's Minister of Agriculture" / "Ana
Ruz, director-general of KWA" names a person and the post they hold, as an
apposition would; the statistical model misses such names when the line has
no sentence around it (and often when a name carries Turkish or Czech
letters). The name is the capitalised words before the first comma; the
rest of the line must hold an office word.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’-]+"
_LINE_RE = re.compile(rf"^[ \t]*(?:[-•*–][ \t]+)?(?P<name>{_WORD}(?:[ \t]+(?:(?:al|el|bin|ibn|van|von|de|da|del|di|le|la)[ \t-]+)?{_WORD}){{1,3}}),[ \t]+"
                      r"(?P<rest>[^\n]{3,120})$", re.M)
_RELATIVE_RE = re.compile(r"(?:whose|which|who|where)\b", re.I)
_REPORTING_RE = re.compile(r",\s+(?:said|says|told|tells|added|adds|warned|argued|explained)\b")
_NOT_NAME = frozenset("The A An This That In On At For With And But Or By From Minister President Prime".split())


def _credit_skipped(state: State, m: re.Match) -> bool:
    """Is the line skipped for another reason than looking like a letterhead
    (a list line of capitalised words, "Ana Ruz, Tarvia's Minister of Water",
    has a letterhead's shape; a credit starting inside the line is no list)?"""
    return any(s < m.end("name") and m.start("name") < e and s > m.start() for s, e in state.skipped)


def unskip_sidebar_lines(state: State, people: list[Candidate]) -> None:
    """Take the lines of sidebar people out of the skipped ranges (the
    letterhead rule took them for an issuing office's address)."""
    state.skipped = [(s, e) for s, e in state.skipped
                     if not any(s <= c.start and c.end <= e and (s == 0 or state.text[s - 1] == "\n") for c in people)]


def _office_words() -> set[str]:
    return {w for w in lexicon.words("title_core") | lexicon.words("title_heads") if " " not in w}


def sidebar_people(state: State) -> list[Candidate]:
    """Person candidates for the list lines described in the module docstring."""
    out = []
    offices = _office_words()
    for m in _LINE_RE.finditer(state.text):
        if m.start() < state.body_start or _credit_skipped(state, m):
            continue
        rest = m.group("rest").rstrip()
        # a list line, not a sentence: no full stop inside, few words, an office word in it
        if re.search(r"[.!?]\s+[A-Z]", rest) or len(rest.split()) > 14 or '"' in rest or "“" in rest:
            continue
        if _RELATIVE_RE.match(rest) or _REPORTING_RE.search(rest):
            continue  # "X, whose head office is in Y, said ...", "X, a researcher at Y, said ...": a sentence
        rest_words = {w.lower().strip(",;:.") for w in re.split(r"[\s']+|’", rest)}
        if not rest_words & offices:
            continue
        words = m.group("name").split()
        if words[0] in _NOT_NAME or any(w.lower() in offices for w in words):
            continue
        name = " ".join(words)
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "Person" or any(state.gaz.country(w) for w in words):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), state.text[m.start("name"):m.end("name")], "Person", "rule"))
    return out
