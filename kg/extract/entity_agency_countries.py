"""Agencies named "X of the Republic of Y" / "Embassy of Y in Z" keep the whole
name (round-31 A4).

"the Ministry of Foreign Affairs of the Republic of Chile", "the Embassy of
Peru in the Republic of Ecuador", "the Embassy of Peru in Ecuador": the formal
name runs over the state's long-form name. The gazetteer knows "Republic of
Chile" as the country, so the agency stopped before it ("Ministry of Foreign
Affairs" beside the gold's full name), while "Ministry of Economy of the
Republic of Peru" (a long form the gazetteer lacks) was found whole. An agency
right before "of" + a long form + a country ("of the Republic of"; a plain
"of the Netherlands" stays outside, as blind golds name it), or an embassy, consulate or mission before "in"
+ a country, is widened over the country (the country keeps its own mentions
elsewhere; O gives the agency partOf it).
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

# the long form before the country's name: "of the Republic of ", "in the Kingdom of "
_LONG = (r"(?:(?:(?:Federal|Islamic|Democratic|Socialist|United|Arab|Bolivarian|Plurinational|Cooperative|"
         r"People['’]s)\s+)*(?:Republic|Kingdom|Sultanate|Principality|Grand\s+Duchy|State|Commonwealth|Federation)"
         r"\s+of\s+(?:the\s+)?)?")
_OF_RE = re.compile(rf"\s+of\s+(?:the\s+)?{_LONG}")
_IN_RE = re.compile(rf"\s+in\s+(?:the\s+)?{_LONG}")
_BARE_LINK_RE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
_POSTS = ("Embassy", "Consulate", "Consulate-General", "Consulate General", "High Commission", "Mission",
          "Permanent Mission", "Delegation", "Trade Office", "Liaison Office")
_AGENCY_HEADS_RE = re.compile(r"^(?:Ministry|Ministerio|Ministère|Department|Secretariat|Secretaría|Office|Agency|"
                              r"Embassy|Consulate|High Commission|Mission|Permanent Mission|Delegation|Directorate|"
                              r"Service|Authority|Superintendency|Superintendencia)\b")


def agency_country_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with agencies widened over the country after them; the country candidate dropped there."""
    text = state.text
    countries: dict[int, Candidate] = {}
    for c in found:
        if c.type == "Country" and (c.start not in countries or c.length > countries[c.start].length):
            countries[c.start] = c
    dropped: set[int] = set()
    for cand in found:
        if cand.type != "GovernmentAgency" or not _AGENCY_HEADS_RE.match(cand.text):
            continue
        for link, posts_only in ((_OF_RE, False), (_IN_RE, True)):
            m = link.match(text, cand.end)
            if m is None:
                continue
            country = countries.get(m.end())
            if country is None:
                # "of the People's Republic of China": the gazetteer's country may start at the long form
                bare = _BARE_LINK_RE.match(text, cand.end)
                whole = countries.get(bare.end()) if bare else None
                if whole is None or whole.end <= m.end():
                    continue
                country = whole
            if posts_only and not cand.text.startswith(_POSTS):
                continue
            if " of " not in cand.text and not posts_only:
                continue  # "Ministry of Georgia": an office of the state, not a named body
            if not posts_only and not re.search(r"Republic|Kingdom|Sultanate|Principality|Duchy|State|Commonwealth|Federation", m.group()):
                continue  # "Ministry of Justice and Security of the Netherlands": the gold keeps the short name
            if country.end - cand.start > 120 or "\n" in text[cand.start:country.end]:
                continue
            cand.end = country.end
            cand.text = text[cand.start:cand.end]
            cand.gaz = None
            cand.source = "rule" if cand.source == "gaz" else cand.source
            dropped |= {id(c) for c in found if c.type == "Country" and cand.start <= c.start and c.end <= cand.end}
            break
    return [c for c in found if id(c) not in dropped]
