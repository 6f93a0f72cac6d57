"""Railway lines and canals named "X Line", "X Railway", "X Canal" are places.

"Austria's Tauern Line carries most freight", "the Koralm Railway will open next
year", "freight also uses the Brenner Railway": the name finder takes such a name
for an organisation or misses it. A line or canal that no one speaks for, works
for or is part of, and is not named after a country alone ("Bangladesh Railway", a
country's operator), is a place (a company ends in another word: "X Railway
Corporation", "X Railways"); one the text names but no step found becomes a place.
"""

from __future__ import annotations

import re

from kg.extract.agreement_titles import drop_mention
from kg.extract.state import State

_KINDS = ("Line", "Railway", "Railroad", "Canal")
_WORD = r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)*"
# "the Brenner Railway", "Austria's Tauern Line": a determiner or a possessive before the name
_NAMED_RE = re.compile(rf"(?:\b[Tt]he\s+|['’]s\s+)(?P<name>(?:{_WORD}\s+){{1,3}}(?:{'|'.join(_KINDS)}))(?![\w'’-])")
# words that make "<X> Line" something else than a railway ("the Maginot Line" stays a place anyway)
_NOT_RAIL_FIRST = frozenset("Party Front Hot Help Bottom Top Finish Starting Dotted Red Poverty Credit Hard Front".split())


# ", the concession that runs ...", ", a state-owned company": an apposition that says it is a firm
_COMPANY_APPOS_RE = re.compile(r"\s*,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:concession|concessionaire|company|operator|"
                               r"firm|corporation|carrier|enterprise|group|business|utility|agency|authority|owner|"
                               r"monopoly|subsidiary|venture)\b")


def apply(state: State) -> None:
    _retype_lines(state)
    _named_lines(state)


def _retype_lines(state: State) -> None:
    speakers = {s.speaker for s in state.statements} | {s.addressee for s in state.statements if s.addressee}
    for key, entity in state.entities.items():
        if entity.type != "Organization" or entity.unnamed or entity.same_as or key in speakers:
            continue
        words = entity.label.split()
        if len(words) < 2 or words[-1] not in _KINDS or words[0] in _NOT_RAIL_FIRST:
            continue
        if state.gaz.lookup(entity.label) is not None:
            continue
        owner = " ".join(words[:-1])
        if state.gaz.country(owner) is not None or state.gaz.demonyms.get(owner.lower()) is not None:
            continue  # "Bangladesh Railway and Indian Railways run the trains": a country's operator
        if any(r.object == key and r.predicate in {"represents", "partOf", "holdsPosition"} for r in state.relations) \
                or any(r.subject == key and r.predicate in {"partOf", "represents"} for r in state.relations):
            continue  # someone works for it: a company
        if any(_COMPANY_APPOS_RE.match(state.text, m.end) for m in state.mentions if m.key == key):
            continue  # "Adriatic Railway, the concession that runs the trains": a company
        entity.type = "Place"


def _named_lines(state: State) -> None:
    for hit in _NAMED_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if "\n" in hit.group("name") or state.is_skipped(start, end):
            continue
        words = hit.group("name").split()
        if words[0] in _NOT_RAIL_FIRST or words[0] in {"The", "A", "An"}:
            continue
        if any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in state.mentions):
            continue  # part of a longer name ("the State Railway of Kordavia") or already read
        if re.match(r"\s+of\s+[A-Z]", state.text[end:end + 6]):
            continue  # "the State Railway of X": a body's name goes on
        inside = state.mentions_in(start, end)
        if any(m.start <= start and m.end >= end for m in inside):
            continue  # already read (typed above or by the name finder)
        if any(state.entity_type(m.key) not in {"Place", "Organization"} or state.entities[m.key].same_as
               for m in inside):
            continue  # a country or person inside: not a line's name alone
        for m in inside:
            drop_mention(state, m)
        label = " ".join(hit.group("name").split())
        key = state.add_entity(label, "Place").key
        state.add_mention(key, start, end, alias=False)
