"""State agencies whose name ends with the country (round-29 class A5).

"the Natural Resources Institute Finland (Luke)", "Statistics Norway",
"Geoscience Australia", "Business Finland": the country is the last word of
the agency's name, not a place of its own, and the model cuts the name before
it. A run of capitalised words ending in a country is one GovernmentAgency

* when an agency's head word (Institute, Agency, Authority, Survey, Office
  ...) ends the run before the country, or
* when the run is one word of the names such agencies take ("Statistics",
  "Geoscience", "Business", "Invest", "Visit" ...).

A short form in brackets after the name ("(Luke)") is its alias; each later
bare use of it ("Luke researcher Jouni Kallio") is the agency, never a place
or a person.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HEADS = frozenset("Institute Agency Authority Administration Survey Directorate Inspectorate Office Board Service "
                   "Centre Center Council Commission Bureau Laboratory Museum Archives Library".split())
_ONE_WORD = frozenset("Statistics Geoscience Business Invest Visit Innovation Enterprise Standards Biosecurity "
                      "Tourism Screen Export Meteo Metrology".split())
_WORD = rf"{CAP_CLASS}[\w'’&-]*"
_RUN_RE = re.compile(rf"(?:(?<=\s)|^)((?:{_WORD}|of|and|for)(?: (?:{_WORD}|of|and|for)){{0,5}}) $")
_SHORT_RE = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Za-z]{1,9})\)")


def country_agencies(state: State) -> list[Candidate]:
    """The agencies (and the later uses of their bracketed short forms)."""
    text = state.text
    out = []
    for start, end, entry in state.gaz.finditer(text):
        if entry.type != "Country" or re.match(r"['’]s\b|-", text[end:end + 2]):
            continue
        run = _RUN_RE.search(text[max(0, start - 80):start])
        if run is None or "\n" in run.group(1):
            continue
        words = run.group(1).split()
        while words and (words[0] in NOT_NAME_START or words[0] in {"of", "and", "for"}):
            words = words[1:]
        if not words or words[-1] in {"of", "and", "for"}:
            continue
        if words[-1] in _HEADS:
            if state.gaz.lookup(" ".join(words)) is not None or len(words) < 3 and not _SHORT_RE.match(text, end):
                continue  # "told the European Commission Finland would ...": a known body, then the subject
        elif len(words) >= 1 and words[-1] in _ONE_WORD:
            words = words[-1:]
        else:
            continue
        if any(state.gaz.lookup(w) is not None and state.gaz.lookup(w).type != "Place" for w in words
               if w not in {"of", "and", "for"}) or any(state.gaz.demonyms.get(w.lower()) for w in words):
            continue
        name_start = start - len(" ".join(words)) - 1
        if text[name_start:start - 1] != " ".join(words) or state.is_skipped(name_start, end):
            continue
        label = " ".join(text[name_start:end].split())
        if state.gaz.lookup(label) is not None:
            continue  # a known agency: the gazetteer names it
        short = _SHORT_RE.match(text, end)
        alias = short.group("short") if short else None
        out.append(Candidate(name_start, end, text[name_start:end], "GovernmentAgency", "rule", label=label))
        if alias is None or state.gaz.lookup(alias) is not None:
            continue
        out.append(Candidate(short.start("short"), short.end("short"), alias, "GovernmentAgency", "rule",
                             alias=alias, label=label))
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(alias)}(?![\w-])", text[short.end():]):
            s = short.end() + m.start()
            out.append(Candidate(s, s + len(alias), alias, "GovernmentAgency", "rule", alias=alias, label=label))
    return out
