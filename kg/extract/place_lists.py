"""Places written as a comma chain, beside a unit named after them, or in a list.

* "around Termez, Surkhandarya, where the bridge lands": a town and its region
  written with a comma (the name finder may take both words for one name): two
  places, the town lying in the region;
* "ambulances based in Valga, Valga County, answered": the town written right
  before the county named after it is its own place (not a short name of the
  county) and lies in it;
* "Valka, in Latvia's Valka municipality,": the unit written with a lower-case
  unit word is a place of its own; the town lies in it and it in the country
  (no shortcut from the town to the country);
* "boats leave for Acandi and Capurgana, on the coast of Choco department": the
  places listed before an apposition that places the last of them lie there too.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import evidence_for
from kg.extract.state import MentionRef, State
from kg.iris import slugify

_PLACE = {"Place", "Country"}
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
_COMMA_NAME_RE = re.compile(rf"({_NAME}),\s+({_NAME})")
# what puts a name in a place: "around X, Y", "in X, Y", "X, Y, where ..."
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|around|outside|from|to|towards|toward|across|via|through|"
                              r"between|and)\s+$")
_WHERE_AFTER_RE = re.compile(r",\s+where\b")
_UNITS = ("County", "Municipality", "District", "Province", "Region", "Parish", "Department", "Oblast", "Governorate",
          "Prefecture", "Raion")
_LOWER_UNITS = "municipality|rural municipality|district|county|parish|province|region|department|oblast|governorate"


def _drop_mention(state: State, m: MentionRef) -> None:
    state.mentions.remove(m)
    entity = state.entities.get(m.key)
    if entity is not None:
        entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]


def _place_named(state: State, name: str) -> str:
    """The key of the place (or country) called ``name``: one the text names already,
    the gazetteer's, or a new place."""
    for key, entity in state.entities.items():
        if entity.type in _PLACE and (entity.label == name or name in entity.aliases):
            return key
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type in _PLACE:
        entity = state.add_entity(entry.label, entry.type)
        if entry.qid and not entity.same_as:
            entity.same_as.append(entry.qid)
        return entity.key
    return state.add_entity(name, "Place").key


def split_comma_names(state: State) -> None:
    """'around Termez, Surkhandarya, where': one name 'A, B' taken by the name finder
    is a town and its region when a place word comes before or ', where' after it."""
    for key, entity in list(state.entities.items()):
        hit = _COMMA_NAME_RE.fullmatch(entity.label)
        if hit is None or entity.unnamed or entity.type not in {"Place", "Organization", "Person"}:
            continue
        words = set(re.findall(r"[\w'’-]+", entity.label))
        if re.match(r"(?:Around|Near|In|At|Outside|From|To|Via)\s", entity.label) or words & lexicon.words("org_heads") or any(st.speaker == key for st in state.statements) \
                or any(key in (r.subject, r.object) for r in state.relations):
            continue
        mentions = [m for m in state.mentions if m.key == key]
        if not mentions or any(m.start < state.body_start for m in mentions):
            continue
        known = state.gaz.lookup(hit.group(2))
        placed = [m for m in mentions if _PLACE_BEFORE_RE.search(state.text, max(0, m.start - 14), m.start)
                  or _WHERE_AFTER_RE.match(state.text, m.end)]
        if not placed and (known is None or known.type not in _PLACE):
            continue
        for m in mentions:
            part = _COMMA_NAME_RE.fullmatch(state.text, m.start, m.end)
            if part is None:
                break
        else:
            for m in mentions:
                part = _COMMA_NAME_RE.fullmatch(state.text, m.start, m.end)
                _drop_mention(state, m)
                town = _place_named(state, " ".join(part.group(1).split()))
                region = _place_named(state, " ".join(part.group(2).split()))
                if town == region or state.entity_type(town) == "Country":
                    continue
                state.add_mention(town, part.start(1), part.end(1))
                state.add_mention(region, part.start(2), part.end(2))
                town_m = next(x for x in state.mentions if x.key == town and x.start == part.start(1))
                state.add_relation(town, "locatedIn", evidence_for(state, town_m), obj=region)
            if not state.entities[key].mentions:
                del state.entities[key]


# "around Termez, Surkhandarya, where ...": a place word before, ', where' after
_CHAIN_WHERE_RE = re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Oo]utside)\s+(?P<a>{_NAME}),\s+(?P<b>{_NAME}),\s+where\b")


def chains_before_where(state: State) -> None:
    """'around Termez, Surkhandarya, where the bridge lands': the two names are a town
    and its region whatever the name finder made of them (one name, one of the two, none)."""
    for hit in _CHAIN_WHERE_RE.finditer(state.text, state.body_start):
        spans = [(hit.start(g), hit.end(g)) for g in ("a", "b")]
        inside = [x for x in state.mentions if x.start < spans[1][1] and x.end > spans[0][0]]
        if any(x.start < spans[0][0] and x.start != hit.start() or x.end > spans[1][1] for x in inside):
            continue  # a longer name runs across the chain ("Around Tolvar" at a sentence start is no name)
        keys = []
        for x in [x for x in inside if x.start == hit.start() < spans[0][0]]:
            _drop_mention(state, x)
            inside.remove(x)
            if not state.entities[x.key].mentions and not any(x.key in (r.subject, r.object) for r in state.relations):
                del state.entities[x.key]
        for start, end in spans:
            own = next((x for x in inside if (x.start, x.end) == (start, end)), None)
            if own is not None and state.entity_type(own.key) not in _PLACE and not _maybe_place(state, own.key):
                break
            if own is None:
                for x in [x for x in inside if x.start < end and x.end > start]:
                    if x in state.mentions:
                        _drop_mention(state, x)
                key = _place_named(state, " ".join(state.text[start:end].split()))
                state.add_mention(key, start, end)
            else:
                key = own.key
            keys.append(key)
        else:
            town, region = keys
            if town == region or state.entity_type(town) == "Country":
                continue
            for key in keys:
                if state.entity_type(key) != "Country":
                    state.entities[key].type = "Place"
            town_m = next(x for x in state.mentions if x.key == town and x.start == spans[0][0])
            state.add_relation(town, "locatedIn", evidence_for(state, town_m), obj=region)
    for key in [k for k, e in state.entities.items() if not e.mentions and _COMMA_NAME_RE.fullmatch(e.label)]:
        if not any(key in (r.subject, r.object) for r in state.relations):
            del state.entities[key]  # the merged name whose mentions went to the two places


def split_town_from_unit(state: State) -> None:
    """'based in Valga, Valga County,': the bare name right before '<Name> County'
    merged into the county is the town; every bare mention of the name goes to it."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        if a.key != b.key or not re.fullmatch(r",\s+", state.text[a.end:b.start]):
            continue
        unit = state.entities[a.key]
        words = unit.label.split()
        bare = " ".join(state.text[a.start:a.end].split())
        if unit.type != "Place" or len(words) < 2 or words[-1].capitalize() not in _UNITS \
                or bare != " ".join(words[:-1]):
            continue
        town = state.add_entity(bare, "Place", key=None if bare.lower() != unit.label.lower() else a.key + "-town")
        for m in [x for x in state.mentions if x.key == a.key and " ".join(state.text[x.start:x.end].split()) == bare]:
            _drop_mention(state, m)
            state.add_mention(town.key, m.start, m.end, alias=False)
        unit.aliases.discard(bare)
        unit.aliases.discard(" ".join(state.text[a.start:b.end].split()))
        town_m = next(x for x in state.mentions if x.key == town.key and x.start == a.start)
        state.add_relation(town.key, "locatedIn", evidence_for(state, town_m), obj=unit.key)


# "Valka, in Latvia's Valka municipality," -> the unit after the owner's possessive
_OWNED_UNIT_RE = re.compile(rf",?\s+in\s+(?:the\s+)?(?P<country>{_NAME})['’]s\s+"
                            rf"(?P<unit>(?:[A-Z][\w'’-]+\s+){{1,2}}(?:{_LOWER_UNITS}))\b")


def owned_units(state: State) -> list[tuple[str, str, tuple[int, int]]]:
    """'Valka, in Latvia's Valka municipality': a unit with a lower-case unit word the
    name finder missed is a place; the town lies in it and it in the country.
    Returns (town, country, sentence bounds) so the cleanup drops town -> country."""
    out = []
    for hit in _OWNED_UNIT_RE.finditer(state.text, state.body_start):
        m = _town_before(state, hit)
        if m is None or state.entity_type(m.key) not in {"Place", "Organization"}:
            continue
        country = state.mention_at(hit.start("country"), hit.end("country"), {"Country"})
        if country is None or (country.start, country.end) != (hit.start("country"), hit.end("country")):
            continue
        start, end = hit.start("unit"), hit.end("unit")
        inside = [x for x in state.mentions if x.start < end and x.end > start]
        if any(x.start < start or x.end > end for x in inside):
            continue  # another name runs across the unit's words: leave it
        exact = next((x for x in inside if (x.start, x.end) == (start, end)), None)
        known = [x for x in inside if state.entity_type(x.key) == "Place" and _known_region(state, x.key)]
        if exact is None and len(inside) == 1 and (known or _bare_name_unit(state.text[start:end])):
            # "Greece's Evros region": a region, province or district goes by its bare name (the
            # data's, or the text's); a municipality or county is told apart from its namesake town
            exact = inside[0]
        if exact is not None:
            if state.entity_type(exact.key) != "Place":
                continue
            unit = exact.key
        else:
            for x in inside:
                _drop_mention(state, x)
            unit = state.add_entity(" ".join(state.text[start:end].split()), "Place").key
            state.add_mention(unit, start, end, alias=False)
        if unit == m.key:
            continue
        entity = state.entities[m.key]
        if entity.type == "Organization":
            if " " in entity.label or set(entity.label.split()) & lexicon.words("org_heads"):
                continue
            entity.type = "Place"
        evidence = evidence_for(state, m)
        state.add_relation(m.key, "locatedIn", evidence, obj=unit)
        state.add_relation(unit, "locatedIn", evidence, obj=country.key)
        sent = state.sentence_of(m.start)
        out.append((m.key, country.key, (sent.start_char, sent.end_char)))
    return out


def _bare_name_unit(words: str) -> bool:
    return words.split()[-1].lower() in {"region", "province", "district", "state", "governorate", "department"}


def _known_region(state: State, key: str) -> bool:
    entry = state.gaz.lookup(state.entities[key].label)
    return entry is not None and entry.section == "regions"


def _town_before(state: State, hit: re.Match) -> MentionRef | None:
    """The name right before ', in <Country>'s <Name> municipality': a mention, or the
    unit's own name written bare (a town the name finder missed: its namesake unit says
    it is a place)."""
    m = next((x for x in state.mentions if x.end == hit.start()), None)
    if m is not None:
        return m
    name = hit.group("unit").rsplit(" ", 1)[0]
    if " " in name or not state.text.endswith(name, 0, hit.start()) \
            or re.match(r"[\w'’-]", state.text[hit.start() - len(name) - 1:hit.start() - len(name)] or " "):
        return None
    start = hit.start() - len(name)
    if any(x.start < hit.start() and x.end > start for x in state.mentions):
        return None
    town = state.add_entity(name, "Place")
    state.add_mention(town.key, start, hit.start(), alias=False)
    return next(x for x in state.mentions if x.key == town.key and x.start == start)


def drop_unit_shortcuts(state: State, owned) -> None:
    """The town lies in the country through its unit: a direct town -> country read
    from the same sentence goes."""
    for town, country, (start, end) in owned:
        for r in list(state.relations):
            if r.predicate == "locatedIn" and r.subject == town and r.object == country \
                    and start <= r.evidence.start < end:
                state.remove_relation(r)


# "A and B, on the coast of C" / "A, B and C, in the X district": a description after the list
_APPOSED_RE = re.compile(r",\s+(?:(?:both|all|each)\s+)?(?:on|in|near|along|inside|within)\s+")
# the words that place the list when no rule placed its last name (an unknown town the name
# finder took for a person): "on the coast of C", "on the northern shore of C", "in C"
_PLACED_AT_RE = re.compile(r",\s+(?:(?:both|all|each)\s+)?(?:on\s+the\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"
                           r"(?:coast|coastline|shore|shores|bank|banks)\s+of|in)\s+(?:the\s+)?")


def _maybe_place(state: State, key: str) -> bool:
    """A name that may be a town: a place, or one word no rule made a speaker or an actor."""
    entity = state.entities[key]
    if entity.type == "Place":
        return True
    return entity.type in {"Person", "Organization"} and " " not in entity.label and not entity.unnamed \
        and not set(entity.label.split()) & lexicon.words("org_heads") \
        and not any(st.speaker == key for st in state.statements) \
        and not any(key in (r.subject, r.object) for r in state.relations)


def listed_places(state: State) -> None:
    """'boats leave for A and B, on the coast of C': the places listed before the
    last one share where the words after it put it (when nothing else placed them)."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for i, last in enumerate(mentions):
        if not _APPOSED_RE.match(state.text, last.end) or not _maybe_place(state, last.key):
            continue
        sent = state.sentence_of(last.start)
        near = {x.key for x in state.mentions_in(last.end, min(sent.end_char, last.end + 80))}
        where = [r.object for r in state.relations if r.subject == last.key and r.predicate == "locatedIn"
                 and r.object in near and r.evidence.start >= sent.start_char]
        if not where:
            at = _PLACED_AT_RE.match(state.text, last.end)
            w = state.mention_at(at.end(), at.end() + 1, _PLACE) if at is not None else None
            if w is None or w.start != at.end() or state.entity_type(w.key) == "Country" and " in" in at.group(0):
                continue  # "A and B, in Peru": the country rules place them
            where = [w.key]
        if len(where) != 1:
            continue
        # a one-word name the name finder took for a person or a body is a town only when the
        # words are plainly about places ("on the coast of C", "in C province")
        strong = bool(re.search(r"\b(?:coast|coastline|shores?|banks?)\s+of\s", state.text[last.end:last.end + 60])) \
            or state.entities[where[0]].label.split()[-1].lower() in _LOWER_UNITS.split("|") \
            or any(a.lower().split()[-1] in _LOWER_UNITS.split("|") for a in state.entities[where[0]].aliases)
        listed, current = [], last
        for prev in reversed(mentions[:i]):
            gap = state.text[prev.end:current.start]
            if prev.start < sent.start_char or not re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", gap):
                break
            if re.search(r",\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?(?:[a-z]+\s+)?$",
                         state.text[max(0, prev.start - 50):prev.start]):
                break  # "A, in C's Khong district, and B, in D province": the aside of an earlier item, no item
            listed.append(prev)
            current = prev
        if not listed or not re.search(r"\s(?:and|or)\s", state.text[listed[-1].start:last.start]):
            continue  # "A, B, on the coast": a list needs its 'and'
        if re.search(r"\bbetween\s+(?:the\s+)?$", state.text[max(0, listed[-1].start - 14):listed[-1].start]):
            continue  # "talks between A and B, on the coast of C": two ends, not a list of places there
        for prev in [last, *listed]:
            if not _maybe_place(state, prev.key) or prev.key == where[0] or state.objects(prev.key, "locatedIn") \
                    or state.entity_type(prev.key) != "Place" and not strong:
                continue
            state.entities[prev.key].type = "Place"
            state.add_relation(prev.key, "locatedIn", evidence_for(state, prev), obj=where[0])


_CROSSING_KINDS = r"(?:(?:border|frontier|road|rail)\s+)?(?:crossing|checkpoint|crossing\s+point|border\s+post|post|bridge|gate)"
_SHORT_CROSSING_RE = re.compile(rf"(?P<name>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)\s+(?P<kind>{_CROSSING_KINDS})")
_PAIR_CROSSING_RE = re.compile(rf"(?P<a>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)\s?[–—-]\s?(?P<b>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)"
                               rf"\s+(?P<kind>{_CROSSING_KINDS})")


def _kind_head(kind: str) -> str:
    return "crossing" if kind.split()[-1] in {"crossing", "point", "post", "checkpoint"} else kind.split()[-1]


def merge_short_crossings(state: State) -> None:
    """'the Karameh-Trebil crossing ... Highway 10 runs to the Karameh crossing': a
    crossing named by one of the two names of a paired crossing the text names is
    that crossing (one place), whichever is written first."""
    from kg.extract.resolve_merge import absorb_linked  # the merge primitive of resolution

    pairs = {}
    for key, entity in state.entities.items():
        hit = _PAIR_CROSSING_RE.fullmatch(entity.label)
        if hit is None or entity.type != "Place":
            continue
        for name in (hit.group("a"), hit.group("b")):
            pairs.setdefault((name, _kind_head(hit.group("kind"))), set()).add(key)
    for key, entity in list(state.entities.items()):
        hit = _SHORT_CROSSING_RE.fullmatch(entity.label)
        if hit is None or entity.type != "Place" or entity.same_as:
            continue
        targets = pairs.get((hit.group("name"), _kind_head(hit.group("kind"))), set()) - {key}
        if len(targets) != 1:
            continue
        target = targets.pop()
        absorb_linked(state, key, target)


# "the Ama-Lumi land crossing ... trucks queued at the Ama-Lumi crossing": a unit word
# (land, road, rail) before "crossing" is part of the name only when every mention has it
_UNIT_CROSSING_RE = re.compile(r"(?P<name>.+?)\s+(?:land|road|rail|railway|vehicle|pedestrian|truck|ferry|river)\s+"
                               r"(?P<kind>(?:border\s+)?crossing(?:\s+point)?)")


def merge_unit_crossings(state: State) -> None:
    """The crossing written with and without a unit word is one place, named without it."""
    from kg.extract.resolve_merge import absorb_linked  # the merge primitive of resolution

    labels = {e.label: k for k, e in state.entities.items() if e.type == "Place"}
    for key, entity in list(state.entities.items()):
        hit = _UNIT_CROSSING_RE.fullmatch(entity.label)
        if hit is None or entity.type != "Place" or entity.same_as:
            continue
        target = labels.get(f"{hit.group('name')} {hit.group('kind')}")
        if target is None or target == key or target not in state.entities:
            continue
        absorb_linked(state, key, target)


# "the Tarvo Autonomous Region ... traders from Tarvo": the short name is the autonomous unit the
# text names in full (a plain "X Province" may be a province beside its namesake city: not merged)
_AUTONOMOUS_RE = re.compile(r"(?P<name>.+?)\s+(?:Autonomous|Special\s+Administrative)\s+"
                            r"(?:Region|Republic|Prefecture|Oblast|Okrug|Province|Community|District|County)")


def merge_autonomous_units(state: State) -> None:
    """A place named like an autonomous unit the text names in full is that unit."""
    from kg.extract.resolve_merge import absorb_linked  # the merge primitive of resolution

    for key, entity in list(state.entities.items()):
        hit = _AUTONOMOUS_RE.fullmatch(entity.label)
        if hit is None or entity.type != "Place":
            continue
        short = slugify(hit.group("name"))
        other = state.entities.get(short)
        if other is None or short == key or other.type != "Place" or other.label != hit.group("name"):
            continue
        absorb_linked(state, short, key)


_LINK_WORDS = r"(?:line|link|cable|pipeline|interconnector|road|highway|railway|rail\s+line|bridge|tunnel|corridor)"
_PAIR_LINK_RE = re.compile(rf"(?P<a>[A-Z][\w'’.]*)\s?[–—-]\s?(?P<b>[A-Z][\w'’.]*)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_LINK_WORDS}")
# "a planned 500-kilovolt line from X ... to Y"
_DESCRIBED_FROM_RE = re.compile(rf"\b(?:a|an)\s+(?:[\w,.-]+\s+){{0,4}}?{_LINK_WORDS}\s+(?:[^.;]{{0,40}}?\s)?from\s+(?:the\s+)?")
_DESCRIBED_TO_RE = re.compile(r"[^.;]{0,60}?\bto\s+(?:the\s+)?")


def _names(state: State, key: str) -> set[str]:
    entity = state.entities[key]
    return {n.split()[0] for n in (entity.label, *entity.aliases)} | {entity.label, *entity.aliases}


def named_after_described(state: State) -> None:
    """'a planned line from Xieng province in Laos to Vinh province in Vietnam ... The
    Xieng-Vinh line, which ...': the link named after the two ends of the link just
    described connects those ends."""
    for key, entity in list(state.entities.items()):
        hit = _PAIR_LINK_RE.fullmatch(entity.label)
        if hit is None or entity.type != "Place" or state.objects(key, "connects"):
            continue
        body = [m for m in state.mentions if m.key == key and m.start >= state.body_start]
        if not body:
            continue
        sent = state.sentence_of(body[0].start)
        start = max(state.body_start, sent.start_char - 600)
        for d in _DESCRIBED_FROM_RE.finditer(state.text, start, body[0].start):
            a = state.mention_at(d.end(), d.end() + 1, _PLACE)
            if a is None or a.start != d.end():
                continue
            to = _DESCRIBED_TO_RE.match(state.text, a.end)
            c = state.mention_at(to.end(), to.end() + 1, _PLACE) if to is not None else None
            if c is None or c.start != to.end() or c.end > body[0].start or a.key == c.key:
                continue
            if hit.group("a") not in _names(state, a.key) or hit.group("b") not in _names(state, c.key):
                continue  # the name must be the two ends' names
            if any(state.entity_type(k) == "Country" for k in (a.key, c.key)):
                continue
            for end in (a.key, c.key):
                state.add_relation(key, "connects", evidence_for(state, body[0]), obj=end)
            break
