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


# "ÖBB said", "According to ÖGB", "ÚOHS fined the firm" (round-35 A4): an all-caps word with a
# diacritic capital is a Czech, Slovak, Polish, German ... body's acronym (no English word, country
# code or time zone has one), whatever slot it stands in
_DIACRITIC_ACRONYM_RE = re.compile(r"(?<![\w'’-])(?=[A-Z]*[À-ÖØ-ÞĀ-Ž])[A-ZÀ-ÖØ-ÞĀ-Ž]{2,6}(?![\w'’-])")


def diacritic_acronyms(state: State) -> list[Candidate]:
    """Organisation candidates for all-caps words with a diacritic capital."""
    out = []
    text = state.text
    for m in _DIACRITIC_ACRONYM_RE.finditer(text):
        if not any(c.isupper() and not c.isascii() for c in m.group(0)) or state.is_skipped(m.start(), m.end()):
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.5:
            continue  # a heading in capitals
        before, after = text[max(line_start, m.start() - 30):m.start()], text[m.end():m.end() + 30]
        if re.search(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}[\s-]+$", before) or re.match(r"[\s-]+[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}\b", after) \
                or not text[line_start:m.start()].strip() and after.startswith(","):
            continue  # a dateline town in capitals: "SAN JOSÉ, Costa Rica", "SÃO PAULO", "ZÜRICH, Switzerland"
        entry = state.gaz.lookup(m.group(0))
        if entry is not None:
            continue  # the gazetteer's reading stands
        out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    return out
