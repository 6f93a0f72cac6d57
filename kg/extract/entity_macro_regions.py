"""A macro-region inside a job title names no entity (round-33 A9).

"Lina Haddad, head of Gulf gas research at Crescent Energy Partners", "Amadou
Sy, the bank's director-general for Central Africa", "its vice-president for
West Africa": the region ("the Gulf", "Central Africa", "West Africa", "East
Asia", "the Sahel") only scopes the job; it is neither a place of the story
nor the person's employer. Elsewhere ("joint posts already operate elsewhere
in West Africa") the region stays a place.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_MACRO_RE = re.compile(
    r"(?:the\s+)?(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|Sub-Saharan|Francophone|"
    r"Anglophone|Lusophone|North-?East|North-?West|South-?East|South-?West)\s+(?:Africa|Asia|Europe|America)|"
    r"Latin\s+America|Middle\s+East|Near\s+East|Far\s+East|Horn\s+of\s+Africa|Asia[- ]Pacific|Sahel|Maghreb|"
    r"Balkans|Western\s+Balkans|Caucasus|Gulf|Persian\s+Gulf|Arabian\s+Gulf|Caribbean|Pacific|Nordics?|Baltics?|"
    r"Mediterranean|Africa|Asia|Europe|Americas|Latin\s+America\s+and\s+the\s+Caribbean)$")
# "director-general for", "vice-president for", "head of", "chief economist for", "Director of": a job's scope
_SCOPE_RE = re.compile(r"(?i)(?P<title>[\w-]+)(?:\s+[\w-]+){0,2}\s+(?:for|of)\s+(?:the\s+)?$")
_EXTRA_TITLES = frozenset("vice-president manager officer economist analyst strategist researcher editor "
                          "correspondent lead partner executive representative".split())


def _titles() -> frozenset[str]:
    return lexicon.words("title_core") | lexicon.words("title_heads") | _EXTRA_TITLES


def job_scope_regions(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` less the macro-regions that scope a job title ("director for West Africa")."""
    text = state.text
    titles = _titles()
    out = []
    for c in found:
        if c.type in {"Place", "Organization", "GovernmentAgency"} and _MACRO_RE.match(" ".join(c.text.split())):
            before = text[max(0, c.start - 60):c.start]
            before = re.split(r"[.;:!?\n\"“”]", before)[-1]
            m = _SCOPE_RE.search(before)
            words = [w.lower() for w in re.findall(r"[\w-]+", m.group(0))[:-1]] if m else []
            if words and any(w in titles or w.split("-")[0] in titles for w in words if w not in {"the"}):
                continue  # "director-general for Central Africa", "head of Gulf gas research"
        out.append(c)
    return out
