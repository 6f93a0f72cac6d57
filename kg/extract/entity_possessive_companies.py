"""A company after a country's possessive (round-24 class A2).

"Spain's Repsol, the main buyer of the gas, declined to comment", "Italy's
Enel said it would wait", "Tarvia's Kessoil announced ...": a name the
gazetteer does not know, after a country's "'s" and before a company noun
in apposition or a verb a firm does (declining to comment, announcing,
signing, operating), is an Organization; the possessive gives its country
and is no part of its name ("Enel", not "Italy's Enel"); it is neither a
place in that country nor a person.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_NAME = rf"{CAP_CLASS}[\w&.-]*[\w&]"
_COMPANY_NOUNS = (r"buyer|company|firm|group|operator|utility|producer|giant|supplier|carrier|airline|lender|bank|"
                  r"insurer|miner|exporter|importer|distributor|refiner|major|conglomerate|manufacturer|maker|"
                  r"developer|contractor|shipper|owner|shipping line|port operator|grid operator|energy company|"
                  r"oil company|gas company|state company|state-owned company")
_RE = re.compile(
    rf"(?P<owner>{_NAME}(?: {_NAME})?)['’]s (?P<name>{_NAME}(?: {_NAME})?)"
    rf"(?=,\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_COMPANY_NOUNS})\b"
    r"|\s+(?:declined|announced|signed|posted|confirmed|warned|plans|planned|invested|invests|owns|operates|"
    r"supplies|supplied|buys|bought|sells|sold|said it|said in a statement|did not respond|could not be reached)\b)")


# "a joint venture of Indonesia's Pelindo and Singapore's PSA", "a consortium led by France's Vinci and
# Japan's Orix": the partners of a venture are companies (round-35 A3)
_VENTURE_RE = re.compile(r"\b(?:joint[ -]venture|venture|consortium|partnership|tie-up|alliance)\s+"
                         r"(?:of|between|led\s+by|formed\s+by|made\s+up\s+of|owned\s+by)\s+")
_PARTNER_RE = re.compile(rf"(?P<owner>{_NAME}(?: {_NAME})?)['’]s (?P<name>{_NAME}(?: {_NAME})?)(?=,?\s+and\s|,\s|[.;:)]|\s+(?:in|on|at|for|to|with|which|that|will|would|has|have|is|was)\b)")
_LIST_GLUE_RE = re.compile(r",?\s+and\s+|,\s+")


def _venture_partners(text: str):
    """The '<Country>'s <Name>' partners listed after a venture's noun."""
    for v in _VENTURE_RE.finditer(text):
        pos = v.end()
        while True:
            m = _PARTNER_RE.match(text, pos)
            if m is None:
                break
            yield m
            glue = _LIST_GLUE_RE.match(text, m.end())
            if glue is None:
                break
            pos = glue.end()


def possessive_companies(state: State) -> list[Candidate]:
    """Organization candidates for '<Country>'s <Name>' companies."""
    out = []
    for m in [*_RE.finditer(state.text), *_venture_partners(state.text)]:
        owner = state.gaz.lookup(m.group("owner"))
        if owner is None or owner.type != "Country" or "\n" in m.group(0):
            continue
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is not None or name.split()[0] in lexicon.given_names() or name.split()[0] in {"The", "A", "An"}:
            continue
        if set(name.split()) & lexicon.words("org_heads"):
            continue  # "Egypt's Foreign Ministry said in a statement": a state body, typed by the org rules
        if state.gaz.country_of_demonym(name.split()[0]) is not None:
            continue  # "Spain's Basque government": a described body, not a company's name
        out.append(Candidate(m.start("name"), m.end("name"), name, "Organization", "rule"))
    return out


_ORG_TYPES = frozenset({"Organization", "GovernmentAgency", "MediaOrganization"})


def drop_owner_spans(found: list[Candidate], companies: list[Candidate], text: str,
                     keep_longer: bool = False) -> list[Candidate]:
    """Other readings of such a company go: 'Italy's Enel' as one name, 'Repsol' as a place or a person;
    a body the other rules found at the very span stays (with its finer type), and so, with
    ``keep_longer``, does a longer name around the span ("the Rio Verde Basin Authority")."""
    settled = {(c.start, c.end) for c in found if c.type in _ORG_TYPES - {"Organization"} and c not in companies}
    companies = [c for c in companies if (c.start, c.end) not in settled or c.type not in _ORG_TYPES]
    spans = [(c.start, c.end) for c in companies]
    kept = []
    for c in found:
        if c in companies or c.source == "gaz" and c.type == "Country":
            kept.append(c)
        elif (c.start, c.end) in settled and (c.start, c.end) in spans and c.type in _ORG_TYPES:
            kept.append(c)
        elif keep_longer and any(c.start <= a and b <= c.end and (c.start, c.end) != (a, b) for a, b in spans):
            kept.append(c)
        elif not any(c.start < b and a < c.end for a, b in spans):
            kept.append(c)
    return kept + [c for c in companies if c not in found]
