"""Places named by a proper name before a lower-case geographic or
infrastructure head (round-21 class A1).

"the Tosa corridor", "the Kessa gap", "the Schengen area", "the Ondo river",
"the Rabo salt flat", "Tarvia's Brel shale formation", "the Tarvia-Kessa
pipeline", "the Osso oil field", "the Mira customs checkpoint", "the Ama border
crossing": the name and its head are one Place labelled with both. The model
reads the bare name alone as a person ("Schengen") or a company ("Brel"); the
head noun shows it is a feature of the map. The bare name becomes an alias
when the text never uses it apart (used apart, it is a place of its own: the
town "Ondo" beside "the Ondo river").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_places import usable_place_name
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Lower-case heads of features and links on the map; longer forms first in the pattern.
FEATURE_HEADS = (
    "corridor", "gap", "area", "river", "salt flat", "salt flats", "salt pan", "floating islands", "islands",
    "island", "shale formation", "shale play", "formation", "basin", "sub-basin", "pipeline", "gas pipeline",
    "oil pipeline",  # (oil and gas fields are entity_places' facility kinds: "Oyala", alias "Oyala gas field")
    "customs checkpoint", "checkpoint", "shuttle", "ferry", "border crossing", "crossing point", "border point",
    "border post", "customs post", "bridge", "highway", "motorway", "expressway", "road", "railway", "rail line",
    "railway line", "rail link", "tunnel", "canal", "dam", "valley", "plateau", "delta", "lagoon", "wetlands",
    "waterfalls", "peninsula", "strait", "desert", "mountains", "hills", "glacier", "reef", "estuary", "lowlands",
    "highlands", "special economic zone", "economic zone", "free zone", "free trade zone", "industrial zone",
    "industrial park", "free port", "seaport", "deep-sea port", "deepwater port", "port of entry",
    "concert hall", "strip",  # "the Harmo concert hall", "the Dessa strip" (round-22 class A1)
    # "the Chacalluta-Santa Rosa border complex", "the Seme joint border post" (round-23 class A7)
    "border complex", "complex", "joint border post", "one-stop border post", "border station", "border facility",
    # "the Nam Can border gate", "the Moc Bai international border gate" (round-24 class A13)
    "border gate", "international border gate", "border checkpoint", "border crossing point",
    # "the Frejus road tunnel", "the Ramspol barrier", "the Millau viaduct" (round-33 A11; a town hall is
    # no place: three golds against one)
    "road tunnel", "rail tunnel", "railway tunnel", "base tunnel", "barrier", "storm surge barrier", "flood barrier",
    "viaduct", "causeway", "weir", "road bridge", "rail bridge", "railway bridge", "footbridge",
)
# Heads that, after a country's name (or a pair of them), describe the country's stretch, not a named place:
# "the Kenya area", "the Ghana-Togo corridor" (context_places drops the pair as a relation).
_COUNTRY_GENERIC = frozenset({"corridor", "gap", "area", "road", "highway", "coast", "border post", "border crossing",
                              "free zone", "economic zone", "island", "islands", "river", "valley"})
# "area" after a name the text also uses alone is the area around that town ("the Bari area"), no place of its own.
_AROUND_HEADS = frozenset({"area"})
_WORD = rf"{CAP_CLASS}[\w'’]*(?:[-–]{CAP_CLASS}[\w'’]*)*"  # "the Moamba–Ressano Garcia border post": an en dash too
_LEAD = (r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|a|an|at|in|from|to|into|near|across|along|via|through|over|under|outside|"
         r"inside|off|past|beyond)\s+|(?<=[\w][’']s)\s+)")
_FEATURE_RE = re.compile(
    rf"{_LEAD}(?P<name>{_WORD}(?: {_WORD}){{0,2}}) "
    rf"(?P<head>{'|'.join(re.escape(h) for h in sorted(FEATURE_HEADS, key=len, reverse=True))})(?![\w-])")


def _all_countries(name: str, state: State) -> bool:
    """Is every hyphen or space part of the name a country ("Ghana-Togo", "Kenya")?"""
    parts = [p for p in re.split(r"[- ]", name) if p]
    return bool(parts) and all((e := state.gaz.lookup(p)) is not None and e.type == "Country" for p in parts)


def feature_places(state: State) -> list[Candidate]:
    """Place candidates '<Name> <feature head>' labelled with the head."""
    text = state.text
    out = []
    for m in _FEATURE_RE.finditer(text):
        name, head = m.group("name"), m.group("head")
        start = m.start("name")
        owner = re.match(r".*['’]s ", name)
        if owner:  # "Kordavia's Melko shale formation": the owner is a name of its own
            name, start = name[owner.end():], start + owner.end()
        if "\n" in m.group(0) or re.search(r"['’]s?$", name):
            continue  # "Kessa's river": an owner's feature, no name
        if head == "island" and re.match(r"\s+(?:of|nation|state)\b", text[m.end():m.end() + 8]):
            continue  # "the Pacific island nation of X": a description
        if not usable_place_name(name, state) or state.gaz.country_of_demonym(name.split()[0]) is not None:
            continue  # "the Kessan gap", "the Minister's road", "the Gazprom pipeline"
        if state.gaz.lookup(name) is not None:
            continue  # "the Danube river", "the Kenya pipeline": a known name stays itself (its kind an alias elsewhere)
        if head in _COUNTRY_GENERIC and _all_countries(name, state):
            continue  # "the Ghana-Togo corridor", "the Kenya area": a country's stretch
        bare_apart = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])(?!\s+{re.escape(head)}\b)", text)
        if head in _AROUND_HEADS and bare_apart:
            continue
        alias = None
        if not bare_apart and "-" not in name and "–" not in name:
            alias = name  # the bare name is another name of the feature when the text never uses it apart
        out.append(Candidate(start, m.end("head"), text[start:m.end("head")], "Place", "rule", alias=alias))
    return out
