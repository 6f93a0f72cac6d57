"""Agreements signed together.

"the FIR agreement signed on Bintan on Jan. 25, 2022 ... It was signed on the same day as
the Defence Cooperation Agreement, or DCA.": the agreement signed "on the same day as"
another shares its signing date and its parties (the text says they were signed together);
"it" is the agreement named last before.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_SAME_DAY_RE = re.compile(r"\bsigned\s+(?:on\s+)?the\s+same\s+day\s+as\s+(?:the\s+)?", re.I)


def same_day(state: State) -> None:
    for hit in _SAME_DAY_RE.finditer(state.text, state.body_start):
        other = state.mention_at(hit.end(), hit.end() + 1, {"Agreement"})
        if other is None or other.start != hit.end():
            continue
        sent = state.sentence_of(hit.start())
        start = state.previous_sentence_start(hit.start())
        before = [m for m in state.mentions if start <= m.start and m.end <= hit.start() and m.key != other.key
                  and m.key in state.entities and state.entity_type(m.key) == "Agreement"]
        if not before:
            continue
        first = before[-1].key
        evidence = state.sentence_span(sent)
        for a, b in ((first, other.key), (other.key, first)):
            dates_a = [r.literal for r in state.relations if r.subject == a and r.predicate == "dateSigned"]
            if dates_a and not any(r.subject == b and r.predicate == "dateSigned" for r in state.relations):
                state.add_relation(b, "dateSigned", evidence, literal=max(dates_a, key=len))
        for a, b in ((first, other.key), (other.key, first)):
            if any(r.predicate == "partyTo" and r.object == b for r in state.relations):
                continue
            for p in [r.subject for r in state.relations if r.predicate == "partyTo" and r.object == a]:
                state.add_relation(p, "partyTo", evidence, obj=b)
