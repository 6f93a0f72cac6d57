"""People named after a country's possessive (round-16 E2).

"Finland's Mikko Virtanen said", "Estonia's Kadri Tamm and Latvia's Anna
Ozola met": a two-word capitalised name right after "<Country>'s" whose given
name the lists do not know is often typed Place or Organization by the NER.
When a speech or meeting verb follows it, or it stands in a pair of such
names joined by "and", it is a person: bodies after a possessive carry an
organisation word ("Latvia's Revenue Service said"), which keeps them out.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import ORG_TAIL_WORDS, Candidate
from kg.extract.state import State

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
_OWNER_RE = re.compile(rf"(?<![\w'’-])(?P<owner>{_NAME_WORD}(?: {_NAME_WORD})?)['’]s $")
_PAIR_AFTER_RE = re.compile(rf" and {_NAME_WORD}(?: {_NAME_WORD})?['’]s {_NAME_WORD} {_NAME_WORD}\b")
_PAIR_BEFORE_RE = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?: {_NAME_WORD})?['’]s {_NAME_WORD} {_NAME_WORD} and $")


def retype_possessive_people(found: list[Candidate], state: State) -> None:
    """Type 'Finland's Mikko Virtanen said' names Person (in place)."""
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Place", "Organization"} or not _person_shaped(cand, state):
            continue
        owner = _OWNER_RE.search(state.text[max(0, cand.start - 40):cand.start])
        entry = state.gaz.lookup(owner.group("owner")) if owner else None
        if entry is None or entry.type != "Country":
            continue
        if _speaks_or_meets(cand, state) or _PAIR_AFTER_RE.match(state.text, cand.end) \
                or _PAIR_BEFORE_RE.search(state.text[max(0, cand.start - 80):cand.start]):
            cand.type = "Person"


def _person_shaped(cand: Candidate, state: State) -> bool:
    """Two title-case words, none of them a word of bodies, offices or places."""
    words = cand.text.split()
    if len(words) != 2 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return False
    if state.gaz.lookup(cand.text) is not None or any(state.gaz.lookup(w) is not None for w in words):
        return False  # "Estonia's Narva River", "Latvia's Riga Port": a known name inside
    not_name = lexicon.words("org_heads") | ORG_TAIL_WORDS | lexicon.words("street_suffixes")
    lowered = lexicon.words("portfolio_words") | lexicon.words("agency_words") | lexicon.words("media_words") \
        | lexicon.words("place_nouns") | lexicon.words("locality_nouns")
    if any(w in not_name or w.lower() in lowered for w in words):
        return False
    if any(state.gaz.demonyms.get(w.lower()) is not None for w in words):
        return False
    # a body the text also calls "the X Y" is no person
    return re.search(rf"\b[Tt]he {re.escape(cand.text)}\b", state.text) is None


def _speaks_or_meets(cand: Candidate, state: State) -> bool:
    """A speech or meeting verb right after the name ("... said", "... met")."""
    span = state.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.end >= len(state.doc):
        return False
    nxt = state.doc[span.end]
    verbs = lexicon.words("speech_verbs") | lexicon.words("meeting_verbs")
    return nxt.text.islower() and nxt.lemma_.lower() in verbs
