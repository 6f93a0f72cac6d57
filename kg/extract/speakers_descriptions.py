"""Who an unnamed group of speakers is, said by a phrase after its noun (round-34
classes C5 and C8).

    "...," people with knowledge of the talks told Southern Cone Business Daily.
    Kenya and Somalia will draft rules ..., officials from the two governments said.

'people' or 'officials' alone says nothing of who spoke; the phrase after the
noun does: 'with (direct) knowledge of the talks', 'from the two governments',
'from both sides'. The label keeps it ('people with knowledge of the talks').
A phrase naming an actor ('officials from Kenya') is the general rule's (it
writes the actor's label and side); this one only takes phrases with no name.

'Aid groups on the coast said ...': the parser may read a noun opening the
sentence as an imperative verb ('Aid') with the group noun as its object and the
whole as a clausal subject; the object is the subject ('aid groups').
"""

from __future__ import annotations

from spacy.tokens import Token

# 'from the two governments', 'from both sides': the pair of parties, no name among them.
_PAIR_NOUNS = frozenset("governments sides countries delegations capitals administrations ministries".split())
# 'with knowledge of', 'with direct knowledge of': what makes an anonymous source one.
_KNOWLEDGE = frozenset({"knowledge", "understanding"})


def describing_phrase(token: Token) -> list[Token]:
    """The words of the phrase after the speaker noun that says who the speakers are, [] when none."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i != token.i + 1:
            continue
        words = sorted(prep.subtree, key=lambda t: t.i)
        if len(words) > 8 or any(t.is_punct or t.is_space or t.pos_ == "PROPN" for t in words) \
                or words[-1].i - words[0].i != len(words) - 1:
            return []
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return []
        if prep.lower_ == "with" and obj.lower_ in _KNOWLEDGE \
                and any(c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in obj.children):
            return words
        if prep.lower_ == "from" and obj.lower_ in _PAIR_NOUNS \
                and any(c.lower_ in {"two", "both"} for c in obj.children):
            return words
    return []


def misread_noun_subject(verb: Token) -> Token | None:
    """The plural noun a sentence-opening 'verb' took as its object when the pair is
    really a compound subject ('Aid groups ... said'), None otherwise."""
    if verb.dep_ not in {"csubj", "nsubj"} or verb.pos_ != "VERB" or not verb.is_sent_start \
            or verb.tag_ not in {"VB", "VBP"} \
            or not verb.text[:1].isupper():
        return None
    if any(c.dep_ in {"nsubj", "aux", "auxpass", "mark", "advmod"} for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i != verb.i + 1 or obj.tag_ != "NNS" \
            or any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in obj.children):
        return None
    return obj
