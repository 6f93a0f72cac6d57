"""A name after a fronted participle clause: "Speaking to Radio Maputo, Ana
Mondlane, President of the Revenue Authority, said a shared system ...".

The parser often joins the name to the clause's last noun ('Maputo' conj
'Mondlane') and leaves "said" without a subject. A name that is such a
conjunct, set off by a comma and whose phrase runs right up to the verb
(its apposition and a comma at most between), is the verb's subject.

A fronted place phrase does the same (round-37 class C7): "In Isfara, the
town's chairman, Jamshed Rahim, told Asia-Plus that ..." -- the parser makes
'chairman' an apposition of 'Isfara' and 'Rahim' one of 'chairman'. The last
apposition of the phrase's object that runs right up to the verb (a comma
between) is the subject: the name, else the title.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon

_OPENERS = frozenset("speak talk write address reply respond answer comment".split())


def fronted_clause_subject(verb: Token) -> Token | None:
    """The name the parser hung inside a fronted '-ing' clause of ``verb``, if any."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    apposed = _fronted_apposition(verb)
    if apposed is not None:
        return apposed
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


def _fronted_apposition(verb: Token) -> Token | None:
    """'In Isfara, the town's chairman, Jamshed Rahim, told ...': the apposition the
    parser hung on the object of a fronted preposition, right before the verb."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.i != verb.sent.start:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        last = obj.right_edge.i
        if not (last + 1 == verb.i or doc[last + 1].text == "," and last + 2 == verb.i) and not (
                doc[last].text == "," and last + 1 == verb.i):
            continue
        chain, head = [], obj
        while True:  # follow the appositions: the name is the deepest one
            nxt = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
            if nxt is None:
                break
            chain.append(nxt)
            head = nxt
        if not chain or doc[chain[0].left_edge.i - 1].text != ",":
            continue
        names = [t for t in chain if t.pos_ == "PROPN"]
        if names:
            return names[-1]
        title = chain[-1]
        if title.pos_ == "NOUN" and (title.lemma_.lower() in lexicon.words("title_core")
                                     or title.lower_ in lexicon.words("role_nouns")):
            return title  # 'In Isfara, the town's chairman, told ...'
    return None
