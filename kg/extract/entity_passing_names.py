"""Names used in passing that name no entity of the story (round-20 A4).

* a language: "known in Kessan as Tosa", "called in Dalmarkish the ..." (the
  word between "in" and "as" is a language, never a place);
* a continent qualified as a region of itself: "continental Europe";
* a place used only as the noun modifier of a common noun: "Queensland fruit
  flies were found", "Tasmanian devil"-like phrases ("Bordeaux wine
  prices"): when every mention of the name in the text is such a modifier,
  the place plays no part in the story.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_LANGUAGE_SLOT = re.compile(r"\b(?:known|called|written|spelt|spelled|named)\s+in\s+$")
_CONTINENTS = frozenset("Europe Asia Africa America Australia".split())
# Words before a modifier that make the name a place after all ("in Queensland fruit farms").
_PLACE_LEADS = frozenset("in at from to near across into through throughout around outside inside of".split())


def passing_name(cand: Candidate, state: State) -> bool:
    """Is ``cand`` a name used in passing (see the module docstring)?"""
    text = state.text
    before = text[max(0, cand.start - 30):cand.start]
    if _LANGUAGE_SLOT.search(before) and re.match(r"\s+as\b", text[cand.end:cand.end + 5]) \
            and state.gaz.country(cand.text) is None:
        return True  # "known in Kessan as Tosa": a language
    if cand.text in _CONTINENTS and before.endswith("continental ") \
            and not re.search(rf"(?<!continental ){re.escape(cand.text)}\b", text[state.body_start:]):
        return True  # "continental Europe", and Europe named no other way
    return _modifier_only(cand, state)


def _modifier_only(cand: Candidate, state: State) -> bool:
    """Every mention of this place name modifies a common noun."""
    # Only a place the gazetteer knows: an unknown name before a common noun is
    # often the name of that very thing ("the Dembi well", "the Oyala gas field").
    entry = state.gaz.lookup(cand.text)
    if cand.type != "Place" or entry is None or entry.type != "Place" or state.gaz.country(cand.text) is not None \
            or " " in cand.text.strip():
        return False
    kinds = set(lexicon.mapping("place_nouns")) | set(lexicon.words("locality_nouns"))
    hits = list(re.finditer(rf"(?<![\w'’-]){re.escape(cand.text)}(?![\w'’-])", state.text))
    hits = [h for h in hits if h.start() >= state.body_start]
    if not hits:
        return False
    for hit in hits:
        span = state.doc.char_span(hit.start(), hit.end())
        if span is None:
            return False
        last = span[-1]
        head = last.head
        if last.dep_ != "compound" or head.pos_ != "NOUN" or not head.text.islower() or head.i <= last.i \
                or head.lemma_.lower() in kinds or head.i - last.i > 2:
            return False
        prev = span[0].nbor(-1) if span[0].i > 0 else None
        if prev is not None and prev.lower_ in _PLACE_LEADS:
            return False
    return True
