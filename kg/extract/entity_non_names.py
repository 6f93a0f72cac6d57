"""Capitalised words that name no entity at all (round-37 class A5).

* currencies: "paid in Chinese yuan", "in Swiss francs", "Ghanaian cedis" (a
  name ending in a lower-case currency word is money, no place);
* holidays and seasons: "through the Lunar New Year peak", "before Eid
  al-Fitr", "during Nowruz" (a time, no place); a month or weekday read as a
  place ("met in Port Sudan in February");
* "-class" compounds: "the Guardian-class patrol boats", "Bay-class ships"
  (a class of ship, never the newspaper The Guardian or a bay);
* ships: "HMAS Warrego", "RFNS Kikau", "INS Sagar", "the patrol boat KRI
  Bima" (a navy's or a merchant fleet's prefix before a name: a vessel, no
  place or organisation).
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.entity_orgs import legal_suffix_end
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_EID_RE = re.compile(r"Eid[ -](?:al|ul|el)-[A-Z]?[a-z]+")
# navies' and fleets' ship prefixes ("HMAS Warrego", "the patrol boat KRI Bima")
_SHIP_PREFIXES = ("HMAS HMS HMNZS HMCS HMDS HDMS HNLMS HNoMS HSwMS KNM RFNS INS KRI USS USNS USCGC CCGS ARA BAP "
                  "BNS PNS RSS BRP HTMS ROKS TCG NRP ESPS FGS LÉ RV MV FV RFA SLNS ROCS RNLB ICGV KV HMPNGS "
                  "HMSAS").split()
_SHIP_RE = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(sorted(set(_SHIP_PREFIXES), key=len, reverse=True))})"
                      rf"[ \t]+(?:[A-ZÀ-Ý][\w'’-]*)(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?")


# "the patrol boat XYZ Bima", "the cutter ABC Thor": any upper-case prefix after a vessel noun
_VESSEL_PREFIX_RE = re.compile(r"\b(?:ship|vessel|boat|cutter|frigate|corvette|destroyer|tanker|freighter|ferry|trawler|"
                               r"icebreaker|warship|submarine|tug|barge|dredger|patrol\s+boat|patrol\s+vessel)\s+"
                               r"(?P<ship>[A-Z]{2,6}[ \t]+[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?)")


def _ship_spans(state: State) -> list[tuple[int, int]]:
    """Ship names: a fleet prefix and one or two capitalised words after it."""
    spans = [m.span() for m in _SHIP_RE.finditer(state.text, state.body_start)]
    return spans + [m.span("ship") for m in _VESSEL_PREFIX_RE.finditer(state.text, state.body_start)]


def drop_non_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` without currencies, holidays, ship classes and ships."""
    text = state.text
    ships = _ship_spans(state)
    # "Ethio-Kenyan Grid Transmission S.C. (EKGT)": the legal form after a company is no name ("S.C." no state)
    forms = [(c.end, e) for c in found if c.type in {"Organization", "GovernmentAgency"}
             and (e := legal_suffix_end(text, c.end)) is not None]
    kept = []
    holidays = lexicon.words("holidays")
    currencies = lexicon.words("currency_words")
    for c in found:
        words = c.text.split()
        if c.source != "gaz" and len(words) >= 2 and words[-1] in currencies \
                and all(w[:1].isupper() for w in words[:-1]):
            continue  # "Chinese yuan", "Swiss francs"
        if c.type != "Country" and (c.text in holidays or _EID_RE.fullmatch(c.text)):
            continue  # "Lunar New Year", "Eid al-Fitr"
        if c.type == "Place" and c.source != "gaz" and (c.text.lower() in dates.MONTHS or c.text.lower() in dates.WEEKDAYS):
            continue  # "first met in Port Sudan in February": a time (a person "May" keeps its type)
        if any(s <= c.start and c.end <= e for s, e in forms):
            continue
        if re.match(r"-class\b", text[c.end:c.end + 7]):
            continue  # "the Guardian-class patrol boats", "Bay-class ships"
        if any(s <= c.start and c.end <= e for s, e in ships) and c.type != "Country":
            continue  # "HMAS Warrego", "Kikau" of "RFNS Kikau"
        kept.append(c)
    return kept
