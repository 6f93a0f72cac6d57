"""A quoted term is no statement (round-27 class C6).

    Indian officials say "Neighbourhood First" when they mean the region.
    People in the valley simply call it "the road paper".

A short noun phrase in marks, the whole object of 'say' or of a naming verb
('call', 'dub', 'term') in the simple present, is what a thing is habitually
called: a name, a slogan, a term, not words anyone said on an occasion. The
past ('He called the result "a historic precedent"', 'what he called "a second
Republika Srpska"') and the progressive ('calling it a "productive meeting"')
report an occasion and keep their statement, as the tuning gold has them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.speakers import forget_entity
from kg.extract.state import State
from kg.model import Statement

# Verbs that give a name ('call it X'), besides 'say'.
_NAMING = frozenset("call dub term name nickname label know".split())
# Where the quoted phrase hangs on the verb (or on its object: 'call it X').
_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "ccomp", "xcomp", "npadvmod", "appos", "pobj", "advmod", "dep",
                          "conj"})


def drop_terms(state: State) -> None:
    """Remove direct statements that only quote a term after present 'say'/'call'."""
    dropped = [s for s in state.statements if s.kind == "direct" and _term(state, s)]
    state.statements[:] = [s for s in state.statements if s not in dropped]
    for key in {s.speaker for s in dropped}:
        # 'People in the valley' quoted for a name only: no speaker left to write
        entity = state.entities.get(key)
        if entity is not None and entity.unnamed and not state.voiced(key):
            forget_entity(state, key)


def _term(state: State, statement: Statement) -> bool:
    a, b = statement.quote_span.start, statement.quote_span.end
    words = [t for t in state.tokens if a <= t.idx < b and not t.is_punct and not t.is_space]
    if not words or len(words) > 6 or any(t.pos_ in {"VERB", "AUX"} for t in words) \
            or not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return False
    ids = {t.i for t in words}
    tops = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    if len(tops) != 1 or tops[0].dep_ not in _OBJECT_DEPS:
        return False
    verb = _naming_verb(tops[0])
    # (a name coordinated with another one is a name whatever the tense: 'which they called
    # the NSMP or simply "the mobility deal"')
    if verb is None or not _present(verb) and tops[0].dep_ != "conj":
        return False
    # the verb's own sentence ends with the quote or goes on without another report
    return not any(c.dep_ == "ccomp" and c.i not in ids and c.i > verb.i and not (a <= c.idx < b)
                   for c in verb.children)


def _naming_verb(top: Token) -> Token | None:
    """'say "X"' / 'call it "X"' / 'is known as "X"': the verb the phrase is the object of."""
    head = top.head
    if top.dep_ == "conj":
        # 'which officials call the NSMP or simply "the mobility deal"' (round-37 C8): a second
        # name coordinated with the first (the parser hangs it on the first name or on the verb)
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "oprd", "attr"}:
            head = head.head
        elif head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.lower_ == "as":
            head = head.head.head  # 'known as the NSMP or "the mobility deal"'
        elif head.pos_ != "VERB":
            return None
        return head if head.pos_ == "VERB" and head.lemma_.lower() in _NAMING else None
    if top.dep_ == "pobj":  # 'known as "X"', 'refer to it as "X"'
        if head.lower_ != "as":
            return None
        head = head.head
    elif head.pos_ in {"PRON", "NOUN", "PROPN"} and head.dep_ == "dobj":
        head = head.head  # 'call it "X"' parsed with the phrase on 'it'
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma in {"say", *_NAMING} or lemma == "refer" and top.dep_ == "pobj":
        return head
    return None


def _present(verb: Token) -> bool:
    """'say', 'calls', 'is known as', 'a text known as': a habitual present, no occasion."""
    if verb.tag_ in {"VBP", "VBZ"}:
        return True
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(
        c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in verb.children))
