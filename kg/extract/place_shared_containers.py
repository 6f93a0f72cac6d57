"""Coordinated places closed by a plural unit word share the container the phrase names.

* "in Nepal's Doti, Achham and Bajura districts" -> each district lies in Nepal (the owner
  in the possessive before the list, not only the first name after it);
* "in Kheda and Anand districts of the Indian state of Gujarat" / "the Ama and Lumi
  provinces in Tarvia" -> each lies in the place named after "of" / "in" (the last name of
  the phrase: "the Indian state of Gujarat" names Gujarat).

Only lists the plural unit word closes ("Doti, Achham and Bajura districts"); a list without
it ("Doti, Achham and Bajura") may be towns of anywhere.
"""

from __future__ import annotations

import re

from kg.extract.place_appositions import locate
from kg.extract.state import State

_PLURAL_UNITS = (r"(?:districts|provinces|regions|counties|departments|states|oblasts|prefectures|governorates|"
                 r"municipalities|communes|cantons|townships|sub-?districts|divisions|zones|wilayats|parishes)")
_CLOSE_RE = re.compile(rf"\s+{_PLURAL_UNITS}\b")
_SEP_RE = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# " of the Indian state of ", " in ", " of ": what comes between the unit word and the container
_TAIL_RE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?(?:[a-z]+\s+)?"
                      r"(?:state|province|region|country|republic|county|department|governorate)\s+of\s+(?:the\s+)?)?")
_OWNER_RE = re.compile(r"['’]s?\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                       r"north-?eastern|north-?western|south-?eastern|south-?western|neighbouring|neighboring)\s+)?$")


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]
    done: set[int] = set()
    for i, first in enumerate(mentions):
        if first.start in done or state.entity_type(first.key) != "Place":
            continue
        listed = [first]
        for nxt in mentions[i + 1:]:
            gap = state.text[listed[-1].end:nxt.start]
            if state.entity_type(nxt.key) != "Place" or not _SEP_RE.fullmatch(gap):
                break
            listed.append(nxt)
        done.update(m.start for m in listed)
        if len(listed) < 2 or _CLOSE_RE.match(state.text, listed[-1].end) is None:
            continue
        close = _CLOSE_RE.match(state.text, listed[-1].end)
        container = _owner_before(state, mentions, i) or _container_after(state, close.end())
        if container is None:
            continue
        for m in listed:
            if m.key != container:
                locate(state, m, container)


def _owner_before(state: State, mentions: list, i: int) -> str | None:
    """"Nepal's Doti, ...": the country or place in the possessive right before the list."""
    if i == 0:
        return None
    prev, first = mentions[i - 1], mentions[i]
    if state.entity_type(prev.key) not in {"Country", "Place"}:
        return None
    return prev.key if _OWNER_RE.fullmatch(state.text[prev.end:first.start]) else None


def _container_after(state: State, pos: int) -> str | None:
    """" of the Indian state of Gujarat", " in Tarvia": the place named right after."""
    tail = _TAIL_RE.match(state.text, pos)
    if tail is None:
        return None
    m = state.mention_at(tail.end(), tail.end() + 1, {"Country", "Place"})
    if m is None or m.start != tail.end() or re.match(r"['’]s\s", state.text[m.end:m.end + 3]):
        return None
    return m.key
