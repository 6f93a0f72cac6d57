"""'Both said afterwards that a text could be ready by August.' (round-34 class C6)

    Bulgarian Deputy Foreign Minister Ivan Petkov met Ana Trajkovska, North
    Macedonia's foreign minister, in Skopje. Both said afterwards that ...

A subject 'Both' (or 'both men', 'both ministers', 'the two men') with no name
of its own stands for the two people the sentence before it names: the words
are each person's, one statement apiece. Only a pair counts: a sentence naming
one person or three leaves the subject to no one (as before), and 'both sides',
'both countries' are the states, not people (left to the other rules).

'..., the two co-chairs of their joint committee said' / 'the heads of the two
delegations said' (round-36 class C1): the two people the text names as the
co-chairs or as the heads of the delegations, wherever it names them (the
parser splits 'co-chairs', so the words before the subject are read).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State

# Plural heads 'both' / 'the two' may come with and still mean two people just named.
_PEOPLE_HEADS = frozenset("men women ministers officials leaders negotiators envoys diplomats delegates "
                          "presidents chiefs heads".split())


def both_pair(state: State, subj: Token) -> list[str]:
    """The two named people a 'Both' subject stands for, [] when it is no such subject."""
    chairs = _named_chairs(state, subj)
    if chairs:
        return chairs
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


# '(the two | both | the | their (two)) co-chairs (of ...)', 'the (two) heads of (the two) delegation(s)',
# 'the two delegation heads', 'the two chief negotiators': the subject phrase up to its head noun
_CHAIRS_RE = re.compile(
    r"(?:^|[\s,;:\"\u201c\u201d(])(?:both|(?:the|their|its|[\w-]+'s?)(?:\s+two)?)\s+(?:joint\s+)?"
    r"(?P<head>co-?\s?chair(?:s|men|women|persons)|co-?\s?chairs|heads\s+of\s+(?:the\s+(?:two\s+)?)?delegations?"
    r"|delegation\s+heads|chief\s+negotiators|lead\s+negotiators)$", re.I)
_CO_CHAIR_RE = re.compile(r"\bco-?\s?chair", re.I)
_DELEGATION_RE = re.compile(r"\b(?:led|headed|lead|leads|leading|heads|heading|head|chief)\b[^.;]{0,80}\bdelegation"
                            r"|\bdelegations?\b[^.;]{0,80}\b(?:led|headed)\s+by\b", re.I)


def _named_chairs(state: State, subj: Token) -> list[str]:
    """The two people named as co-chairs (or heads of the delegations) when ``subj``
    is 'the two co-chairs', 'the heads of the two delegations', ...; [] otherwise."""
    if subj.lower_ in {"co", "-"}:  # the parser's 'co' / '-' of 'co-chairs' as the subject
        after = [t for t in subj.doc[subj.i + 1:subj.i + 3] if t.text != "-"]
        if not after or not after[0].lower_.startswith("chair"):
            return []
        subj = after[0]
    if subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ not in {"NNS", "NNPS"}:
        return []
    end = subj.idx + len(subj.text)
    if subj.lower_ == "heads":  # 'heads of (the two) delegation(s)': the head's own 'of' phrase
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            end = pobj.idx + len(pobj.text)
    sent = subj.sent
    m = _CHAIRS_RE.search(state.text[max(sent.start_char, subj.idx - 60):end])
    if m is None:
        return []
    cues = (_CO_CHAIR_RE, _DELEGATION_RE) if "chair" in m.group("head").lower() else (_DELEGATION_RE, _CO_CHAIR_RE)
    for cue in cues:
        people = _people_cued(state, sent.start_char, cue)
        if len(people) == 2:
            return people
    return []


def _people_cued(state: State, before: int, cue: re.Pattern[str]) -> list[str]:
    """The named people of the sentences before ``before`` whose words match ``cue``."""
    people: list[str] = []
    for sent in state.doc.sents:
        if sent.start_char >= before:
            break
        if not cue.search(sent.text):
            continue
        for m in state.mentions_in(sent.start_char, sent.end_char, {"Person"}):
            if not state.entities[m.key].unnamed and m.key not in people:
                people.append(m.key)
    return people


# '<clause>, the two co-chairs (of their joint committee) said (on Monday).': the sentence end
_TRAILING_PAIR_RE = re.compile(
    r",\s+(?P<np>(?:both|the|their|its|(?:the\s+)?[\w-]+'s)(?:\s+two)?\s+(?:joint\s+)?(?:co-?\s?chair(?:s|men|women|persons)"
    r"|heads\s+of\s+(?:the\s+(?:two\s+)?)?delegations?|delegation\s+heads|chief\s+negotiators)"
    r"(?:\s+of\s+[^,.;:\"\u201c\u201d]{3,60}?)?)\s+(?P<verb>said|told|added|announced|confirmed|agreed|stressed)"
    r"(?:\s+[^,.;:\"\u201c\u201d]{0,60})?\.?\s*$", re.I)


def trailing_pair_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'Oman and Yemen have settled most of the text, the two co-chairs of their joint
    committee said on Monday.': the clause before the comma is each named co-chair's
    (the parser splits 'co-chairs' and hangs the verb on the clause the wrong way round,
    so the sentence's words are read; a statement another rule made of it is replaced)."""
    from kg.extract.reported_speech import add_reported  # (reported_speech imports this module)

    for sent in state.doc.sents:
        if sent.start_char < state.body_start:
            continue
        m = _TRAILING_PAIR_RE.search(sent.text)
        if m is None:
            continue
        start, end = sent.start_char, sent.start_char + m.start()
        if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
            continue
        subj_at = sent.start_char + m.end("np") - 1
        subj = next((t for t in sent if t.idx <= subj_at < t.idx + len(t.text)), None)
        verb = next((t for t in sent if t.idx == sent.start_char + m.start("verb")), None)
        pair = _named_chairs(state, subj) if subj is not None else []
        if subj is not None and subj.lower_ != "heads" and not pair:
            pair = _named_chairs(state, _plural_head(subj))
        if len(pair) != 2:
            continue
        state.statements[:] = [st for st in state.statements
                               if not (st.quote_span.start < sent.end_char and sent.start_char < st.quote_span.end)]
        for key in pair:
            add_reported(state, key, start, end, sent, verb, marks)
            statement = state.statements[-1]
            statement.about = [k for k in statement.about if k not in pair]


def _plural_head(token: Token) -> Token:
    """The plural noun of a phrase cut off by its 'of' tail ('co-chairs of their committee')."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i < token.i:
        token = token.head.head
    return token
