"""A signed text under revision is negotiated again: talks about changing it make
the two sides its negotiators (besides its parties).

* "At stake is the Agreement on Water Transit, signed in 2019. The two sides have
  met four times this year to revise the fee." -> both countries negotiate it;
* "The 2011 Fisheries Accord is up for renegotiation. Negotiators from both
  countries want to amend its quota annex." -> both negotiate it;
* "Estonia and Latvia agreed to reopen the text of their 2011 accord", "agreed to set up
  a joint team to review the PTA", "agreed the draft of a protocol that would add the
  crossing to the 2015 Agreement on X" -> both negotiate the text they reopen, review or
  add to (these verbs count only with the text itself as their object: "reopen the
  crossing under the 2011 accord" is no revision of the accord).
* "They discussed a protocol amending the 2004 Fisheries Accord", "The talks are meant to revise
  the 2017 Transit Agreement": the revised text is in force, so the two sides are also its
  parties (unless a third country or other parties are named for it).

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
# "They discussed a protocol amending ...": the two sides as the sentence's subject
_THEY_RE = re.compile(r"\s*(?:They|We)\s+(?:\w+\s+)?(?:discuss|discussed|want|wanted|agreed|agree|plan|planned|hope|hoped|"
                      r"are|were|will|would|have|had|met|began|started|opened|signed|approved|initialled)\b")
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
        reworked = _reworked(state, sent)
        if not lemmas & _REVISE and not reworked:
            continue
        sides_here = {m.key for m in state.mentions_in(sent.start_char, sent.end_char)} >= set(sides)
        if not (BOTH.search(sent.text) or sides_here or _TALKERS_RE.search(sent.text) or _THEY_RE.match(sent.text)):
            continue
        named = {m.key for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})}
        if not lemmas & _REVISE:
            named = reworked  # only the text a verb of reworking takes as its object
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
        agreement_history.old_text_parties(state, key, sides, revised=bool(lemmas & _REVISE))
        for side in sides:
            state.add_relation(side, "negotiates", state.sentence_span(sent), obj=key)


# verbs that rework a text only when it is their object: "reopen the text of the accord", "review the PTA"
_REWORK_VERBS = frozenset("reopen review re-examine reexamine reconsider revisit".split())
# verbs that add to a text: "add the crossing to the Agreement", "attach an annex to the Treaty"
_ADD_VERBS = frozenset("add attach append".split())
# "the text of", "the terms of": the text itself
_TEXT_NOUNS = frozenset("text terms wording provisions clauses draft".split())


def _reworked(state: State, sent) -> set[str]:
    """Agreements the sentence reopens, reviews or adds to: the agreement (or "the text of" it)
    as the object of such a verb, or after "to" with a verb of adding."""
    found: set[str] = set()
    for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"}):
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _TEXT_NOUNS:
            tok = tok.head.head  # "the text of their 2011 accord"
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_.lower() in _REWORK_VERBS:
            found.add(m.key)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _ADD_VERBS:
            found.add(m.key)
    return found
