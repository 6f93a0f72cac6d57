"""Country names around an agreement: capitals standing for their countries
("the accord between Lima and Quito"), demonyms, "the Government of X" and
country names inside a title ("the Treaty between Peru and the Republic of Ecuador")."""

from __future__ import annotations

import re

from kg.extract.evidence import country_key
from kg.extract.sides import country_key_for_word
from kg.extract.state import State


def capitals_between(state: State, start: int, end: int) -> list[str]:
    """'the accord between Lima and Quito': two capitals right after 'between'
    stand for their countries."""
    m = re.match(r"\s*(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+and\s+(?:the\s+)?"
                 r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\b", state.text[start:end])
    if m is None:
        return []
    out = []
    for g in (1, 2):
        place = state.mention_at(start + m.start(g), start + m.end(g), {"Place"})
        entry = state.gaz.lookup(state.entities[place.key].label) if place is not None else None
        if entry is None or not entry.capital or not entry.country:
            return []
        key = country_key(state, entry.country)
        if key is None:
            return []
        out.append(key)
    return out if out[0] != out[1] else []


_GOVERNMENT_OF_RE = re.compile(
    r"\bGovernment\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:Republic|Kingdom|Federation|State|Sultanate|"
    r"Commonwealth|Principality|Emirates?)\s+of\s+(?:the\s+)?)?(?P<name>[A-Z][\w’'-]+(?:\s(?:and\s)?[A-Z][\w’'-]+){0,3})")
BETWEEN_GOVERNMENTS_RE = re.compile(r"\s+between\s+the\s+Governments?\s+of\b[^.;]{3,160}")


def name_countries(state: State, start: int, end: int) -> list[str]:
    """Countries a name names: demonyms ("Peruvian-Bolivian"), "the Government of
    the Republic of X" (the longest known country name after 'of')."""
    found: list[str] = []
    text = state.text[start:end]
    for g in _GOVERNMENT_OF_RE.finditer(text):
        words = g.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if state.gaz.country_of_demonym(name) is not None:
                key = _country_key_at(state, start + g.start("name"), start + g.start("name") + len(name))
                if key:
                    found.append(key)
                break
    if not found:
        for w in re.finditer(r"[A-Z][a-z]+", text):
            if w.group(0) in {"The", "Treaty", "Agreement", "State", "Border", "Republic"}:
                continue
            entry = state.gaz.demonyms.get(w.group(0).lower())
            if entry is not None:
                key = _country_key_at(state, start + w.start(), start + w.end())
                if key:
                    found.append(key)
    if not found:
        spans = _country_names_in(state, start, end)
        if len({state.text[s:e] for s, e in spans}) == 2:  # only a two-country title makes entities
            found = [k for s, e in spans if (k := _country_key_at(state, s, e))]
    return list(dict.fromkeys(found))


# "the Treaty between Peru and the Republic of Ecuador on X": country names in a title
_NAME_RUN_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
_TITLE_WORDS = frozenset("The Treaty Agreement Convention Accord Protocol Memorandum Pact State Border Republic "
                         "Kingdom Federation".split())


def _country_names_in(state: State, start: int, end: int) -> list[tuple[int, int]]:
    """Where an agreement's title names countries by their names ("between Peru
    and the Republic of Ecuador"): the longest known country name in each run of
    capitalised words (title words skipped)."""
    found: list[tuple[int, int]] = []
    for run in _NAME_RUN_RE.finditer(state.text, start, end):
        words = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][a-z]+", run.group(0))]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                s, e = run.start() + words[i][0], run.start() + words[j - 1][1]
                name = state.text[s:e]
                if name.split()[0] in _TITLE_WORDS:
                    continue
                entry = state.gaz.lookup(name)
                if entry is not None and (entry.type == "Country" or j - i > 1):
                    # "Central America": a longer known name that is no country (a region)
                    # hides the country its words may also name ("America")
                    if entry.type == "Country":
                        found.append((s, e))
                    i = j - 1
                    break
            i += 1
    return found


def _country_key_at(state: State, start: int, end: int) -> str | None:
    """The country named at ``start:end`` (the entity created if the text had none)."""
    return country_key_for_word(state, start, end)
