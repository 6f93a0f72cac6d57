"""A speaker phrase the parser read as an apposition inside the reported clause.

    ... for the Orra Bridge, the Ministry of Transport (MoT) announced today.
    ... across the border, Tarvia's Minister of Health, Ciaran Voss, said on Sunday.

The clause comes first; the parser hung the speaker phrase on the clause's last
noun (an apposition, the name after the office an adverbial) and left the speech
verb without a subject.
"""

from __future__ import annotations

from spacy.tokens import Token


def apposed_subject(verb: Token) -> tuple[Token, Token] | None:
    """'... for the Orra Bridge, the Ministry of Transport (MoT) announced today.', '...
    across the border, Tarvia's Minister of Health, Ciaran Voss, said on Sunday': the
    parser hung the speaker phrase on the noun before the comma (an apposition) and left
    the verb without a subject. The speaker's token (the name after the office, when one
    follows) and the phrase's first token, or None."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    doc = verb.doc
    for t in doc[verb.sent.start:verb.i]:
        if t.dep_ != "appos" or t.pos_ not in {"PROPN", "NOUN"} or t.right_edge.i >= verb.i \
                or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        last = t.right_edge.i
        while last > t.i and doc[last].text in {",", ")"}:
            last -= 1  # (the comma closing the office may hang on it)
        rest = [x for x in doc[last + 1:verb.i] if x.text not in {")", ","}]
        if not rest:
            return t, t.left_edge
        # ', the minister of health, Ciaran Voss,': the office, then the holder's name
        if doc[rest[0].i - 1].text == "," and doc[verb.i - 1].text == "," \
                and all(x.pos_ == "PROPN" for x in rest) and len(rest) <= 4 \
                and rest[-1].i - rest[0].i == len(rest) - 1:
            return rest[-1], t.left_edge
    return None
