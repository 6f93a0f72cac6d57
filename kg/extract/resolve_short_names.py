"""Short names during resolution: a later name equal to the leading words of an
organisation's name, or a facility's name without its kind word, is that
entity ("Nordic Gas Company ... Nordic", "the Kariba Dam ... Kariba")."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_units import split_unit
from kg.extract.resolve_merge import absorb
from kg.extract.state import State
from kg.model import ORG_TYPES

# Words that lead many names and so shorten none ("National", "Ministry", "Royal").
_GENERIC_LEADS = frozenset("national state royal united new north south east west central federal international joint "
                           "general first republic people's great upper lower greater".split())
# Heads of names given after a person ("Mandela Foundation"): the short form is the person's.
_NAMED_AFTER_HEADS = frozenset("Foundation Institute University Centre Center Trust Prize Fund Library School College "
                               "Hospital Museum Society Award Stadium Airport".split())
# Facilities a text may later call by their bare name ("the Kariba Dam ... depends on
# Kariba"); bridges, ports and crossings are named after the towns they join, so stay apart.
_FACILITY_TAILS = frozenset("Dam Barrage Reservoir Plant Weir Mine Hydropower Airport Airfield Aerodrome".split())
# Particles inside Spanish/Portuguese place names, and the lead words locals use alone.
_PLACE_PARTICLES = frozenset("del do da dos das".split())
_SHORTENED_LEADS = frozenset("Puerto Porto Ciudad Villa Vila".split())
_LINKED = re.compile(r"\b(?:link|links|linking|linked|connect|connects|connecting|connected|between|from|to|and|in|at|near)\s+$")
_TOWN_OF = re.compile(r"\b(?:town|city|village|port|municipality|settlement|district|province|region)\s+of\s+$", re.I)


def _short_forms(state: State, entity) -> list[str]:
    """Shorter names a text may use later for an organisation ('Nordic Gas
    Company' -> 'Nordic Gas', 'Nordic'; 'Minas Andinas, S.A.' -> its bare name)
    or a named facility ('the Kariba Dam' -> 'Kariba')."""
    words = entity.label.split()
    if entity.type == "Place":
        if len(words) >= 2 and words[-1] in _FACILITY_TAILS:
            return [" ".join(words[:-1])]
        particle = next((i for i, w in enumerate(words) if w in _PLACE_PARTICLES), None)
        if particle and words[0][:1].isupper():
            return [" ".join(words[:particle])]  # "Colonia del Sacramento ... ferries from Colonia"
        if len(words) == 2 and words[0] in _SHORTENED_LEADS:
            return [words[0]]  # "Puerto Maldonado ... traders in Puerto"
        return []
    if len(words) < 2 or set(words) & _NAMED_AFTER_HEADS:
        return []
    unit = split_unit(entity.label)
    if unit is not None:
        return []  # "Volta Basin Authority Secretariat": "Volta Basin Authority" is the body, not a short form
    forms = [a for a in entity.aliases if a != entity.label and entity.label.startswith(a + ",")]
    generic = lexicon.words("org_heads") | {w.title() for w in lexicon.words("portfolio_words")}
    for n in range(1, len(words)):
        lead = words[:n]
        if lead[-1] in {"of", "for", "and", "the", "de", "du", "des", "del", "la"} or lead[-1].endswith(","):
            break
        if lead[0].lower() in _GENERIC_LEADS or lead[0] in generic or not lead[0][:1].isupper():
            break
        forms.append(" ".join(lead))
    return forms


def join_short_names(state: State) -> None:
    """'Nordic Gas Company ... Nordic holds a third', 'the Kariba Dam ... depends
    on Kariba': a later name equal to the leading words of an organisation's
    name (or a facility's name without its kind word) is that organisation or
    facility, not a new entity, unless it names a place or country the text
    introduces on its own ("the town of Kariba") or two names share it."""
    owners: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.unnamed or not (entity.type in ORG_TYPES or entity.type == "Place"):
            continue
        if state.gaz.lookup(entity.label) is not None and entity.type != "Place":
            continue
        for form in _short_forms(state, entity):
            owners.setdefault(form, set()).add(key)
    if not owners:
        return
    places = [e.label for e in state.entities.values() if e.type in {"Place", "Country"}]
    first = {m.key: m.start for m in reversed(state.mentions) if m.start >= state.body_start}
    for key, entity in list(state.entities.items()):
        targets = owners.get(entity.label)
        if not targets or len(targets) != 1 or entity.unnamed or key in targets:
            continue
        target = next(iter(targets))
        if key not in first or target not in first or first[target] > first[key]:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None or state.gaz.country_of_demonym(entity.label) is not None:
            continue  # "Ghana" of "Ghana Grid Company": the country itself
        refs = [m for m in state.mentions if m.key == key]
        facility = state.entities[target].type == "Place" and state.entities[target].label.split()[-1] in _FACILITY_TAILS
        if any(_TOWN_OF.search(state.text[max(0, m.start - 30):m.start])
               or facility and _LINKED.search(state.text[max(0, m.start - 30):m.start]) for m in refs):
            continue  # "the town of Kariba", "linking Kariba and X": a place of its own
        target_type = state.entities[target].type
        if target_type in ORG_TYPES:
            if entity.type in {"Place", "Country"} or any(p.startswith(entity.label + " ") for p in places):
                continue  # "Volta" beside "Volta Region": maybe the region or its river
            if entity.type == "Person" and (entity.label in lexicon.given_names() or " " in entity.label
                                            and state.gaz.lookup(entity.label.split()[0]) is None
                                            and entity.label.split()[0] in lexicon.given_names()):
                continue
        elif entity.type == "Country":
            continue
        absorb(state, key, target)
    _short_name_mentions(state, owners, places)


def _short_name_mentions(state: State, owners: dict[str, set[str]], places: list[str]) -> None:
    """Occurrences of an organisation's short name the NER missed ('Tasman holds
    a third'): only as the subject of a verb or an owner ("Tasman's board"),
    never after "the", inside a longer name, or when the word names anything else."""
    labels = {e.label for e in state.entities.values()}
    for form, keys in owners.items():
        if len(keys) != 1 or form in labels or state.gaz.lookup(form) is not None \
                or state.gaz.country_of_demonym(form) is not None or any(p.startswith(form + " ") for p in places):
            continue
        key = next(iter(keys))
        target = state.entities[key]
        if target.type not in ORG_TYPES and target.type != "Place":
            continue
        facility = target.type == "Place" and target.label.split()[-1] in _FACILITY_TAILS
        first = min((m.start for m in state.mentions if m.key == key), default=None)
        if first is None:
            continue
        for m in re.finditer(rf"(?<![\w’'.-]){re.escape(form)}(?![\w-])", state.text):
            if m.start() <= first or state.mention_at(m.start(), m.end()) is not None or state.is_skipped(m.start(), m.end()):
                continue
            if re.search(r"\b(?:[Tt]he|[A-Z][\w’'-]*)\s+$", state.text[max(0, m.start() - 20):m.start()]) \
                    and not state.doc.char_span(m.start(), m.end(), alignment_mode="expand")[0].is_sent_start:
                continue  # "the Tasman ...", "Lake Tasman": not the company
            span = state.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            nxt = span[-1].nbor(1) if span is not None and span[-1].i + 1 < len(state.doc) else None
            # A place is also named as the object of a preposition: "water from Katse",
            # "traders in Puerto" (a dam only after "on/from/behind": "in Katse" is the town).
            prep = (_FACILITY_PREP if facility else _PLACE_PREP).search(state.text[max(0, m.start() - 10):m.start()])
            if target.type == "Place" and prep is not None and not re.match(r"\s+(?:[A-Z]|de\b|del\b|do\b|da\b)", state.text[m.end():m.end() + 5]):
                state.add_mention(key, m.start(), m.end())
                continue
            if nxt is None or not (nxt.text in {"'s", "’s"} or nxt.pos_ in {"VERB", "AUX"} and nxt.tag_ in {"VBZ", "VBD", "MD"}):
                continue
            state.add_mention(key, m.start(), m.end())


_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|into|near|via|on|outside|around)\s+$")
_FACILITY_PREP = re.compile(r"\b(?:on|from|behind)\s+$")
