"""Co-signing in one place is a meeting.

"On Friday in Tarvo, Kessa's Minister for Taxation, A, and Tarvian Finance
Minister B signed the agreement" / "The accord was signed in Tarvo by the heads
of the two delegations, A of Tarvia and B of Kessa" -> A metWith B (a Meeting
event). Only people of two different sides count: two ministers of one country
signing together did not meet anyone across the table. A sentence without a
place ("signed in <Place>", "In <Place>, ...") says nothing of their being
together (they may have signed apart).
"""

from __future__ import annotations

import re

from kg.extract.relation_checks_meetings import _meet
from kg.extract.state import State

_IN_PLACE_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def apply(state: State) -> None:
    for sent in state.body_sentences():
        signs = [t for t in sent if t.lemma_.lower() in {"sign", "co-sign", "countersign"} and t.pos_ in {"VERB", "AUX"}]
        if not signs or any(t.lower_ in {"not", "n't", "never"} for v in signs for t in v.children):
            continue
        if not _has_place(state, sent):
            continue
        people = [m.key for m in state.mentions_in(sent.start_char, sent.end_char, {"Person"})
                  if not state.entities[m.key].unnamed]
        people = list(dict.fromkeys(people))
        sides = {p: [o for o in state.objects(p, "represents") if state.entity_type(o) == "Country"] for p in people}
        signers = [p for p in people if len(sides[p]) == 1]
        if len(signers) != 2 or len(people) != 2 or sides[signers[0]] == sides[signers[1]]:
            continue  # exactly two people, of two different countries
        _meet(state, signers, sent)


def _has_place(state: State, sent) -> bool:
    """A place named after 'in'/'at' in the sentence (not a country: 'signed in Tarvia'
    may be read as a date-less formality; a town says they were there together)."""
    for m in state.mentions_in(sent.start_char, sent.end_char, {"Place"}):
        if _IN_PLACE_RE.search(state.text, max(sent.start_char, m.start - 8), m.start):
            return True
    return False
