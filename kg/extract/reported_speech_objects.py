"""Reported speech whose words are a noun phrase or a 'that' clause of verbs the
general rule does not take:

- 'ICES last month advised a total catch of no more than 174,000 tonnes',
  'the board recommended a ten-day limit', 'The ministry reiterates the
  commitment of the government to ...', '..., according to the authority,
  which blamed the delays on slow clearance': the object (with what follows it
  in the verb's phrase) is what the subject said;
- 'The chamber also called for a single digital register': the thing called for;
- 'The Customs Directorate reported that it will assign staff': a body's
  'reported that' clause (a news outlet's report is left to the other rules);
  so too 'observed / remarked / countered / disclosed / reminded reporters
  that ...', verbs the general rule leaves out.

Only a person or a body speaks (a country or a plain noun does not), and words
another rule already gave a speaker are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.quote_attribution import ORG_SPEAKER_TYPES, subject_entity
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, report_clause, unsaid
from kg.extract.state import State

# Verbs whose object is the speaker's claim or advice.
_OBJECT_VERBS = frozenset("advise recommend estimate reiterate reaffirm blame".split())
# Verbs that report only with a 'that' clause ('reported that ...', 'reaffirmed that ...',
# 'Lan observed that ...', 'the ministry disclosed that ...', 'she reminded reporters that ...').
_THAT_VERBS = frozenset("report reaffirm assure underline underscore observe remark counter recall lament reveal "
                        "disclose allege highlight mention remind boast object respond conclude affirm inform notify"
                        .split())
_VERBS = _OBJECT_VERBS | _THAT_VERBS | {"call"}  # every token is tested: built once, not per token
_SPEAKER_TYPES = frozenset({"Person"}) | ORG_SPEAKER_TYPES
# Parts of the verb phrase that belong to the words ('blamed the delays on X by Y').
_PHRASE_DEPS = frozenset({"dobj", "prep", "dative", "oprd"})
# Subjects that name a body or person said before ('the chamber also called for ...', 'it').
_BODY_WORDS = frozenset("it he she chamber ministry department agency commission council committee union board "
                        "authority secretariat bureau federation association administration government".split())


def object_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the statements of the three forms in the module docstring."""
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _VERBS:
            continue
        if any(s <= verb.idx < e for s, e in marks) or state.is_skipped(verb.idx, verb.idx + 1) or unsaid(verb):
            continue
        if lemma in _THAT_VERBS and _that_clause(state, verb, marks):
            continue
        if lemma == "call":
            words = _called_for(verb)
        elif lemma in _OBJECT_VERBS:
            words = _object_phrase(verb)
        else:
            words = []
        if words:
            _add(state, verb, words, marks)


def _speaker(state: State, verb: Token, marks: list[tuple[int, int]]) -> str | None:
    """The person or body the verb's subject names."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.tag_ == "WDT" and verb.dep_ == "relcl" and subj.i > 0 and subj.doc[subj.i - 1].text == ",":
        # '..., according to the Revenue Authority (RA), which blamed ...': the named body
        m = state.mention_at(verb.head.idx, verb.head.idx + len(verb.head.text), set(ORG_SPEAKER_TYPES))
        return m.key if m is not None and not state.entities[m.key].unnamed else None
    named = state.mention_at(subj.idx, subj.idx + len(subj.text), set(_SPEAKER_TYPES))
    if (named is None or state.entities[named.key].unnamed) and subj.lower_ not in _BODY_WORDS:
        return None  # 'Some traders blamed the weather': no one in particular (and no node made for them)
    key = subject_entity(state, subj, marks, None)
    if key is None or state.entities[key].type not in _SPEAKER_TYPES or state.entities[key].unnamed:
        return None
    return key


def _that_clause(state: State, verb: Token, marks: list[tuple[int, int]]) -> bool:
    """'X reported that ...': the clause is X's words. True when the form matched."""
    # 'that' may be parsed as the determiner of the clause's subject ('countered that freight would ...')
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
             and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.left_edge.lower_ == "that")]
    if not comps:
        return False
    key = _speaker(state, verb, marks)
    if key is None or state.entities[key].type == "MediaOrganization":
        return True  # 'Reuters reported that ...': the outlet relays, the others' rules decide
    clause = sorted(comps[0].subtree, key=lambda t: t.i)
    if clause[0].lower_ == "that" and clause[0].dep_ != "mark":
        clause = clause[1:]
    if not clause or not _free(state, clause[0].idx, clause[-1].idx + len(clause[-1].text)):
        return True
    report_clause(state, verb, clause, marks)
    return True


def _object_phrase(verb: Token) -> list[Token]:
    """The object of the verb and the phrases after it ('a total catch of no more
    than 174,000 tonnes', 'the delays on slow clearance by ...'); nothing when the
    verb has no object or reports a clause."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    parts = [c for c in verb.children if c.i >= obj.i and c.dep_ in _PHRASE_DEPS]
    return sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)


def _called_for(verb: Token) -> list[Token]:
    """'called for a single digital register': the noun phrase after 'for'."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1), None)
    if prep is None:
        return []
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return sorted(obj.subtree, key=lambda t: t.i) if obj is not None else []


def _free(state: State, start: int, end: int) -> bool:
    """No statement has these words yet."""
    return not any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements)


def _add(state: State, verb: Token, words: list[Token], marks: list[tuple[int, int]]) -> None:
    words = [t for t in words if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return
    start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
    if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks):
        return
    if not _free(state, start, end):
        return
    key = _speaker(state, verb, marks)
    if key is None:
        return
    add_reported(state, key, start, end, verb.sent, verb, marks)
    statement = state.statements[-1]
    statement.about = [k for k in statement.about if k != key]
