"""Words before a body's name that are not part of it (round-37 class A3).

* "Shares in London-listed Gobi Copper Corp rose", "Nasdaq-listed Steppe
  Energy", "State-run Mongol Rail", "the family-owned Tsagaan Trading": a
  listing, ownership or backing prefix ("X-listed", "state-owned",
  "state-run", "family-owned", "privately held" ...) describes the company;
  its name starts after it.
* "the Latvian GNS said", "the Kyrgyz DPS": a demonym before an acronym the
  text or the gazetteer knows is no part of its label; the mention is the
  acronym's entity (never a new organisation "Latvian GNS").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_PREFIX_RE = re.compile(
    rf"^(?:(?:{CAP_CLASS}[\w.&]*[ \t])*{CAP_CLASS}[\w.&]*-(?:listed|traded|quoted)"
    rf"|(?:[Ss]tate|[Ff]amily|[Gg]overnment|[Pp]rivately|[Pp]ublicly|[Ss]tate[ -]controlled|[Mm]ajority|[Ff]oreign|"
    rf"[Ww]holly|[Cc]ommunity|[Ww]orker|[Ee]mployee|[Pp]rivate|[Ff]ederally|[Mm]unicipally|[Cc]ity)"
    rf"[- ](?:owned|run|controlled|held|backed|funded|managed))[ \t]+(?={CAP_CLASS})")
_ACRONYM_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&]{1,7}")


def strip_owner_prefixes(found: list[Candidate], state: State) -> list[Candidate]:
    """Cut such prefixes off the names (in place), and the demonym off a known acronym."""
    text = state.text
    for c in found:
        if c.source == "gaz":
            continue
        m = _PREFIX_RE.match(c.text)
        if m is not None and m.end() < len(c.text):
            c.start += m.end()
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
            if re.match(r"(?:[Ss]tate|[Gg]overnment|[Ff]ederally|[Mm]unicipally)[- ](?:owned|run|controlled)", m.group(0)):
                c.type = "GovernmentAgency"  # a company the state owns is an agency in the ontology
            elif c.type in {"Person", "Place"}:
                c.type = "Organization"
            continue
        words = c.text.split()
        if len(words) < 2 or not _ACRONYM_RE.fullmatch(words[-1]):
            continue
        demonym = " ".join(words[:-1])
        if state.gaz.demonyms.get(demonym.lower()) is None:
            continue
        acronym = words[-1]
        entry = state.gaz.lookup(acronym)
        known = entry is not None and entry.type not in {"Country", "Place", "Person"} or re.search(
            rf"\({re.escape(acronym)}\)|(?<![\w'’-]){re.escape(acronym)}(?![\w'’-])(?<!{re.escape(c.text)})", text) is not None
        if not known:
            continue
        c.start = c.end - len(acronym)
        c.text = acronym
        c.gaz = entry
        if entry is not None:
            c.type = entry.type
    return found
