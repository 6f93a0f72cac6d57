"""The reported tail after a quote that closes a reported clause.

    Zaki said in a statement that Kabul was "open to a longer contract" but
    wanted Afghan engineers trained first.
    Lee said that the treaty "was written for another era," but that neither
    government wanted to reopen it.

The quote is the speaker's direct statement; what follows 'but' goes on with
the reported clause (the parser hangs it on the speech verb, not on the clause)
and is a reported statement of its own. The bare predicate counts only when it
reads as more of the report (a modal, or a verb of wanting, needing, being or
having): 'said it was "a good start" but declined to give a date' tells what
the speaker did, not what he said.

The speaker's own act coordinated after a quoted clause is no statement either:

    Tan said the committee was "a good start" and called for a fixed timetable.

('called for ...' there is what Tan did; the quote is his statement.)
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# Verbs a predicate after the quote may have and still be the reported clause's.
_REPORT_LEMMAS = frozenset("be have want need remain lack intend plan prefer require".split())
_MODALS = frozenset("would could might should will can may must 'd".split())
# Acts of the speaker that say nothing of their own when coordinated after a quoted clause.
_OWN_ACTS = frozenset("call welcome praise thank hail applaud criticise criticize condemn".split())
_QUOTE_CHARS = " ,;.\"“”'’"


def _clause_ends_with_quote(state: State, clause: list[Token], before: int, marks: list[tuple[int, int]]) -> bool:
    """Does a quote close the clause, with only punctuation between it and ``before``?"""
    if not clause:
        return False
    start = clause[0].idx
    inside = [(s, e) for s, e in marks if start <= s < before]
    if not inside:
        return False
    end = max(e for _, e in inside)
    return not state.text[end:before].strip(_QUOTE_CHARS)


def bare_tails(state: State, verb: Token, comps: list[Token], skip: set[int],
               marks: list[tuple[int, int]]) -> list[list[Token]]:
    """Predicates after 'but' coordinated with the speech verb ``verb`` (no subject, no
    'that') that go on with its quoted clause: the words of each."""
    clause = sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i)
    if not clause or clause[0].i < verb.i:
        return []
    out = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < clause[-1].i or conj.i in skip or conj.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in conj.children):
            continue
        cc = [c for c in verb.children if c.dep_ == "cc" and clause[-1].i < c.i < conj.i]
        if not cc or cc[-1].lower_ != "but" or conj.i - cc[-1].i > 3:
            continue
        if not _clause_ends_with_quote(state, clause, cc[-1].idx, marks):
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in conj.children)
        if not modal and conj.lemma_.lower() not in _REPORT_LEMMAS:
            continue
        words = [t for t in conj.subtree if not any(s <= t.idx < e for s, e in marks)]
        if len(words) == len(list(conj.subtree)):
            out.append(words)
    return out


def own_act(part: list[Token]) -> bool:
    """Is the predicate ``part`` the speaker's own act ('called for a timetable')?"""
    ids = {t.i for t in part}
    roots = [t for t in part if t.head.i not in ids or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ != "VERB" or roots[0].tag_ not in {"VBD", "VBZ"}:
        return False
    root = roots[0]
    if root.lemma_.lower() == "call":
        # 'called for a timetable' (an act); 'called on Singapore to fix it' says what he asked
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in root.children)
    if root.lemma_.lower() in _WITHHOLDING or root.lemma_.lower() in _WITHHOLD_VERBS and any(
            c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children if d.dep_ == "det") for c in root.children):
        # 'said the arrangement was "in its final stage" but gave no date' / 'but declined to
        # elaborate': what the speaker left unsaid, no words of a second statement (round-36 C5)
        return True
    return root.lemma_.lower() in _OWN_ACTS


# Verbs that withhold words with a 'no' object ('gave no date', 'offered no details', 'named no figure').
_WITHHOLD_VERBS = frozenset("give offer provide name set disclose specify reveal cite put".split())
_WITHHOLDING = frozenset("decline refuse".split())
