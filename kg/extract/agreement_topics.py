"""The text a meeting of the two sides was about is one they negotiate.

* "Kenyan and Ugandan officials met in Kampala on Wednesday. The subject was the 2019
  Framework Agreement, which governs transit fees." -> both countries negotiate it;
* "The focus of the talks was the Agreement on River Transit." -> the same.

The sentence names the text as what the subject, topic or focus was (or is); the talks
are in that sentence ("the subject of the talks") or the meeting in the one before.
"""

from __future__ import annotations

from kg.extract.state import State

_TOPIC_NOUNS = frozenset("subject topic focus theme".split())
# words of a meeting: "met", "talks", "a meeting", "negotiations"
_MEETING_WORDS = frozenset("meet talk talks meeting negotiation negotiations discussion discussions "
                           "consultation consultations summit".split())


def topic_agreements(state: State, sides: list[str]) -> None:
    """Both sides negotiate the agreement named as the subject of their meeting."""
    if len(sides) != 2:
        return
    sents = [s for s in state.doc.sents if s.start_char >= state.body_start
             and not state.is_skipped(s.start_char, s.end_char)]
    for i, sent in enumerate(sents):
        for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"}):
            span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            if tok.dep_ != "attr" or tok.head.lemma_ != "be":
                continue
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in _TOPIC_NOUNS \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                continue  # "the subject", "the focus of the talks"; not "a subject" nor "its subject"
            own = {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
            before = {t.lemma_.lower() for t in sents[i - 1]} | {t.lower_ for t in sents[i - 1]} if i else set()
            if not (own | before) & _MEETING_WORDS:
                continue  # no meeting told: "The subject was the treaty" of a lecture, a book
            for side in sides:
                state.add_relation(side, "negotiates", state.sentence_span(sent), obj=m.key)
