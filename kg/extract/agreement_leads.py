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


# "Negotiations on the X Agreement are led by ...": the talks word before the agreement ...
_TALKS_ON_RE = re.compile(r"\b(?:negotiations?|talks|discussions?)\s+(?:\w+\s+){0,2}(?:on|over|for|about|towards?)\s+"
                          r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# ... and "are led by" after it (an acronym or an apposition may come between)
_LED_BY_RE = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,[^,.;]{0,60},\s*)?(?:is|are|was|were|has\s+been|have\s+been|"
                        r"will\s+be|being)\s+(?:\w+\s+)?(?:led|headed|conducted|handled|run|chaired|steered)\s+by\s+(?:the\s+)?")
_NEXT_RE = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def led_by(state: State) -> None:
    """'Negotiations on the X are led by the Ministry of Trade (MOT) and the Kessa Board of
    Investment (KBI)': each leading body (or person) negotiates X."""
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Agreement":
            continue
        sent = state.sentence_of(m.start)
        if not _TALKS_ON_RE.search(state.text, max(sent.start_char, m.start - 60), m.start):
            continue
        hit = _LED_BY_RE.match(state.text, m.end, sent.end_char)
        if hit is None:
            continue
        evidence = state.sentence_span(sent)
        pos = hit.end()
        while True:
            actor = state.mention_at(pos, pos + 1, {*ORG_TYPES, "Person", "Country"})
            if actor is None or actor.start != pos or actor.key == m.key:
                break
            state.add_relation(actor.key, "negotiates", evidence, obj=m.key)
            nxt = _NEXT_RE.match(state.text, actor.end, sent.end_char)
            if nxt is None:
                break
            pos = nxt.end()
