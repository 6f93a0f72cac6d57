"""State bodies the model or the gazetteer misread (round-34 lead fixes).

* "Argentina's Vialidad Nacional said": a foreign state service the model took
  for a person is a government agency.
* "Pakistan's Foreign Office", or "Foreign Office" in an article whose countries
  do not include the UK: a generic name the gazetteer knows as another country's
  body names this country's own.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# the national adjective a Spanish, Portuguese, French or Italian state body's name ends in
_NATIONAL_TAILS = frozenset("Nacional Nacionales Naval Nationale Nazionale Federal Federales".split())
_ENGLISH_LEADS = frozenset("Customs Immigration Police Revenue Statistics".split())


def state_body_people(found: list[Candidate], state: State) -> list[Candidate]:
    """'Argentina's Vialidad Nacional said', 'the Gendarmería Nacional': a foreign state
    service the model took for a person ("Vialidad" is no given name) is a government agency."""
    leads = lexicon.words("state_service_leads") - _ENGLISH_LEADS
    given = lexicon.given_names()
    for c in found:
        words = c.text.split()
        if c.type != "Person" or c.source == "gaz" or not 2 <= len(words) <= 4 or words[0] in given:
            continue
        if words[0] in leads or words[-1] in _NATIONAL_TAILS:
            c.type = "GovernmentAgency"
    return found


_OWNER_RE = re.compile(r"(?:(?P<owner>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})['’]s|(?P<demonym>[A-Z][a-z]+))\s+(?:the\s+)?$")


def foreign_generic_agencies(found: list[Candidate], state: State) -> list[Candidate]:
    """'Pakistan's Foreign Office', or 'Foreign Office spokesperson X' in an article whose
    countries do not include the UK: a generic agency name the gazetteer knows as another
    country's body ("Foreign Office" of the UK) names this country's body, not that one."""
    countries = {c.gaz.label for c in found if c.type == "Country" and c.gaz is not None}
    out = []
    for c in found:
        entry = c.gaz
        if c.source != "gaz" or entry is None or entry.type != "GovernmentAgency" or not entry.country \
                or c.text == entry.label or state.gaz.lookup(c.text) is not entry:
            out.append(c)
            continue
        owner = _OWNER_RE.search(state.text, max(0, c.start - 40), c.start)
        owner_country = None
        if owner is not None:  # "Pakistan's" or "Pakistani": a country's name or its demonym
            found_country = state.gaz.country_of_demonym(owner.group("owner") or owner.group("demonym"))
            owner_country = found_country.label if found_country is not None else None
        if (owner_country is not None and owner_country != entry.country) or (
                owner_country is None and countries and entry.country not in countries):
            out.append(Candidate(c.start, c.end, c.text, "GovernmentAgency", "rule", label=" ".join(c.text.split())))
        else:
            out.append(c)
    return out
