"""locatedIn from address-like lines: a town, its region and its country written in a row.

* "1. Lobito, Benguela province, Angola." (a photo caption) -> Lobito in Benguela province,
  Benguela province in Angola (the middle one a unit: a region word or a region the gazetteer knows).

Only a row that stands alone (it opens a line, a sentence or a numbered caption and closes with the
line or the sentence), so "talks in Ama, Lumi, Tosa and Bari" (a list) is left to the list rules.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.place_appositions import locate
from kg.extract.state import State

_OPENS_RE = re.compile(r"(?:^|\n|[.!?]\s+|\d{1,2}\.\s+|\s[-–—:]\s+)$")
_CLOSES_RE = re.compile(r"[ \t]*(?:[.;]|\n|$)")


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if not state.is_skipped(m.start, m.end)]
    for a, b, c in zip(mentions, mentions[1:], mentions[2:]):
        if state.text[a.end:b.start] != ", " or state.text[b.end:c.start] != ", " \
                or not _CLOSES_RE.match(state.text, c.end):
            continue
        if not _OPENS_RE.search(state.text[max(0, a.start - 6):a.start]):
            continue
        ta, tb, tc = (state.entity_type(m.key) for m in (a, b, c))
        if ta == "Place" and tb == "Place" and _is_unit(state, b.key) \
                and (tc == "Country" or tc == "Place" and _is_unit(state, c.key)):
            locate(state, a, b.key)
            locate(state, b, c.key)


def _is_unit(state: State, key: str) -> bool:
    """A region the label says is a unit ("Benguela province", "Unity State") or the gazetteer knows."""
    label = state.entities[key].label
    if label.split()[-1].lower() in _unit_words():
        return True
    entry = state.gaz.lookup(label)
    return entry is not None and entry.section == "regions"


_UNITS: set[str] = set()


def _unit_words() -> set[str]:
    if not _UNITS:
        _UNITS.update(w.lower() for w in lexicon.words("locality_nouns") if " " not in w)
        _UNITS.difference_update({"city", "town", "village", "port", "capital"})
    return _UNITS
