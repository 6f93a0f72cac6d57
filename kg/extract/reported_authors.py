"""What the author of a signed opinion piece reports having said (round-29 S3).

    By Hoang Van Minh
    ...
    When I served in Vientiane, I told Laos's Ministry of Foreign Affairs more
    than once that Vietnam would pay for its half.

The writer's own views ('I believe the line will pay', 'I have long argued
that ...') are the piece itself, not statements. What the writer says he told
or said to someone at some time ('I told the ministry that ...', 'I warned my
counterpart that ...', 'I said in 2015 that ...': an 'I' with a speech verb in
the past tense and a clause of what was said) is a reported statement of the
one writer the byline names; the one told is the addressee.
"""

from __future__ import annotations

from kg.extract.entity_bylines import byline_names
from kg.extract.quote_spans import clause_after_verb, trim_span
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.state import State

# speech verbs of telling someone something, not of holding a view
_TOLD = frozenset("tell say warn inform assure remind explain write insist promise repeat stress "
                  "emphasise emphasize point".split())


def _author(state: State) -> str | None:
    """The Person the one writer of the byline is (None without a byline or with several writers)."""
    head = state.text[:state.body_start + 600]
    names = [n for n in byline_names(head)]
    if len(names) != 1:
        return None
    a, b = names[0]
    m = state.mention_at(a, b, {"Person"})
    if m is not None:
        return m.key
    label = " ".join(state.text[a:b].split())
    people = [k for k, e in state.entities.items() if e.type == "Person" and e.label == label]
    return people[0] if people else None


def author_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'I told X (more than once) that ...' of a signed piece: the writer's reported statement."""
    author = None
    for token in state.tokens:
        if token.lower_ != "i" or token.dep_ != "nsubj" or token.idx < state.body_start:
            continue
        if any(s <= token.idx < e for s, e in marks) or state.is_skipped(token.idx, token.idx + 1):
            continue
        verb = token.head
        if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.lemma_.lower() not in _TOLD or unsaid(verb):
            continue
        if verb.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        # ('told X more than once that ...': the parser may hang the clause on 'more')
        heads = [verb, *(c for c in verb.children if c.dep_ in {"advmod", "npadvmod"} and c.i > verb.i)]
        comps = [c for h in heads for c in h.children if c.dep_ == "ccomp" and c.i > verb.i]
        if not comps:
            continue
        words = clause_after_verb(verb, sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i))
        while words and (words[0].dep_ == "mark" or words[0].is_punct):
            words = words[1:]
        if not words:
            continue
        start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks) \
                or any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        author = author or _author(state)
        if author is None:
            return
        add_reported(state, author, start, end, verb.sent, verb, marks)
