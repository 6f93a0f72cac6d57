"""A committee of a country's parliament (round-28 class O3).

    The Committee on Transport of Sweden's parliament, the Riksdag, will meet.
    The Foreign Affairs Committee of the Norwegian parliament, the Storting, said ...
    the Committee on Health of Finland's parliament heard the ministers.

The committee ("Committee on Transport") is a body of its own, partOf the
parliament named after the comma ("Riksdag"), or of the country when the
parliament is not named. The name finder reads "Committee on Transport of
Sweden" (the country's possessive cut off) or "Foreign Affairs Committee of the
Norwegian" as one name; the names are set right here, before the offices are
read, so that the committee's chair works for the committee.

Only a committee head word (with up to four capitalised words before it and an
"on/for" portfolio after it), then "of", a country's possessive or "the" and its
demonym, and a house word ("parliament", "legislature", "national assembly",
"senate", "lower house") are read.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES
from kg.extract.office_sides import ensure_country
from kg.extract.office_units import body_at, name_start, take_mention
from kg.extract.state import State

_WORD = r"[A-Z][\w&'’-]*"
_COMMITTEE_RE = re.compile(
    rf"(?<![\w'’-])(?P<committee>(?:{_WORD}\s+){{0,4}}(?:Select\s+|Standing\s+)?(?:Committee|Subcommittee|Sub-Committee)"
    rf"(?:\s+(?:on|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:and|&)\s+{_WORD}|,\s+{_WORD}|\s+{_WORD})*)?)"
    rf"\s+of\s+(?:(?P<country>{_WORD}(?:\s+{_WORD}){{0,2}})['’]s|the\s+(?P<demonym>{_WORD}))\s+"
    r"(?P<house>[Pp]arliament|[Ll]egislature|[Nn]ational\s+[Aa]ssembly|[Ss]enate|[Ll]ower\s+[Hh]ouse|[Uu]pper\s+[Hh]ouse|"
    r"[Cc]ongress)\b(?P<named>,\s+(?:the\s+)?)?")


def parliament_committees(state: State) -> None:
    """Committee and parliament named together: the committee partOf the parliament."""
    for m in _COMMITTEE_RE.finditer(state.text):
        start, end = m.span("committee")
        start, _ = name_start(state, start, end)
        if start < state.body_start or state.is_skipped(start, m.end()) or "\n" in state.text[start:m.end()]:
            continue
        country = _country(state, m)
        if country is None:
            continue
        owner_end = m.end("country") if m.group("country") else m.end("demonym")
        inside = [x for x in state.mentions if x.start < owner_end and start < x.end and x.key != country]
        if any(state.entity_type(x.key) not in ORG_TYPES or x.start < start for x in inside):
            continue  # a person's or a place's words, or a name running on: not this shape
        committee = body_at(state, start, end, inside)
        for x in inside:
            if (x.start, x.end) != (start, end):
                take_mention(state, x, committee)
        parent = country
        if m.group("named"):
            named = state.mention_at(m.end(), m.end() + 1, ORG_TYPES)
            if named is not None and named.start == m.end() and named.key != committee:
                parent = named.key
        if m.group("country") and state.mention_at(*m.span("country"), {"Country"}) is None:
            state.add_mention(country, *m.span("country"))  # the name's words were the committee's
        sent = state.sentence_span(state.sentence_of(start))
        if parent not in state.objects(committee, "partOf"):
            state.add_relation(committee, "partOf", sent, obj=parent)


def _country(state: State, m: re.Match) -> str | None:
    """The country whose parliament it is: a known country's name or demonym."""
    if m.group("country"):
        entry = state.gaz.lookup(m.group("country"))
    else:
        entry = state.gaz.country_of_demonym(m.group("demonym"))
    if entry is None or entry.type != "Country":
        return None
    return ensure_country(state, entry.label) or state.add_entity(entry.label, "Country").key
