"""Facilities and towns named by their surroundings (round-17 class A9).

* "the Aruküla yard", "the Kiisa substation", "the Narva power station": a
  capitalised name before a lower-case facility head (after a determiner) is
  one Place labelled with the head ("Aruküla yard");
* "a joint yard at Valka, in Latvia's Valka Municipality", "a checkpoint at
  Narva, in Ida-Viru County": a capitalised name after "at" and before
  ", in <place>" is a Place (the model misses it after a common noun).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

FACILITY_HEADS = ("substation", "power station", "power plant", "switchyard", "yard", "marshalling yard", "terminal",
                  "depot", "dry port", "converter station", "compressor station", "pumping station",
                  # "met at the Mae Sot customs house" (round-30 A7)
                  "customs house", "customs post", "customs office", "customs station", "customs building")
_WORD = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*"
_FACILITY_RE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+({_WORD}(?: {_WORD})?) "
    rf"({'|'.join(sorted(FACILITY_HEADS, key=len, reverse=True))})(?![\w-])")
_AT_IN_RE = re.compile(
    rf"\b(?:at|near|outside)\s+({_WORD}(?: {_WORD})?),\s+in\s+(?:the\s+)?(?:{_WORD}['’]s\s+)?{_WORD}")


# Sites a town or district is known by (round-19 class A5): "the Tuvalo camp", "the Mirani transit
# camp", "Kessa station", "the Biru market", "the Ondo reservoir", "the Kafu water intake". The bare
# name is often the town's; the site keeps its head noun (the town, if named alone, is found apart).
SITE_HEADS = ("camp", "transit camp", "refugee camp", "displacement camp", "resettlement camp", "station",
              "railway station", "bus station", "train station", "market", "reservoir", "water intake", "intake")
_SITE_RE = re.compile(
    rf"(?:\b(?:[Tt]he|a|an|[Ii]ts|[Tt]heir|at|in|from|to|into|near|outside|inside)\s+|^|(?<=[.!?]\s))"
    rf"({_WORD}) ({'|'.join(sorted(SITE_HEADS, key=len, reverse=True))})(?![\w-])")
# "a police station", "the Kessa bus station" read once: heads led by these words are no site names
_NOT_SITE_NAMES = frozenset("The A An Its Their This That Police Power Fire Radio Petrol Gas Space Research Weather "
                            "Border Military Army Refugee Transit Bus Train Railway Metro Stock Black Single Common "
                            "European Internal Free World Global Open".split())


def site_places(state: State) -> list[Candidate]:
    """Place candidates '<Name> <site head>' ("the Tuvalo camp", "Kessa station")."""
    out = []
    for m in _SITE_RE.finditer(state.text):
        name = m.group(1)
        if name in _NOT_SITE_NAMES or "\n" in m.group(0) or re.search(r"['’]s?$", name):
            continue  # "India's market": an owner's market, no site name
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "Place":
            continue  # "the Kenya market", "the EU market": a country's or a body's market, no site
        if state.gaz.demonyms.get(name.lower()) is not None or name.upper() == name:
            continue  # "the Kenyan market", "the BBC station": a description or an outlet
        out.append(Candidate(m.start(1), m.end(2), state.text[m.start(1):m.end(2)], "Place", "rule"))
    return out


# "is home to Rong Kluea Market", "traders at Chor Bazaar": a named market is a place whatever the
# model says (round-23 class A9); "the Single Market", "the Stock Market" name no site.
_MARKET_RE = re.compile(rf"(?<![\w'’-])((?:{_WORD} ){{1,3}}(?:Night |Floating |Central |Border |Wholesale )?"
                        r"(?:Market|Bazaar|Bazar|Souk|Suq|Market Place|Marketplace))(?![\w'’-])")
_NOT_MARKET_WORDS = _NOT_SITE_NAMES | frozenset("Single Common Stock Capital Labour Labor Energy Digital Internal "
                                                "Financial Money Emerging Frontier Eurasian Andean Southern".split())


def market_places(state: State) -> list[Candidate]:
    """Place candidates for named markets and bazaars."""
    out = []
    for m in _MARKET_RE.finditer(state.text):
        name = m.group(1)
        words = name.split()
        if "\n" in name or set(words) & _NOT_MARKET_WORDS or any(
                state.gaz.demonyms.get(w.lower()) is not None or re.search(r"['’]s$", w) for w in words):
            continue
        entry = state.gaz.lookup(" ".join(words[:-1]))
        if entry is not None and entry.type not in {"Place"}:
            continue  # "the EU Market", "Kenya Market": a body's or country's market
        out.append(Candidate(m.start(1), m.end(1), name, "Place", "rule"))
    return out


def market_towns(state: State, sites: list[Candidate]) -> list[Candidate]:
    """'the Gabd market ... Gabd lies in Gwadar district' (round-28 class A8): a market is named after its
    town, so the bare name written apart elsewhere is that town, a Place, even at a sentence's start where
    the model reads a person ("Gabd lies ..."). The market keeps its own name (round-19 A5)."""
    out = []
    towns = {c.text.rsplit(" ", 1)[0] for c in sites if re.search(r" (?:market|bazaar)$", c.text)}
    for town in towns:
        if " " in town or town in _NOT_MARKET_WORDS:
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(town)}(?![\w'’-])(?! (?:market|bazaar)\b)", state.text):
            out.append(Candidate(m.start(), m.end(), town, "Place", "rule"))
    return out


def facility_places(state: State) -> list[Candidate]:
    """Place candidates '<Name> <facility head>'."""
    out = site_places(state) + market_places(state)
    out += market_towns(state, out)
    for m in _FACILITY_RE.finditer(state.text):
        name = m.group(1)
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type not in {"Place", "Country"}:
            continue  # "the Elering terminal": a company's terminal, named by the company
        if state.gaz.demonyms.get(name.lower()) is not None:
            continue  # "the Estonian yard": a description
        out.append(Candidate(m.start(1), m.end(2), state.text[m.start(1):m.end(2)], "Place", "rule"))
    return out


_CUSTOMS_HEAD_RE = re.compile(r" customs (?:house|post|office|station|building)$")


def customs_house_towns(kept: list[Candidate], state: State) -> list[Candidate]:
    """'the Mae Sot customs house': the town it is named after stays a place of its own,
    nested in the facility's name (round-30 A7)."""
    out = []
    for c in kept:
        m = _CUSTOMS_HEAD_RE.search(c.text)
        if c.type != "Place" or c.source == "gaz" or m is None:
            continue
        name = c.text[:m.start()]
        entry = state.gaz.lookup(name)
        out.append(Candidate(c.start, c.start + len(name), name, entry.type if entry else "Place",
                             "gaz" if entry else "rule", entry))
    return out


def towns_at_in(state: State) -> list[Candidate]:
    """Place candidates for 'at X, in Y'."""
    out = []
    for m in _AT_IN_RE.finditer(state.text):
        name = m.group(1)
        entry = state.gaz.lookup(name)
        if entry is not None:
            continue  # the gazetteer types it already
        out.append(Candidate(m.start(1), m.end(1), name, "Place", "rule"))
    return out
