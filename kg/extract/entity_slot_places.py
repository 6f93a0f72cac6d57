"""Names in a slot only a place fills (round-30 class A2).

The model calls unfamiliar place names of two words, or of a hyphenated pair,
persons ("Noel Besi-Citrana", "Pante Macassar", "Naypyitaw"). Where the words
before the name leave only a place, the name is a place:

* a list after a plural of land parts: "the last two segments around the
  enclave: Noel Besi-Citrana and Bidjael Sunan-Oben", "the stretches at A
  and B", "the villages of A, B and C";
* "whose main town is A", "whose capital is A";
* an apposition to a settlement noun: "the capital, Naypyitaw,", "its main
  town, A,", "the enclave's main town, A";
* "the town of A", "the village of A" (two words or a hyphenated pair);
* "the A enclave", "the A exclave": the enclave is "A" (the model calls it an
  organisation);
* a list before a plural place noun: "Vietnam's Tan Chau and Chau Doc
  stations", "the Kessa and Pella crossings" (session 31; the lexicon's
  ``plural_place_kinds``; an owner's possessive before the first name is no
  part of it).

A reading of the name as a person or an organisation goes; the gazetteer's
reading stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = CAP_CLASS + r"[\w'’]*(?:-" + CAP_CLASS + r"[\w'’]*)*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_LIST = rf"(?P<list>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}|{_NAME})"
_PARTS = r"(?:segments?|stretches|stretch|sections?|villages|hamlets|settlements|towns|localities|" \
         r"sub-districts|subdistricts|enclaves|exclaves)"
# "segments around the enclave: A and B", "the stretches at A and B", "the villages of A, B and C"
_PARTS_RE = re.compile(rf"\b{_PARTS}\b(?:[^.:;\n]{{0,60}}?:\s+|\s+(?:at|of|near|in|around|called|named)\s+){_LIST}")
_WHOSE_RE = re.compile(rf"\bwhose\s+(?:(?:main|largest|chief|biggest|only|principal)\s+)?"
                       rf"(?:town|city|village|port|capital|settlement)\s+is\s+(?P<list>{_NAME})")
_SETTLEMENT = r"(?:capital|main town|largest town|largest city|main city|chief town|main port|provincial capital|" \
              r"regional capital|district capital|administrative centre|administrative center)"
_APPOSED_RE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:new\s+|old\s+)?{_SETTLEMENT},\s+"
                         rf"(?P<list>{_NAME})(?=[,.;]|\s+(?:is|was|has|lies)\b)")
_ENCLAVE_RE = re.compile(rf"\b[Tt]he\s+(?P<list>{_NAME})\s+(?:enclave|exclave)\b")
_TOWN_OF_RE = re.compile(rf"\b(?:town|village|hamlet|settlement|city|port town)\s+of\s+(?P<list>{_NAME})")


@lru_cache(maxsize=1)
def _kinds_re() -> re.Pattern:
    kinds = lexicon.alternation("plural_place_kinds")
    return re.compile(rf"(?<![\w'’-])(?P<list>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}) (?:{kinds})(?![\w-])")


def _names(m: re.Match) -> list[tuple[int, int]]:
    out = []
    base = m.start("list")
    for part in re.finditer(_WORD + rf"(?: {_WORD}){{0,2}}", m.group("list")):
        if part.group(0) in {"and", "or"}:
            continue
        start = base + part.start()
        owner = re.match(r"[^\s]+['’]s |(?:In|At|On|From|To|Both|But|Its|Their|With|By|For|Near|Between) ",
                         part.group(0))
        if owner:  # "Vietnam's Tan Chau", "In Kessa": an owner's possessive or a sentence's first word
            start += owner.end()
        out.append((start, base + part.end()))
    return out


def slot_places(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with each name of a place slot a Place (other readings of it gone)."""
    text = state.text
    spans = []
    for rx in (_PARTS_RE, _WHOSE_RE, _APPOSED_RE, _TOWN_OF_RE, _ENCLAVE_RE, _kinds_re()):
        for m in rx.finditer(text):
            if "\n" in m.group(0):
                continue
            for s, e in _names(m):
                name = text[s:e]
                words = name.split()
                if words[0] in {"The", "A", "An"} or any(w.lower() in lexicon.words("title_core") for w in words):
                    continue
                if state.gaz.country_of_demonym(name) is not None:
                    continue  # "the Tajik exclave of Vorukh": the country's exclave, not one named "Tajik"
                entry = state.gaz.lookup(name)
                if entry is not None and entry.type not in {"Place", "Person"}:
                    continue  # "the villages of Kenya and ...": a country is no village
                if rx is _TOWN_OF_RE and len(words) < 2 and "-" not in name:
                    continue  # a one-word town is typed by the older rules
                spans.append((s, e))
    if not spans:
        return found
    kept = [c for c in found
            if c.source == "gaz" or c.type not in {"Person", "Organization"}
            or not any(c.start < e and s < c.end for s, e in spans)]
    taken = {(c.start, c.end) for c in kept}
    for s, e in spans:
        if (s, e) in taken or any(c.source == "gaz" and c.start < e and s < c.end for c in kept):
            continue
        kept.append(Candidate(s, e, text[s:e], "Place", "rule"))
    return kept
