"""Regions inside a job title are no places (round-29 class A10).

"the Undersecretary for Latin America and the Caribbean", "the Minister for
Europe and Central Asia", "Director for the Middle East": the regions after
"for" are the title's portfolio, not places the story is about. A region
named elsewhere in the text is found there and stays; a country in a title
("Special Envoy for Sudan") is left to the office rules.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_TITLES = (r"(?:Under-?[Ss]ecretary|Undersecretary|Secretary(?:\s+of\s+State)?|Minister(?:\s+of\s+State)?|Director(?:[- ]General)?|"
           r"Commissioner|Envoy|Special\s+Envoy|Representative|Special\s+Representative|Coordinator|Head|Chief|"
           r"Deputy\s+Minister|Vice[- ]Minister|Assistant\s+Secretary|Deputy\s+Secretary|Ambassador|Spokesperson|"
           r"Department|Directorate|Bureau|Division|Desk|Office)")
_REGION = rf"(?:the\s+)?(?!{_TITLES}\b){CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}}"
_TITLE_RE = re.compile(rf"\b{_TITLES}\s+for\s+(?P<regions>{_REGION}(?:(?:\s*,\s*|\s+and\s+){_REGION}){{0,3}})")


def title_region_ranges(state: State) -> list[tuple[int, int]]:
    """The spans of the portfolio regions of job titles."""
    return [m.span("regions") for m in _TITLE_RE.finditer(state.text) if "\n" not in m.group(0)]


def in_title_region(cand: Candidate, ranges: list[tuple[int, int]]) -> bool:
    """A place (not a country) inside a title's portfolio."""
    return cand.type == "Place" and any(s <= cand.start and cand.end <= e for s, e in ranges)
