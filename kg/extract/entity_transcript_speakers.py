"""Speakers of a parliamentary transcript (round-17 class A5).

"Ms Dana Ortiz (Civic Union): "…"", "Mr Hale: "…"", "Deputy Síle Ní Bhriain
(Fianna Fáil): …": at the start of a line, an honorific, a name, an optional
party in brackets and a colon name a Person (whatever the model thought of
the name, and even when it missed it) and the party an Organization.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HONORIFICS = r"Mr|Mrs|Ms|Miss|Dr|Deputy|Senator|Sen|Rep|Hon|Prof|Sir|Dame|Lord|Lady|Baroness|Baron|Councillor|Cllr"
_NAME_WORD = rf"{CAP_CLASS}[\w'’-]*"
_NAME_PART = rf"(?:{_NAME_WORD}|(?:de|da|do|dos|van|von|der|den|du|di|la|le|bin|ibn|al|el|ní|nic|mac|ó)(?= {CAP_CLASS}))"
_LINE_RE = re.compile(
    rf"^[ \t]*(?:{_HONORIFICS})\.? (?P<name>{_NAME_WORD}(?: {_NAME_PART}){{0,3}})"
    rf"(?: \((?P<party>{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|of|and|for|the|&))*)\))?[ \t]*:", re.M)


def transcript_speaker_names(state: State) -> list[Candidate]:
    """A Person for each transcript speaker and an Organization for each party."""
    out = []
    for m in _LINE_RE.finditer(state.text):
        if state.is_skipped(m.start(), m.end()):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "Person", "rule"))
        if m.group("party"):
            party = m.group("party")
            entry = state.gaz.lookup(party)
            if entry is not None and entry.type not in _PARTY_GAZ_TYPES:
                entry = None  # "(Alba)": a town's name in a party's slot is the party
            type_ = entry.type if entry is not None else "Organization"
            out.append(Candidate(m.start("party"), m.end("party"), party, type_, "gaz" if entry else "rule", entry))
    return out


# Gazetteer types kept for a bracketed word after a transcript speaker: a party
# the gazetteer knows, or a country ("Mr Silva (Brazil):" at a UN debate).
_PARTY_GAZ_TYPES = frozenset({"Organization", "Country", "GovernmentAgency"})


def drop_crossing(found: list[Candidate], speakers: list[Candidate]) -> list[Candidate]:
    """Drop the other candidates a transcript speaker's name or party settles:
    any overlapping it ("Mr Jon Bay (Greens)" read as a place after "Bay", a
    town's name "(Alba)" as the party), except a gazetteer match of the same
    span and a type the slot allows (a known party or country, a known person)."""
    kept = []
    for c in found:
        if any(c is s for s in speakers):
            kept.append(c)
            continue
        same = [s for s in speakers if (s.start, s.end) == (c.start, c.end)]
        if same and c.source == "gaz" and c.type in _PARTY_GAZ_TYPES | {"Person"}:
            kept.append(c)
        elif not any(c.start < s.end and s.start < c.end for s in speakers):
            kept.append(c)
    return kept
