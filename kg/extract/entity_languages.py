"""Languages are no actors (round-25 class A8).

"if the person answering speaks Tagalog, Ilocano or Hiligaynon": the model
calls a less common language an organisation or a person. Besides the list of
language names in the lexicon (``language_names``), the words around tell:

* the objects of "speak(s)/speaking/spoke/spoken", "translated/interpreted
  into" and "fluent in" are languages (days and months excepted: "speaking
  Monday");
* a capitalised word listed with a known language ("Tagalog, Ilocano or
  Hiligaynon") is one too.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’-]*"
_LIST = rf"{_WORD}(?:(?:,\s+|,?\s+(?:and|or)\s+){_WORD})*"
# "speaks Tagalog", "speaking only Ilocano", "translated into Cebuano and Waray"
_SPEAK_RE = re.compile(
    rf"\b(?:speaks?|speaking|spoke|spoken|translated\s+into|interpreted\s+into|fluent\s+in)\s+"
    rf"(?:(?:only|mainly|mostly|fluent|fluently|good|some|little|both|either)\s+)?(?P<list>{_LIST})")
# a list of capitalised words joined by commas and and/or
_LIST_RE = re.compile(rf"(?<![\w'’-]){_LIST}")


def language_spans(state: State) -> list[tuple[int, int]]:
    """Character spans of language names the module docstring describes."""
    text = state.text
    known = lexicon.words("language_names")
    out: list[tuple[int, int]] = []
    for m in _SPEAK_RE.finditer(text):
        if "\n" in m.group(0):
            continue
        for w in re.finditer(_WORD, m.group("list")):
            if re.fullmatch(rf"(?:{dates.CALENDAR_NAMES})", w.group(0)):
                continue
            start = m.start("list") + w.start()
            out.append((start, start + len(w.group(0))))
    for m in _LIST_RE.finditer(text):
        items = list(re.finditer(_WORD, m.group(0)))
        if len(items) < 2 or "\n" in m.group(0) or not any(w.group(0) in known for w in items):
            continue
        out.extend((m.start() + w.start(), m.start() + w.end()) for w in items)
    return out


def is_language(start: int, end: int, state: State, spans: list[tuple[int, int]]) -> bool:
    """The candidate at ``start:end`` is one of the language names found (and no country or demonym
    of the gazetteer: "speaks Slovak" reads as a demonym elsewhere)."""
    return (start, end) in spans and state.gaz.lookup(state.text[start:end]) is None
