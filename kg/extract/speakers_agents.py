"""The one who asks is not whom the next pronoun means: 'She was asked by MP
Petr Malý whether the ministry had a plan B. She said there was none.' /
'Asked by MP Jan Dvořák whether ..., Novotná said ...'.

A person named only as the agent of a passive verb of asking or summoning
('asked by', 'questioned by', 'pressed by') stands aside; the pronoun after
means the one asked, named before.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

_ASKING = frozenset("ask question press challenge quiz grill summon query".split())


def agent_of_asking(token: Token) -> bool:
    """Whether ``token`` (a name's last word) is the agent of a passive 'asked by'."""
    head = token
    while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "by" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    return verb.lemma_.lower() in _ASKING and verb.tag_ == "VBN"


def skip_asking_agent(state: State, named: str | None, before: int, last_person) -> str | None:
    """``named`` (the person named last before ``before``), or the person named
    before them when their last mention is the agent of 'asked by'."""
    if named is None:
        return None
    mention = max((m for m in state.entities[named].mentions if m.start < before), key=lambda m: m.start, default=None)
    if mention is None:
        return named
    span = state.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span) or not agent_of_asking(span[-1]):
        return named
    return last_person(mention.start) or named
