"""Speakers the statement step could not name from the verb's subject alone
(a pass of :mod:`kg.extract.statement_checks`).

* "An Eskom engineer said ...": a person noun modified by an organisation (or
  a demonym) is an unnamed speaker representing it, not the organisation;
* "The joint communiqué issued afterwards said ...": the words of the two
  governments together (an unnamed node, as for "according to a joint statement");
* "The talks stalled, diplomats familiar with the negotiations said.": a clause
  first, then a comma and a speaker with a speech verb ending the sentence, even
  when the parser did not hang the clause on the verb.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import lexicon, quote_details, quote_spans
from kg.extract.speakers import PERSON_NOUN_RE, entity_for_token, forget_entity, subject_of, unnamed_speaker
from kg.extract.joint_texts import joint_author
from kg.extract.state import State
from kg.model import ORG_TYPES, Statement

_ACTOR_MODIFIER_TYPES = ORG_TYPES | {"Country", "Person"}
# Written words a group issues together: their authors speak through them.
_JOINT_TEXTS = frozenset({"communiqué", "communique", "statement", "declaration"})
_JOINT_WORDS = frozenset({"joint", "common", "final"})
# Words the person-noun ending also matches that are not people.
_NOT_PEOPLE = frozenset(
    "order border water number sector corridor other paper letter matter quarter meter metre chapter "
    "register counter charter partner cover power river center centre corner newspaper broadcaster".split())


def fix_speakers(state: State) -> None:
    """Re-attribute statements whose speaker the surrounding words name, and add
    the ones whose speaker the statement step could not resolve."""
    marks = _marks(state)
    _org_role_speakers(state, marks)
    _joint_texts(state, marks)
    _missed_reported(state, marks)
    _missed_direct(state, marks)
    described_ministries(state)


def _marks(state: State) -> list[tuple[int, int]]:
    """The quoted stretches, marks included (what the statement step hides from its rules)."""
    return sorted((s - 1, e + 1) for s, e in quote_spans.find_quotes(state.text) if s >= state.body_start)


def _inside(char: int, marks: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in marks)


# -- "An Eskom engineer said" ----------------------------------------------------------
def person_noun(token: Token) -> bool:
    """A common noun for a person ('engineer', 'geologist', 'manager', 'official')."""
    word = token.lower_
    if token.pos_ != "NOUN" or not token.text.islower() or word in _NOT_PEOPLE:
        return False
    if word in lexicon.mapping("media") or token.lemma_.lower() in lexicon.mapping("media"):
        return False
    return word in lexicon.words("role_nouns") or token.lemma_.lower() in lexicon.words("title_core") \
        or PERSON_NOUN_RE.fullmatch(word) is not None


def _actor_modifier(state: State, noun: Token) -> str | None:
    """The actor named as a modifier right before a person noun ('an Eskom engineer')."""
    for child in noun.children:
        if child.i < noun.i and child.dep_ in {"compound", "amod", "nmod"}:
            m = state.mention_at(child.idx, child.idx + len(child.text), _ACTOR_MODIFIER_TYPES)
            if m is not None and not state.entities[m.key].unnamed and m.end <= noun.idx:
                return m.key
    return None


def _org_role_speakers(state: State, marks: list[tuple[int, int]]) -> None:
    """'An Adif engineer said ...' attributed to Adif itself: the speaker is an
    unnamed 'Adif engineer' who represents it."""
    for i, statement in enumerate(state.statements):
        subj = _subject_in(state, statement, marks)
        if subj is None or not person_noun(subj) or _actor_modifier(state, subj) != statement.speaker:
            continue
        if state.mention_at(subj.idx, subj.idx + len(subj.text)) is not None:
            continue
        state.statements[i] = dataclasses.replace(statement, speaker=unnamed_speaker(state, subj))


def _subject_in(state: State, statement: Statement, marks: list[tuple[int, int]]) -> Token | None:
    """The subject of the speech verb that introduces ``statement`` in its sentence."""
    span = state.doc.char_span(statement.evidence.start, statement.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    q0, q1 = statement.quote_span.start, statement.quote_span.end
    verbs = lexicon.words("speech_verbs") | lexicon.words("reported_verbs")
    for t in span:
        if t.lemma_.lower() in verbs and t.pos_ == "VERB" and not (q0 <= t.idx < q1) and not _inside(t.idx, marks):
            subj = subject_of(t)
            if subj is not None and not (q0 <= subj.idx < q1):
                return subj
    return None


def _extra_speaker(state: State, subj: Token) -> str | None:
    """Speakers the statement step does not resolve: a person noun modified by an
    actor or a demonym ('a Ecopetrol geologist', 'a Chilean engineer')."""
    if not person_noun(subj) or state.mention_at(subj.idx, subj.idx + len(subj.text)) is not None:
        return None
    if _actor_modifier(state, subj) is None and not _demonym_modifier(state, subj):
        return None
    return unnamed_speaker(state, subj)


def _demonym_modifier(state: State, noun: Token) -> bool:
    return any(c.i < noun.i and c.dep_ in {"amod", "compound"} and state.gaz.demonyms.get(c.lower_) is not None
               for c in noun.children)


# -- "the joint communiqué said" --------------------------------------------------------
def _joint_texts(state: State, marks: list[tuple[int, int]]) -> None:
    """'The joint communiqué issued afterwards said the question should be ...':
    reported (or quoted) words of the two governments together."""
    for token in state.tokens:
        if token.idx < state.body_start or token.lemma_.lower() not in lexicon.words("reported_verbs") \
                or token.pos_ != "VERB" or _inside(token.idx, marks):
            continue
        subj = subject_of(token)
        if subj is None or subj.lower_ not in _JOINT_TEXTS or subj.head.i != token.i \
                or not any(c.lower_ in _JOINT_WORDS for c in subj.children if c.dep_ in {"amod", "compound"}):
            continue
        sent = token.sent
        if any(s.evidence.start <= token.idx < s.evidence.end for s in state.statements):
            continue
        spans = _clause_spans(state, token, marks)
        if not spans:
            continue
        # The governments together, as for "according to a joint statement" (not the
        # leaders who met: the text is their governments', and annotators read it so)
        author = _two_governments(state, subj)
        medium = lexicon.mapping("media").get(subj.lower_, "joint statement")
        medium = "joint statement" if medium == "statement" else medium
        for a, b, kind in spans:
            statement = _statement(state, author, a, b, kind, sent, token, marks)
            statement.medium = medium
            state.statements.append(statement)


def _two_governments(state: State, subj: Token) -> str:
    return joint_author(state, subj)


def _clause_spans(state: State, verb: Token, marks: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words a speech verb reports: its clause (minus quotation marks: a
    quote filling the clause is direct), as (start, end, kind)."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        return []
    sub = sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i)
    if all(c.i > verb.i for c in comps):
        sub = quote_spans.clause_after_verb(verb, sub)
    if sub and sub[0].lower_ == "that" and sub[0].dep_ == "mark":
        sub = sub[1:]
    if not sub:
        return []
    start, end = quote_spans.trim_span(state.text, sub[0].idx, sub[-1].idx + len(sub[-1].text))
    if len(state.text[start:end].split()) < 3:
        return []
    quoted = [(s, e) for s, e in marks if s < end and start < e]
    if quoted and len(quoted) == 1 and quoted[0][0] <= start + 1 and quoted[0][1] >= end - 1:
        a, b = quote_spans.trim_span(state.text, quoted[0][0] + 1, quoted[0][1] - 1)
        return [(a, b, "direct")]
    return [(start, end, "reported")]


def _statement(state: State, speaker: str, a: int, b: int, kind: str, sent: SpacySpan, verb: Token | None,
               marks: list[tuple[int, int]]) -> Statement:
    statement = Statement(
        speaker=speaker,
        quote=" ".join(re.sub(r'["“”]', "", state.text[a:b]).split()),
        kind=kind,
        quote_span=state.span(a, b),
        evidence=state.sentence_span(sent),
    )
    outside = [t for t in sent if not (a <= t.idx < b)]
    quote_details.fill_details(state, statement, verb, outside, (a, b), marks)
    return statement


# -- speech the statement step left unattributed ------------------------------------
def _covered(state: State, start: int, end: int) -> bool:
    return any(s.quote_span.start < end and start < s.quote_span.end for s in state.statements)


def _missed_reported(state: State, marks: list[tuple[int, int]]) -> None:
    """'A Ecopetrol geologist said the reservoir was declining' (a speaker only
    the extra rules resolve), and '<clause>, <speaker> said.' whose clause the
    parser did not hang on the verb. An interviewer's question line is nobody's
    words ('Your Israeli counterpart told Kan radio that ...': the question rules
    give the claim to the counterpart the text names, else to no one)."""
    from kg.extract.transcripts import question_lines  # here: transcripts imports the speaker rules
    asked = question_lines(state)
    for token in state.tokens:
        if token.idx < state.body_start or token.lemma_.lower() not in lexicon.words("reported_verbs") \
                or token.pos_ != "VERB" or _inside(token.idx, marks) or state.is_skipped(token.idx, token.idx + 1) \
                or _inside(token.idx, asked):
            continue
        # the subject nearest the verb: a misparsed clause first may give it a second one
        subjs = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        subj = subjs[-1] if subjs else None
        if subj is None:
            continue
        spans = _clause_spans(state, token, marks)
        if not spans:
            spans = _clause_first(state, token, subj, marks)
            if not spans:
                continue
            speaker = entity_for_token(state, subj, marks) or _extra_speaker(state, subj)
        else:
            speaker = _extra_speaker(state, subj) if not _covered(state, spans[0][0], spans[0][1]) else None
        if speaker is None:
            continue
        for a, b, kind in spans:
            if not _covered(state, a, b):
                state.statements.append(_statement(state, speaker, a, b, kind, token.sent, token, marks))


# "..., diplomats familiar with the negotiations said (on Monday)." -- the verb ends the sentence
_TAIL_RE = re.compile(r"[^,;:]{1,80}$")


def _clause_first(state: State, verb: Token, subj: Token, marks: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """'The talks stalled in March, diplomats familiar with the negotiations
    said.': the sentence's words before the comma that opens the speaker's phrase."""
    sent = verb.sent
    left = subj.left_edge
    if left.i == sent.start or left.i == 0 or state.doc[left.i - 1].text != ",":
        return []
    comma = state.doc[left.i - 1]
    tail = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    if any(t.pos_ == "VERB" for t in tail) or len(tail) > 5:
        return []  # the verb does not end the sentence: not a trailing attribution
    start, end = quote_spans.trim_span(state.text, sent.start_char, comma.idx)
    if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
        return []
    if any(t.lemma_.lower() in lexicon.words("reported_verbs") and t.pos_ == "VERB"
           for t in sent if start <= t.idx < end):
        return []  # the clause has its own speech verb ("X said Y, officials said" is unusual)
    lead = state.text[start:end].split()[0].lower()
    if lead in {"he", "she", "they", "it", "we", "i"}:
        return []
    if lead in _ASKED:
        return []  # 'Asked whether the deal allows X, Dor said no.': the question is not his words
    return [(start, end, "reported")]


# A clause opening with the question put to the speaker ('Asked whether ...,', 'Pressed on ...,').
_ASKED = frozenset("asked questioned pressed quizzed challenged".split())


def _missed_direct(state: State, marks: list[tuple[int, int]]) -> None:
    """'"We have no choice," an Eskom manager told reporters.': a quote nobody
    was found for, whose sentence's speech verb has a speaker only the extra
    rules resolve."""
    from kg.extract.transcripts import question_lines  # here: transcripts imports the speaker rules
    verbs = lexicon.words("speech_verbs")
    asked = question_lines(state)  # a question's quote is the question rules' (or no one's)
    for qs, qe in quote_spans.find_quotes(state.text):
        if qs < state.body_start or state.is_skipped(qs, qe) or _inside(qs, asked):
            continue
        a, b = quote_spans.trim_span(state.text, qs, qe)
        if b <= a or len(state.text[a:b].split()) < 3 or _covered(state, a, b):
            continue
        sent = state.sentence_of(a)
        for t in sent:
            if t.lemma_.lower() not in verbs or t.pos_ != "VERB" or _inside(t.idx, marks):
                continue
            subj = subject_of(t)
            if subj is None or _inside(subj.idx, marks):
                continue
            speaker = _extra_speaker(state, subj)
            if speaker is not None:
                state.statements.append(_statement(state, speaker, a, b, "direct", sent, t, marks))
                break
        else:
            if not any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and not _inside(t.idx, marks) for t in sent):
                person = _person_sentence_before(state, qs - 1, marks)
                if person is not None and _whole_sentence(state.text[qs:qe]):
                    state.statements.append(_statement(state, person, a, b, "direct", sent, None, marks))


def _whole_sentence(words: str) -> bool:
    return words[:1].isupper() and words.rstrip()[-1:] in {".", "!", "?"} or len(words.split()) >= 5


def _person_sentence_before(state: State, mark: int, marks: list[tuple[int, int]]) -> str | None:
    """'Nadia Rami, the director-general of ..., inspected a warehouse on Monday.
    "We are building ..."': the named person the sentence right before a quote
    (same paragraph, nothing between) is about -- its subject."""
    before = state.text[:mark].rstrip(" \t")
    if not before or before[-1] not in ".!" or "\n" in state.text[len(before):mark]:
        return None
    prev = state.sentence_of(len(before) - 1)
    if prev.start_char < state.body_start or any(s < prev.end_char and prev.start_char < e for s, e in marks):
        return None
    root = prev.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or root.pos_ not in {"VERB", "AUX"}:
        return None
    m = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Person"})
    if m is None or state.entities[m.key].unnamed:
        return None
    return m.key


# -- "the Guatemalan foreign ministry said" -------------------------------------------------
_PORTFOLIO_SYNONYMS = {"foreign": {"foreign", "external"}, "external": {"foreign", "external"}}


def described_ministries(state: State) -> None:
    """'the Guatemalan foreign ministry said' when 'Guatemala's Ministry of
    Foreign Affairs' is named: the speaker is that ministry, not a second
    agency described by demonym (with two countries' ministries of one name,
    the one of the demonym's country)."""
    from kg.extract.office_sides import owner_country  # its module imports speakers: keep the cycle lazy

    for i, statement in enumerate(state.statements):
        entity = state.entities.get(statement.speaker)
        if entity is None or entity.type != "GovernmentAgency":
            continue
        words = entity.label.split()
        if len(words) < 3 or words[-1].lower() not in {"ministry", "department"}:
            continue
        demonym = state.gaz.demonyms.get(words[0].lower())
        if demonym is None:
            continue
        portfolio = [w.lower() for w in words[1:-1]]
        target = None
        for key, other in state.entities.items():
            if key == entity.key or other.type != "GovernmentAgency" or other.unnamed:
                continue
            label = other.label.lower()
            if words[-1].lower() not in label or not all(
                    any(s in label.split() for s in _PORTFOLIO_SYNONYMS.get(w, {w})) for w in portfolio):
                continue
            owners = {owner_country(state, m) for m in state.mentions if m.key == key}
            if any(o is not None and state.entities[o].label == demonym.label for o in owners):
                target = key
                break
        if target is None:
            continue
        for j, other_statement in enumerate(state.statements):
            if other_statement.speaker == entity.key:
                state.statements[j] = dataclasses.replace(other_statement, speaker=target)
        for span in list(entity.mentions):
            state.add_mention(target, span.start, span.end, alias=False)
        if not any(entity.key in {r.subject, r.object} and r.predicate != "partOf" for r in state.relations):
            forget_entity(state, entity.key)
