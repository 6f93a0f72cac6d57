"""Unknown names a place noun introduces (session 28, issue #3).

"the Armenian village of Norek and the Azerbaijani village of Dashli", "the
Tanzanian port of Kessa es Tarvo", "the Spanish province of Morvela", "the
German state of Tessin", "the Finnish regions of South Karva and Pelto": the
name after "<place noun> of" is a place. The statistical model often misses
an unfamiliar town there (nothing is found at all); the gazetteer and the
world-cities list know only the large ones. The nouns are the lexicon's
``unit_of_nouns``; a name the gazetteer knows keeps its own type ("the state
of Israel"), a possessive ("the city of Ortega's birth") or a person's given
name ends nothing here.

The same holds for a name set in a unit: "to Borvik, in Tarvia's Kesh
province", "with Pelly, in the Greek regional unit of Orno", "between
Dorn, in the Kessa region, and ...": the name before ", in <unit>" is a
place (a town the unit holds).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State
from kg.extract.unknown_places import NAME as _NAME
from kg.extract.unknown_places import free_name

# one blank, then a capital: a fifth word of the name, beyond what NAME takes
_RUNS_ON_RE = re.compile(r"\s[A-Z]")


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern:
    nouns = lexicon.alternation("unit_of_nouns")
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z][\w-]*[ \t]+|{CAP_CLASS}[\w-]*[ \t]+){{0,3}}?"
                      rf"(?:{nouns})[ \t]+of[ \t]+(?P<a>{_NAME})(?:,?[ \t]+and[ \t]+(?P<b>{_NAME}))?(?![\w'’-])")


def unit_of_places(state: State) -> list[Candidate]:
    """Place candidates for the names after '<place noun> of' (see the module docstring)."""
    out = []
    text = state.text
    for m in _unit_re().finditer(text):
        if "\n" in m.group(0):
            continue
        for g in ("a", "b"):
            name = m.group(g)
            if name is None:
                continue
            start, end = m.start(g), m.end(g)
            # (NAME stops before a possessive, so "the city of Ortega's birth" never gets here)
            if state.is_skipped(start, end) or (g == "a" and m.group("b") is None and _RUNS_ON_RE.match(text, end)):
                continue
            if not free_name(name, state):
                continue
            out.append(Candidate(start, end, name, "Place", "rule"))
    return out


# "in Tarvia's Kesh province", "in the Kesh Province", "in the Greek regional unit of Orno"
_UNITS = "|".join(re.escape(w) for w in (*lexicon.ordered("subdivision_nouns"), "regional unit",
                                           *(n.capitalize() for n in lexicon.ordered("subdivision_nouns"))))
_TOWN_IN_UNIT_RE = re.compile(
    rf"\b(?:to|from|with|between|and|at|near|in|of|via|towards|links|connects|linking|connecting)[ \t]+"
    rf"(?P<name>{_NAME}),[ \t]+in[ \t]+(?:the[ \t]+)?(?:{CAP_CLASS}[\w-]*(?:[ \t]{CAP_CLASS}[\w-]*)?['’]s[ \t]+)?"
    rf"(?:[a-z-]+[ \t]+){{0,2}}(?:{CAP_CLASS}[\w'’-]*[ \t]+){{0,4}}?(?:{_UNITS})\b")


def town_in_unit_places(state: State) -> list[Candidate]:
    """Place candidates for 'to Borvik, in Tarvia's Kesh province' (see the module docstring)."""
    out = []
    for m in _TOWN_IN_UNIT_RE.finditer(state.text):
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        if "\n" in m.group(0) or state.is_skipped(start, end) or not free_name(name, state):
            continue
        out.append(Candidate(start, end, name, "Place", "rule"))
    return out


def unit_of_pairs(found: list[Candidate], state: State) -> list[Candidate]:
    """'the Finnish regions of South Karva and Pelto': the model's one name over both places
    ("South Karva and Pelto", an organisation) goes; the two places are this module's."""
    pairs = set()
    for m in _unit_re().finditer(state.text):
        if m.group("b") is not None and free_name(m.group("a"), state) and free_name(m.group("b"), state):
            pairs.add((m.start("a"), m.end("b")))
    if not pairs:
        return found
    return [c for c in found if c.source == "gaz" or (c.start, c.end) not in pairs]
