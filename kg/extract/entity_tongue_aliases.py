"""Other-language names of one place (round-36 class A4).

"the Aare, known in France as the Aar" and "the lake - Bodensee to Germans,
Lac de Constance to the French -": the names are one place's; the second is an
alias, never a place of its own. The name the text gives first is the label;
each later name is read as that place (a candidate carrying its label).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_NAME = rf"{CAP_CLASS}[\w'’-]*(?: (?:de|du|des|la|le|di|del|van|von|am|an der)? ?{CAP_CLASS}[\w'’-]*){{0,3}}"
_KNOWN_RE = re.compile(rf"\b[Tt]he (?P<name>{_NAME}), (?:also )?known (?:in|to) (?:the )?{CAP_CLASS}[\w'’-]*"
                       rf"(?: {CAP_CLASS}[\w'’-]*)? as (?:the )?(?P<alias>{_NAME})(?![\w'’-])")
_PEOPLES = r"(?:the )?(?:{CAP}[a-z]+s|{CAP}[a-z]+ speakers|French|Dutch|English|Swiss|Irish|Welsh|Scots|Danes|locals)".replace(
    "{CAP}", CAP_CLASS)
_ASIDE_RE = re.compile(rf"\b[Tt]he (?:lake|river|sea|bay|gulf|strait|mountain|mountains|valley|forest|island|lagoon|canal)"
                       rf"\s*[-–—,(]\s*(?P<name>{_NAME}) to {_PEOPLES},\s*(?P<alias>{_NAME}) to {_PEOPLES}\s*[-–—,)]")


def tongue_aliases(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    new: list[Candidate] = []
    for regex in (_KNOWN_RE, _ASIDE_RE):
        for m in regex.finditer(text):
            (s, e), (a, b) = m.span("name"), m.span("alias")
            name, alias = m.group("name"), m.group("alias")
            if "\n" in m.group(0) or state.is_skipped(s, b) or name == alias:
                continue
            here = [c for c in found if c.start == s and c.end == e]
            if any(c.start < e and s < c.end and (c.start, c.end) != (s, e) for c in found):
                continue  # a wider or cut reading of the first name: not this shape
            type_ = here[0].type if here else "Place"
            if type_ not in {"Place", "Organization", "GovernmentAgency", "Person"}:
                continue
            if type_ == "Person" and regex is _KNOWN_RE and not here[0].source == "gaz":
                type_ = "Place"  # "the Aare": an article before a one-name "person" is a river's
            entry = state.gaz.lookup(name)
            label = entry.label if entry is not None else name
            new.append(Candidate(s, e, name, type_, "rule", entry, alias=alias))
            new.append(Candidate(a, b, alias, type_, "rule", entry, alias=alias, label=label))
    return overlaid(found, new)
