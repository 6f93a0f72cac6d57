"""Provinces and municipalities named with their unit word (round-24 class A8).

* "the Belgian province of Luxembourg", "the Dutch province of Limburg": a
  demonym, a unit word and "of" before a name the gazetteer knows as a
  country -- the text speaks of the province, not of the country. The Place is
  "province of Luxembourg" (the demonym's country holds it, see places.py);
  a name that is no country's ("the Argentine province of Misiones") stays the
  bare name, as before.
* "Latvia's Valka municipality", "Tarvia's Bel county": a country's possessive,
  a name and a lower-case unit word are one Place with its head word
  ("Valka municipality"); the bare name is the town of that name, a place of
  its own ("Valka, in Latvia's Valka municipality"). A region, province or
  district keeps the bare name, as before ("Kipoi, in Greece's Evros region").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_UNITS = "|".join(re.escape(w) for w in lexicon.ordered("subdivision_nouns"))
_WORD = rf"{CAP_CLASS}[\w'’-]*"
# "the Belgian province of Luxembourg"
_DEMONYM_UNIT_RE = re.compile(
    rf"\b[Tt]he\s+(?P<demonym>{_WORD})\s+(?P<unit>{_UNITS})\s+of\s+(?P<name>{_WORD}(?:\s{_WORD})?)(?![\w'’-])")
# "Latvia's Valka municipality"
_POSSESSIVE_UNIT_RE = re.compile(
    rf"(?P<owner>{_WORD}(?:\s{_WORD})?)['’]s\s+(?P<name>{_WORD}(?:\s{_WORD})?)\s+"
    r"(?P<unit>municipality|county|parish|commune)"
    r"(?![\w'’-])")


def drop_homonym_countries(found: list[Candidate], provinces: list[Candidate]) -> list[Candidate]:
    """The country read at a province's span ("Luxembourg" of "the Belgian province of Luxembourg") goes."""
    spans = {(c.start, c.end) for c in provinces if c.label}
    return [c for c in found if c in provinces or (c.start, c.end) not in spans]


def subdivision_places(state: State) -> list[Candidate]:
    """Place candidates for the two patterns of the module docstring."""
    text = state.text
    out = []
    for m in _DEMONYM_UNIT_RE.finditer(text):
        if "\n" in m.group(0) or state.gaz.country_of_demonym(m.group("demonym")) is None:
            continue
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is None or entry.type != "Country":
            continue  # "the Argentine province of Misiones": the bare name is the province
        # the mention is the name (so the demonym before "province of" still places it), the label the province's
        label = f"{m.group('unit')} of {' '.join(name.split())}"
        out.append(Candidate(m.start("name"), m.end("name"), name, "Place", "rule", label=label))
    for m in _POSSESSIVE_UNIT_RE.finditer(text):
        owner = state.gaz.lookup(m.group("owner"))
        if "\n" in m.group(0) or owner is None or owner.type != "Country":
            continue
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type == "Country":
            continue
        start = m.start("name")
        out.append(Candidate(start, m.end("unit"), text[start:m.end("unit")], "Place", "rule"))
    return out
