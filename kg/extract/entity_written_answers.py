"""Entity parts of a written parliamentary answer (round-31 S2).

    GOVERNMENT OF INDIA
    MINISTRY OF COMMERCE
    WRITTEN QUESTION NO. 512 ...
    512. SHRI ARJUN MEHTA:
    Will the Minister of COMMERCE be pleased to state: ...
    ANSWER
    THE MINISTER OF STATE IN THE MINISTRY OF COMMERCE
    (SHRI VIKRAM RAO)

* a name in capitals after an Indian honorific ("SHRI", "SHRIMATI", "SMT.",
  "KUMARI", "SUSHRI", "DR.", "PROF.") is a Person labelled in title case
  without the honorific ("Arjun Mehta"), so the later "Arjun Mehta" of the
  news part is the same person;
* in such a document (a "QUESTION NO." / "TO BE ANSWERED" header), the
  capitalised fragments of the header lines ("MINISTRY", "OF COMMERCE",
  "GOVERNMENT") name nothing, while a header line "MINISTRY OF COMMERCE" (or
  "DEPARTMENT OF ...") is the agency "Ministry of Commerce".
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HONORIFIC_RE = re.compile(r"(?<![\w.])(?:SHRI|SHRIMATI|SMT\.?|KUMARI|KUM\.|SUSHRI|DR\.|PROF\.|SARDAR|CH\.)\s+"
                           r"(?P<name>[A-Z][A-Z'’-]*\.?(?:[ \t]+[A-Z][A-Z'’-]*\.?){0,3})(?![\w'’-])")
_QUESTION_DOC_RE = re.compile(r"\b(?:(?:STARRED|UNSTARRED|WRITTEN)\s+QUESTION|QUESTION\s+NO\b|TO\s+BE\s+ANSWERED)")
_HEADER_AGENCY_RE = re.compile(r"(?m)^[ \t]*(?P<name>(?:MINISTRY|DEPARTMENT)\s+OF\s+[A-Z][A-Z ,&'’-]*[A-Z])[ \t]*$")
_HEADER_COUNTRY_RE = re.compile(r"(?m)^[ \t]*GOVERNMENT\s+OF\s+(?:THE\s+)?(?P<name>[A-Z][A-Z '’-]*[A-Z])[ \t]*$")
_SMALL = frozenset({"of", "and", "the", "for", "in", "on", "&"})


def _title(words: str) -> str:
    out = []
    for i, w in enumerate(words.split()):
        low = w.lower()
        out.append(low if i and low in _SMALL else "-".join(p.capitalize() for p in low.split("-")))
    return " ".join(out)


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def written_answer_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with honorific capital names as persons and the header fragments dropped."""
    text = state.text
    new: list[Candidate] = []
    for m in _HONORIFIC_RE.finditer(text):
        name = m.group("name").rstrip(".")
        if len(name.split()) < 2 or not _is_upper(name):
            continue
        start = m.start("name")
        new.append(Candidate(start, start + len(name), name, "Person", "rule", label=_title(name)))
    header_spans: list[tuple[int, int]] = []
    if _QUESTION_DOC_RE.search(text):
        words = lexicon.words("portfolio_words") | lexicon.words("title_core") | {"government", "ministry", "answer"}
        for m in _HEADER_AGENCY_RE.finditer(text):
            start, end = m.span("name")
            new.append(Candidate(start, end, text[start:end], "GovernmentAgency", "rule", label=_title(m.group("name"))))
        for m in _HEADER_COUNTRY_RE.finditer(text):  # "GOVERNMENT OF INDIA": the country of the answer
            entry = state.gaz.lookup(_title(m.group("name")))
            if entry is not None and entry.type == "Country":
                start, end = m.span("name")
                new.append(Candidate(start, end, text[start:end], "Country", "rule", entry, label=entry.label))
        for c in found:
            if c.source == "gaz" or not _is_upper(c.text) or c.text.isupper() and len(c.text) <= 5 and " " not in c.text:
                continue  # an acronym ("SUNAT") stays
            first = c.text.split()[0].lower()
            if len(c.text.split()) >= 2 or first in words or first in _SMALL:
                header_spans.append((c.start, c.end))  # "MINISTRY", "OF COMMERCE", "GOVERNMENT"
    if not new and not header_spans:
        return found
    spans = [(c.start, c.end) for c in new]
    # the honorific itself read as a name ("SMT" an organisation, "DR" a place) goes too
    honorific_spans = [(m.start(), m.end()) for m in _HONORIFIC_RE.finditer(text)
                       if len(m.group("name").split()) >= 2 and _is_upper(m.group("name"))]
    kept = [c for c in found
            if not any(c.start < b and a < c.end for a, b in spans + honorific_spans)
            and (c.start, c.end) not in header_spans]
    return kept + new
