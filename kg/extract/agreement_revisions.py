"""A signed text under revision is negotiated again: talks about changing it make
the two sides its negotiators (besides its parties).

* "At stake is the Agreement on Water Transit, signed in 2019. The two sides have
  met four times this year to revise the fee." -> both countries negotiate it;
* "The 2011 Fisheries Accord is up for renegotiation. Negotiators from both
  countries want to amend its quota annex." -> both negotiate it.

The agreement is the one text named in the sentence (or the two before) when the
revising sentence names none; a report naming several texts there is left alone.
"""

from __future__ import annotations

import re

from kg.extract import agreement_history
from kg.extract.agreement_actors import BOTH
from kg.extract.agreement_status import agreement_status
from kg.extract.state import State

# changing an existing text: "to revise the fee", "amend the annex", "renegotiate the terms"
_REVISE = frozenset("revise revision renegotiate renegotiation amend amendment rewrite overhaul".split())
# who is changing it: the two sides, or talks between them
_TALKERS_RE = re.compile(r"\b(?:talks|negotiations|negotiators|delegations|delegates|negotiating\s+teams?)\b", re.I)
# "At stake is the X", "At issue is the X": the text the talks are about
_AT_STAKE_RE = re.compile(r"\b(?:[Aa]t\s+(?:stake|issue)|[Oo]n\s+the\s+table)\b")


def revised_agreements(state: State, sides: list[str]) -> None:
    """The two sides negotiate a signed agreement the text says they are revising."""
    if len(sides) != 2:
        return
    sents = [s for s in state.doc.sents if s.start_char >= state.body_start
             and not state.is_skipped(s.start_char, s.end_char)]
    for i, sent in enumerate(sents):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if not lemmas & _REVISE:
            continue
        sides_here = {m.key for m in state.mentions_in(sent.start_char, sent.end_char)} >= set(sides)
        if not (BOTH.search(sent.text) or sides_here or _TALKERS_RE.search(sent.text)):
            continue
        named = {m.key for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})}
        if not named:
            for before in reversed(sents[max(0, i - 2):i]):
                named = {m.key for m in state.mentions_in(before.start_char, before.end_char, {"Agreement"})}
                if named:
                    break
        if len(named) != 1:
            continue  # no text, or several: which one is revised is not plain
        key = named.pop()
        if agreement_status(state, key) != "existing" and not any(
                r.predicate == "partyTo" and r.object == key for r in state.relations):
            continue  # a text still being written is read by the negotiation rules
        # the parties an older dated text of theirs has stay its parties (read before the
        # negotiators, which would hide them from that rule)
        agreement_history.old_text_parties(state, key, sides)
        for side in sides:
            state.add_relation(side, "negotiates", state.sentence_span(sent), obj=key)
