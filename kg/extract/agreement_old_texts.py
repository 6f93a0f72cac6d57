"""Old texts the two sides still work under are theirs (partyTo), not texts under talks.
"Both governments still point to the 2009 memorandum" / "the two sides are meant to be working
from the Declaration of Principles" / "The joint commission was created under the Lamu Protocol":
in a report on two sides, a text they point to, work or operate from, or that a body or rule
was created under, is a text in force between them: both are its parties. Read after the
negotiation step, only for a text no side negotiates and no signal says is still unsigned.
"""

from __future__ import annotations

import re

from kg.extract.agreement_status import agreement_status
from kg.extract.state import State

_OLD_TEXT_RE = re.compile(
    r"(?:\b(?:created|set\s+up|established|founded|formed|built|launched|drawn\s+up|fixed|issued|granted|allocated)\s+under"
    r"|\b(?:point|points|pointed|pointing|appeal|appeals|appealed|cling|clings|clung|refer|refers|referred)\s+(?:back\s+)?to"
    r"|\b(?:meant|supposed|obliged|bound|required)\s+to\s+be\s+(?:working|operating|acting)\s+(?:from|under)"
    r"|\b(?:still|already)\s+(?:work|works|operate|operates|working|operating)\s+(?:from|under))"
    r"\s+(?:the|their|its|a|an)\s+(?:(?:1[89]|20)\d\d\s+)?$", re.I)


def apply(state: State, sides: list[str]) -> None:
    if len(sides) != 2:
        return
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        sent = state.sentence_of(m.start)
        if _OLD_TEXT_RE.search(state.text, max(sent.start_char, m.start - 80), m.start) is None:
            continue
        if any(r.object == m.key and r.predicate == "negotiates" and r.subject in sides for r in state.relations):
            continue  # the sides talk about it: not merely the old text they work from
        if agreement_status(state, m.key) == "prospective":
            continue
        for side in sides:
            state.add_relation(side, "partyTo", state.sentence_span(sent), obj=m.key)
