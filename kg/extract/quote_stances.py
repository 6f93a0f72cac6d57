"""A quote that is what a verb of stance rejects or hails (round-34 class C2).

    Algeria's Ministry of Foreign Affairs, in a statement carried by the APS news
    agency, ruled out "normalisation by the back door."
    The minister dismissed the report as "pure fiction written in Algiers".

'Ruled out', 'rejected', 'dismissed ... as', 'condemned', 'welcomed' are no verbs
of saying, but words quoted as their object (or as what the object is called,
'as "..."') are the subject's words: its direct statement, with the verb's
subject as speaker. Only quotes of three words or more count (a quoted word or
two is a scare quote: 'welcomed the "constructive" tone'), and only when the
quote lies inside the verb's object or its 'as' phrase, not elsewhere in its clause
nor inside a clause of the object ('rejected claims that troops had "opened fire
on civilians"' quotes the claim's authors); a quoted title ('rejected the "Filling
and Operation Rules"') is a name, not words said.
"""

from __future__ import annotations

from spacy.tokens import Token

# Lemmas of stance verbs; 'rule' only with its particle 'out'.
_STANCE = frozenset("reject dismiss condemn denounce welcome hail criticise criticize decry deplore "
                    "praise slam blast brand".split())


def stance_verbs(tokens: list[Token], qs: int, qe: int, words: int) -> list[Token]:
    """The stance verbs among ``tokens`` whose object (or 'as' phrase) holds the quote ``qs:qe``."""
    if words < 3:
        return []
    out = []
    for t in tokens:
        if t.pos_ != "VERB" or t.i >= len(t.doc) or t.idx > qs:
            continue
        lemma = t.lemma_.lower()
        if lemma not in _STANCE and not (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                   for c in t.children)):
            continue
        if any(_holds(c, qs, qe) for c in t.children if c.dep_ in {"dobj", "prep", "oprd"}
               and (c.dep_ != "prep" or c.lower_ == "as")) and _direct_object(t, qs, qe) \
                and not _title(t.doc, qs, qe):
            out.append(t)
    return out


# Links from a quoted phrase up to the verb that keep it the verb's own object (no clause between).
_OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "oprd", "appos", "conj", "cc", "amod", "compound", "nmod",
                           "npadvmod", "attr", "det", "punct"})


def _direct_object(verb: Token, qs: int, qe: int) -> bool:
    """The quote is the verb's object itself, not words inside a clause of it
    ('rejected claims that troops had "opened fire"': the claim is someone else's)."""
    inside = [t for t in verb.doc[verb.i + 1:] if qs <= t.idx < qe]
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    if not tops:
        return False
    token = tops[0]
    for _ in range(8):
        if token.head.i == verb.i:
            return token.dep_ in _OBJECT_LINKS
        if token.dep_ not in _OBJECT_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _title(doc, qs: int, qe: int) -> bool:
    """'rejected the "Filling and Operation Rules"': a quoted name, not words said."""
    words = [t for t in doc if qs <= t.idx < qe and t.is_alpha and len(t.text) > 3]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _holds(child: Token, qs: int, qe: int) -> bool:
    """The child's phrase covers the quoted words (an 'as' phrase may hang on the object)."""
    sub = sorted(child.subtree, key=lambda t: t.i)
    return sub[0].idx <= qs + 1 and sub[-1].idx + len(sub[-1].text) >= qe - 1
