"""Links named after their ends, where the connect rules leave them unlinked.

"the Jigmeling-Alipurduar transmission line": a link whose name joins two place
names connects both ends when the text names each as a place elsewhere (the
connect rules need a one-word kind; here a kind of up to three words will do).
No new place is made from a link's name, and one end alone is no evidence.

"CORRECTION: An earlier version of this story said Kassala lies in Gedaref state.": what an
earlier version said is no fact of the report; no relation stands on that sentence.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.evidence import body_mentions, evidence_for
from kg.extract.state import State
from kg.iris import slugify

_LINK_KINDS = frozenset("railway railroad line road highway motorway expressway bridge crossing tunnel pipeline "
                        "canal waterway corridor route link interconnector cable".split())
_END = rf"{CAP_CLASS}[\w'’.]*(?:\s(?:(?:de|del|la|do|da)\s)?{CAP_CLASS}[\w'’.]*){{0,2}}"
_NAME_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<a>{_END})\s?[–—-]\s?(?P<b>{_END})\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<kind>[a-z]+)$")


def apply(state: State) -> None:
    _crossings_between(state)
    _pair_names_over_regions(state)
    _drop_continent_links(state)
    _links_by_name(state)
    _drop_corrected(state)
    _drop_rivers_in_links(state)
    _drop_cross_border_nesting(state)


def _drop_rivers_in_links(state: State) -> None:
    """'across the Orinoco at the end of the Troncal Highway': a river lies in no road, railway
    or other link, nor in a county or district it flows through (what lies at the end of the road is the bridge, not the river it crosses)."""
    from kg.extract.place_phrasings import is_river  # late: place rules import this module's neighbours

    for r in [r for r in state.relations if r.predicate == "locatedIn" and r.object in state.entities]:
        words = state.entities[r.object].label.lower().split()
        # "the Amo river in Yadong county": a river runs through a county, it does not lie in one
        if words and words[-1] in _LINK_KINDS | _LOCAL_UNITS and is_river(state, r.subject):
            state.remove_relation(r)


_LOCAL_UNITS = frozenset("county counties district districts municipality township commune parish village town".split())


# "An earlier version of this story said ...", "A previous version of this article misstated ..."
_EARLIER_VERSION_RE = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+this\s+"
                                 r"(?:story|article|report|piece|item)\b", re.I)


def _drop_corrected(state: State) -> None:
    for hit in _EARLIER_VERSION_RE.finditer(state.text, state.body_start):
        sent = state.sentence_of(hit.start())
        start, end = sent.start_char, sent.end_char
        for r in [r for r in state.relations if r.evidence is not None
                  and start <= r.evidence.start < end and r.evidence.end <= end + 1]:
            state.remove_relation(r)


def _links_by_name(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or state.objects(key, "connects"):
            continue
        shape = _NAME_RE.match(entity.label)
        if shape is None or shape.group("kind") not in _LINK_KINDS:
            continue
        ends = [shape.group("a"), shape.group("b")]
        if any(state.gaz.country_of_demonym(e) for e in ends):
            continue  # "the Greece-Turkey crossing": a border, not two towns
        own = body_mentions(state, key)
        if not own:
            continue
        places = [_named_place(state, end, key) for end in ends]
        if None in places:
            continue  # a link has two ends: one alone (the other read as no place) is no evidence
        for place in places:
            state.add_relation(key, "connects", evidence_for(state, own[0]), obj=place)


def _named_place(state: State, name: str, link: str) -> str | None:
    """The place entity called ``name`` that the text names outside the link's name."""
    entry = state.gaz.lookup(name)
    key = slugify(entry.label if entry else name)
    entity = state.entities.get(key)
    if entity is None or entity.type != "Place" or key == link:
        return None
    spans = [(m.start, m.end) for m in state.mentions if m.key == link]
    if not any(m.key == key and not any(s <= m.start < e for s, e in spans) for m in state.mentions):
        return None
    return key


def _drop_cross_border_nesting(state: State) -> None:
    """'projects east of Vienna, in Bratislava and Hainburg': a town the gazetteer puts in one
    country never lies in a place it puts in another, and a national capital never lies in
    another town ("from A to B", "east of A, in B" are no containment)."""
    for r in [r for r in state.relations if r.predicate == "locatedIn" and r.object in state.entities]:
        if state.entity_type(r.subject) != "Place" or state.entity_type(r.object) != "Place":
            continue
        inner = state.gaz.lookup(state.entities[r.subject].label)
        outer = state.gaz.lookup(state.entities[r.object].label)
        if inner is None or outer is None or not inner.country or not outer.country:
            continue
        if inner.country != outer.country or inner.capital and outer.section == "places":
            state.remove_relation(r)


def _drop_continent_links(state: State) -> None:
    """'Europe connects Africa', 'Bishkek connects Chu': a continent never connects or is connected, and a
    national capital is no link (the water "reaches Bishkek")."""
    for r in [r for r in state.relations if r.predicate == "connects" and r.object in state.entities]:
        ends = (state.entities[r.subject].label, state.entities[r.object].label)
        if any(slugify(e) in lexicon.macro_region_slugs() for e in ends):  # "Europe connects with Africa"
            state.remove_relation(r)
            continue
        entry = state.gaz.lookup(ends[0])
        if entry is not None and entry.capital and entry.section == "places" \
                and not re.search(r"\s(?:bridge|crossing|road|railway|line|post|port)$", ends[0], re.I):
            state.remove_relation(r)


# "the Lwakhakha crossing on the A104 highway between Malaba and Tororo": the crossing joins the two towns
_ON_BETWEEN_RE = re.compile(r"\s+on\s+the\s+(?:[\w/'’-]+\s+){1,3}?(?:highway|road|motorway|expressway|railway|line|route|"
                            r"corridor)\s+between\s+(?:the\s+)?")
_CROSSING_KINDS = ("crossing", "bridge", "post", "checkpoint", "border point", "gate", "crossing point")


def _crossings_between(state: State) -> None:
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Place" or not entity.label.lower().endswith(_CROSSING_KINDS):
            continue
        hit = _ON_BETWEEN_RE.match(state.text, m.end)
        if hit is None:
            continue
        first = state.mention_at(hit.end(), hit.end() + 1, {"Place"})
        if first is None or first.start != hit.end():
            continue
        joined = re.match(r"\s+and\s+(?:the\s+)?", state.text[first.end:first.end + 12])
        if joined is None:
            continue
        second = state.mention_at(first.end + joined.end(), first.end + joined.end() + 1, {"Place"})
        if second is None or second.start != first.end + joined.end() or m.key in {first.key, second.key}:
            continue
        road = state.mention_at(m.end + 1, hit.end() - 9, {"Place"})
        for end in (first.key, second.key):
            if road is not None and road.key != m.key:
                for r in [r for r in state.relations if r.subject == road.key and r.predicate == "connects"
                          and r.object == end]:
                    state.remove_relation(r)  # the towns are the crossing's ends, read for the road before
            state.add_relation(m.key, "connects", evidence_for(state, m), obj=end)


def _pair_names_over_regions(state: State) -> None:
    """'the Kitale-Suam road, which links the Nzoia river to Uganda's Eastern region': a link named after
    two towns connects those towns when the clause names a river (the river and a region are no
    ends of it then); a clause of regions alone keeps them (blind golds: a crossing "which links
    Chile's Arica y Parinacota region with Bolivia's Oruro department" connects those regions)."""
    from kg.extract.place_phrasings import is_river  # late: place rules import this module's neighbours

    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        shape = _NAME_RE.match(entity.label)
        if shape is None or shape.group("kind") not in _LINK_KINDS:
            continue
        ends = [shape.group("a"), shape.group("b")]
        if any(state.gaz.country_of_demonym(e) or state.gaz.country_of_demonym(e.split()[0]) for e in ends):
            continue
        links = [r for r in state.relations if r.subject == key and r.predicate == "connects"]
        if not links or not any(is_river(state, r.object) for r in links):
            continue  # regions alone stay the ends ("the A-B crossing, which links Chile's X region with ...")
        if any(state.entities[r.object].label.split()[0] in {e.split()[0] for e in ends} for r in links
               if r.object in state.entities and (is_river(state, r.object) or _is_region(state, r.object))):
            continue  # "the Tolvar-Kessan line" to Tolvar province and Kessan province: the name's own regions
        own = body_mentions(state, key)
        if not own:
            continue
        m = own[0]
        spans = []
        for name in ends:
            at = state.text.find(name, m.start if not spans else spans[-1][1], m.end)
            if at < 0:
                break
            spans.append((at, at + len(name)))
        if len(spans) != 2:
            continue
        for r in links:
            state.remove_relation(r)
        for (start, end), name in zip(spans, ends):
            # only a town the gazetteer knows or the text names on its own (no new place from a name part)
            entry = state.gaz.lookup(name)
            known = _named_place(state, name, key)
            if known is None and entry is None:
                continue
            place = state.entities.get(known) if known else state.add_entity(entry.label, "Place", same_as=entry.same_as)
            if place is None or place.type != "Place":
                continue
            state.add_mention(place.key, start, end, alias=False)
            state.add_relation(key, "connects", evidence_for(state, m), obj=place.key)


_REGION_UNITS = frozenset("region state province county district department oblast governorate prefecture".split())


def _is_region(state: State, key: str) -> bool:
    """A region by its unit word ("Eastern region") or the gazetteer's regions."""
    entity = state.entities.get(key)
    if entity is None:
        return False
    if entity.label.split()[-1].lower() in _REGION_UNITS:
        return True
    entry = state.gaz.lookup(entity.label)
    return entry is not None and entry.section == "regions"
