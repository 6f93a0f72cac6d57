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
                         "Monte Mont Lake Lago Isla Ilha Île Pulau Playa Praia Golfo Gulf Kep Tanjung Sungai".split()
                         # Arabic landform and settlement words: "Umm Qasr", "Khor Abdullah", "Jebel Ali" (round-32 A4)
                         + "Umm Khor Khawr Jebel Jabal Wadi Shatt Marsa Jazirat Tell".split())
# "Nathu La", "Jelep La": a Himalayan pass is named "<name> La" (round-32 A4)
_PLACE_TAILS = frozenset({"La"})
# A fortress or castle is a place on the map, never an organisation ("Ivangorod Fortress") (round-32 A4).
_SITE_TAILS = frozenset({"Fortress", "Castle", "Citadel", "Kremlin"})
# "the ruins of Ani", "the ancient city of Ani", "the Sherathang trade mart", "the mart at Sherathang" (round-32 A4)
_SITE_BEFORE_RE = re.compile(r"\b(?:ruins|remains|ancient\s+(?:city|town|capital|site)|medieval\s+(?:city|town|capital)|"
                             r"historic\s+(?:city|town|site)|archaeological\s+site|(?:trade\s+)?marts?\s+(?:at|in)|"
                             r"trading\s+posts?\s+(?:at|in))\s+(?:of\s+)?$", re.I)
_SITE_AFTER_RE = re.compile(r"\s+(?:trade\s+marts?|trading\s+posts?|marts?)\b")
_PATRONYMS = frozenset({"bin", "ibn", "bint", "Bin", "Ibn"})
# "Itamaraty, Brazil's foreign ministry,", "Roraima Energia, the state's distributor,": a name the model reads
# as a person or place, apposed to a kind of state body or of company, is that body or company (round-32 A5).
# The kind word must close the apposition, so "Ana Ruiz, the head of the ministry," is no ministry.
_STATE_KINDS = r"ministry|foreign\s+ministry|agency|authority|regulator|directorate|inspectorate|customs\s+service"
_COMPANY_KINDS = (r"distributor|utility|company|firm|operator|carrier|airline|producer|exporter|importer|miner|"
                  r"refiner|supplier|conglomerate|lender|bank|insurer|developer|contractor|shipper|shipping\s+line")
_KIND_APPOSITION_RE = re.compile(
    rf"\s*,\s+(?:the|a|an|[A-Z][\w'’-]*['’]s)\s+(?:(?!of\b|for\b|and\b)[\w'’-]+\s+){{0,4}}?"
    rf"(?:(?P<state>{_STATE_KINDS})|(?P<company>{_COMPANY_KINDS}))\s*(?:[,;.)]|\s+(?:which|that|said|says)\b)")


def retype_kind_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """Retype (in place) hospitals, fish markets and agency acronyms; ``found`` back."""
    text = state.text
    for cand in found:
        if cand.source == "gaz" or cand.type not in _ACTORS:
            continue
        words = cand.text.split()
        if cand.type == "Person" and 2 <= len(words) <= 3 and words[0] in _PLACE_LEADS and not _PATRONYMS & set(words):
            cand.type = "Place"  # "seized boats from Kafue and Cap Bon"
            continue
        if cand.type == "Person" and len(words) == 2 and words[-1] in _PLACE_TAILS:
            cand.type = "Place"  # "the Nathu La trade route"
            continue
        if cand.type in {"Person", "Organization"} and len(words) >= 2 and words[-1] in _SITE_TAILS:
            cand.type = "Place"  # "the Ivangorod Fortress", "Narva's Hermann Castle"
            continue
        kind = _KIND_APPOSITION_RE.match(text, cand.end) if len(words) <= 3 else None
        if kind is not None and cand.type in {"Person", "Place"}:
            cand.type = "GovernmentAgency" if kind.group("state") else "Organization"
            continue  # "Itamaraty, Brazil's foreign ministry,"
        if kind is not None and kind.group("state") and cand.type == "Organization":
            cand.type = "GovernmentAgency"
            continue
        if cand.type in {"Person", "Organization"} and len(words) <= 2 and (
                _SITE_BEFORE_RE.search(text[max(0, cand.start - 40):cand.start])
                or _SITE_AFTER_RE.match(text, cand.end)):
            cand.type = "Place"  # "the ruins of Ani", "the Sherathang trade mart"
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
