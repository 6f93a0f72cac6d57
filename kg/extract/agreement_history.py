"""Older texts a report names beside the one under talks.

* "The control of the skies dates back to 1974, when an Operational Letter of
  Agreement gave Latvia charge": the year the text goes back to is the
  agreement's date.
* "would replace the Complementary Adjustment signed in 2008", "That text hangs
  off the 1994 Agreement on Residence": in a report on two countries, an
  agreement signed in an earlier year with no parties named binds both
  (their own earlier arrangement), unless it is a multilateral or
  other powers' text.
"""

from __future__ import annotations

import re

from kg.extract.agreement_instruments import is_instrument
from kg.extract.agreement_status import agreement_status
from kg.extract.evidence import body_mentions, evidence_for
from kg.extract.state import State

_BACK_TO_RE = re.compile(r"\b(?:dates?|dating|dated|goes|going|went|go)\s+back\s+to\s+((?:1[89]|20)\d\d),?\s+when\s+"
                         r"(?:the\s+|an?\s+|their\s+)?$", re.I)
_YEAR_IN_LABEL_RE = re.compile(r"\b((?:1[89]|20)\d\d)\b")
# words of texts many states sign, not two neighbours' own arrangement
_MANY_STATES_RE = re.compile(r"\b(?:United\s+Nations|UN|International|Multilateral|Global|World|Regional|European|"
                             r"African|Inter-American|Universal)\b")


def dates_back_to(state: State) -> None:
    """'dates back to 1974, when an X gave ...': 1974 is X's date."""
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Agreement":
            continue
        hit = _BACK_TO_RE.search(state.text, max(state.body_start, m.start - 60), m.start)
        if hit is None or hit.end() != m.start:
            continue
        if any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            continue
        state.add_relation(m.key, "dateSigned", state.sentence_span(state.sentence_of(m.start)), literal=hit.group(1))


# "the Tallinn arrangement, which Finland ended in 2016": a text that was ended is an old one
_ENDED_RE = re.compile(r"\s*,?\s*(?:which|that)\s+[^.;]{0,40}?\b(?:ended|terminated|scrapped|abandoned|suspended|"
                       r"revoked|cancelled|canceled|denounced|quit|left|replaced|superseded|took\s+effect|entered\s+into\s+force|"
                       r"came\s+into\s+force)\s+(?:it\s+)?in\s+"
                       r"((?:1[89]|20)\d\d)\b")


def text_year(state: State, key: str) -> int | None:
    """The year the text dates agreement ``key`` to (signed, in its name, or ended)."""
    signed = [r.literal for r in state.relations if r.subject == key and r.predicate == "dateSigned" and r.literal]
    if signed and signed[0][:4].isdigit():
        return int(signed[0][:4])
    hit = _YEAR_IN_LABEL_RE.search(state.entities[key].label)
    if hit:
        return int(hit.group(1))
    for m in body_mentions(state, key):
        ended = _ENDED_RE.match(state.text, m.end, state.sentence_of(m.start).end_char)
        if ended:
            return int(ended.group(1))
    return None


def old_text_parties(state: State, key: str, sides: list[str], revised: bool = False) -> None:
    """Both sides are parties to an older, dated text of theirs that the report names
    without naming its parties (``revised``: a text the sides are amending, which the
    negotiation rules may already have given them as negotiators: "a protocol amending
    the 2004 Fisheries Accord" is in force between them)."""
    if any(r.object == key and r.predicate in ({"partyTo"} if revised else {"partyTo", "negotiates"})
           for r in state.relations):
        return
    doc_year = state.document.date[:4] if state.document.date else ""
    year = text_year(state, key)
    if year is None or not doc_year.isdigit() or year >= int(doc_year):
        return
    if agreement_status(state, key) == "prospective":
        return
    entity = state.entities[key]
    entry = state.gaz.lookup(entity.label)
    if entry is not None or _MANY_STATES_RE.search(entity.label) or is_instrument(entity.label):
        return  # a convention, a body's numbered directive: not only the two sides' text
    body = body_mentions(state, key)
    if any(_followed(state, m) for m in body):
        return  # a text a country goes by or cites: who signed it is the text's to say
    for m in body:
        sent = state.sentence_of(m.start)
        named = {x.key for x in state.mentions_in(sent.start_char, sent.end_char, {"Country"})}
        if named - set(sides):
            return  # a third country in the sentence: perhaps its text, not the two sides'
    for side in sides:
        state.add_relation(side, "partyTo", evidence_for(state, body[0]), obj=key)


# "Armenia still follows the 1921 Treaty of Kars", "invokes the 1920 treaty": a text a
# country goes by or cites is a reference, not necessarily its own; its parties need naming
_FOLLOWS_RE = re.compile(r"\b(?:(?:still|continues?\s+to|continued\s+to)\s+)?(?:follows?|followed|"
                         r"adheres?\s+to|adhered\s+to|abides?\s+by|abided\s+by|invokes?|invoked|invoking|cites?|cited|citing|"
                         r"relies\s+on|relied\s+on|rely\s+on)\s+(?:the\s+|an?\s+|its\s+)?$", re.I)


def _followed(state: State, m) -> bool:
    """Whether mention ``m`` is the object of 'follows', 'adheres to', 'invokes' ..."""
    sent = state.sentence_of(m.start)
    return _FOLLOWS_RE.search(state.text, max(sent.start_char, m.start - 60), m.start) is not None


_DRAFT_RE = re.compile(r"\bdraft\s+$", re.I)


def draft_negotiators(state: State, key: str, sides: list[str]) -> None:
    """'Negotiators will work from a draft Agreement on X': a text the report calls a
    draft (or new, proposed) that no rule gave actors is negotiated by the two sides."""
    if any(r.object == key and r.predicate in {"partyTo", "negotiates"} for r in state.relations):
        return
    if agreement_status(state, key) != "prospective":
        return
    entity = state.entities[key]
    if state.gaz.lookup(entity.label) is not None or _MANY_STATES_RE.search(entity.label):
        return
    body = body_mentions(state, key)
    # only a text called a draft: "a new treaty" may be one side's wish, not talks between the two
    if not any(_DRAFT_RE.search(state.text, max(0, m.start - 12), m.start) for m in body):
        return
    for side in sides:
        state.add_relation(side, "negotiates", evidence_for(state, body[0]), obj=key)
