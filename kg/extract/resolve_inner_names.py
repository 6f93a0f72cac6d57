"""A body's name inside a longer body's name is that body (round-34 class A3).

"Colonel Ivan Petrov of the FSB Border Directorate for the Pskov Region ...
the Border Directorate said": a later name that runs inside an earlier,
longer name and ends in that name's own head word ("Directorate") is a short
form of it, never a second agency. A name that ends in another word of the
long name is a body of its own: "the European Commission" inside "the
Directorate-General for Trade of the European Commission" is the parent.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.resolve_merge import absorb
from kg.extract.state import State
from kg.model import ORG_TYPES


def _head(words: list[str], heads: frozenset[str]) -> str | None:
    """The head of a name's first phrase: its last head word before a preposition
    ("Directorate" of "FSB Border Directorate for the Pskov Region", "Secretariat" of
    "Okavango Basin Authority Secretariat": a unit, not the authority)."""
    lead = []
    for w in words:
        if w in {"of", "for", "in", "on", "at", "de", "du", "des", "del"}:
            break
        lead.append(w)
    return next((w for w in reversed(lead) if w in heads), None)


def inner_short_names(state: State) -> None:
    heads = lexicon.words("org_heads")
    first = {m.key: m.start for m in reversed(state.mentions) if m.start >= state.body_start}
    bodies = [(k, e) for k, e in state.entities.items() if e.type in ORG_TYPES and not e.unnamed]
    for key, entity in list(bodies):
        words = entity.label.split()
        if len(words) < 2 or words[-1] not in heads or key not in state.entities or key not in first:
            continue
        if state.gaz.lookup(entity.label) is not None:
            continue
        pattern = rf"(?<![\w'’-]){re.escape(entity.label)}(?![\w'’-])"
        longer = [(k, e) for k, e in bodies if k != key and k in state.entities and len(e.label) > len(entity.label)
                  and re.search(pattern, e.label) and _head(e.label.split(), heads) == words[-1]
                  and k in first and first[k] < first[key]]
        if len(longer) != 1:
            continue
        absorb(state, key, longer[0][0])


# "Ministry of Foreign Affairs of the People's Republic of China" ... "the Chinese Foreign Ministry",
# "Peru's Ministry of Transport" ... "the Peruvian Transport Ministry": one ministry named two ways.
_OF_FORM = re.compile(r"^Ministry (?:of|for) (?P<port>.+?)(?: of (?P<country>(?:the )?[A-Z].+))?$")
_ADJ_FORM = re.compile(r"^(?P<port>[A-Z][\w'’ &-]*?) Ministry$")
_PORT_STOP = frozenset("affairs the and & of".split())


def _country_of(name: str, state: State) -> str | None:
    name = re.sub(r"^(?:the\s+)?(?:(?:People['’]s|Islamic|Federal|Democratic|Socialist|United)\s+)*(?:Republic|Kingdom|"
                  r"Federation|State|Sultanate|Emirate)\s+of\s+(?:the\s+)?", "", name.strip())
    c = state.gaz.country_of_demonym(name)  # a country's name or its demonym
    return c.label if c is not None else None


def _ministry_key(label: str, state: State) -> tuple[frozenset[str], str | None] | None:
    m = _OF_FORM.match(label)
    if m:
        country = _country_of(m.group("country"), state) if m.group("country") else None
        port = m.group("port") if country or not m.group("country") else f"{m.group('port')} of {m.group('country')}"
    else:
        m = _ADJ_FORM.match(label)
        if m is None:
            return None
        words = m.group("port").split()
        country = _country_of(words[0], state) if len(words) >= 2 else None
        port = " ".join(words[1:] if country else words)
    key = frozenset(w for w in re.findall(r"[\w'’-]+", port.lower()) if w not in _PORT_STOP)
    return (key, country) if key else None


def _context_countries(state: State, key: str) -> set[str]:
    """Countries a possessive or demonym right before a mention gives ("Peru's Foreign Ministry")."""
    out = set()
    for x in state.mentions:
        if x.key != key:
            continue
        m = re.search(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:['’]s)? $", state.text[max(0, x.start - 30):x.start])
        if m:
            c = _country_of(m.group(1), state)
            if c:
                out.add(c)
    return out


def same_ministries(state: State) -> None:
    groups: dict[frozenset[str], list[tuple[str, str | None]]] = {}
    for key, entity in state.entities.items():
        if entity.type not in ORG_TYPES or entity.unnamed or "Ministry" not in entity.label.split():
            continue
        found = _ministry_key(entity.label, state)
        if found is None:
            continue
        port, country = found
        countries = {country} - {None} | _context_countries(state, key)
        if len(countries) != 1:
            continue  # a bare "Energy Ministry" in a story of two states may be either's
        groups.setdefault(port, []).append((key, next(iter(countries))))
    for members in groups.values():
        if len(members) < 2:
            continue
        named = {c for _, c in members if c}
        if len(named) > 1:
            continue  # two countries' ministries of one portfolio: a bare one is ambiguous
        # the full "Ministry of X" form is the name kept; the others are its aliases
        members.sort(key=lambda kc: (not state.entities[kc[0]].label.startswith("Ministry"),
                                     -len(state.entities[kc[0]].label)))
        target = members[0][0]
        for key, _ in members[1:]:
            absorb(state, key, target)
