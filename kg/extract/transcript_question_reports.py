"""What an interviewer's question reports someone else said: 'Harbour Times:
Your counterpart told parliament last month that Ghana would never lower its
fees. What changed?'.

A question is nobody's statement, but the claim it quotes is the words of the
one it names: the guest's counterpart whom the text introduced by name ('his
Ghanaian counterpart, Ama Boateng'), or, for 'Your Israeli counterpart told Kan
radio that ...', the one person of the text who acts for that country (the one
of the guest's portfolio when there are several); a person the question names
('Minister Saleh says Jordan could stop exporting power.') speaks for
themselves. With no such person the claim is left out (never a speaker
"counterpart"); a sentence asking ('Did Saleh say that ...?') reports nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported
from kg.extract.state import State

# 'his Ghanaian counterpart, Ama Boateng' / 'her counterpart, Trade Minister Ama Boateng' /
# 'counterpart Ama Boateng': what may stand between the word and the name.
_BEFORE_NAME_RE = re.compile(r"\bcounterpart(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+"
                             r"(?:[A-Z][\w'’.-]*\s+){0,4}$")


def question_reports(state: State, questions: list[tuple[int, int]], marks: list[tuple[int, int]]) -> None:
    """Add the reported claims of '<your counterpart> said/told X that ...' in question lines."""
    verbs = lexicon.words("reported_verbs")
    for a, b in questions:
        for verb in state.tokens:
            if not a <= verb.idx < b or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lemma_.lower() == "counterpart" \
                    and any(c.lower_ in {"your", "his", "her"} for c in subj.children if c.dep_ == "poss"):
                speaker = _named_counterpart(state, a) or _counterpart_by_side(state, subj, a)
            else:
                speaker = _named_subject(state, subj, a, b)
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if clause is None or speaker is None:
                continue
            words = _clause_words(clause)
            start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
            if len(state.text[start:end].split()) < 3:
                continue
            add_reported(state, speaker, start, end, verb.sent, verb, [m for m in marks if m != (a, b)])


def _named_subject(state: State, subj: Token, a: int, b: int) -> str | None:
    """'Minister Saleh says ...' in a question line: the named person (or body) the
    subject is, when the sentence states it (it does not end in a question mark)."""
    if subj.pos_ != "PROPN" or not subj.sent.text.rstrip().rstrip("\"”'’)").endswith("."):
        return None
    m = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Person", "Organization", "GovernmentAgency"})
    if m is None or state.entities[m.key].unnamed or not a <= m.start < b:
        return None
    return m.key


def _countries_of(state: State, key: str) -> set[str]:
    """The countries a person acts for (directly or through their office)."""
    out = {k for k in state.objects(key, "represents") if state.entities.get(k) and state.entities[k].type == "Country"}
    position = state.positions.get(key)
    if position is not None:
        out |= {k for k in state.objects(position, "positionIn")
                if state.entities.get(k) and state.entities[k].type == "Country"}
    return out


def _portfolio(state: State, key: str) -> set[str]:
    """The words of a person's office that are not title words ('water' of 'Water Minister')."""
    position = state.positions.get(key)
    if position is None or position not in state.entities:
        return set()
    core = lexicon.words("title_core")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", state.entities[position].label)}
    countries = {w.lower() for k in _countries_of(state, key) for w in state.entities[k].label.split()}
    return words - core - countries - {"of", "the", "for", "and", "deputy", "vice", "state"}


def _counterpart_by_side(state: State, subj: Token, before: int) -> str | None:
    """'Your Israeli counterpart': the one named person introduced before the line who
    acts for Israel and is not the guest; with no demonym, for another country than
    the guest's. Several: the one whose office shares the guest's portfolio."""
    guests = {s.speaker for s in state.statements if s.kind == "direct"}
    demonym = next((c for c in subj.children if c.dep_ in {"amod", "compound"} and c.i < subj.i
                    and c.text[:1].isupper()), None)
    want: set[str] | None = None
    if demonym is not None:
        entry = state.gaz.country_of_demonym(demonym.text)
        if entry is None or entry.type != "Country":
            return None
        want = {k for k, e in state.entities.items() if e.type == "Country" and e.label == entry.label}
        if not want:
            return None
    guest_countries = set().union(*(_countries_of(state, g) for g in guests if g in state.entities)) \
        if guests else set()
    found = []
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.key in guests or m.key in found:
            continue
        sides = _countries_of(state, m.key)
        if want is not None and sides & want or want is None and sides and not sides & guest_countries \
                and guest_countries:
            found.append(m.key)
    if len(found) > 1:
        mine = set().union(*(_portfolio(state, g) for g in guests if g in state.entities)) if guests else set()
        found = [k for k in found if _portfolio(state, k) & mine]
    return found[0] if len(found) == 1 else None


def _clause_words(clause: Token) -> list[Token]:
    words = sorted(clause.subtree, key=lambda t: t.i)
    while words and (words[0].dep_ == "mark" or words[0].is_punct):
        words = words[1:]
    return words or [clause]


def _named_counterpart(state: State, before: int) -> str | None:
    """The one person the text introduced as a counterpart before ``before``."""
    found = []
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed \
                and _BEFORE_NAME_RE.search(state.text, max(0, m.start - 80), m.start):
            found.append(m.key)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None
