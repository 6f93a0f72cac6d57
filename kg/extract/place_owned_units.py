"""locatedIn through an owner's unit (round-31 class GP7).

* "Moreh, the border town in Manipur's Tengnoupal district" -> Moreh locatedIn "Tengnoupal
  district", the district locatedIn Manipur (never the shortcut Moreh in Manipur);
* "Kafue, in Zambia's Lusaka province" / "Kafue lies in Zambia's Lusaka province" -> Kafue in
  "Lusaka province" (the unit word kept, as a place of its own: the capital Lusaka, or a town the text
  names alone elsewhere, is another place), the province in Zambia; never Kafue in "Lusaka" nor Kafue in Zambia from these
  words. A unit whose bare name is no known town keeps the bare name ("Greece's Evros region" ->
  Evros), as the older rules name it.
Runs after the other locatedIn rules, so the shortcuts they read from the same words go.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import MentionRef, State

_UNIT = r"(?:province|district|county|region|state|department|municipality|oblast|governorate|prefecture|division|parish)"
# "X, the border town in ", "X, a village in the ", "X, in ", "X is in ", "X lies in "
_GAP_RE = re.compile(r"(?:,\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:town|city|village|port|settlement|hamlet|"
                     r"post|crossing|checkpoint|market|resort|community|district|area)\s+)?"
                     r"|\s+(?:is|lies|lay|sits|was)\s+(?:located\s+|situated\s+)?)in\s+(?:the\s+)?")
_OWN_RE = re.compile(r"['’]s\s+")
_UNIT_AFTER_RE = re.compile(rf"[ \t]+({_UNIT})\b")


def apply(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]
    for a, owner in zip(mentions, mentions[1:]):
        if a.key not in state.entities or owner.key not in state.entities:
            continue  # a unit read just before took the name's mention
        if state.entity_type(a.key) != "Place" or state.entity_type(owner.key) not in {"Place", "Country"}:
            continue
        if owner.key == a.key or not _GAP_RE.fullmatch(state.text, a.end, owner.start):
            continue
        own = _OWN_RE.match(state.text, owner.end)
        if own is None:
            continue
        unit_m = state.mention_at(own.end(), own.end() + 1, {"Place", "Organization", "GovernmentAgency"})
        if unit_m is None or unit_m.start != own.end() or unit_m.key in {a.key, owner.key}:
            continue
        label = state.entities[unit_m.key].label
        shortcut = None
        if not re.search(rf"\s{_UNIT}$", state.text[unit_m.start:unit_m.end]):
            tail = _UNIT_AFTER_RE.match(state.text, unit_m.end)
            if tail is None:
                continue  # "in Kenya's Turkana": the unit has no kind word (the older rule reads it)
            entry = state.gaz.lookup(label)
            alone = any(x.key == unit_m.key and not _UNIT_AFTER_RE.match(state.text, x.end)
                        for x in state.mentions if x.start >= state.body_start)
            if entry is not None and entry.capital or alone:
                # "Zambia's Lusaka province": the province is no city Lusaka; it is named with its unit word
                shortcut = unit_m.key
                unit_key = _unit_place(state, unit_m, tail.end())
            else:
                unit_key = unit_m.key  # "Greece's Evros region": the region keeps its bare name (as before)
                if state.entity_type(unit_key) != "Place":
                    continue
        else:
            unit_key = unit_m.key
            if state.entity_type(unit_key) != "Place":
                state.entities[unit_key].type = "Place"  # "Georgia's Kakheti region": a region, not a body
                for r in [r for r in state.relations if r.subject == unit_key and r.predicate == "partOf"]:
                    state.remove_relation(r)
        if unit_key is None or label is None:
            continue
        sent = state.sentence_of(a.start)
        for r in list(state.relations):
            if r.predicate == "locatedIn" and r.subject == a.key and r.object in {owner.key, shortcut} \
                    and sent.start_char <= r.evidence.start < sent.end_char:
                state.remove_relation(r)
            if shortcut is not None and r.predicate == "locatedIn" and r.subject == shortcut \
                    and r.object == owner.key and sent.start_char <= r.evidence.start < sent.end_char:
                state.remove_relation(r)  # the city was read in the country from the unit's words
        evidence = evidence_for(state, a)
        state.add_relation(a.key, "locatedIn", evidence, obj=unit_key)
        state.add_relation(unit_key, "locatedIn", evidence, obj=owner.key)


def _unit_place(state: State, m: MentionRef, end: int) -> str | None:
    """The unit named "<Name> <unit word>" at m.start:end, a place of its own; the bare name
    loses this mention (and goes when it has no other)."""
    label = " ".join(state.text[m.start:end].split())
    entity = state.add_entity(label, "Place")
    if entity.type != "Place":
        return None
    state.mentions.remove(m)
    old = state.entities[m.key]
    old.mentions = [s for s in old.mentions if not (s.start == m.start and s.end == m.end)]
    if not old.mentions and not any(x.key == m.key for x in state.mentions):
        for r in [r for r in state.relations if m.key in {r.subject, r.object}]:
            state.remove_relation(r)
        if not any(s.speaker == m.key for s in state.statements):
            del state.entities[m.key]
    state.add_mention(entity.key, m.start, end, alias=False)
    return entity.key
