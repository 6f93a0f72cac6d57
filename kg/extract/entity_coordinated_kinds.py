"""Coordinated names sharing one plural head noun (round-31 A10).

"the Kirov and Orto-Tokoy reservoirs", "the Karakum and Amu-Bukhara
canals", "the Ministries of Trade and of Transport": each conjunct is a name
of its own with the shared head ("Kirov reservoir", "Orto-Tokoy reservoir";
"Ministry of Trade", "Ministry of Transport"). The model read "Orto-Tokoy" as
a person and "Ministries of Trade" as one organisation. Rivers keep the bare
name ("the Chu and Talas rivers" -> "Chu", "Talas"), as the gold names rivers
elsewhere; crossings have their own rule (``entity_crossing_pairs``).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*"
_NAME = rf"{_W}(?:[ \t]+{_W}){{0,2}}"
# plural head -> the singular the label takes ("" keeps the bare name)
# (fields and stations: ``entity_places``, the bare name with the kind as an alias)
# (admin units keep the bare names, "the Tarva and Kessaro regions"; rivers too, "the Chu and Talas rivers")
_KINDS = {"reservoirs": "reservoir", "canals": "canal"}  # (dams, ports, stations: ``entity_places``)
_LIST_RE = re.compile(rf"(?<![\w'’-])(?P<list>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+(?:and|or)[ \t]+{_NAME})[ \t]+"
                      rf"(?P<kind>{'|'.join(_KINDS)})\b")
_MINISTRIES_RE = re.compile(rf"(?<![\w'’-])Ministries[ \t]+of[ \t]+(?P<a>{_NAME})[ \t]*,?[ \t]+and[ \t]+(?:of[ \t]+)?"
                            rf"(?:the[ \t]+)?(?P<b>{_NAME})(?![\w'’-])")
_NOT_NAME = frozenset("The A An This That These Those In On At For And But Or Both Two Three Its Their Our".split())


def coordinated_kind_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with each conjunct of "the A and B <kinds>" a Place with the shared head."""
    text = state.text
    new: list[Candidate] = []
    for m in _LIST_RE.finditer(text, state.body_start):
        if "\n" in m.group(0):
            continue
        singular = _KINDS[m.group("kind")]
        names = [n for n in re.finditer(_NAME, m.group("list")) if n.group(0) not in {"and", "or"}]
        for n in names:
            words = n.group(0).split()
            start = m.start("list") + n.start()
            while words and words[0] in _NOT_NAME:
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
                words = words[1:]
            if not words:
                continue
            end = m.start("list") + n.end()
            if state.gaz.country(text[start:end]) is not None:
                break  # "the Chile and Peru fields": countries owning them, no names of them
            label = f"{text[start:end]} {singular}" if singular else None
            new.append(Candidate(start, end, text[start:end], "Place", "rule", label=label))
    for m in _MINISTRIES_RE.finditer(text, state.body_start):
        if "\n" in m.group(0):
            continue
        for part in ("a", "b"):
            start, end = m.span(part)
            new.append(Candidate(start, end, text[start:end], "GovernmentAgency", "rule",
                                 label=f"Ministry of {text[start:end]}"))
        found = [c for c in found if not (c.start < m.end() and m.start() < c.end and c.source != "gaz")]
    if not new:
        return found
    spans = [(c.start, c.end) for c in new]
    # the conjuncts replace whatever the model made of them ("Orto-Tokoy" a person, "Ministries of Trade")
    kept = [c for c in found if c.source == "gaz" and c.type != "Country" or not any(
        c.start < b and a < c.end for a, b in spans)]
    return kept + new
