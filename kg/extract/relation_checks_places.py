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

from kg.extract.chars import CAP_CLASS
from kg.extract.evidence import body_mentions, evidence_for
from kg.extract.state import State
from kg.iris import slugify

_LINK_KINDS = frozenset("railway railroad line road highway motorway expressway bridge crossing tunnel pipeline "
                        "canal waterway corridor route link interconnector cable".split())
_END = rf"{CAP_CLASS}[\w'’.]*(?:\s(?:(?:de|del|la|do|da)\s)?{CAP_CLASS}[\w'’.]*){{0,2}}"
_NAME_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<a>{_END})\s?[–—-]\s?(?P<b>{_END})\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<kind>[a-z]+)$")


def apply(state: State) -> None:
    _links_by_name(state)
    _drop_corrected(state)
    _drop_rivers_in_links(state)
    _drop_cross_border_nesting(state)


def _drop_rivers_in_links(state: State) -> None:
    """'across the Orinoco at the end of the Troncal Highway': a river lies in no road, railway
    or other link (what lies at the end of the road is the bridge, not the river it crosses)."""
    from kg.extract.place_phrasings import is_river  # late: place rules import this module's neighbours

    for r in [r for r in state.relations if r.predicate == "locatedIn" and r.object in state.entities]:
        words = state.entities[r.object].label.lower().split()
        if words and words[-1] in _LINK_KINDS and is_river(state, r.subject):
            state.remove_relation(r)


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
