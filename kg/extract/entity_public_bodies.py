"""Regional public bodies named without a type word (round-28 class A3).

* "Region Skane, the Swedish regional authority that runs hospitals,",
  "Region Stockholm said": in Swedish and Danish use a capitalised "Region"
  before a region's name names the region's council, a GovernmentAgency, not
  the place (the gazetteer's "Skåne" inside it is the place's name);
* "the Wellbeing Services County of Kainuu, the Finnish public body that runs
  health services": a name apposed to "the <demonym> public body / regional
  authority / public authority ..." is a GovernmentAgency, its "of <Place>"
  tail included (the model stops before it, and "Kainuu" would be a place).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’-]*"
_REGION_RE = re.compile(rf"(?<![\w'’-])Region\s+(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})(?![\w'’-])(?!\s+(?:of|region)\b)")
_PUBLIC_NOUNS = (r"public body|public authority|public agency|public corporation|regional authority|regional council|"
                 r"regional body|regional government|local authority|municipal authority|county authority|health authority|"
                 r"government agency|state agency|state body|statutory body|public health authority")
_APPOSED_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+(?:{_WORD}|of|for|and|the)){{0,7}}?),\s+(?:the|a|an)\s+"
    rf"(?:{_WORD}\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_PUBLIC_NOUNS})\b")


def public_body_names(state: State) -> list[Candidate]:
    """GovernmentAgency candidates for the names in the module docstring."""
    text = state.text
    out = []
    for m in _REGION_RE.finditer(text):
        place = m.group("place").split()
        while place and (place[-1] in NOT_NAME_START or state.gaz.lookup(place[-1]) is not None
                         and state.gaz.lookup(place[-1]).type == "Country"):
            place = place[:-1]  # "Region Skane And ...", "Region Skane Sweden" never
        if not place or "\n" in m.group(0) or place[0] in NOT_NAME_START:
            continue
        end = m.start("place") + len(" ".join(place))
        if text[m.start("place"):end] != " ".join(place):
            continue
        out.append(Candidate(m.start(), end, text[m.start():end], "GovernmentAgency", "rule"))
    for m in _APPOSED_RE.finditer(text):
        words = m.group("name").split()
        while words and (words[0] in NOT_NAME_START or words[0] in {"of", "for", "and", "the"}):
            words = words[1:]
        while words and words[-1] in {"of", "for", "and", "the"}:
            words = words[:-1]
        if len(words) < 2 or "\n" in m.group("name"):
            continue  # one word alone ("Kainuu, the public body") is left to the apposition rules
        name = " ".join(words)
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type in {"Country", "Person"}:
            continue
        start = m.end("name") - len(name)
        if text[start:m.end("name")] != name:
            continue
        out.append(Candidate(start, m.end("name"), name, "GovernmentAgency", "rule"))
    return out
