"""Company names made of an acronym and a second word (round-23 class A2).

"PKP PLK, the track arm of Polish State Railways,", "DB Netz agreed", "SNCF
Réseau", "ÖBB Infra": an upper-case acronym followed by another acronym or one
capitalised word is one organisation's name. The model splits such names,
drops them or reads them as a person ("DB Netz"); a person's name never opens
with an acronym of two to five capitals.

Only two readings are mended, where a wrong reading costs most: a pair the
model calls a person, and a pair a description is apposed to; other pairs are
left to the other sources. An acronym the gazetteer knows as a country or place ("US Army", "UK Border
Force") is left to the other rules, and so are a second word that is a title
("UN Secretary ..."), a calendar word or a name of its own ("EU Ukraine").
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import UPPER
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_PAIR_RE = re.compile(rf"(?<![\w'’.&/-])([{UPPER}]{{2,5}}) ([{UPPER}]{{2,5}}|[{UPPER}][a-zà-ÿ]{{2,}})"
                      rf"(?![\w'’&/-])(?! [{UPPER}][\w])")


# Upper-case titles before a person's name ("MP Jan Kowal", "CEO Ruiz"), and other words no body opens with.
_TITLE_ACRONYMS = frozenset("MP MPS MEP CEO CFO COO CTO PM VP DG SG MK MLA MNA MPP TD GM MD DPM FM HE HRH OK TV AM PM "
                            "GMT UTC BC AD".split())


# Second words of events, texts and plans, not of bodies.
_NOT_BODY_WORDS = frozenset("Summit Summits Conference Meeting Meetings Talks Session Declaration Agreement Agreements "
                            "Treaty Deal Pact Accord Accords Protocol Convention Charter Plan Programme Program "
                            "Strategy Framework Roadmap Report Resolution Regulation Directive Decision Statement "
                            "Process Dialogue Initiative Project Corridor Mission Membership Presidency Chairmanship "
                            "Rules Law Act Bill Standards Zone Area Region Countries States Members Member".split())


def acronym_pairs(state: State) -> list[Candidate]:
    """Organisation candidates 'ACRONYM Word' / 'ACRONYM ACRONYM'."""
    text = state.text
    out = []
    titles = {w.title() for w in lexicon.words("title_heads") | lexicon.words("title_core")}
    for m in _PAIR_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line.upper() == line:
            continue  # an upper-case heading or dateline
        if re.match(r"[ \t]*[-–—(]", text[m.end():m.end() + 3]) and second.isupper() and m.start() == line_start:
            continue  # "LIMA PERU -": a dateline
        if first in _TITLE_ACRONYMS:
            continue  # "MP Kowalski said"
        entry = state.gaz.lookup(first)
        if entry is not None and entry.type in {"Country", "Place"}:
            continue  # "US Army", "UK Border Force"
        if second in _NOT_BODY_WORDS:
            continue  # "EU Summit", "FTA Agreement", "UN Talks": an event or a text, no body
        if second in titles or re.fullmatch(dates.CALENDAR_NAMES, second) or state.gaz.lookup(second) is not None \
                or second in lexicon.given_names() or state.gaz.demonyms.get(second.lower()) is not None:
            continue  # "UN Secretary", "EU Monday", "EU Ukraine", "ECOWAS Ghana"
        if state.gaz.lookup(m.group(0)) is not None:
            continue  # known whole
        person = any(e.label_ == "PERSON" and e.start_char == m.start() and e.end_char == m.end() for e in state.doc.ents)
        if not person and not re.match(r",\s+(?:the|a|an|its)\s+[a-z]", text[m.end():m.end() + 12]):
            continue  # only where the model reads a person or a description follows ("PKP PLK, the track arm")
        out.append(Candidate(m.start(), m.end(), m.group(0), classify_org(m.group(0)), "rule"))
    return out
