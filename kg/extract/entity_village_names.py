"""Place names with a lower-case generic word, and towns before a mayor (round-29 class A11).

* "the Norwegian village of Tana bru", "the village of Karigasniemi kylä": a
  town named in a "village/town of" frame keeps a lower-case last word of its
  own language ("bru" bridge, "kylä" village, "by" town ...): one Place "Tana
  bru", not "Tana".
* "Sør-Varanger mayor Hilde Dahl", "Hainburg mayor Gerhard Weiss": a name
  right before "mayor" is the mayor's town, a Place, whatever the model read;
  so is a name before an office or unit only a town or region has ("the
  Podkarpackie voivode", "the Sokółka commune", round-35 A6).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Lower-case generic words that end town names in Nordic, Finnish, Slavic and Turkic languages.
_GENERICS = r"(?:bru|kylä|by|bygd|bygda|stasjon|sentrum|kirke|kirkeby|havn|hamn|vik|sund|selo|köy|köyü|joki|järvi|kaupunki|tori|dorf|grad)"
_FRAME_RE = re.compile(rf"\b(?:village|town|hamlet|settlement|border\s+town|border\s+village)\s+of\s+"
                       rf"(?P<name>{CAP_CLASS}[\w'’-]*(?:[ \t]+{CAP_CLASS}[\w'’-]*)?[ \t]+{_GENERICS})(?![\w'’-])")
_MAYOR_RE = re.compile(r"[ \t]+(?:deputy[ \t]+|vice[ \t]+|acting[ \t]+)?mayor\b")
# offices and units that only a town or region has: the name before them is that place, "the" or not
_REGION_OFFICE_RE = re.compile(r"(?:['’]s)?[ \t]+(?:deputy[ \t]+|vice[ \t]+)?(?:voivode|voivodeship|wojewoda|starosta|wójt|"
                               r"sub-prefect|prefect|prefecture|commune|gmina|powiat|oblast|raion|rayon|governorate|"
                               r"wilaya|municipality|county\s+council|regional\s+council)\b")
_NAME_RE = re.compile(rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*(?:[ \t]+{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*)?")


def village_names(state: State) -> list[Candidate]:
    """Place candidates of 'the village of Tana bru'."""
    out = []
    for m in _FRAME_RE.finditer(state.text):
        if "\n" in m.group("name") or state.is_skipped(*m.span("name")):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "Place", "rule"))
    return out


def retype_mayor_towns(found: list[Candidate], state: State) -> None:
    """'Sør-Varanger mayor Hilde Dahl': the name before "mayor" is a Place (in place)."""
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Organization", "Person"} or not _NAME_RE.fullmatch(cand.text):
            continue
        if _MAYOR_RE.match(state.text, cand.end) and not re.search(r"\b(?:the|a|an)\s+$", state.text[max(0, cand.start - 5):cand.start]):
            cand.type = "Place"
        elif _REGION_OFFICE_RE.match(state.text, cand.end) and not (
                cand.type == "Person" and len(cand.text.split()) > 1 and cand.text.split()[0] in lexicon.given_names()):
            cand.type = "Place"  # (a person's "Anna Nowak's commune" stays a person)  # "the Podkarpackie voivode", "the Oyem prefect" (round-35 A6)
