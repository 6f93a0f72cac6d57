"""Entity parts of a radio call-in transcript (round-31 S4).

    RADIO LAKESIDE 101.2 FM - KISUMU, KENYA
    Transcript prepared by the station.
    AKINYI OTIENO (HOST): Good morning ...
    HOST: Let's go to the phones. ...
    BRIAN (CALLER): Thank you, Akinyi. ...

* the role labels "HOST", "GUEST", "CALLER", "PRESENTER", "MODERATOR", ...
  (alone before a colon or in brackets after a name) name nothing;
* the station of the banner line ("RADIO LAKESIDE 101.2 FM") is a
  MediaOrganization "Radio Lakeside" (its frequency and band cut);
* a first name in direct address ("Thank you, Akinyi.", "Good morning,
  Akinyi.") that is the first name of a person the text names in full is that
  person, never an organisation or a place (resolution then makes it an alias).
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ROLES = frozenset("HOST GUEST CALLER CALLERS PRESENTER MODERATOR ANCHOR INTERVIEWER CO-HOST PANELLIST PANELIST "
                   "LISTENER REPORTER PRODUCER".split())
_STATION_RE = re.compile(r"(?m)^[ \t]*(?P<name>RADIO(?:[ \t]+[A-Z][A-Z'’-]+){1,3})[ \t]+\d{2,3}(?:[.,]\d)?[ \t]*(?:FM|AM|MHz)\b")
_ADDRESS_BEFORE_RE = re.compile(r"(?:(?:Thank\s+you|Thanks|Good\s+(?:morning|afternoon|evening)|Hello|Welcome|Yes|No|Well),?\s+)$")
_ADDRESS_AFTER_RE = re.compile(r"\s*[.,!?]")


def call_in_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` without role labels, with the banner's station and first names in address as persons."""
    text = state.text
    kept = [c for c in found if c.source == "gaz" or c.text.strip("()").upper() not in _ROLES or not c.text.isupper()
            and c.text not in {"Host", "Guest", "Caller"}]
    for m in _STATION_RE.finditer(text):
        start, end = m.span("name")
        label = " ".join(w.capitalize() for w in m.group("name").split())
        kept = [c for c in kept if not (c.start < end and start < c.end)]
        kept.append(Candidate(start, end, text[start:end], "MediaOrganization", "rule", label=label))
    firsts: dict[str, str] = {}
    for c in kept:
        if c.type == "Person" and len(c.text.split()) >= 2 and c.source != "gaz":
            full = c.label or (" ".join(w.capitalize() for w in c.text.split()) if c.text.isupper() else c.text)
            firsts.setdefault(c.text.split()[0].capitalize(), full)
    for c in kept:
        if c.source == "gaz" or c.type not in {"Organization", "Place", "MediaOrganization"} or " " in c.text:
            continue
        if c.text in firsts and _ADDRESS_BEFORE_RE.search(text[max(0, c.start - 30):c.start]) \
                and _ADDRESS_AFTER_RE.match(text, c.end):
            c.type = "Person"  # "Thank you, Akinyi.": the host named in full
            c.label = firsts[c.text]
    return kept
