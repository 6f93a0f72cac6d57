"""Short forms of places named in full in the same document (round-15 class A6).

* "the Democratic Republic of the Congo ... Congo's envoy": a bare name that
  ends the long official name of a country the text names is that country;
* "the Daugava Bridge, also known as the Unity Bridge,": a second name of the
  same kind of place (the same last word) is an alias;
* "the Ondo River ... the Ondo": the bare name with the definite article is
  the river (an alias), not a new place;
* "Latgale Province ... the Latgale's provincial capital": a region's name
  without its kind word, used as an owner of a provincial or regional thing,
  is the region.
"""

from __future__ import annotations

import re

from kg.extract.state import State
from kg.extract.resolve_variants import town_named_alone

_REGION_KINDS = frozenset("Province Region County District Department Prefecture Oblast Governorate State".split())


def apply(state: State, absorb) -> None:
    """Merge short forms into the full names (``absorb`` is resolution's merge)."""
    _country_tails(state, absorb)
    _region_owners(state, absorb)
    _region_short_forms(state, absorb)
    _known_as_the(state, absorb)
    _river_short_forms(state, absorb)


def _country_tails(state: State, absorb) -> None:
    countries = [(k, e) for k, e in state.entities.items() if e.type == "Country" and len(e.label.split()) >= 3]
    if not countries:
        return
    for key, entity in list(state.entities.items()):
        if entity.unnamed or entity.type not in {"Place", "Person", "Organization"} or " " in entity.label:
            continue
        if state.gaz.lookup(entity.label) is not None:
            continue
        owners = [k for k, c in countries if c.label.split()[-1] == entity.label]
        if len(owners) == 1:
            absorb(state, key, owners[0])


def _region_owners(state: State, absorb) -> None:
    regions: dict[str, str] = {}
    for key, entity in state.entities.items():
        words = entity.label.split()
        if entity.type == "Place" and len(words) >= 2 and words[-1] in _REGION_KINDS:
            regions[" ".join(words[:-1])] = key
    for key, entity in list(state.entities.items()):
        target = regions.get(entity.label)
        if target is None or key == target or entity.unnamed or entity.type not in {"Place", "Person", "Organization"}:
            continue
        if all(re.match(r"['’]s\s+(?:provincial|regional|district|county|state)\b", state.text[m.end:m.end + 20])
               for m in entity.mentions):
            absorb(state, key, target)


# Kind words of the units whose bare name the text also uses for the unit (round-17 A6).
# "Kessa State ... Kessa" (round-19 A11) too; the bare name of a state is as often the state.
_SHORT_FORM_KINDS = frozenset("County Region District Province State".split())


_LANDFORM_WORDS = frozenset("River Lake Sea Mountains Mountain Hills Valley Delta Coast Island Islands Plateau Gulf Bay".split())


def _region_short_forms(state: State, absorb) -> None:
    """'County Kerry ... in Kerry', 'Oromia Region ... Oromia': the bare name
    is the unit (one entity labelled with the full name). A bare name the
    gazetteer knows as a town of its own ("County Galway" and Galway), or one
    the text places inside the unit ("Puno, in Peru's Puno Region"), stays apart."""
    units: dict[str, str] = {}
    for key, entity in state.entities.items():
        words = entity.label.split()
        if entity.type != "Place" or len(words) != 2 and not (len(words) == 3 and words[0] != "County"):
            continue
        if words[0] == "County" and len(words) == 2:
            units.setdefault(words[1], key)  # "County Kerry"
        elif words[-1] in _SHORT_FORM_KINDS:
            units.setdefault(" ".join(words[:-1]), key)  # "Kerry County", "Oromia Region"
    for bare, target in units.items():
        key = next((k for k, e in state.entities.items() if e.label == bare and not e.unnamed
                    and e.type in {"Place", "Person", "Organization"}), None)
        if key is None or key == target:
            continue
        town = state.gaz.lookup(bare)
        if town is not None and (town.section == "places" and town.country is not None or town.type != "Place"):
            continue  # a known town or country of that name is a place of its own
        unit = state.entities[target].label
        if town_named_alone(state, bare):
            continue  # "Dajabón Province ... the market in Dajabón": a known town named alone
        if bare.split()[-1] in _LANDFORM_WORDS:
            continue  # "Cross River State ... the Cross River": the river the state is named after
        if re.search(rf"(?<![\w-]){re.escape(bare)},?\s+(?:the|its)\s+(?:[a-z]+\s+)?capital\b"
                                      rf"|\bcapital(?:\s+city)?,?\s+{re.escape(bare)}(?![\w-])", state.text):
            continue  # "Kessa, the state capital": the town of that name
        if re.search(rf"\b(?:city|town|village|port|municipality)\s+of\s+{re.escape(bare)}(?![\w'’-])", state.text):
            continue  # "the Romanian city of Kessa ... Kessa County": the town and its county (session 28)
        if re.search(rf"(?<![\w-]){re.escape(bare)},\s+in\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?"
                     rf"{re.escape(unit)}", state.text):
            continue  # "Puno, in Peru's Puno Region": the town inside the unit
        absorb(state, key, target)


_KNOWN_AS_THE = re.compile(r",?\s+(?:also\s+|locally\s+|commonly\s+)?known\s+as\s+the\s+"
                           r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _known_as_the(state: State, absorb) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or key not in state.entities:
            continue
        for span in list(entity.mentions):
            m = _KNOWN_AS_THE.match(state.text, span.end)
            if m is None:
                continue
            other = [x for x in state.mentions if x.start == m.start("name") and x.end == m.end("name")
                     and x.key != key and x.key in state.entities]
            for x in other:
                alias = state.entities[x.key]
                if alias.type == "Place" and alias.label.split()[-1] == entity.label.split()[-1]:
                    absorb(state, x.key, key)


def _river_short_forms(state: State, absorb) -> None:
    """'the Ondo River ... barges on the Ondo': a bare name always written with
    "the" after a river of that name is the river (a town or region of the
    same name takes no article, so one bare mention without it keeps it apart)."""
    rivers: dict[str, str] = {}
    for key, entity in state.entities.items():
        words = entity.label.split()
        if entity.type == "Place" and len(words) >= 2 and words[-1] == "River":
            rivers.setdefault(" ".join(words[:-1]), key)
    for bare, target in rivers.items():
        for key, entity in list(state.entities.items()):
            if entity.label != bare or key == target or entity.unnamed \
                    or entity.type not in {"Place", "Person", "Organization"} or not entity.mentions:
                continue
            if all(re.search(r"(?<![\w-])[Tt]he\s+$", state.text[max(0, m.start - 5):m.start])
                   and not re.match(r"\s+(?:[A-Z]|[a-z]+\s+(?:of|for)\b)", state.text[m.end:m.end + 20])
                   for m in entity.mentions):
                absorb(state, key, target)
