"""Broadcast context: presenters are people, programme titles are no entities
(round-17 classes A10, A11).

* "to presenter Síle Ní Bhriain on Atlantic FM", "the host Tamar Gelashvili",
  "anchor Ardit Hoxha": the capitalised name right after a presenter noun is
  a Person, whatever the model called it;
* "on Radio Kerry's weekend programme, West Coast Tonight": the capitalised
  title after "programme," / "show," names a programme, which the ontology
  does not model: no Place, Person or Organization for it.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_NAME_WORD = rf"{CAP_CLASS}[\w'’-]*"
_PARTICLE = r"(?:Ní|Nic|Mac|Mc|Ó|Uí|de|da|do|dos|van|von|der|al|el|bin|ibn)"
_PRESENTER_RE = re.compile(
    rf"\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Aa]nchorwoman|[Aa]nchorman|[Bb]roadcaster|[Nn]ewsreader|[Cc]orrespondent)\s+"
    rf"(?P<name>{_NAME_WORD}(?: (?:{_PARTICLE} )?{_NAME_WORD}){{1,2}})(?![\w'’-])")
_PROGRAMME_RE = re.compile(
    rf"\b(?:programme|program|show|bulletin|podcast|series),\s+(?:the\s+)?"
    rf"(?P<title>{_NAME_WORD}(?: (?:of|the|and|at|in|on)? ?{_NAME_WORD}){{0,4}})(?=[,.;:!?)]|\s+[a-z])")


def presenter_names(state: State) -> list[Candidate]:
    """Person candidates for names after a presenter noun."""
    out = []
    for m in _PRESENTER_RE.finditer(state.text):
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "Person":
            continue  # "the host country Kenya" is no presenter
        out.append(Candidate(m.start("name"), m.end("name"), name, "Person", "rule"))
    return out


# "Ghana Talk is produced by Coast Media in Takoradi.": a podcast's or programme's footer line names the
# programme (no entity, wherever the text repeats it, the headline too) and the company that makes it, an
# outlet (round-28 shape S2); the line starts with the title, so a story's "The summit is hosted by X" is none.
_PRODUCED_RE = re.compile(
    rf"(?m)^[ \t]*(?P<title>{_NAME_WORD}(?: (?:of|the|and|at|in|on)? ?{_NAME_WORD}){{0,4}}) is (?:produced|made|"
    rf"co-produced|distributed|published) (?:by|for) (?P<org>{_NAME_WORD}(?: (?:of|and|&)? ?{_NAME_WORD}){{0,4}})"
    rf"(?=[,.;]|\s+(?:in|and|for|with|from)\b|\s*$)")


def producer_outlets(state: State) -> list[Candidate]:
    """MediaOrganization candidates for the makers of a programme (see ``_PRODUCED_RE``)."""
    out = []
    for m in _PRODUCED_RE.finditer(state.text):
        entry = state.gaz.lookup(m.group("org"))
        if entry is None or entry.type in {"MediaOrganization", "Organization"}:
            out.append(Candidate(m.start("org"), m.end("org"), m.group("org"), "MediaOrganization", "rule"))
    return out


def programme_titles(state: State) -> list[tuple[int, int]]:
    """Spans of programme titles (no candidate may lie inside one)."""
    out = [(m.start("title"), m.end("title")) for m in _PROGRAMME_RE.finditer(state.text)]
    for m in _PRODUCED_RE.finditer(state.text):
        title = m.group("title")
        if state.gaz.lookup(title) is not None:
            continue  # "Radio Kerry is produced by ...": a known outlet stays
        out += [(t.start(), t.end()) for t in re.finditer(rf"(?<![\w'’-]){re.escape(title)}(?![\w'’-])", state.text)]
    return out
