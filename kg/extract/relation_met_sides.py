"""An official with no side who met the other side's official acts for the other country
(session 29, H2).

"Fisheries Minister Rachel Ambrose met Norway's Minister of Fisheries, Hakon Stensrud",
"Abiy met President Ismail Omar Guelleh", "The talks brought together Justice Minister A and
Ruritania's Minister of the Interior, B": in a report on two countries, a meeting of two
officials is a meeting across the table. When one of them acts for one of the two countries
and the other holds an office that names no side, the other acts for the other country. The
town officers' version of this (``relations._met_across``) stays where it is; this one needs
an office, so a bystander who "met" someone gets nothing.
"""

from __future__ import annotations

import re

from kg.extract.evidence import country_key
from kg.extract.sides import main_sides
from kg.extract.state import State


def met_sides(state: State) -> None:
    """Add 'represents <other side>' for sideless officials who met one side's official."""
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return
    met: dict[str, set[str]] = {}
    evidence = {}
    for r in state.relations:
        if r.predicate != "metWith" or not r.object:
            continue
        for a, b in ((r.subject, r.object), (r.object, r.subject)):
            met.setdefault(a, set()).add(b)
            evidence.setdefault(a, r.evidence)
    for person, others in met.items():
        entity = state.entities.get(person)
        if entity is None or entity.type != "Person" or entity.unnamed or state.objects(person, "represents"):
            continue
        offices = state.objects(person, "holdsPosition")
        if not offices or any(state.objects(o, "positionIn") for o in offices):
            continue  # no office, or one whose body is named: that body's, not a country's
        known = {c for o in others for c in state.objects(o, "represents")}
        across = set(sides) & known
        if len(across) != 1:
            continue  # met both sides (a mediator) or neither
        state.add_relation(person, "represents", evidence[person], obj=next(k for k in sides if k not in across))


# where a person's own words about them end: the next comma-clause, a coordination, a clause verb
_AFTER_END_RE = re.compile(r",|;|\.\s|\s(?:and|met|said|told|on|in\s+(?:the\s+)?[A-Z])\s")
# where the words before a name begin: a comma, a meeting word (or another person's name; "and"
# may sit inside a title: "Vice Minister of Public Works and Transport B")
_BEFORE_START_RE = re.compile(r"(?:,|;|\bbetween\b|\bmet\b|\bwith\b|\bby\b)\s*")


def _named_countries(state: State, start: int, end: int) -> set[str]:
    """Country keys the words in [start, end) name, by name or demonym ("Lao", "China's")."""
    out = set()
    words = re.findall(r"[A-Z][\w-]*", state.text[start:end])
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            entry = state.gaz.country_of_demonym(" ".join(words[i:i + n]))
            key = country_key(state, entry.label) if entry is not None and entry.type == "Country" else None
            if key is not None:
                out.add(key)
    return out


def _own_words(state: State, person: str) -> set[str]:
    """Countries named in the words right around a person's body mentions: the title before the
    name back to a comma or "and", and the apposition after it up to its end."""
    out: set[str] = set()
    for m in state.mentions:
        if m.key != person or m.start < state.body_start:
            continue
        sent = state.sentence_of(m.start)
        lo, hi = sent.start_char, sent.end_char
        before = state.text[lo:m.start]
        starts = [lo + x.end() for x in _BEFORE_START_RE.finditer(before)]
        starts += [p.end for p in state.mentions_in(lo, m.start, {"Person"}) if p.key != person]
        out |= _named_countries(state, max(starts, default=lo), m.start)
        after = state.text[m.end:hi]
        if after.startswith(","):
            stop = _AFTER_END_RE.search(after, 1)
            out |= _named_countries(state, m.end, m.end + (stop.start() if stop else len(after)))
    return out


def met_same_side(state: State) -> None:
    """'a meeting between Deputy Transport Minister A and Lao Vice Minister B' filed from the Lao
    capital: both were given Laos, but two officials of a report on two countries who met sit
    across the table. When both act for the same one of the two countries and the words around
    exactly one of them name that country (or the words around the other name the other
    country), the other acts for the other country."""
    sides = [k for k in main_sides(state) if state.entity_type(k) == "Country"]
    if len(sides) != 2:
        return
    pairs = {(r.subject, r.object) for r in state.relations if r.predicate == "metWith" and r.object}
    for a, b in sorted(pairs):
        reps = [set(state.objects(p, "represents")) & set(sides) for p in (a, b)]
        if reps[0] != reps[1] or len(reps[0]) != 1:
            continue  # each acts for one and the same of the two countries (a body besides is kept)
        if not _across(state, a, b):
            continue  # "A and Interior Minister B met their counterparts": colleagues, one side
        same = next(iter(reps[0]))
        other = next(k for k in sides if k != same)
        words = {p: _own_words(state, p) for p in (a, b)}
        wrong = [p for p, q in ((a, b), (b, a))
                 if other in words[p] and same not in words[p]
                 or not words[p] and same in words[q] and other not in words[q]]
        if len(wrong) != 1:
            continue
        person = wrong[0]
        for r in [r for r in state.relations if r.subject == person and r.predicate == "represents" and r.object == same]:
            state.remove_relation(r)
            state.add_relation(person, "represents", r.evidence, obj=other)


_ACROSS_GAP_RE = re.compile(r"\b(?:met|meets|meeting|with|hosted|received|talks)\b")
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:\S+\s+){0,6}$")


def _across(state: State, a: str, b: str) -> bool:
    """The two names sit across a meeting in one sentence: "a meeting between A and B",
    "A met B", "A held talks with B" (not "A and B met their counterparts")."""
    ma = [m for m in state.mentions if m.key == a and m.start >= state.body_start]
    mb = [m for m in state.mentions if m.key == b and m.start >= state.body_start]
    for x in ma:
        sent = state.sentence_of(x.start)
        for y in mb:
            if not sent.start_char <= y.start < sent.end_char:
                continue
            first, second = (x, y) if x.start < y.start else (y, x)
            if _ACROSS_GAP_RE.search(state.text[first.end:second.start]) \
                    or _BETWEEN_RE.search(state.text[sent.start_char:first.start]):
                return True
    return False
