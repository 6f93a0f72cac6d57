"""'Both said afterwards that a text could be ready by August.' (round-34 class C6)

    Bulgarian Deputy Foreign Minister Ivan Petkov met Ana Trajkovska, North
    Macedonia's foreign minister, in Skopje. Both said afterwards that ...

A subject 'Both' (or 'both men', 'both ministers', 'the two men') with no name
of its own stands for the two people the sentence before it names: the words
are each person's, one statement apiece. Only a pair counts: a sentence naming
one person or three leaves the subject to no one (as before), and 'both sides',
'both countries' are the states, not people (left to the other rules).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# Plural heads 'both' / 'the two' may come with and still mean two people just named.
_PEOPLE_HEADS = frozenset("men women ministers officials leaders negotiators envoys diplomats delegates "
                          "presidents chiefs heads".split())


def both_pair(state: State, subj: Token) -> list[str]:
    """The two named people a 'Both' subject stands for, [] when it is no such subject."""
    if not _is_both(subj):
        return []
    sent = subj.sent
    if any(t.lower_ == "and" for t in sent if t.i < subj.i and t.head.i == subj.i):
        return []  # 'X and Y both said': the coordinated names, another rule's
    start = sent.start_char
    before = [s for s in state.doc.sents if s.end_char <= start]
    if not before:
        return []
    # (a new paragraph opening 'Both said ...' is about the last one's pair too; a sentence
    # naming nobody in between -- 'The two officials said ... Later, the two negotiators
    # said ...' -- leaves the pair named before it)
    for prev in reversed(before[-3:]):
        people: list[str] = []
        for m in state.mentions_in(prev.start_char, prev.end_char, {"Person"}):
            if state.entities[m.key].unnamed or m.key in people:
                continue
            people.append(m.key)
        if people:
            return people if len(people) == 2 else []
    return []


def _is_both(subj: Token) -> bool:
    """'Both', 'Both men', 'both ministers', 'The two men' (no name inside)."""
    low = subj.lower_
    if low == "both" and not any(c.dep_ == "prep" for c in subj.children):
        return True  # 'both of them' is another matter: kept out with its 'of'
    if low not in _PEOPLE_HEADS:
        return False
    mods = [c.lower_ for c in subj.children if c.dep_ in {"det", "predet", "nummod", "preconj"}]
    if "both" in mods or "two" in mods:
        return not any(c.pos_ == "PROPN" or c.dep_ in {"poss", "prep", "compound"} for c in subj.children)
    return False
