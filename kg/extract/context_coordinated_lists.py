"""Names in one list share the type of a known place (round-33 A3).

"near Kraljevo and Gornja Trešnjica", "the municipalities of Ormož, Središče
and Sveti Tomaž", "Ghana's Volta, Oti and Upper East regions", "Liberia's Bong,
River Cess and Lofa counties": the names of a list joined by commas and a last
"and"/"or" are places when one of them is a place the document knows, when a
plural place word ends the list ("regions", "counties") or when one leads it
("the municipalities of"). Unlike ``context_coordinated_places`` the names may
be of several words ("Gornja Trešnjica", "River Cess"), which the model then
often takes for people or organisations.

A name that starts with a common given name, a surname of a person the text
names, or a name the gazetteer knows as something else stays what it is.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.context_cities import person_names
from kg.extract.context_edit import rename_span, retype
from kg.extract.entity_courtesy_titles import MACRO_REGIONS
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w-]*(?![\w'’])"
_ITEM = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_LIST_RE = re.compile(rf"(?P<list>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|or)[ \t]+{_ITEM})")
_UNITS = "|".join(re.escape(w) for w in lexicon.ordered("unit_list_plurals"))
_UNITS_AFTER_RE = re.compile(rf"[ \t]+(?:{_UNITS})\b")
_UNITS_BEFORE_RE = re.compile(rf"\b(?:{_UNITS})[ \t]+of[ \t]+$")
_LEADS = frozenset("The A An In On At Near From To And Or But Both Between".split())


def _items(m: re.Match) -> list[tuple[int, int]]:
    base = m.start("list")
    out = []
    for part in re.finditer(rf"{_ITEM}", m.group("list")):
        words = part.group(0).split()
        if words[0] in {"and", "or"}:
            continue
        out.append((base + part.start(), base + part.end()))
    return out


def apply(state: State) -> None:
    text = state.text
    given = lexicon.given_names()
    for m in _LIST_RE.finditer(text, state.body_start):
        if "\n" in m.group(0):
            continue
        items = _items(m)
        # a leading "The"/"In" of a sentence is no name word
        a0, b0 = items[0]
        first = text[a0:b0].split()[0]
        if first in _LEADS:
            rest = text[a0 + len(first):b0].lstrip()
            if not rest:
                items = items[1:]
            else:
                items[0] = (b0 - len(rest), b0)
        if len(items) < 2:
            continue
        kinds = []
        for a, b in items:
            hit = state.mention_at(a, b)
            kinds.append(state.entities[hit.key].type if hit is not None and hit.start == a and hit.end == b
                         and hit.key in state.entities else None)
        unit_after = _UNITS_AFTER_RE.match(text, m.end()) is not None
        unit_before = _UNITS_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]) is not None
        if not (unit_after or unit_before or "Place" in kinds):
            continue
        if any(k == "Country" for k in kinds) and not (unit_after or unit_before):
            continue  # "Serbia and Kraljevo": a country beside a town is no list of towns
        for (a, b), kind in zip(items, kinds):
            name = " ".join(text[a:b].split())
            words = name.split()
            if kind in {"Place", "Country"} or words[0] in given or name in MACRO_REGIONS:
                continue  # "the South Caucasus and Central Asia": a macro-region stays background
            own = state.mention_at(a, b)
            others = person_names(state, own.key if own is not None else None)
            if name in others or words[-1] in others:
                continue  # "Tomaž" of a person named elsewhere
            entry = state.gaz.lookup(name)
            if entry is not None and entry.type != "Place":
                continue
            if kind is None and (state.mentions_in(a, b) or own is not None):
                # a part of it is some other name already, or it is a part of a longer name
                # ("Santa Elena" of "Santa Elena de Uairén": the list word stops at "de")
                continue
            if kind is None and len(words) == 1 and not (unit_after or unit_before):
                continue  # a one-word name is ``context_coordinated_places``'s
            if kind in {"Person", "Organization"}:
                hit = state.mention_at(a, b)
                entity = state.entities[hit.key]
                if any(not (a <= x.start and x.end <= b) for x in entity.mentions):
                    continue  # named elsewhere as what it is
                retype(state, hit.key, "Place")
            elif kind is None:
                entity = rename_span(state, a, b, name, "Place")
                entity.aliases = {x for x in entity.aliases if "," not in x}  # no longer junk span's name
