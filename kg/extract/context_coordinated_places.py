"""A name coordinated with a place is a place (round-17 class A8).

"nobody in Tralee or Castlegregory will pay", "from Oruro and Challapata":
when one conjunct is a Place, an unknown one-word capitalised name in the
other conjunct is a Place too (the model often calls it an organisation or a
person, or misses it). Titles, speakers, organisation heads and people the
text names keep the name out (``context_cities.free_place_context``).
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.context_cities import free_place_context, person_names
from kg.extract.context_edit import known, retype
from kg.extract.entity_title_regions import title_region_ranges
from kg.extract.state import State

_JOIN = r",?\s+(?:and|or)\s+"  # "and"/"or" only: a bare comma also joins datelines ("LONDON, Nov 3")
_WORD = rf"{CAP_CLASS}[\w'’-]*"


# "Czech villages such as Lanžhot", "towns like Valga and Narva" (round-25 A6): the named examples
# of a plural locality noun are places.
_KINDS_SUCH_AS_RE = re.compile(
    rf"\b(?:villages|towns|cities|municipalities|districts|provinces|regions|settlements|hamlets|ports|"
    rf"border towns|localities|communes|parishes)\s+(?:such\s+as|like|including)\s+"
    rf"(?P<list>{_WORD}(?:(?:,\s+|,?\s+(?:and|or)\s+){_WORD})*)")


def _examples_of_kinds(state: State, surnames: set[str]) -> None:
    for m in _KINDS_SUCH_AS_RE.finditer(state.text, state.body_start):
        if "\n" in m.group(0):
            continue
        for w in re.finditer(_WORD, m.group("list")):
            start = m.start("list") + w.start()
            _make_place(state, start, start + len(w.group(0)), surnames)


def apply(state: State) -> None:
    _examples_of_kinds(state, person_names(state))
    places = [m for m in state.mentions if state.entities[m.key].type == "Place"]
    surnames = person_names(state)
    for m in places:
        after = re.match(rf"{_JOIN}({_WORD})(?![\w'’-])(?!\s+{CAP_CLASS})", state.text[m.end:m.end + 60])
        if after:
            start = m.end + after.start(1)
            _make_place(state, start, start + len(after.group(1)), surnames)
        before = re.search(rf"(?<![\w'’-])(?<!{CAP_CLASS}[a-z]\s)({_WORD}){_JOIN}$", state.text[max(0, m.start - 60):m.start])
        if before:
            start = max(0, m.start - 60) + before.start(1)
            _make_place(state, start, start + len(before.group(1)), surnames)


def _make_place(state: State, start: int, end: int, surnames: set[str]) -> None:
    """Type the name at ``start:end`` Place (retyping its entity or adding one)."""
    name = state.text[start:end]
    if name in lexicon.given_names() or name in surnames or known(state, name) or state.is_skipped(start, end):
        return
    if name in {"The", "A", "An", "In", "On", "At", "And", "Or", "But"} or name.isupper():
        return
    if state.gaz.demonyms.get(name.lower()) is not None or name in lexicon.words("language_names"):
        return  # "known as Teno in Finnish and Deatnu": a language, no place (round-29 A14)
    if any(s <= start and end <= e for s, e in title_region_ranges(state)):
        return  # "the Minister for Europe and Central Asia": a title's portfolio (round-29 A10)
    if name.lower().rstrip(".") in dates.MONTHS or name.lower() in dates.WEEKDAYS:
        return
    span = state.doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or span[0].is_sent_start:
        return
    prev = state.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start:
        return  # the last word of a longer name
    hit = state.mention_at(start, end)
    if hit is not None:
        entity = state.entities[hit.key]
        if hit.start != start or hit.end != end or entity.label != name or entity.type not in {"Person", "Organization"}:
            return
        if entity.unnamed or not all(free_place_context(state, s.start, s.end) for s in entity.mentions):
            return
        retype(state, hit.key, "Place")
        return
    if not free_place_context(state, start, end):
        return
    entity = state.add_entity(name, "Place")
    state.add_mention(entity.key, start, end)
