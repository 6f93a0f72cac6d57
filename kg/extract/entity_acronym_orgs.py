"""Acronyms the model misses in an organisation's slot (round-19 class A6).

"a school run by KADO", "who coordinates programmes for AMREF in Turkana",
"works for MSF", "volunteers with ACTED": an all-caps word of 2-6 letters
after a phrase that only an organisation completes is an organisation. A
country code, a word the gazetteer knows as something else, or a listed
non-entity (time zones, common-noun acronyms) is left alone.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ORG_SLOT_RE = re.compile(
    r"\b(?:(?:run|operated|managed|funded|financed|organised|organized|founded|employed|supported|backed)\s+by"
    r"|works?\s+(?:for|with|at)|working\s+(?:for|with|at)|worked\s+(?:for|with|at)"
    r"|volunteers?\s+(?:for|with|at)|volunteering\s+(?:for|with|at)"
    r"|(?:programmes?|programs?|projects?|operations?|staff|volunteers|workers|teams?)\s+(?:for|of|at|with)"
    r"|(?:coordinator|director|head|manager|spokesman|spokeswoman|spokesperson|officer|official|worker|member)\s+(?:for|of|at|with))"
    r"\s+(?P<name>[A-Z]{2,6})(?![\w'’-])")


def acronym_orgs(state: State) -> list[Candidate]:
    """Organisation candidates for acronyms in an organisation's slot."""
    out = []
    banned = lexicon.words("not_entities")
    for m in _ORG_SLOT_RE.finditer(state.text):
        name = m.group("name")
        if name in banned or "\n" in m.group(0):
            continue
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type not in {"Organization", "GovernmentAgency", "MediaOrganization"}:
            continue  # "works for UK ...": a country code
        out.append(Candidate(m.start("name"), m.end("name"), name, entry.type if entry else "Organization",
                             "gaz" if entry else "rule", entry))
    return out
