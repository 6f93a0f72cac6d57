"""Organisations the model types person or place, by their head word or the
words around them (round-31 A8).

* "St Joseph Hospital", "Hospital San Juan", "the Lakeside Clinic",
  "Aberdeen Fish Market": a hospital, clinic or fish market named with its
  kind word is an Organization (the model read "St Joseph Hospital" as a
  person, "Hospital San Juan" as a place).
* "boats from Kafue and Cap Bon": a "person" whose first word is "Cap",
  "Puerto", "Ras", "Mount", ... is a place.
* "The DGDA, the customs agency of the Democratic Republic of the Congo,",
  "SUNAT inspected the trucks", "DIAN fined the importer": an acronym is
  never a person; it is a GovernmentAgency when an
  apposition after it calls it an agency, authority, service, ... or when it
  is the subject of a state's act (seize, inspect, fine, patrol, detain, ...).
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_KIND_LEADS = frozenset({"Hospital", "Hospital", "Clínica", "Clinica", "Hôpital", "Hospitál"})
_KIND_TAILS = frozenset({"Hospital", "Clinic", "Infirmary"})
_MARKET_RE = re.compile(r"\bFish\s+(?:Market|Auction|Exchange)$")
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{2,7}")
# "the DGDA, the customs agency of ..." / "SUNAT, Peru's tax and customs authority,"
_AGENCY_WORDS = (r"agency|authority|service|directorate|administration|customs|ministry|department|office|"
                 r"inspectorate|police|navy|guard|coastguard|revenue|bureau|regulator|commission|army|force")
_APPOSITION_RE = re.compile(rf"^\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an|[A-Z][\w'’]*['’]s)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_AGENCY_WORDS})\b")
_STATE_ACT_RE = re.compile(r"^\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:seized|seizes|inspected|inspects|fined|fines|"
                           r"patrolled|patrols|detained|detains|arrested|arrests|intercepted|intercepts|confiscated|"
                           r"impounded|audited|raided|deported|blocked|cleared|levied|taxed|searched)\b")
_ACTORS = frozenset({"Person", "Place", "Organization"})
# first words of place names no person's name begins with ("Cap Bon", "Puerto Cortés", "Ras Ajdir") (round-31 A7)
_PLACE_LEADS = frozenset("Cap Cabo Cape Capo Port Puerto Porto Punta Ponta Pointe Ras Bahía Baía Baie Bay Fort Mount "
                         "Monte Mont Lake Lago Isla Ilha Île Pulau Playa Praia Golfo Gulf Kep Tanjung Sungai".split())


def retype_kind_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """Retype (in place) hospitals, fish markets and agency acronyms; ``found`` back."""
    text = state.text
    for cand in found:
        if cand.source == "gaz" or cand.type not in _ACTORS:
            continue
        words = cand.text.split()
        if cand.type == "Person" and 2 <= len(words) <= 3 and words[0] in _PLACE_LEADS:
            cand.type = "Place"  # "seized boats from Kafue and Cap Bon"
            continue
        if len(words) >= 2 and (words[0] in _KIND_LEADS or words[-1] in _KIND_TAILS or _MARKET_RE.search(cand.text)):
            cand.type = "Organization"
            continue
        if len(words) == 1 and _ACRONYM_RE.fullmatch(cand.text) and cand.type in {"Person", "Organization"}:
            after = text[cand.end:cand.end + 120]
            upper = sum(ch.isupper() for ch in cand.text) >= 2  # an acronym ("DGDA", "SUNAT"), not "The Lantern"
            if not upper:
                continue
            if _APPOSITION_RE.match(after) or _STATE_ACT_RE.match(after):
                cand.type = "GovernmentAgency"
            elif cand.type == "Person":
                cand.type = "Organization"  # "DGDA" is no person's name
    return found


_THE_RE = re.compile(r"(?<![\w'’-])the\s+$")


def bare_rivers(found: list[Candidate], state: State) -> list[Candidate]:
    """"the Amazon" alone is the river the gazetteer knows as "Amazon River" (round-31 A7).

    The model reads a river named by its bare name as an organisation ("the
    Amazon"); after "the", a name whose "<name> River" is a gazetteer place is
    that place. Without "the" ("Amazon said") nothing changes.
    """
    text = state.text
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Organization", "Person"} or " " in cand.text:
            continue
        if not _THE_RE.search(text[max(0, cand.start - 5):cand.start]):
            continue
        entry = state.gaz.lookup(f"{cand.text} River")
        if entry is not None and entry.type == "Place":
            cand.type = "Place"
            cand.gaz = entry
    return found
