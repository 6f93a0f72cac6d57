"""Texts that speak: joint communiqués and the excerpts a report quotes from them.

'A joint communique released afterwards said ...' and 'according to a joint
statement' are the words of a text the two governments issued together: its
speaker is one unnamed node, labelled for both what it is and whose it is
('joint communique of the two governments', 'joint statement of the two
governments'). 'The following are excerpts
from the joint communique issued on Monday by the two ministers:' followed by
paragraphs that are wholly quoted: each paragraph is a direct statement of that
text's author.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State

# Written words a group issues together: their authors speak through them.
JOINT_TEXTS = frozenset({"communiqué", "communique", "statement", "declaration"})
JOINT_WORDS = frozenset({"joint", "common", "final"})


def is_joint_text(token: Token) -> bool:
    """'the joint communiqué', 'a common declaration': a text issued together."""
    return token.pos_ in {"NOUN", "PROPN"} and token.lower_ in JOINT_TEXTS and any(
        c.lower_ in JOINT_WORDS for c in token.children if c.dep_ in {"amod", "compound"})


def joint_author(state: State, token: Token) -> str:
    """The unnamed node speaking through the joint text ``token`` names (one per
    kind of text in a document), with a mention on that word."""
    kind = "communique" if token.lower_ in {"communiqué", "communique"} else token.lower_
    joint = next((c.lower_ for c in token.children if c.dep_ in {"amod", "compound"} and c.lower_ in JOINT_WORDS),
                 "joint")
    # one label for both ways a gold names it: the text ("joint statement") and
    # whose it is ("the two governments", "the two ministries" when two ministries issued it)
    label = f"{joint} {kind} of the two {issuer_kind(state, token) or _subject_pair(state, token) or 'governments'}"
    entity = state.add_entity(label, "Organization", unnamed=True)
    state.add_mention(entity.key, token.idx, token.idx + len(token.text), alias=False)
    return entity.key


# Groups that speak through a joint text in their own name ('the two countries' / 'sides'
# are the two governments, the label kept for them).
_PAIR_GROUPS = frozenset("delegations teams negotiators delegates".split())


def _subject_pair(state: State, token: Token) -> str | None:
    """'The two delegations agreed to ..., according to a joint statement': the
    plural noun of the pair the sentence is about ('delegations'), when no name
    covers it; None otherwise."""
    if not any(a.lower_ == "according" for a in token.ancestors):
        return None
    root = token.sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in _PAIR_GROUPS or state.mention_at(subj.idx, subj.idx + len(subj.text)) is not None:
        return None
    if not any(c.lower_ in {"two", "both"} for c in subj.children if c.dep_ in {"nummod", "det", "predet"}):
        return None
    return subj.lower_


# Head words of the bodies that may issue a text together ('Tarvia's Ministry of
# Industries and Kessa's Ministry of Trade' -> 'ministries'), with their plurals.
_ISSUER_HEADS = {"ministry": "ministries", "department": "departments", "agency": "agencies",
                 "authority": "authorities", "office": "offices", "commission": "commissions",
                 "council": "councils", "chamber": "chambers", "association": "associations",
                 "union": "unions", "company": "companies", "bank": "banks", "administration": "administrations"}
_ISSUER_TYPES = frozenset({"Organization", "GovernmentAgency"})


def issuer_kind(state: State, token: Token) -> str | None:
    """'a joint statement issued by Tarvia's Ministry of Industries and Kessa's
    Ministry of Trade': the plural of the head word two (or more) named issuers
    share ('ministries'), None when the text names no such pair."""
    after = [t for t in token.subtree if t.i > token.i]
    if not after:
        return None
    if not any(t.lower_ in {"by", "from", "of"} for t in after):
        return None
    found = state.mentions_in(after[0].idx, after[-1].idx + len(after[-1].text), set(_ISSUER_TYPES))
    keys = list(dict.fromkeys(m.key for m in found if not state.entities[m.key].unnamed))
    if len(keys) < 2:
        return None
    heads = set()
    for key in keys:
        words = [w.lower().strip(",.") for w in state.entities[key].label.split()]
        heads.add(next((w for w in words if w in _ISSUER_HEADS), None))
    if len(heads) != 1 or None in heads:
        return None
    return _ISSUER_HEADS[heads.pop()]


# Texts that are issued by more than one party by their nature.
_SHARED_TEXTS = frozenset({"communiqué", "communique", "declaration"})


def unsigned_text(state: State, token: Token) -> str | None:
    """'A communique released afterwards said ...' (no author named): the text
    itself speaks, an unnamed node; 'the communique, issued by both ministries,'
    is a joint one."""
    if token.pos_ != "NOUN" or token.lower_ not in _SHARED_TEXTS:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"from", "of"} for c in token.children):
        return None  # an author is named, even if not recognised
    issuers = [t for t in token.subtree if t.i > token.i and t.dep_ == "pobj" and t.head.lower_ == "by"]
    if any(c.lower_ in {"both", "two"} for t in issuers for c in t.children):
        return joint_author(state, token)
    if issuers:
        return None
    kind = "communique" if token.lower_ in {"communiqué", "communique"} else token.lower_
    entity = state.add_entity(kind, "Organization", unnamed=True)
    state.add_mention(entity.key, token.idx, token.idx + len(token.text), alias=False)
    return entity.key


# 'The following are excerpts from the joint communique issued on Monday by ...:'
_EXCERPTS_RE = re.compile(
    r"\b(?:excerpts?|extracts?|highlights|passages|the\s+(?:full\s+)?text|key\s+points)\s+(?:from|of)\s+"
    r"(?:the|a|an|their|its)\s+(?P<words>[^:\n]{0,60}?)\b(?P<noun>communiqu[eé]|statement|declaration)\b"
    r"[^:\n]{0,160}:[ \t]*$", re.I)


def excerpt_paragraphs(state: State) -> list[tuple[int, int, Token]]:
    """(start, end, text noun) of each wholly quoted paragraph right after a line
    that announces excerpts from a statement or communiqué (the marks excluded)."""
    out: list[tuple[int, int, Token]] = []
    for lead in re.finditer(r"[^\n]+", state.text):
        if lead.start() < state.body_start:
            continue
        m = _EXCERPTS_RE.search(lead.group(0))
        if m is None:
            continue
        span = state.doc.char_span(lead.start() + m.start("noun"), lead.start() + m.end("noun"),
                                   alignment_mode="expand")
        if span is None or not len(span):
            continue
        for para in re.finditer(r"[^\n]+", state.text[lead.end():]):
            a, b = lead.end() + para.start(), lead.end() + para.end()
            line = state.text[a:b].strip()
            if not line:
                continue
            quoted = len(line) > 2 and line[0] in "\"“" and line.rstrip(".")[-1] in "\"”" \
                and '"' not in line[1:-2] and "“" not in line[1:-2]
            if not quoted:
                break  # the excerpts end with the first paragraph that is not a quote
            first = a + state.text[a:b].index(line[0]) + 1
            last = a + state.text[a:b].rindex(line.rstrip(".")[-1])
            out.append((first, last, span[0]))
    return out
