"""'The statement said both countries would brief traders': a text named again
with 'the'/'this' is the one a sentence or two before ('according to a joint
statement issued by ...'), and its author speaks again.
"""

from __future__ import annotations

from spacy.tokens import Token

# How far back the earlier naming of the text may lie (sentences, characters).
_SENTENCES_BACK = 3
_CHARS_BACK = 700


def earlier_text(token: Token, nouns: frozenset[str]) -> Token | None:
    """The earlier token that names the same text as ``token`` ('the statement'
    after 'a joint statement issued by ...'), None when ``token`` is not a plain
    'the/this <text>' or no such text was named just before."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns and token.lower_ not in nouns:
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in {"the", "this", "that"}:
        return None
    if any(c.dep_ in {"poss", "compound", "amod", "nmod", "prep", "acl"} for c in token.children):
        return None  # 'the ministry's statement', 'the statement from X': an author of its own
    doc = token.doc
    sent_starts = 0
    for i in range(token.i - 1, -1, -1):
        prev = doc[i]
        if token.idx - prev.idx > _CHARS_BACK:
            return None
        if prev.is_sent_start:
            sent_starts += 1
            if sent_starts > _SENTENCES_BACK:
                return None
        if prev.pos_ in {"NOUN", "PROPN"} and prev.lemma_.lower() == token.lemma_.lower():
            return prev
    return None


_ISSUING_VERBS = frozenset("issue release publish send circulate".split())
# 'The ministry answered on Tuesday in a statement' / 'responded in a note' issues it too
_SAYING_VERBS = frozenset("say announce state add confirm report note answer respond reply react comment explain "
                          "write".split())


def issuer_subject(text: Token) -> Token | None:
    """'The Ministry of Energy released a statement on Friday': the subject of the
    verb that issued the text, None when the text is no such object."""
    if text.dep_ == "pobj" and text.head.lower_ == "in" and text.head.head.pos_ == "VERB" \
            and text.head.head.lemma_.lower() in _SAYING_VERBS:
        # 'the Ministry of Labour said in a statement': the one who said it issued it
        return next((c for c in text.head.head.children if c.dep_ == "nsubj"), None)
    if text.dep_ != "dobj" or text.head.lemma_.lower() not in _ISSUING_VERBS:
        return None
    return next((c for c in text.head.children if c.dep_ == "nsubj"), None)


def farther_issuer(token: Token, nouns: frozenset[str]) -> Token | None:
    """'the statement said' paragraphs after 'the Ministry of Labour said in a
    statement' (a dispatch quoting one statement throughout): the subject of the
    one earlier saying or issuing of such a text, None when there is none or more
    than one issuer (then 'the statement' may be any of theirs)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns and token.lower_ not in nouns:
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or any(
            c.dep_ in {"poss", "compound", "amod", "nmod", "prep", "acl"} for c in token.children):
        return None
    found: dict[str, Token] = {}
    for prev in token.doc[:token.i]:
        if prev.pos_ == "NOUN" and prev.lemma_.lower() == token.lemma_.lower():
            subj = issuer_subject(prev)
            if subj is not None:
                found.setdefault(" ".join(t.lower_ for t in subj.subtree), subj)
    return next(iter(found.values())) if len(found) == 1 else None
