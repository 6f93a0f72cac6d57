"""A reported clause first, then a long speaker phrase and a speech verb the
parser left without a subject: 'Latvia and Lithuania will renew the ferry deal,
Latvia's Minister of State for Transport, Ilze Ozola, said on Sunday, though
...' (the verb hangs on the clause as a conjunct) or '..., the two governments
announced on Wednesday' (the verb read as a participle of the noun). The clause
before the comma that opens the speaker phrase is the speaker's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.speakers import entity_for_token
from kg.extract.state import State



# The plural bodies that speak together in a participle phrase: '..., the two governments announced'.
_BOTH_SIDES = frozenset("governments sides countries delegations".split())


def fronted_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add '<clause>, <speaker phrase>, said ...' statements the parse hid."""
    verbs = lexicon.words("reported_verbs")
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "ccomp"} for c in verb.children) or verb.dep_ not in {"conj", "acl"}:
            continue
        if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
            continue
        found = _clause_and_speaker(state, verb, marks)
        if found is None:
            continue
        start, end, speaker = found
        if any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        add_reported(state, speaker, start, end, verb.sent, verb, marks)
        statement = state.statements[-1]
        statement.about = [k for k in statement.about if k != speaker]


def _clause_and_speaker(state: State, verb: Token, marks: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    sent = verb.sent
    doc = verb.doc
    commas = [t for t in doc[sent.start:verb.i] if t.text == ","]
    for comma in commas:
        phrase = [t for t in doc[comma.i + 1:verb.i] if not t.is_punct and not t.is_space]
        if not phrase or len(phrase) > 14 or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
            continue  # the speaker phrase holds no verb of its own
        start, end = trim_span(state.text, sent.start_char, comma.idx)
        clause = [t for t in doc[sent.start:comma.i] if not t.is_punct]
        if len(clause) < 4 or not any(t.pos_ in {"VERB", "AUX"} for t in clause):
            return None
        if any(s < end and start < e for s, e in marks):
            return None
        if any(t.lemma_.lower() in lexicon.words("reported_verbs") and t.pos_ == "VERB" for t in clause):
            return None  # the clause has a speech verb of its own
        if state.text[start:end].split()[0].lower() in {"he", "she", "they", "it", "we", "i"}:
            return None
        speaker = _speaker_in(state, phrase, verb, marks)
        return (start, end, speaker) if speaker is not None else None
    return None


def _speaker_in(state: State, phrase: list[Token], verb: Token, marks: list[tuple[int, int]]) -> str | None:
    """The person named last in the speaker phrase, right before the verb
    ('Latvia's Minister of State for Transport, Ilze Ozola, said'), or the plural
    body a participle hangs on ('the two governments announced'); nothing else."""
    a, b = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    if verb.dep_ == "conj":
        people = [m for m in state.mentions_in(a, b, {"Person"}) if not state.entities[m.key].unnamed]
        if people and people[-1].end == b and len(phrase) > 2:
            return people[-1].key
        return None
    head = verb.head
    if head not in phrase or head.lower_ not in _BOTH_SIDES or phrase[0].lower_ != "the":
        return None
    found = entity_for_token(state, head, marks, before=a)
    return found if found is not None and state.entities[found].unnamed else None
