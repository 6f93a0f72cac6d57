"""Places named by a name and a lower-case head noun (stations, camps, tunnels, pipelines,
railways, crossings, bridges) the name finder cut short or read as a person or body.

* "Nong Khai station", "Vientiane South station", "Nova Gorica railway station" -> one Place
  with the head in its label (never "Vientiane South" as an organisation);
* "the Black Rock camp near Nadi" -> Place "Black Rock camp";
* "the 38-kilometre Polihali-Katse transfer tunnel", "the 102-kilometre Hadagalla pipeline",
  "the 756-kilometre Addis Ababa-Djibouti railway", "the Uruguaiana-Paso de los Libres bridge"
  -> one Place (the length is no part of it; the pair is never split). A link named after two
  places connects them (read by kg.extract.connects from the label's shape).

Names of one country or demonym ("the Kenya pipeline", "the Thai railway") and the words of a
speaker or of a body with an organisation head word are left alone.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}(?:[\w'’]|\.(?=\w))*"
# "Paso de los Libres", "Foz do Iguaçu": lower-case particles inside a name
_NAME = rf"{_WORD}(?:\s(?:(?:de|del|de\s+la|de\s+los|de\s+las|la|do|da|dos|das|di|du)\s)?{_WORD}){{0,3}}"
_HEADS = r"station|camp|tunnel|pipeline|railway|crossing|bridge"
_MODS = (r"transfer|water|rail|railway|road|gas|oil|border|land|river|train|bus|refugee|transit|displacement|"
         r"resettlement|customs|ferry|freight|cargo|power|international|diversion|irrigation|export|pedestrian")
_FACILITY_RE = re.compile(
    rf"(?:\b(?:[Tt]he|a|an|[Ii]ts|[Tt]heir|at|in|from|to|into|near|outside|of|via|through|by|past|and|or|between|with)\s+|(?<=\n)|(?<=[.!?]\s)|(?<=,\s))"
    rf"(?:(?:\d[\d,.]*-(?:kilometre|kilometer|km|mile|metre|meter)s?|new|old|main|former|disused|busy|planned|proposed)\s+)*"
    rf"(?P<name>(?!(?:The|A|An|In|At|On|This|That|Its|Their)\s){_NAME}(?:\s?[–—-]\s?{_NAME})?)"
    rf"\s+(?P<head>(?:(?:{_MODS})\s+){{0,2}}(?:{_HEADS}))(?![\w-])")
_NOT_NAME = frozenset("January February March April May June July August September October November December Monday "
                      "Tuesday Wednesday Thursday Friday Saturday Sunday The This That Its Their New Old".split())


def apply(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    org_heads = lexicon.words("org_heads")
    speakers = {s.speaker for s in state.statements} | {s.addressee for s in state.statements}
    for hit in list(_FACILITY_RE.finditer(state.text, state.body_start)):
        start, end = hit.start("name"), hit.end("head")
        if "\n" in state.text[start:end] or state.is_skipped(start, end):
            continue
        name = " ".join(hit.group("name").split())
        parts = [p.strip() for p in re.split(r"\s?[–—-]\s?", name) if p.strip()]
        if name.split()[0] in _NOT_NAME or any(_is_country(state, p) for p in parts[:1]) and len(parts) == 1 \
                or all(_is_country(state, p) for p in parts):
            continue  # "the Kenya pipeline", "the Latvia-Lithuania crossing": a country's, or a border
        inside = [m for m in state.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a longer name holds the words
        whole = [m for m in inside if m.start == start and m.end == end]
        if whole:  # read whole already ("the Casa Rossa border crossing"): a place, whatever its type
            entity = state.entities.get(whole[0].key)
            if entity is not None and entity.type in {"Person", "Organization"} and whole[0].key not in speakers \
                    and not set(entity.label.split()) & org_heads \
                    and not any(whole[0].key in (r.subject, r.object) for r in state.relations):
                entity.type = "Place"
            continue
        keys = {m.key for m in inside}
        if keys & speakers:
            continue
        if any(state.entities[k].type not in {"Place", "Person", "Organization"}
               and not (len(parts) == 2 and state.entities[k].type == "Country") for k in keys if k in state.entities):
            continue  # (a country may be one end of a pair: "the Addis Ababa-Djibouti railway")
        if any(set(state.entities[k].label.split()) & org_heads for k in keys if k in state.entities
               and state.entities[k].type == "Organization"):
            continue  # "the Kivu Power station" may be the utility's
        if any(r.predicate not in {"locatedIn", "connects"} and (r.subject in keys or r.object in keys)
               for r in state.relations):
            continue  # a name something else was read about
        label = f"{name} {' '.join(hit.group('head').split())}"
        only = inside[0] if len(inside) == 1 else None
        if only is not None and only.start == start and only.end == hit.end("name") \
                and state.entity_type(only.key) == "Place" and len(state.entities[only.key].mentions) == 1:
            # "The Ngoc Ha station was shut": a place named only there keeps its name, the head
            # form is its alias (older golds write it so; either spelling finds it)
            state.entities[only.key].aliases.add(label)
            continue
        entity = rename_span(state, start, end, label, "Place")
        if len(parts) == 2:
            entity.aliases -= set(parts)  # an end of the link is no short name of it
        for r in [r for r in state.relations if (r.subject in keys or r.object in keys)
                  and (r.subject not in state.entities or (r.object or "") and r.object not in state.entities)]:
            state.remove_relation(r)  # relations of a name the facility swallowed whole


def _is_country(state: State, name: str) -> bool:
    entry = state.gaz.country_of_demonym(name)
    return entry is not None and entry.type == "Country"
