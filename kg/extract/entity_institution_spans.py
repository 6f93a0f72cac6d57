"""Whole names of institutions the finders cut short (round-33 A6).

* "General Hospital Celje", "University Hospital Split", "Clinical Centre
  Niš": the leading "General"/"University"/"Clinical" belongs to the name (a
  style rule cuts "General" off names of people, and the model starts the
  name at "Hospital");
* "Kenya–Uganda Joint Commission on Rail and Road Corridors", "the
  Serbia-Hungary Joint Committee": a body named after a pair of countries
  starts at the first of them, not at the second;
* "Waterways and Shipping Office Weser-Jade": an office's hyphenated area name
  after its head word is part of it (no place "Jade");
* "the BiH Presidency", "the Bosnian Presidency": a state's presidency
  (a collective head of state) is a GovernmentAgency named with its country.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ORG = {"Organization", "GovernmentAgency", "MediaOrganization"}
_LEAD_RE = re.compile(r"(?<![\w'’-])(?:General|University|Clinical|Regional|Central|County|Cantonal|Teaching|Military|"
                      r"Children['’]s|Psychiatric|Municipal|District)[ \t]+$")
_INSTITUTION_FIRST = frozenset("Hospital Clinic Clinical Medical Health Centre Center Infirmary".split())
_PAIR_RE = re.compile(rf"(?<![\w'’-])({CAP_CLASS}[\w'’]*(?:[ \t]+{CAP_CLASS}[\w'’]*)?)[–-]$")
_AREA_AFTER_RE = re.compile(rf"[ \t]+({CAP_CLASS}[\w'’]+[–-]{CAP_CLASS}[\w'’]+)(?![\w'’-])")
_AREA_HEADS = frozenset("Office Authority Agency Directorate Administration Inspectorate Board Department".split())
_PRESIDENCY_RE = re.compile(rf"(?<![\w'’-])[Tt]he[ \t]+(?P<name>(?P<owner>{CAP_CLASS}[\w'’]*)[ \t]+Presidency)(?![\w'’-])")


def _set(c: Candidate, state: State, start: int, end: int) -> None:
    c.start, c.end = start, end
    c.text = state.text[start:end]
    c.gaz = state.gaz.lookup(c.text)


def widen_institutions(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    for c in found:
        if c.source == "gaz" or c.type not in _ORG | {"Person", "Place"}:
            continue
        words = c.text.split()
        lead = _LEAD_RE.search(text[max(0, c.start - 20):c.start])
        if lead and words and words[0] in _INSTITUTION_FIRST:
            _set(c, state, c.start - len(lead.group(0)), c.end)
            if c.type in {"Person", "Place"}:
                c.type = "Organization"
            continue
        if c.type not in _ORG:
            continue
        pair = _PAIR_RE.search(text[max(0, c.start - 30):c.start])
        first = pair.group(1) if pair else None
        if first and len(first.split()) == 2 and (first.split()[0] in {"The", "A", "An"}
                                                  or (e := state.gaz.lookup(first)) is None or e.type != "Country"):
            first = first.split()[1]  # "The Kenya–": the article is no part of the country
        if first and (e := state.gaz.lookup(first)) is not None and e.type == "Country" \
                and (e2 := state.gaz.lookup(words[0])) is not None and e2.type == "Country":
            _set(c, state, c.start - len(first) - 1, c.end)
            continue
        area = _AREA_AFTER_RE.match(text, c.end)
        if area and words and words[-1] in _AREA_HEADS:
            _set(c, state, c.start, area.end())
    out = list(found)
    for m in _PRESIDENCY_RE.finditer(text, state.body_start):
        owner = m.group("owner")
        e = state.gaz.lookup(owner)
        country = e is not None and e.type == "Country" or state.gaz.country_of_demonym(owner) is not None
        if country and not state.is_skipped(m.start("name"), m.end("name")):
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "GovernmentAgency", "rule"))
    return out
