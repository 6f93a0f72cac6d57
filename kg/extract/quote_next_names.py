"""A quote paragraph whose speaker the next sentence names with a report of his own.

    "Drivers sleep in their cabs and the fruit goes soft." Niran Wongsa,
    president of the Tak exporters' association, said the association had
    asked for round-the-clock opening.

The quote opens the paragraph and is a whole sentence; the sentence right
after it, in the same paragraph and with no quote of its own, opens with a
named person who is the subject of a speech verb. The quote is that person's
(the reported clause stays a statement of its own). The usual next-sentence
attribution wants a short '..., he said.'; a long sentence reporting more of
the same person's words names the speaker just as plainly when the name leads it.

A feature often opens a paragraph with the quote and then introduces its
speaker without any speech verb (round-37 class C1):

    "A barge cannot wait for a bridge." Juraj Novak, a captain with a towing
    company, has sailed past the port for 20 years.
    "Every season we lose nets." Musa Sarr, a skipper of 30 years, was mending
    his boat on the beach on Tuesday.

When the next sentence has no speech verb at all, the named person who is the
subject of its main verb and leads it is the speaker (unless the verb turns
against the words: 'X rejected that', 'X disagrees').
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.quote_spans import speech_verbs, unquoted_tokens
from kg.extract.speakers import entity_for_token, subject_of
from kg.extract.state import State


def name_follows(state: State, sents: list[SpacySpan], marks: list[tuple[int, int]], qs: int, qe: int) -> str | None:
    """The person the sentence after the paragraph-opening quote ``text[qs:qe]`` opens with."""
    line_start = state.text.rfind("\n", 0, qs - 1) + 1
    if state.text[line_start:qs - 1].strip() or state.text[qs:qe].rstrip()[-1:] not in {".", "!", "?"}:
        return None
    doc = state.doc
    last = sents[-1]
    if last.end >= len(doc):
        return None
    nxt = doc[last.end].sent
    if "\n" in state.text[qe:nxt.start_char]:
        return None  # the next paragraph is another's
    toks = unquoted_tokens(list(nxt), marks)
    if len(toks) < len(nxt):
        return None  # a sentence with a quote of its own attributes that one
    verbs = speech_verbs(toks)
    if not verbs:
        return _introduced_person(state, nxt, marks, qs)
    for verb in verbs:
        subj = subject_of(verb)
        if subj is None or subj.pos_ != "PROPN" or subj.i > verb.i:
            continue
        if min(t.i for t in subj.subtree) != nxt.start:
            return None  # the name must lead the sentence ('Later, X said ...' may be about something else)
        key = entity_for_token(state, subj, marks, before=qs)
        if key is not None and state.entity_type(key) == "Person" and not state.entities[key].unnamed:
            return key
        return None
    return None


# Main verbs by which the next sentence's subject answers the quote rather than says it.
_AGAINST = frozenset("reject dismiss disagree deny dispute doubt counter contradict scoff question".split())


def _introduced_person(state: State, nxt: SpacySpan, marks: list[tuple[int, int]], qs: int) -> str | None:
    """The named person who leads the sentence after the quote as its main verb's subject."""
    root = nxt.root
    if root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() in _AGAINST:
        return None
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "PROPN" or min(t.i for t in subj.subtree) != nxt.start:
        return None
    key = entity_for_token(state, subj, marks, before=qs)
    if key is not None and state.entity_type(key) == "Person" and not state.entities[key].unnamed:
        return key
    return None
