"""'Ana Ruz, deputy director of customs, ... "We cut the wait in half," she
said. The official said clearance had fallen to two hours.': a bare 'the
official' right after a named office holder spoke is that person, not a new
unnamed official (the subject of a speech verb in the very next sentence of the
paragraph, no other person named in between, no unnamed official earlier in
the text).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.state import State

# Nouns that stand for any office holder ('the official'); titles proper are office_holder's.
_OFFICIAL_NOUNS = frozenset("official officer".split())
# Sides an office makes one an official of (a bank's economist is no 'official').
_OFFICIAL_SIDES = frozenset({"Country", "GovernmentAgency"})
# How far back the statement may end (characters): the next sentence or two.
_REACH = 400


def official_just_quoted(state: State, token: Token, quotes: list[tuple[int, int]]) -> str | None:
    """The named office holder who spoke just before the bare subject 'the official'."""
    if token.lower_ not in _OFFICIAL_NOUNS or token.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in {"amod", "compound", "poss", "prep", "nmod", "relcl", "acl"} for c in token.children):
        return None  # 'the customs official', 'the official from Peru': someone described anew
    earlier = [s for s in state.statements if s.evidence.end <= token.idx]
    if not earlier:
        return None
    last = max(earlier, key=lambda s: s.evidence.end)
    speaker = state.entities[last.speaker]
    if speaker.unnamed or speaker.type != "Person" or token.idx - last.evidence.end > _REACH:
        return None
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in lexicon.words("reported_verbs") \
            or token.sent.start == 0 or state.doc[token.sent.start - 1].sent.end_char > last.evidence.end + 2 \
            or "\n" in state.text[last.evidence.end:token.idx]:
        return None  # only the subject of 'said' in the sentence right after, same paragraph
    if not _holds_office(state, last.speaker):
        return None
    for m in state.mentions_in(last.evidence.start, token.idx, {"Person"}):
        if m.key != last.speaker and not any(qs <= m.start < qe for qs, qe in quotes):
            return None  # someone else named since: 'the official' may be them
    return last.speaker


def _holds_office(state: State, person: str) -> bool:
    """The person holds a post of a state or state body."""
    position = state.positions.get(person)
    if position is not None and any(state.entity_type(o) in _OFFICIAL_SIDES
                                    for o in state.objects(position, "positionIn")):
        return True
    return any(state.entity_type(o) in _OFFICIAL_SIDES for o in state.objects(person, "represents"))
