"""Titles ending in "-General" are offices, not bodies (round-30 class A1).

"Nigeria's Comptroller-General of Customs, Musa Bello, said", "the
Surveyor-General", "the Inspector-General of Police", "Director General of
Trade and Investment at Rwanda's Ministry of Trade": the model reads the title
(or its tail "General of Trade") as an organisation, and often misses the
person after it or reads him as a place.

* a candidate that starts inside such a title ("Comptroller-General of
  Customs", "General of Trade") is no entity; a body named after the title's
  "of the" ("Director-General of the Kenya Revenue Authority") stays, and so
  does "the Attorney-General's Office";
* the name apposed after the title ("..., Musa Bello,") is a Person, and a
  title glued to a surname ("Comptroller-General Bello said") leaves the
  surname a Person.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HEADS = (r"Comptroller|Controller|Surveyor|Auditor|Inspector|Director|Attorney|Solicitor|Accountant|Postmaster|"
          r"Registrar|Secretary|Adjutant|Quartermaster|Procurator|Advocate|Paymaster|Receiver|Commissioner|Consul|"
          r"Governor|Prosecutor")
_W = rf"{CAP_CLASS}[\w'’-]*"
# the head ("Deputy Comptroller-General") and its portfolio ("of Customs", "of Trade and Investment")
_TITLE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:Deputy|Assistant|Acting|Associate)[ -])?(?P<head>(?:{_HEADS})[- ]General)(?![\w’'-])"
    rf"(?!['’]s|\s+(?:Office|Department|Chambers)\b)"
    rf"(?P<portfolio>\s+(?:of|for)\s+(?:the\s+)?{_W}(?:(?:\s+(?:and|&)\s+|\s+){_W})*)?")
_PARTICLES = r"(?:bin|ibn|al|el|de|da|dos|do|del|di|du|van|von|der|le|la)"
_NAME = rf"{_W}(?:\s+(?:{_PARTICLES}\s+)?{_W}){{1,3}}"
_APPOSED_RE = re.compile(rf",\s+(?P<name>{_NAME})(?=\s*,|\s+(?:said|says|told|met|added|signed|warned|was|is|has|had|will|would)\b)")
_GLUED_RE = re.compile(rf"\s+(?P<name>{_W}(?:\s+{_W})?)(?=\s+(?:said|says|told|met|added|signed|warned|was|is|has|had|will|would)\b|[,.;:])")


def _person_words(name: str, state: State) -> bool:
    words = name.split()
    titles = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")
    if any(w.lower() in titles or w in lexicon.words("org_heads") or w.endswith(("'s", "’s")) for w in words):
        return False
    entry = state.gaz.lookup(name)
    return entry is None or entry.type == "Person"


def general_titles(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` less the readings of "-General" titles, with the persons named beside them."""
    text = state.text
    titles = [m for m in _TITLE_RE.finditer(text) if "\n" not in m.group(0)]
    if not titles:
        return found
    people = []
    for m in titles:
        # the portfolio runs on over capitalised words; a name glued after it is left out of the title
        apposed = _APPOSED_RE.match(text, m.end())
        if apposed and _person_words(apposed.group("name"), state):
            people.append(Candidate(apposed.start("name"), apposed.end("name"), apposed.group("name"), "Person", "rule"))
        elif m.group("portfolio") is None:
            glued = _GLUED_RE.match(text, m.end("head"))
            if glued and _person_words(glued.group("name"), state):
                people.append(Candidate(glued.start("name"), glued.end("name"), glued.group("name"), "Person", "rule"))
    heads = [(m.start(), m.end("head")) for m in titles]
    kept = []
    for c in found:
        if c.source != "gaz" and any(s <= c.start < e for s, e in heads) and c.type != "Person":
            continue  # "Comptroller-General of Customs", "General of Trade": the title read as a body
        if any(c.start < p.end and p.start < c.end for p in people) and c.source != "gaz":
            continue  # the name apposed to the title is the person's
        kept.append(c)
    return kept + people


# "Singapore's Solicitor-General's Office said", "the Auditor-General's Department": the office of the title
# holder is one state body, the double possessive inside its name (round-37 A2)
_GENERAL_OFFICE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:Deputy|Assistant|Acting)[ -])?(?:{_HEADS})[- ]General['’]s\s+"
    rf"(?:Office|Department|Chambers|Bureau|Secretariat|Directorate)(?![\w’'-])")


def general_offices(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with such offices whole (every reading overlapping one gives way)."""
    new = [Candidate(m.start(), m.end(), m.group(0), "GovernmentAgency", "rule", state.gaz.lookup(m.group(0)))
           for m in _GENERAL_OFFICE_RE.finditer(state.text, state.body_start) if "\n" not in m.group(0)]
    if not new:
        return found
    return [c for c in found if c.source == "gaz" and c.type == "Country"
            or not any(c.start < n.end and n.start < c.end for n in new)] + new
