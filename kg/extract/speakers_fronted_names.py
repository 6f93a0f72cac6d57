"""A name after a fronted participle clause: "Speaking to Radio Maputo, Ana
Mondlane, President of the Revenue Authority, said a shared system ...".

The parser often joins the name to the clause's last noun ('Maputo' conj
'Mondlane') and leaves "said" without a subject. A name that is such a
conjunct, set off by a comma and whose phrase runs right up to the verb
(its apposition and a comma at most between), is the verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_OPENERS = frozenset("speak talk write address reply respond answer comment".split())


def fronted_clause_subject(verb: Token) -> Token | None:
    """The name the parser hung inside a fronted '-ing' clause of ``verb``, if any."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.tag_ != "VBG" \
                or clause.lemma_.lower() not in _OPENERS:
            continue
        for t in clause.subtree:
            if t.dep_ != "conj" or t.pos_ != "PROPN" or t.i == 0 or t.i > verb.i:
                continue
            before = t.left_edge.i - 1
            after = t.right_edge.i + 1
            if before >= 0 and verb.doc[before].text == "," and after < len(verb.doc) \
                    and (after == verb.i or verb.doc[after].text == "," and after + 1 == verb.i):
                return t
    return None
