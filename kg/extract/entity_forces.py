"""Security forces named by their country: 'Slovenian police', 'the Sri Lanka
Navy', 'Moldovan border police', 'the Ghana Coast Guard', 'Peruvian army'.

A demonym or a country's name right before a force word (``security_forces``
in the lexicon) names that country's force: a government agency, labelled as
the text writes it without the article. The statistical model misses the
lower-case forms (it tags the demonym alone), so they are found here. All the
ways one text names one country's force ("the Sri Lanka Navy" ... "the Sri
Lankan navy") are one entity, labelled by its first name.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = CAP_CLASS + r"[\w'’-]*"


def _force_re() -> re.Pattern[str]:
    forces = sorted(lexicon.words("security_forces"), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forces)
    return re.compile(rf"(?<![\w'’.-])(?P<owner>(?:{_WORD} )?{_WORD})\s+(?P<force>(?i:{alternation}))(?![\w'’-])")


def force_owner_kind(text: str) -> tuple[str, str] | None:
    """('Sri Lanka', 'navy') for 'Sri Lanka Navy': the owner words and the normal
    form of the force word a name ends in; None when it ends in none."""
    forces = sorted(lexicon.words("security_forces"), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forces)
    m = re.fullmatch(rf"(?:the\s+)?(?P<owner>.+?)\s+(?P<force>{alternation})", " ".join(text.split()), re.IGNORECASE)
    if m is None:
        return None
    return m.group("owner"), m.group("force").lower().replace("coastguard", "coast guard")


def _casing_ok(force: str) -> bool:
    """'police', 'Coast Guard': all lower case or all capitalised, not 'coast Guard'."""
    words = force.split()
    return all(w.islower() for w in words) or all(w[:1].isupper() for w in words)


def security_forces(text: str, state: State) -> list[Candidate]:
    """Candidates for '<Demonym|Country> <force>' (see the module docstring)."""
    out = []
    for m in _force_re().finditer(text):
        force = m.group("force")
        if not _casing_ok(force) or "\n" in m.group(0):
            continue
        start = m.start("owner")
        owner = m.group("owner")
        lead = re.match(r"(?:The|the)\s+", owner)
        if lead:  # "The Ghana Coast Guard": the article is no part of the name
            start += lead.end()
            owner = owner[lead.end():]
        if state.gaz.country_of_demonym(owner) is None and " " in owner:
            last = owner.split()[-1]
            start = m.end("owner") - len(last)
            owner = last  # "The Slovenian police": the owner is the last word
        if state.gaz.country_of_demonym(owner) is None:
            continue
        if _modifies_noun(state, m.end("force")):
            continue  # "a Slovenian police officer", "the Peruvian army chief": a person or thing of the force
        if force == "police" and not _named_police_unit(text) and not _police_speaks(text, owner):
            continue  # "Kenyan police will keep control": the country's police in general, no body of its own
        out.append(Candidate(start, m.end(), text[start:m.end()], "GovernmentAgency", "rule"))
    return out


# "the Koper Police Administration", "the Kessa Police Directorate": a named unit of a police force.
_POLICE_UNIT_RE = re.compile(r"\bPolice\s+(?:Administration|Directorate|Department|Station|Command|District|Division|Unit)\b")


_SAY = r"(?:said|says|say|told|stated|added|announced|confirmed|warned|reported|denied)"


def _police_speaks(text: str, owner: str) -> bool:
    """Does "<owner> police" speak anywhere in the text ("Croatian police said",
    "according to Croatian police")? A speaker is an actor of the story."""
    name = rf"{re.escape(owner)}\s+police"
    return re.search(rf"(?<![\w-]){name}\s+(?:(?:also|later|then|had)\s+)?{_SAY}\b|\baccording\s+to\s+(?:the\s+)?{name}\b",
                     text, re.I) is not None


def _named_police_unit(text: str) -> bool:
    """Does the text name a unit of a police force? The lower-case "<Demonym>
    police" is then the force that unit belongs to, a body of its own; alone,
    it is the country's police in general and names no entity."""
    return _POLICE_UNIT_RE.search(text) is not None


def _modifies_noun(state: State, end: int) -> bool:
    """Is the force word a modifier of a following lower-case noun?"""
    nxt = re.match(r"[ \t]+([a-z][\w-]*)", state.text[end:end + 30])
    if nxt is None:
        return False
    span = state.doc.char_span(end + nxt.start(1), end + nxt.end(1))
    if span is None:
        return nxt.group(1) in lexicon.words("role_nouns")
    return span[0].pos_ in {"NOUN", "PROPN"} or nxt.group(1) in lexicon.words("role_nouns")


def unify_forces(cands: list[Candidate], state: State) -> None:
    """One entity per country and force: later names of a force the text named
    before take the first name as their label (their own words stay an alias)."""
    first: dict[tuple[str, str], str] = {}
    for c in sorted(cands, key=lambda c: c.start):
        if c.type not in {"GovernmentAgency", "Organization"} or c.source == "gaz" or c.start < state.body_start:
            continue
        found = force_owner_kind(c.text)
        if found is None:
            continue
        owner, kind = found
        country = state.gaz.country_of_demonym(owner)
        if country is None:
            continue
        label = first.setdefault((country.label, kind), " ".join(c.text.split()))
        if label != " ".join(c.text.split()) and label.lower() != " ".join(c.text.split()).lower():
            c.alias = c.alias or " ".join(c.text.split())
            c.text = label
