"""Bodies that lead the talks for a side: 'Talks on the Transit Protocol ...
Chile's Ministry of Public Works leads for Santiago; the Peruvian Road
Administration leads for Lima' -> each body negotiates the agreement under
talks and belongs to that side's country."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.evidence import country_key
from kg.extract.state import State
from kg.model import ORG_TYPES

_LEADS_FOR_RE = re.compile(
    r"\s*(?:\([A-Z][\w.]{1,10}\)\s*)?(?:,\s*)?(?:leads|led|heads|headed|will\s+lead|will\s+head|is\s+leading|"
    r"negotiates|negotiated|will\s+negotiate|speaks|spoke)\s+"
    r"(?:(?:the\s+)?(?:talks|negotiations|negotiating|team|delegation)\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")


def leads_for(state: State, status: Callable[[State, str], str | None]) -> None:
    """'Talks on the Transit Protocol ... Chile's Ministry of Public Works leads for
    Santiago; the Peruvian Road Administration leads for Lima': a body that leads
    (the talks) for a side negotiates the agreement under talks, and belongs to
    that side's country. ``status`` is ``agreement_status.agreement_status`` (passed in:
    ``agreements`` imports this module)."""
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) not in ORG_TYPES:
            continue
        hit = _LEADS_FOR_RE.match(state.text, m.end)
        if hit is None:
            continue
        country = _side_at(state, hit.end())
        if country is None:
            continue
        agreement = _agreement_under_talks(state, m.start, status)
        if agreement is None:
            continue
        sent = state.sentence_of(m.start)
        evidence = state.sentence_span(sent)
        state.add_relation(m.key, "negotiates", evidence, obj=agreement)
        if state.entity_type(m.key) != "GovernmentAgency":
            continue
        owned = [o for o in state.objects(m.key, "partOf") if state.entity_type(o) == "Country"]
        if owned and owned != [country] and not _country_in_name_or_owner(state, m.key):
            # "The Ministry of Transport leads for Santiago" in a report from Lima: the words say
            # whose ministry it is; the dateline's country was a guess
            for r in [r for r in state.relations if r.subject == m.key and r.predicate == "partOf" and r.object in owned]:
                state.remove_relation(r)
            owned = []
        if not owned:
            state.add_relation(m.key, "partOf", evidence, obj=country)


def _country_in_name_or_owner(state: State, key: str) -> bool:
    """'Peruvian Road Administration', "Chile's Ministry of X": the name or an owner
    before a mention names the body's country."""
    entity = state.entities[key]
    if any(state.gaz.country_of_demonym(w.strip(",.")) for w in entity.label.split() if w[:1].isupper()):
        return True
    for m in (x for x in state.mentions if x.key == key):
        before = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)*)['’]s\s+$|\b([A-Z][a-z]+)\s+$",
                           state.text[max(0, m.start - 40):m.start])
        if before and state.gaz.country_of_demonym(before.group(1) or before.group(2)) is not None:
            return True
    return False


def _side_at(state: State, start: int) -> str | None:
    """The country named at ``start``, or the country of the capital named there."""
    hit = state.mention_at(start, start + 1, {"Country", "Place"})
    if hit is None or hit.start != start:
        return None
    if state.entity_type(hit.key) == "Country":
        return hit.key
    entry = state.gaz.lookup(state.entities[hit.key].label)
    if entry is None or not entry.capital or not entry.country:
        return None
    return country_key(state, entry.country)


def _agreement_under_talks(state: State, pos: int, status: Callable[[State, str], str | None]) -> str | None:
    """The agreement named last before ``pos`` (within a few sentences) that is
    being negotiated (someone negotiates it, or it is not signed)."""
    for m in reversed([x for x in state.mentions if x.start < pos and pos - x.start < 600
                       and state.entity_type(x.key) == "Agreement"]):
        if any(r.predicate == "negotiates" and r.object == m.key for r in state.relations) \
                or status(state, m.key) == "prospective":
            return m.key
        return None  # the agreement spoken of last is no agreement under talks
    return None
