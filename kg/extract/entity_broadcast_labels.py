"""Furniture of a TV transcript (round-24 class A5).

    EVENING NEWS - THURSDAY, JUNE 18, 2026 - TRANSCRIPT
    LUIS MORA, ANCHOR: Good evening ...
    ANA RUIZ, CORRESPONDENT: The talks ...
    JHON FREDDY URREGO: We want the border open.

* the programme banner (an upper-case line with a date or the word
  TRANSCRIPT) names nothing: no place "Evening News";
* "NAME, ANCHOR:" / "NAME, CORRESPONDENT:" at the start of a line: the name is
  a Person (in normal case), the role word no organisation; so in a podcast's
  "[00:02:30] AMA BOATENG (HOST):" (a timestamp first, the role in brackets);
* an upper-case label of two to four words ("JHON FREDDY URREGO:") is one
  Person, the whole label (the model often keeps only its first words).
Labels count only in a text with two such labelled lines at least (a
transcript), and a label the gazetteer knows or that is a title and a surname
("MINISTER SOLANO:", transcript_turns) is left to others.
"""

from __future__ import annotations

import re

from kg.extract.state import State
from kg.extract.entity_types import Candidate
from kg.extract import lexicon
from kg.extract.transcript_captions import fold
from kg.extract.transcript_turns import _TITLE_WORDS, title_label

_ROLES = (r"(?:SENIOR\s+|CHIEF\s+|FOREIGN\s+|POLITICAL\s+|NEWS\s+|CO-)?(?:ANCHOR|CORRESPONDENT|REPORTER|PRESENTER|HOST|"
          r"NEWSREADER|CORRESPONDENT\s+IN\s+[A-Z ]+|CONTRIBUTOR|ANALYST)")
_UP = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*"
# "[00:01:05] LENA FISCHER:", "00:02:30 AMA BOATENG (HOST):": a podcast's turns start with a timestamp, and
# the role may stand in brackets (round-28 shape S2); the timestamp and the role are layout.
_STAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*(?:[-–—][ \t]*)?)"
_LABEL_RE = re.compile(
    rf"(?m)^[ \t]*{_STAMP}?(?P<name>{_UP}(?:[ \t]+(?:{_UP}|DE|DA|DEL|VAN|VON|AL|EL|BIN)){{1,3}})"
    rf"(?:,[ \t]*(?P<role>{_ROLES}))?[ \t]*(?:\((?:(?P<brole>{_ROLES})|[^()\n]{{0,40}})\)[ \t]*)?:")
_BANNER_RE = re.compile(
    r"(?m)^[ \t]*[A-Z0-9][A-Z0-9 ,'’&.:/]*[ \t]+[-–—|][ \t]+[A-Z0-9 ,'’&.:/-]*"
    r"(?:TRANSCRIPT|(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b|\b(?:19|20)\d\d\b)[A-Z0-9 ,'’&.:/-]*$")


def banner_ranges(text: str) -> list[tuple[int, int]]:
    """The upper-case programme banner lines of a transcript."""
    return [(m.start(), m.end()) for m in _BANNER_RE.finditer(text) if not re.search(r"[a-z]", m.group(0))]


def broadcast_label_people(state: State) -> list[Candidate]:
    """Person candidates of the labels (see the module docstring)."""
    text = state.text
    labels = [m for m in _LABEL_RE.finditer(text) if not state.is_skipped(m.start(), m.end())]
    if len(labels) < 2:
        return []
    out = []
    for m in labels:
        name = m.group("name")
        words = name.split()
        if state.gaz.lookup(name) is not None or title_label(name) or re.fullmatch(_ROLES, name):
            continue
        folded = {fold(w) for w in words}
        if folded & (_TITLE_WORDS | lexicon.words("title_core") | lexicon.words("org_heads")):
            continue  # "PRIME MINISTER ANA RUZ:", "FOREIGN MINISTRY:": a title or a body, left to others
        if any(w in {"QUESTION", "ANSWER", "MODERATOR", "SOUNDBITE", "SOT", "Q", "A", "UNIDENTIFIED", "VOICE",
                     "MALE", "FEMALE", "CROSSTALK", "END", "BEGIN", "VIDEO", "CLIP", "NEWS", "TRANSCRIPT"}
               for w in words):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "Person", "rule", label=_normal_case(name, text)))
    return out


def role_ranges(state: State) -> list[tuple[int, int]]:
    """The role words after a label's name ("CORRESPONDENT" of "ANA RUIZ, CORRESPONDENT:")."""
    return [m.span(g) for m in _LABEL_RE.finditer(state.text) for g in ("role", "brole") if m.group(g)]


def _normal_case(name: str, text: str) -> str:
    """The name as the text writes it elsewhere in normal case ("Jhon Freddy Urrego"), else title case."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", text, re.I):
        if re.search(r"[a-z]", m.group(0)):
            return " ".join(m.group(0).split())
    return " ".join(w[:1] + w[1:].lower() if not re.search(r"[’'-]", w) else
                    re.sub(r"[^\W\d_]+", lambda x: x.group(0)[:1] + x.group(0)[1:].lower(), w) for w in name.split())
