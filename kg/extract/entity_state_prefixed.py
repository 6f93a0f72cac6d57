"""Bodies named with their state's long form (round-28 class A9).

"The Federal Board of Revenue and the Islamic Republic of Iran Customs
Administration will establish ...", "the Islamic Republic of Iran Railways":
a name that starts with a state's long form ("Islamic Republic of Iran",
"Kingdom of Saudi Arabia", "Republic of Korea") and goes on with capitalised
words is one body, whose first words name the country; the model reads it as
the country (or types it a place), and a coordination rule before it runs on
to "... and the Islamic Republic". So:

* a candidate "<long form> <Words>" is made, typed by its words;
* a candidate that ran into it across "and (the)" is cut before the "and"
  ("Federal Board of Revenue").
"""

from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_FORM = (r"(?:(?:Islamic|Federal|Democratic|People['’]s|Arab|United|Socialist|Plurinational|Bolivarian|Hashemite)\s+)*"
         r"(?:Republic|Kingdom|Sultanate|Emirate|State|Principality|Federation)\s+of\s+(?:the\s+)?")
_WORD = rf"{CAP_CLASS}[\w'’-]*"
_STATE_ORG_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_FORM}(?P<country>{_WORD}(?:\s+{_WORD})?)\s+(?P<tail>{_WORD}(?:\s+(?:of\s+|for\s+|and\s+)?{_WORD}){{0,4}}))"
    rf"(?![\w'’-])")
_NOT_TAIL = frozenset("And Or But The In On At For With From To By As Has Have Had Is Was Will Would Said Government "
                      "Governments President Prime Minister Ministers".split()) | frozenset(dates.CALENDAR_NAMES.split("|"))


def state_prefixed_orgs(state: State) -> list[Candidate]:
    """Candidates for bodies named with a state's long form (see the module docstring)."""
    out = []
    for m in _STATE_ORG_RE.finditer(state.text):
        if "\n" in m.group("name"):
            continue
        country, tail = m.group("country"), m.group("tail").split()
        entry = state.gaz.country(country)
        if entry is None and len(country.split()) == 2:
            entry = state.gaz.country(country.split()[0])  # "of Iran Customs ...": the country is one word
            if entry is not None:
                tail = [country.split()[1], *tail]
        if entry is None or entry.type != "Country":
            continue
        while tail and tail[-1] in {"of", "for", "and"}:
            tail = tail[:-1]
        if not tail or tail[0] in _NOT_TAIL:
            continue
        end = m.end("name")
        name = m.group("name")
        while not name.endswith(tail[-1]):  # the joiners cut off the tail's end
            name = name[:name.rstrip().rfind(" ")].rstrip()
        end = m.start("name") + len(name)
        out.append(Candidate(m.start("name"), end, name, classify_org(name), "rule"))
    return out


def cut_before_state_orgs(found: list[Candidate], prefixed: list[Candidate], state: State) -> None:
    """'Federal Board of Revenue and the Islamic Republic': a name that ran on into a prefixed body
    across "and (the)" ends before the "and" (in place)."""
    for c in found:
        if c.source == "gaz" or any(c is p for p in prefixed):
            continue
        for p in prefixed:
            if c.start < p.start < c.end <= p.end:
                m = re.search(r",?\s+and\s+(?:the\s+)?$", state.text[c.start:p.start])
                if m is not None and m.start() > 0:
                    c.end = c.start + m.start()
                    c.text = state.text[c.start:c.end]
                    c.gaz = state.gaz.lookup(c.text)
