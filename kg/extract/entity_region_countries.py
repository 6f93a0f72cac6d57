"""'the Upper East Region of Ghana': a region and the country it lies in (round-23 class A16).

"the North Bank Region of The Gambia", "the Central Province of Zambia": the
model reads the whole as one name, often an organisation. The "of <Country>"
tail names the country the region lies in, no part of the region's name; the
whole is typed a Place here, and the places step (``place_courses``) splits it
into the region and the country and links them (locatedIn).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# ("State" is left out: "the Government of the Plurinational State of Bolivia" is the country)
_UNITS = "|".join(re.escape(w) for w in lexicon.ordered("region_name_units"))
_SPLIT_RE = re.compile(rf"(?P<region>(?:[A-Z][\w'’-]+ ){{1,3}}(?:{_UNITS})) of (?:the |The )?(?P<country>.+)")
_NOT_REGION_WORDS = frozenset("Government Governments Ministry Republic Kingdom Federal Plurinational Council "
                              "Authority Office".split())


def type_region_of_country(cand: Candidate, state: State) -> list[Candidate]:
    """A candidate '<X> <Unit> of <Country>' typed a Place (split later)."""
    if cand.source == "gaz" or cand.type == "Person":
        return [cand]
    m = _SPLIT_RE.fullmatch(cand.text)
    if m is None or set(m.group("region").split()) & _NOT_REGION_WORDS:
        return [cand]
    country = state.gaz.lookup(m.group("country"))
    if country is None or country.type != "Country":
        return [cand]
    if state.gaz.lookup(cand.text) is not None:
        return [cand]
    cand.type = "Place"  # the places step splits it into the region and its country (place_courses)
    return [cand]
