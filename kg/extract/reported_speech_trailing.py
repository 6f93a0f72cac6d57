"""A reported clause first, then its speaker and a speech verb the parser hung
on it the wrong way round: 'The remaining disputes concern sugar and oils, which
both governments protect, a Kessan trade official said, speaking on condition of
anonymity.' (the clause parsed as a verbless fragment, 'said' as its parataxis);
'Kessa and Ulm agreed on Wednesday to merge their checks, officials from both
countries said, in a bid to cut waiting times.' (a framing phrase after it).
The words before the comma that opens the speaker phrase are the speaker's;
so is a clause joined after the speaker phrase by 'and' ('Drivers have waited up
to 14 hours, she said, and shopkeepers depend on customers from across the
river.': one statement of both clauses, without 'she said').
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.quote_attribution import subject_entity
from kg.extract.quote_spans import trim_span
from kg.extract.reported_apposed_speakers import apposed_subject
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.speakers import entity_for_token
from kg.extract.speakers_it import previous_speaking_body
from kg.extract.state import State

# What may follow the verb before the sentence ends or a participle phrase starts:
# 'said on Tuesday', 'told reporters in Bari'.
_TAIL_DEPS = frozenset({"prep", "pobj", "det", "amod", "advmod", "npadvmod", "compound", "nummod", "dative",
                        "dobj", "punct", "poss", "case", "appos", "nmod", "pcomp"})
# Tail participles that only qualify the telling ('speaking on condition of anonymity',
# 'declining to be named'), never words of their own.
_ASIDE_PARTICIPLES = frozenset("speak decline ask request cite refer insist".split())
# Words that open a closing phrase framing the reported clause ('..., officials said, in a
# bid to cut delays' / 'as part of ...' / 'as traders complained' / 'amid protests'), not a
# clause of its own that the speaker says too ('..., officials said, and the road ...').
_FRAMING_LEADS = frozenset("in as amid after with despite following ahead while before under a an".split())


# Words opening a concessive clause after the speaker phrase: whatever it says (even a
# report of its own), the words before the speaker phrase stay the speaker's.
_CONCESSIVE_LEADS = frozenset({"though", "although"})


def trailing_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add '<clause>, <speaker> said[, speaking on condition of anonymity].'
    statements that no other rule found."""
    verbs = lexicon.words("reported_verbs")
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"parataxis", "ROOT", "conj", "advcl"}:
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
            continue  # 'said that ...': the clause after the verb is the report
        found = clause_before_speaker(state, verb, marks)
        if found is None:
            continue
        start, end, subj, more = found
        sent = verb.sent
        words = None
        if more is not None:
            words = " ".join((state.text[start:end].rstrip(" ,") + " " + state.text[more[0]:more[1]]).split())
            end = more[1]
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue  # already someone's words
        speaker = subject_entity(state, subj, marks, None)
        if speaker is None and subj.lower_ == "it" and subj.pos_ == "PRON":
            # '..., the AFM said in a statement. Their boat had left Zuwara on Tuesday, it
            # said.': the body that spoke just before in the paragraph
            speaker = previous_speaking_body(state, subj, lambda t: entity_for_token(state, t, marks, before=t.idx),
                                             anywhere=True)
        if speaker is None:
            continue
        add_reported(state, speaker, start, end, sent, verb, marks)
        statement = state.statements[-1]
        if words is not None:
            statement.quote = words
        statement.about = [k for k in statement.about if k != speaker]


def _framing_tail(state: State, tail, marks: list[tuple[int, int]]) -> bool:
    """The rest of the sentence after '<speaker> said,' frames the report: a
    phrase opened by a preposition, 'as'/'while', or 'a move that ...', with no
    quote and no report of its own ('as traders complained of delays' is none)."""
    words = [t for t in tail if not t.is_space]
    if not words:
        return False
    if _time_before_event(words):
        pass  # '..., three years after a court threw the deal into doubt': when it came
    elif words[0].lower_ in {"a", "an", "the"}:
        # '..., officials said, a step exporters wanted' / 'the first step since the ruling':
        # a noun phrase summing up the report (not 'the road would reopen', a clause)
        if words[0].head.dep_ not in {"appos", "npadvmod", "dobj", "attr"}:
            return False
    elif words[0].lower_ not in _FRAMING_LEADS:
        return False
    if any(s < words[-1].idx + len(words[-1].text) and words[0].idx < e for s, e in marks):
        return False
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.words("reported_verbs")
                   and any(c.dep_ == "ccomp" for c in t.children) for t in words)


def _time_before_event(words) -> bool:
    """'three years after ...', 'two days before ...': a span of time then 'after',
    'before' or 'since' (a number word or figure, a unit of time, the preposition)."""
    return len(words) > 3 and (words[0].like_num or words[0].lower_ in {"a", "an", "some", "several"}) \
        and words[1].lower_ in lexicon.words("time_span_units") and words[2].lower_ in {"after", "before", "since"}


def _and_clause(state: State, tail, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """', and shopkeepers depend on customers from across the river.' after the
    speaker phrase: a second clause (its own subject and verb, no quote, no speech
    verb) the speaker says too; its span from 'and' to the end, stop excluded."""
    words = [t for t in tail if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "and":
        return None
    if not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.head.pos_ in {"VERB", "AUX"} for t in words[1:]):
        return None
    start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
    if any(s < end and start < e for s, e in marks):
        return None
    if any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.words("reported_verbs") for t in words):
        return None
    return start, end


def clause_before_speaker(state: State, verb: Token, marks: list[tuple[int, int]]
               ) -> tuple[int, int, Token, tuple[int, int] | None] | None:
    """The clause before the speaker phrase and the speaker's token, when the
    sentence is '<clause>, <subject> <verb> <adverbials>[, <aside participle> ...].'"""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    left = subj.left_edge if subj is not None else None
    if subj is None:
        found = apposed_subject(verb) if verb.dep_ in {"advcl", "parataxis", "conj"} else None
        if found is None:
            return None
        subj, left = found
    sent = verb.sent
    doc = verb.doc
    if left.i <= sent.start + 3 or doc[left.i - 1].text != ",":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[left.i:verb.i]):
        return None  # the speaker phrase holds a verb of its own: not a plain attribution
    # after the verb: adverbials only, then the end or an aside participle phrase
    more = None
    for t in doc[verb.i + 1:sent.end]:
        if t.is_space:
            continue
        if t.text == ",":
            after = doc[t.i + 1] if t.i + 1 < sent.end else None
            if after is None:
                return None
            if after.tag_ == "VBG" and after.lemma_.lower() in _ASIDE_PARTICIPLES:
                break
            if _framing_tail(state, doc[t.i + 1:sent.end], marks):
                break  # '..., officials said, in a bid to cut waiting times.'
            if after.lower_ in _CONCESSIVE_LEADS:
                break  # '..., the minister said, though he admitted that ...': a clause of its own
            more = _and_clause(state, doc[t.i + 1:sent.end], marks)
            if more is not None:
                break  # '..., she said, and shopkeepers depend on ...'
            return None
        if t.dep_ not in _TAIL_DEPS or t.pos_ in {"VERB", "AUX"}:
            return None
    start, end = trim_span(state.text, sent.start_char, doc[left.i - 1].idx)
    if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
        return None
    if any(t.lemma_.lower() in lexicon.words("reported_verbs") and t.pos_ == "VERB"
           for t in doc[sent.start:left.i - 1]):
        return None  # the clause has a speech verb of its own
    return start, end, subj, more


def extend_and_clauses(state: State, marks: list[tuple[int, int]]) -> None:
    """'The lanes would open in June, the minister said on Tuesday, and the fees
    would fall by half.': a reported clause another rule ended at the speaker
    phrase takes the 'and' clause after that phrase too (one statement)."""
    verbs = lexicon.words("reported_verbs")
    for st in state.statements:
        if st.kind != "reported":
            continue
        sent = state.sentence_of(st.quote_span.start)
        if st.quote_span.end >= sent.end_char:
            continue  # the words run to (or past) the sentence's end
        after = state.doc.char_span(st.quote_span.end, sent.end_char, alignment_mode="expand")
        if after is None or not len(after):
            continue
        # ', <speaker> <verb> <adverbials>, and ...'
        words = [t for t in after if not t.is_space]
        if not words or words[0].text != "," or len(words) > 60:
            continue
        verb = next((t for t in words[1:9] if t.pos_ == "VERB" and t.lemma_.lower() in verbs), None)
        if verb is None or any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
            continue
        comma = next((t for t in words if t.i > verb.i and t.text == ","), None)
        if comma is None or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in state.doc[verb.i + 1:comma.i]):
            continue
        more = _and_clause(state, state.doc[comma.i + 1:sent.end], marks)
        if more is None or any(o is not st and o.quote_span.start < more[1] and more[0] < o.quote_span.end
                               for o in state.statements):
            continue
        st.quote = " ".join((st.quote.rstrip(" ,") + " " + state.text[more[0]:more[1]]).split())
        st.quote_span = state.span(st.quote_span.start, more[1])
