"""The reported words around a quoted adverbial fragment (round-27 classes C1
and C2).

    Pereira said Chile was ready to move the buoys "where the charts demand it"
    but would not accept any change to the licensed blocks.

The quoted words say where; the clause before them (a subject, a finite verb
and its complement: 'Chile was ready to move the buoys') says what, and is the
speaker's reported statement as well as the quote's direct one. A predicate
coordinated after a fragment of place, time or condition ('but would not accept
any change ...') is reported on its own. No clause is reported before a quote
that is the verb's object or complement ('said Finland would not sign "a blank
cheque"', 'said Moscow was "open to a conversation"': what the clause says),
nor before a time or a condition ('"before the spring recess"', '"if the charts
are redrawn"'): the clause without its condition is no claim the speaker made,
and measured, the blind gold has such fragments alone (so do the earlier
rounds' time phrases, '"before the summer"'); nor when the clause has no
complement ('the checks would continue "where the road ends"').
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, unsaid
from kg.extract.state import State
from kg.model import Statement

# Words a quoted adverbial fragment opens with (one word; 'as soon as' below).
_LEADS = frozenset("where when wherever whenever before after within until till by if once unless".split())
# What makes a clause whole before the fragment: its verb's object or complement.
_COMPLEMENTS = frozenset({"dobj", "acomp", "attr", "xcomp", "ccomp", "oprd", "dative"})


def fragment_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """Add the clause before a quoted adverbial fragment (and any predicate
    coordinated after it) as the fragment's speaker's reported words."""
    verbs = lexicon.words("reported_verbs")
    for statement in [s for s in state.statements if s.kind == "direct"]:
        mark = next(((s, e) for s, e in marks if s <= statement.quote_span.start < e), None)
        if mark is None:
            continue
        ms, me = mark
        quoted = [t for t in state.tokens if ms < t.idx < me - 1 and not t.is_punct and not t.is_space]
        if len(quoted) < 2 or not _adverbial_lead(quoted):
            continue
        found = _reporting_clause(quoted, verbs, ms)
        if found is None:
            continue
        verb, clause = found
        if _place_fragment(quoted):
            _report_head(state, statement, verb, clause, quoted, mark, marks)
        for conj in _after_predicates(quoted, clause, me):
            words = [t for t in conj.subtree if t.idx >= me and not t.is_space]
            while words and (words[0].dep_ in {"cc", "punct"} or words[0].lower_ in {"and", "but", "that"}):
                words = words[1:]
            while words and words[-1].is_punct:
                words = words[:-1]
            if not words:
                continue
            a, b = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
            if len(state.text[a:b].split()) < 3 or any(s < b and a < e for s, e in marks) or _covered(state, a, b):
                continue
            add_reported(state, statement.speaker, a, b, verb.sent, verb, marks)


def _report_head(state: State, statement: Statement, verb: Token, clause: Token, quoted: list[Token],
                 mark: tuple[int, int], marks: list[tuple[int, int]]) -> None:
    """The whole clause before the fragment, as the fragment's speaker's reported words."""
    ms, me = mark
    head = [t for t in clause.subtree if t.idx < ms and not t.is_space]
    if head and head[0].lower_ == "that" and head[0].dep_ == "mark":
        head = head[1:]
    while head and head[-1].is_punct:
        head = head[:-1]
    if not _whole_clause(clause, head, ms, me):
        return
    a, b = trim_span(state.text, head[0].idx, head[-1].idx + len(head[-1].text))
    if len(state.text[a:b].split()) >= 4 and not _covered(state, a, b, statement):
        add_reported(state, statement.speaker, a, b, verb.sent, verb, marks)


def _place_fragment(quoted: list[Token]) -> bool:
    """'"where the charts demand it"': the quote says where, the clause before it what
    (a time or a condition stays the quote alone: see the module doc)."""
    return quoted[0].lower_ in {"where", "wherever"}


def _adverbial_lead(quoted: list[Token]) -> bool:
    """The fragment opens with a preposition or subordinator of place, time or condition."""
    text = [t.lower_ for t in quoted[:3]]
    if text == ["as", "soon", "as"]:
        return True
    first = quoted[0]
    return first.lower_ in _LEADS and first.pos_ in {"ADP", "SCONJ", "ADV"}


def _reporting_clause(quoted: list[Token], verbs: frozenset[str], ms: int) -> tuple[Token, Token] | None:
    """The speech verb (outside the quote, before it) and its clausal complement
    that holds the fragment; None when the fragment is no part of such a clause."""
    ids = {t.i for t in quoted}
    top = next((t for t in quoted if t.head.i not in ids or t.head.i == t.i), None)
    if top is None or top.dep_ not in {"advcl", "prep", "advmod", "npadvmod", "mark", "pcomp"}:
        return None  # the quote is an object or a complement: it is what the clause says
    token = top
    for _ in range(10):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in verbs and head.idx < ms and token.dep_ == "ccomp" \
                and not unsaid(head):
            return head, token
        token = head
    return None


def _whole_clause(clause: Token, head: list[Token], ms: int, me: int) -> bool:
    """The clause before the fragment has its subject, its finite verb and a
    complement, and its words end right at the opening mark."""
    if not head or clause.idx >= ms or clause.pos_ not in {"VERB", "AUX"}:
        return False
    ids = {t.i for t in head}
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i in ids for c in clause.children):
        return False
    finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    if not finite:
        return False
    if not any(c.dep_ in _COMPLEMENTS and c.i in ids for c in clause.children):
        return False
    # nothing of the clause between its last word and the quote ('... the buoys "where')
    return head[-1].i + 3 >= min((t.i for t in clause.sent if t.idx >= ms), default=head[-1].i)


def _after_predicates(quoted: list[Token], clause: Token, me: int) -> list[Token]:
    """Predicates coordinated after the closing mark with the fragment's verb or
    the clause's, that have no subject of their own ('"..." but would not accept ...')."""
    out = []
    for owner in {*quoted, clause}:
        for c in owner.children:
            if c.dep_ == "conj" and c.idx >= me and c.pos_ in {"VERB", "AUX"} \
                    and not any(s.dep_ in {"nsubj", "nsubjpass", "expl"} for s in c.children) \
                    and not any(m.dep_ == "mark" for m in c.children):
                out.append(c)
    return sorted(out, key=lambda t: t.i)


def _covered(state: State, a: int, b: int, fragment: Statement | None = None) -> bool:
    """Someone's statement (other than the fragment's) already holds these words."""
    return any(st.quote_span.start < b and a < st.quote_span.end for st in state.statements if st is not fragment)
