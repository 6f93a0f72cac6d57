"""Companies named after a lower-case industry noun (round-36 class A8).

"Cable maker Prysmian has been producing ...", "shipbuilder Fincantieri
built ...", "at the Lyon consultancy Alpiq Conseil", "the ferry operator
Finnlines": the capitalised name right after a trade noun is a company,
whatever the model typed it (a person, a place) or when it missed it; a
town before the noun stays a place of its own. "the Papenburg Werft yard":
a yard named by its firm's name (a shipbuilding word ends the name) is the
firm, no place "Papenburg Werft yard".
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.cities import is_city
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_NOUNS = ("maker|makers|builder|shipbuilder|carmaker|automaker|steelmaker|chipmaker|operator|consultancy|utility|"
          "carrier|concessionaire|manufacturer|contractor|developer|insurer|lender|miner|retailer|distributor|"
          "conglomerate|giant|firm|company")
_CONN = r"(?:de|du|des|di|del|da|do|van|von|der|und|&|and)"
_NAME = rf"{CAP_CLASS}[\w'’.-]*(?: (?:{CAP_CLASS}[\w'’.-]*|{_CONN}(?= {CAP_CLASS}))){{0,3}}"
_NOUN_RE = re.compile(rf"(?<![\w'’-])(?P<noun>{_NOUNS}) (?P<name>{_NAME})(?![\w'’-])")
_YARD_RE = re.compile(rf"\b[Tt]he (?P<name>{CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*){{0,2}} "
                      rf"(?:Werft|Werke|Werf|Varv|Verft|Shipyard|Shipbuilding|Tersanesi|Astilleros|Chantiers))"
                      rf" (?:yard|shipyard|works|dockyard)(?![\w'’-])")
_HOME_RE = re.compile(rf"\b[Tt]he (?P<home>{CAP_CLASS}[\w'’-]+) (?:{_NOUNS}) {CAP_CLASS}")
_STOP = frozenset("The A An This That It Its He She They We I On In At By For From With And Or But Said".split())


def trade_noun_companies(found: list[Candidate], state: State) -> list[Candidate]:
    text = state.text
    titles = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")
    times = {w.capitalize() for w in dates.MONTHS} | set(dates.WEEKDAY_NAMES.split("|"))
    given = lexicon.given_names()
    new: list[Candidate] = []
    for m in _NOUN_RE.finditer(text):
        name = m.group("name").rstrip(".")
        s, e = m.start("name"), m.start("name") + len(name)
        first = name.split()[0]
        if first in _STOP or first in times or first.lower() in titles or first in given \
                or "\n" in m.group(0) or state.is_skipped(s, e):
            continue  # "the company Chairman", "the firm on Monday", "the operator Anna Berg"
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type not in {"Organization", "GovernmentAgency", "Place"}:
            continue  # "the carrier Air Kessa" known as a body stays; a country or person the gazetteer knows stays
        over = [c for c in found if c.start < e and s < c.end]
        if any(c.start < s or c.end > e for c in over):
            continue  # a wider name holds the words ("the Kessa Power Company Ltd")
        if any(c.type in {"Organization", "GovernmentAgency", "MediaOrganization"} for c in over):
            continue  # already a body
        new.append(Candidate(s, e, name, "Organization", "rule"))
    for m in _HOME_RE.finditer(text):
        # "at the Lyon consultancy Alpiq Conseil": the town before the trade noun is a place of its own
        s, e = m.span("home")
        if any(c.start < e and s < c.end for c in found + new) or state.is_skipped(s, e):
            continue
        entry = state.gaz.lookup(m.group("home"))
        if entry is not None and entry.type == "Place" or entry is None and is_city(m.group("home")):
            new.append(Candidate(s, e, m.group("home"), "Place", "gaz" if entry else "rule", entry))
    for m in _YARD_RE.finditer(text):
        s, e = m.start("name"), m.end("name")
        if not state.is_skipped(s, e):
            new.append(Candidate(s, e, m.group("name"), "Organization", "rule"))
    return overlaid(found, new)
