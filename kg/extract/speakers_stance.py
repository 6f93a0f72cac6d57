"""An unnamed speaker introduced by a sentence of stance, not of speech: 'A
senior Ghanaian official, speaking on condition of anonymity, was more
cautious. He said ...' / 'One diplomat was blunter. "...," she said.'

The pronoun after it means that official, not the last person named before:
the sentence makes the unnamed subject the one who speaks next. A subject
counts when its sentence is a copula with an adjective of manner ('was more
cautious', 'was blunt', 'was less sure') or when it is set off as an anonymous
source ('speaking on condition of anonymity', 'who asked not to be named'), or
when it announces a view ('An official in Kampala offered a different view.').
"""

from __future__ import annotations

from spacy.tokens import Token

# Participles and verbs of a source who is not named ('speaking on condition of anonymity',
# 'who declined to be identified', 'who asked not to be named').
_ANONYMOUS_VERBS = frozenset("speak decline ask request refuse".split())
_ANONYMOUS_WORDS = frozenset("anonymity anonymous named identified quoted".split())
# A sentence announcing a view the next words give ('offered a different view', 'had a
# simpler explanation', 'took a harder line', 'struck a more cautious note', round-36 C4).
_VIEW_VERBS = frozenset("offer take have give strike sound paint hold".split())
_VIEW_NOUNS = frozenset("view explanation assessment take verdict picture note tone answer account version "
                        "opinion reading line warning theory".split())


def stance_subject(token: Token) -> bool:
    """Whether the subject ``token`` opens a sentence of stance or is an anonymous source."""
    head = token.head
    if head.lemma_.lower() == "be" and head.dep_ == "ROOT" and any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children):
        return True
    if head.dep_ in {"ROOT", "conj"} and head.lemma_.lower() in _VIEW_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _VIEW_NOUNS for c in head.children):
        return True  # 'An official in Kampala offered a different view.' / 'took a gloomier line'
    for clause in token.children:
        if clause.dep_ in {"acl", "relcl", "advcl"} and clause.lemma_.lower() in _ANONYMOUS_VERBS \
                and any(t.lower_ in _ANONYMOUS_WORDS for t in clause.subtree):
            return True
    return False
