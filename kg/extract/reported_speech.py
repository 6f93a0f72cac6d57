"""Reported speech: a speech verb with an unquoted clausal complement
("officials have said their system is strained"), 'pointed out that' / 'made
clear that' / 'opened by saying that', a relative clause ('X, who said that
...'; 'the fees, which the ministers said would fall'), coordinated subjects
('A and B have each complained that ...'), and a speech verb set off by commas
inside the sentence it reports ("The real question, she said, was ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.plural_speakers import co_speakers
from kg.extract.plural_speakers_both import both_pair
from kg.extract.quote_attribution import subject_entity
from kg.extract.quote_details import fill_details
from kg.extract.quote_spans import clause_after_verb, trim_span
from kg.extract.reported_apposed_speakers import apposed_subject
from kg.extract.reported_quote_tails import bare_tails, own_act
from kg.extract.speakers import entity_for_token, forget_entity, subject_of
from kg.extract.state import State
from kg.model import Statement


def _that_conjuncts(state: State, verb: Token, comps: list[Token], marks: list[tuple[int, int]]) -> list[Token]:
    """'X said farmers must keep "their quota," and that Y would not accept Z': a
    second 'that' clause coordinated with the first is a reported statement of
    its own (the parser hangs it on the speech verb, outside the first clause).
    A clause after ', but that' qualifies the first ('told me that Vientiane was not
    opposed, but that it could not staff a night shift'): it is returned, to be
    reported with the first as one statement."""
    comp_tokens = {t.i for c in comps for t in c.subtree}
    qualifiers: list[Token] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.i in comp_tokens or conj.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((m for m in conj.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is None:
            continue
        cc = [c for c in verb.children if c.dep_ == "cc" and c.i < mark.i and c.i > max(comp_tokens, default=verb.i)]
        if cc and cc[-1].lower_ == "but" and all(t.is_punct or t.dep_ == "cc"
                                                 for t in verb.doc[max(comp_tokens, default=verb.i) + 1:mark.i]):
            qualifiers.append(conj)
            continue
        sub = [t for t in conj.subtree if t.i > mark.i]
        if not sub:
            continue
        start, end = trim_span(state.text, sub[0].idx, sub[-1].idx + len(sub[-1].text))
        quoted = any(s < end and start < e for s, e in marks)
        if len(state.text[start:end].split()) < 3 or (
                quoted and not partial_quotes_only(state.text, start, end, marks)):
            continue
        subj = subject_of(verb)
        speaker = entity_for_token(state, subj, marks) if subj is not None else None
        if speaker is not None:
            for a, b in unquoted_parts(state, sub, marks) if quoted else [(start, end)]:
                add_reported(state, speaker, a, b, verb.sent, verb, marks)
    return qualifiers


def unquoted_parts(state: State, tokens: list[Token], marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reported clause holding a quoted fragment: the fragment is the direct
    statement and the clause around it is not reported again ('said the ministry
    had "twice rewritten the plan" to please donors'); a predicate coordinated
    with it that holds no quote is reported on its own ('... "fully honours" the
    accord and had opened an inquiry', 'was willing to share the data but would
    not accept a plan "written by ..."' -> the first predicate)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return []
    root = roots[0]
    conjs: list[Token] = []
    frontier = [root]
    while frontier:  # "A, B and C": every predicate coordinated with the clause's head
        head = frontier.pop()
        for c in head.children:
            if c.dep_ == "conj" and c.i in inside and c.pos_ in {"VERB", "AUX"}:
                conjs.append(c)
                frontier.append(c)
    if not conjs:
        return []
    conj_ids = {c.i for c in conjs}
    owner: dict[int, int] = {}
    for t in sorted(tokens, key=lambda t: t.i):
        # each token belongs to the nearest predicate above it (the root for the first part)
        h, part = t, root.i
        while h.i in inside:
            if h.i in conj_ids:
                part = h.i
                break
            if h.head.i == h.i or h.head.i not in inside:
                break
            h = h.head
        owner[t.i] = part
    out = []
    for part in [root.i, *sorted(conj_ids)]:
        words = [t for t in tokens if owner[t.i] == part and not (t.dep_ == "cc" and t.head.i in {root.i, *conj_ids}
                                                                  and t.i < max(part, t.head.i))]
        words = [t for t in words if not (t.dep_ in {"cc", "punct"} and t.head.i in {root.i, *conj_ids}
                                          and owner.get(t.head.i) != part)]
        if not words:
            continue
        while words and (words[0].dep_ in {"cc", "punct", "mark"} or words[0].lower_ in {"and", "but", "or", "that"}):
            words = words[1:]
        while words and (words[-1].dep_ in {"cc", "punct"}):
            words = words[:-1]
        if not words:
            continue
        a, b = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if any(s < b and a < e for s, e in marks) or len(state.text[a:b].split()) < 3:
            continue  # the fragment's own predicate: the quote says it
        out.append((a, b))
    return out


def add_reported(
    state: State, speaker: str, start: int, end: int, sent: SpacySpan, verb: Token | None, marks: list[tuple[int, int]]
) -> None:
    """Record the reported words ``text[start:end]`` of ``sent`` with their details."""
    statement = Statement(
        speaker=speaker,
        quote=" ".join(re.sub(r'["“”]', "", state.text[start:end]).split()),  # a partial quote inside keeps its words
        kind="reported",
        quote_span=state.span(start, end),
        evidence=state.sentence_span(sent),
    )
    outside = [t for t in sent if not (start <= t.idx < end)]
    fill_details(state, statement, verb, outside, (start, end), marks)
    state.statements.append(statement)


_MARK_CHARS = " .,;:!?\"“”'‘’"


def partial_quotes_only(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> bool:
    """'the ministry said Cameroon "fully honours" the accord and had opened an
    inquiry': short quoted words inside a longer reported clause. The quote is a
    direct statement, the clause around it a reported one as well."""
    inside = [(s, e) for s, e in marks if s < end and start < e]
    # the closing stop inside the marks ('... "before the summer."') is no more words
    if any(s < start and text[s:start].strip(_MARK_CHARS) or e > end and text[end:e].strip(_MARK_CHARS)
           for s, e in inside):
        return False  # the clause runs into a quote: the quote is the statement
    quoted = sum(len(text[s:e].split()) for s, e in inside)
    total = len(text[start:end].split())
    return total - quoted >= 6 and quoted * 2 < total


_WHEN_LEAD = re.compile(
    rf"(?:on|last|this|earlier|late|early)\s+(?:[A-Za-z]+\s+)?(?:{dates.WEEKDAY_NAMES}|"
    r"week|month|year|night|morning|afternoon|evening)\s*,?\s+(?:that\s+)?(?=[a-zA-Z])")


# Verbs of estimating that report a claim as much as "say" does ("Ruiz estimates it would cost ...").
_ESTIMATE_VERBS = frozenset("estimate reckon calculate forecast".split())


def reported_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'X said (that) ...' without quotation marks."""
    verbs = lexicon.words("reported_verbs") | _ESTIMATE_VERBS | lexicon.words("answer_verbs")
    handled: set[int] = set()  # speech verbs split off by the verb they are coordinated under
    for token in state.tokens:
        phrasal = _phrasal_comps(token)
        if token.idx < state.body_start or token.pos_ != "VERB" \
                or token.lemma_.lower() not in verbs and phrasal is None and not _body_reports(state, token):
            continue
        if any(s <= token.idx < e for s, e in marks) or state.is_skipped(token.idx, token.idx + 1):
            continue
        if _background_claim(token) or disputes_over(token):
            continue
        if token.i in handled or unsaid(token) \
                or outer_speech_verb(token, verbs) is not None and _hypothetical(state, token):
            # 'He did not say what ...' says nothing; 'an official said Brno would insist
            # that ...' is one statement, the official's (a second verb inside it is
            # reported with it, or split off by the outer verb: _split_verbs)
            continue
        comps = phrasal or [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i
                            and not framing_apposition(c, token) and not relative_after_comma(c, token)]
        if len(comps) > 1:
            # 'told the news agency IRNA on Sunday that ...': a name after the object read
            # as a clause of its own, before the real one (no verb, no 'that')
            comps = [c for c in comps if c.pos_ in {"VERB", "AUX"} or c is comps[-1]
                     or any(m.dep_ == "mark" for m in c.children)] or comps
        split = _split_verbs(token, comps, verbs)
        handled.update(v.i for v in split)
        comps = [c for c in comps if c not in split]
        first = not comps
        if not comps:
            # "India and Bangladesh will resume talks, officials said." (clause first)
            # ('X said in a statement: "...," the operator said': a clause that is itself a
            # saying with its own subject is no words of the second verb)
            comps = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i
                     and any(t.text == "," for t in token.doc[c.i:token.i])
                     and not (c.lemma_.lower() in _OWN_SAYING and any(x.dep_ == "nsubj" for x in c.children))]
        if not comps:
            # "said in a statement that ...": the clause hangs on the medium noun
            comps = [c for prep in token.children if prep.dep_ == "prep"
                     for noun in prep.children if noun.dep_ == "pobj"
                     for c in noun.children if c.dep_ in {"acl", "relcl", "ccomp"}
                     and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)]
        timed = False
        if not comps:
            comps = _that_after_time_phrase(token)
            timed = bool(comps)
        if not comps:
            comps = _clause_above(token)  # '..., though several said the real test would come in August'
        if not comps:
            stray = _stray_that_clause(token)
            if stray:
                _report_clause(state, token, stray, marks)
            continue
        qualifiers = _that_conjuncts(state, token, comps, marks)
        # The parser sometimes splits one clause into two ccomps ("it's unlikely ... will damage").
        whole = sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i)
        if qualifiers and whole and _quote_clause(state, whole, marks):
            # 'said that the treaty "was written for another era," but that neither wanted to
            # reopen it': the quote is the direct statement, the 'but that' clause reported alone
            for q in qualifiers:
                _report_clause(state, token, sorted(q.subtree, key=lambda t: t.i), marks)
            qualifiers = []
        if qualifiers and whole:
            # '..., but that B': one statement from the first clause to the end of the last
            last = max(t.i for q in qualifiers for t in q.subtree)
            whole = sorted(set(whole) | set(token.doc[whole[-1].i + 1:last + 1]), key=lambda t: t.i)
        if all(c.i > token.i for c in comps):
            whole = clause_after_verb(token, whole)
        if timed:
            whole = [t for t in whole if t.i != comps[0].left_edge.i]  # the 'that' read as a pronoun
        if not whole:
            continue
        whole = _from_that(token, whole)
        cut = {t.i for v in split for t in _split_words(v)}
        if cut:
            whole = [t for t in whole if t.i not in cut]
            while whole and (whole[-1].dep_ in {"cc", "punct"} or whole[-1].is_space):
                whole = whole[:-1]
        if not whole:
            continue
        apposed = apposed_subject(token) if first and whole[-1].i < token.i else None
        if apposed is not None:
            # '<clause>, Tarvia's Minister of Health, Ciaran Voss, said': the speaker phrase
            # the parser hung inside the clause is no words of it
            whole = [t for t in whole if t.i < apposed[1].i - 1]
            if not whole:
                continue
        # only a clause holding a quote is split: plain coordinated clauses stay one
        # statement ('that A, and that B' split as well cost more than it gained)
        quoted = any(s < whole[-1].idx + len(whole[-1].text) and whole[0].idx < e for s, e in marks)
        for sub in _coordinated_clauses(whole) if quoted else [whole]:
            _report_clause(state, token, sub, marks, subj=apposed[0] if apposed is not None else None)
        for verb in split:
            # 'said A but warned that B', 'said A and added that B': B is the speaker's too
            clause = sorted({t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}, key=lambda t: t.i)
            if clause:
                _report_clause(state, verb, clause, marks, subj=subject_of(token))
        for tail in bare_tails(state, token, comps, {v.i for v in split}, marks):
            # 'said Kabul was "open to a longer contract" but wanted engineers trained'
            _report_clause(state, token, tail, marks, subj=subject_of(token))


def _from_that(verb: Token, whole: list[Token]) -> list[Token]:
    """'told Radio X in an interview that the fence his government is building ... would
    stay', 'told the agency IRNA on Sunday that dust storms had closed schools': the parser
    hung the 'that' clause's first words on a noun before it, so the clause found is a
    tail of it ('would stay') or a name before it ('IRNA on Sunday'). The words from the
    complementiser after the verb to the clause's end (or, when the clause found lies
    right before it and has no subject, to the sentence's end) are the statement."""
    sent = verb.sent
    that = next((t for t in verb.doc[verb.i + 1:whole[-1].i + 2] if t.lower_ == "that" and t.dep_ == "mark"
                 and t.i < sent.end), None)
    if that is None:
        return whole
    if whole[0].i > that.i + 1 and all(t.i < sent.end for t in whole):
        gap = verb.doc[that.i + 1:whole[0].i]
        if not any(t.is_punct or t.is_space for t in gap):
            return list(verb.doc[that.i + 1:whole[-1].i + 1])
        return whole
    if whole[-1].i == that.i - 1 and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in whole):
        end = sent.end
        while end > that.i + 1 and (verb.doc[end - 1].is_punct or verb.doc[end - 1].is_space):
            end -= 1
        tail = list(verb.doc[that.i + 1:end])
        if any(t.pos_ in {"VERB", "AUX"} for t in tail):
            return tail
    return whole


# verbs of a clause that is a saying of its own ("will post 25 more officers" or "will add
# lanes, Rashidi said" are words said, though 'post' and 'add' can be speech verbs)
_OWN_SAYING = frozenset({"say", "tell", "state"})


# Who 'reports that' in its own name: a news outlet or a state body ('The Oman News
# Agency reported on Monday that ...'); a person who 'reported that' may relay others.
_REPORTING_TYPES = frozenset({"MediaOrganization", "GovernmentAgency"})


def _body_reports(state: State, token: Token) -> bool:
    """'<outlet or agency> reported (on Monday) that <clause>': the clause is its statement."""
    if token.lemma_.lower() != "report" or not any(
            c.dep_ == "ccomp" and c.i > token.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children):
        return False
    speech = lexicon.words("speech_verbs")
    if any(t.pos_ == "VERB" and t.lemma_.lower() in speech and t.i > token.i for t in token.subtree):
        return False  # 'reported that the minister had said ...': the minister's words, relayed
    subj = subject_of(token)
    if subj is None or subj.dep_ != "nsubj":
        return False
    return reporting_body(state, subj) is not None


def reporting_body(state: State, subj: Token) -> str | None:
    """The named outlet or state body in the subject phrase of 'reported' ('The state news
    agency WAM', 'The Oman Observer newspaper'), None when it names none."""
    # (all the verb's subjects: the parser reads 'The state news agency WAM' as two)
    subjects = [c for c in subj.head.children if c.dep_ == "nsubj"] or [subj]
    first = min(t.left_edge.idx for t in subjects)
    last = max(t.right_edge.idx + len(t.right_edge.text) for t in subjects)
    named = [m for m in state.mentions_in(first, last, _REPORTING_TYPES) if not state.entities[m.key].unnamed]
    return named[-1].key if named else None


# 'told reporters after the signing that queues had stretched': the parser reads
# 'that' as a relative pronoun of 'signing'; after a time or event phrase with a
# clause of its own subject, the 'that' opens what was said.
_EVENT_PREPS = frozenset("after before during following at on in".split())


def _quote_clause(state: State, tokens: list[Token], marks: list[tuple[int, int]]) -> bool:
    """Does the clause ``tokens`` hold a quote that is its statement (not a short partial one)?"""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return any(s < end and start < e for s, e in marks) and not partial_quotes_only(state.text, start, end, marks)


def framing_apposition(comp: Token, verb: Token) -> bool:
    """'Chile and Peru have settled the terms, the two governments said on Tuesday,
    a step exporters have long wanted': a clause after the verb, set off by a comma
    and opened by 'a'/'an' + noun, that sums up the clause before the verb (which
    the verb reports) is an apposition to it, not what was said."""
    words = [t for t in comp.subtree if not t.is_punct]
    first = words[0] if words else comp
    if first.i == 0 or verb.doc[first.i - 1].text != "," or first.lower_ not in {"a", "an"}:
        return False
    if any(t.dep_ == "mark" for t in comp.children):
        return False
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)


# Pronouns that open a relative clause when they are its subject.
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def relative_after_comma(comp: Token, verb: Token) -> bool:
    """'..., the two delegations said on Thursday, after four days of talks in Oslo,
    that were overshadowed by a row': a clause whose subject is the relative pronoun
    right after a comma describes the noun before it; a reported 'that' opens a
    clause with a subject of its own ('said that was wrong' has no comma)."""
    subj = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in _RELATIVE_SUBJECTS or subj.i < verb.i:
        return False  # ('the fees, which the ministers said would fall': the pronoun before the verb)
    return subj.left_edge.i == subj.i and comp.doc[subj.i - 1].text == ","


def _that_after_time_phrase(verb: Token) -> list[Token]:
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPS or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for c in noun.children:
                first = min(c.subtree, key=lambda t: t.i)
                if c.dep_ == "relcl" and first.lower_ == "that" and first.dep_ in {"dobj", "pobj", "mark"} \
                        and first.i == max(noun.subtree, key=lambda t: t.i if t.i < first.i else -1).i + 1 \
                        and any(t.dep_ in {"nsubj", "nsubjpass"} and t is not first for t in c.children):
                    out.append(c)
    return out


def _stray_that_clause(verb: Token) -> list[Token]:
    """'told the state news agency IRNA on Sunday that dust storms had closed schools':
    the parser read the clause's verb as a modifier of a noun in it and left the
    speech verb without a clause; the complementiser 'that' after the verb's object
    and adverbials (no verb between) opens the words said, to the sentence's end.
    The words must hold a subject and a verb of their own."""
    sent = verb.sent
    that = next((t for t in verb.doc[verb.i + 1:sent.end] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if that is None or verb not in that.ancestors:
        return []
    if any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.i + 1:that.i]):
        return []
    words = list(verb.doc[that.i + 1:sent.end])
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in words) or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return []
    return words


def _clause_above(verb: Token) -> list[Token]:
    """'welcomed the agreement, though several said the real test would come in
    August': the parser may hang 'though several said' on the reported clause as
    an adverbial one. A speech verb with no clause of its own, in a subordinate
    clause that ends right where the clause it hangs on goes on (that clause's
    subject comes after the verb), reports the clause's words after it."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"} \
            or any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children):
        return []
    if verb.right_edge.i + 1 >= len(verb.doc) or verb.right_edge.i != verb.i:
        return []
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is None or subj.left_edge.i != verb.i + 1:
        return []
    return [head]


def _background_claim(verb: Token) -> bool:
    """'the 1990 accord, which both sides say is still in force', 'a closure that
    traders say has emptied their pockets': a present-tense 'say' in a relative
    clause describes a thing by what is commonly said of it; nobody speaks here
    ('the fees, which the ministers said would fall' is a report and stays)."""
    return verb.dep_ in {"relcl", "acl"} and verb.tag_ in {"VBP", "VBZ"} and verb.lemma_.lower() == "say" \
        and verb.head.pos_ in {"NOUN", "PROPN"}


def unsaid(verb: Token) -> bool:
    """'He did not say what those guarantees were', 'declined to say whether ...':
    a speech verb negated or refused reports nothing."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in {"decline", "refuse", "fail"}
                                     or summoned_to_speak(verb))


# Verbs that call on someone to speak ('summoned the minister to explain').
_SUMMON_VERBS = frozenset("summon ask invite call urge press require order force oblige compel request "
                          "expect want need challenge instruct tell".split())


def summoned_to_speak(verb: Token) -> bool:
    """'The committee summoned X to explain why ...', 'X was asked to confirm that
    ...': a speech verb someone is called upon to perform is no statement (yet)."""
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _SUMMON_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in head.children if c.i < verb.i)


def outer_speech_verb(verb: Token, verbs: frozenset[str] | set[str]) -> Token | None:
    """The speech verb whose reported clause holds ``verb`` ('A senior official said
    Brno would insist that ...' -> 'said' for 'insist'), None when there is none.
    Only the clause the outer verb reports counts (its 'ccomp' and what is
    coordinated inside it), not its subject ('X, who said that ..., told ...')."""
    token = verb
    for _ in range(8):
        head = token.head
        if head.i == token.i or token.dep_ not in {"ccomp", "conj", "xcomp", "advcl"}:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            # inside its clause; a verb coordinated with it or an aside ('adding that') is not
            return head if token.dep_ == "ccomp" else None
        token = head
    return None


def _no_subject(verb: Token) -> bool:
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _split_verbs(verb: Token, comps: list[Token], verbs: frozenset[str] | set[str]) -> list[Token]:
    """Speech verbs of the same speaker inside what ``verb`` reports: 'said the talks
    had gone well but warned that ...' (a second ccomp), 'said that A and added that
    B' (a conjunct of the clause). They share the subject and have a clause of their own."""
    inside = {t.i for c in comps for t in c.subtree}
    out = []
    for t in verb.doc[verb.i + 1:verb.sent.end]:
        if t.i not in inside or t.pos_ != "VERB" or not _no_subject(t):
            continue
        if t.lemma_.lower() not in verbs and not _asked_whether(t):
            continue
        if t.dep_ not in {"ccomp", "conj"} or not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            continue
        if t.dep_ == "ccomp" and t.head.i != verb.i:
            continue
        if disputes_over(t):
            continue  # '... but were still arguing over who pays, and which law applies': no second report
        if not any(c.dep_ == "cc" or c.lower_ in {"and", "but"} for c in verb.doc[max(verb.i, t.i - 3):t.i]):
            continue  # only a coordinated one ('... but warned', '... and added')
        out.append(t)
    return out


def _asked_whether(verb: Token) -> bool:
    """'... and asked whether B' coordinated inside another's report: a second statement
    (round-37 C7)."""
    return verb.lemma_.lower() in lexicon.words("question_verbs") and verb.dep_ == "conj" and verb.tag_ == "VBD" \
        and whether_clause(verb) is not None


def whether_clause(verb: Token) -> Token | None:
    """The 'whether'/'if' clause after a verb that puts a question ('asked whether B')."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)), None)


def disputes_over(verb: Token) -> bool:
    """'arguing over who pays and which country's law applies', 'disagree on which
    hospital': a speech verb whose clause comes after a preposition of its own is
    a dispute about questions (the parser hangs the second question on the verb),
    not a claim it reports."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses or not any(c.dep_ == "prep" and verb.i < c.i < clauses[0].i for c in verb.children):
        return False
    first = next((t for t in clauses[0].subtree if not t.is_punct), clauses[0])
    return first.lower_ in _WH_WORDS  # a question, not a 'that' claim


_WH_WORDS = frozenset("which who whom whose what whether how where when why".split())


def _split_words(verb: Token) -> list[Token]:
    """The words of a split speech verb with the 'and'/'but' and comma before it."""
    words = list(verb.subtree)
    i = words[0].i - 1
    doc = verb.doc
    while i >= 0 and (doc[i].dep_ in {"cc", "punct"} or doc[i].lower_ in {"and", "but"}) and doc[i].text != "\n":
        words.insert(0, doc[i])
        i -= 1
    return words


def urged_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'the Latvian Chamber of Commerce urged both governments to add a second lane',
    'the union called on the ministry to scrap the checks': a reported statement of
    the subject, the words 'to <verb phrase>' (the one urged is the addressee)."""
    for token in state.tokens:
        lemma = token.lemma_.lower()
        if token.idx < state.body_start or token.pos_ != "VERB" or lemma not in {"urge", "call", "appeal"}:
            continue
        if any(s <= token.idx < e for s, e in marks) or state.is_skipped(token.idx, token.idx + 1) or unsaid(token):
            continue
        if lemma == "urge" and not any(c.dep_ == "dobj" for c in token.children) \
                or lemma != "urge" and not any(c.dep_ == "prep" and c.lower_ == {"call": "on", "appeal": "to"}[lemma]
                                               for c in token.children):
            continue
        goal = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > token.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if goal is None:
            continue
        words = sorted(goal.subtree, key=lambda t: t.i)
        start, end = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks) \
                or any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        subj = subject_of(token)
        speaker = subject_entity(state, subj, marks, None) if subj is not None else None
        if speaker is not None:
            add_reported(state, speaker, start, end, token.sent, token, marks)


def _phrasal_comps(token: Token) -> list[Token] | None:
    """'pointed out that ...', 'made (it) clear that ...': phrases that report as
    'said' does; their 'that' clause (None when the verb is no such phrase)."""
    lemma = token.lemma_.lower()
    def that_clauses(head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ in {"ccomp", "advcl", "csubj"} and c.i > head.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return that_clauses(token) or None
    if lemma == "make":
        clear = next((c for c in token.children if c.lower_ == "clear" and c.dep_ in {"ccomp", "acomp", "oprd"}), None)
        if clear is not None:
            return that_clauses(token) + that_clauses(clear) or None
    return None


def parenthetical_statements(state: State, marks: list[tuple[int, int]]) -> None:
    """'The real question, she said, was whether the treaty would bind them': a
    speech verb set off by commas inside a sentence reports the sentence around it."""
    verbs = lexicon.words("reported_verbs")
    for token in state.tokens:
        if token.idx < state.body_start or token.lemma_.lower() not in verbs or token.pos_ != "VERB":
            continue
        if token.dep_ not in {"parataxis", "advcl", "ccomp", "conj"} or token.head.i <= token.i \
                or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in token.children):
            continue
        words = [t for t in sorted(token.subtree, key=lambda t: t.i) if not t.is_punct]
        doc = state.doc
        # the aside is a speaker and a verb ('she said', 'Chilean officials said on Monday'), nothing more
        if not words or len(words) > 8 or any(t.dep_ not in _ASIDE_TAIL for t in words if t.i > token.i):
            continue
        subj = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or any(t.i not in {s.i for s in subj.subtree} and t.lower_ != "as"
                               for t in words if t.i < token.i):
            continue  # 'The minister, before he spoke, ...' is no aside of speech
        first, last = words[0].i, words[-1].i
        if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
            continue
        sent = token.sent
        start, end = trim_span(state.text, sent.start_char, sent.end_char)
        left = state.text[start:doc[first - 1].idx]
        right_start = doc[last + 1].idx + 1
        right = state.text[right_start:end]
        if len(left.split()) < 1 or len(right.split()) < 3 or any(s < end and start < e for s, e in marks):
            continue
        if state.is_skipped(start, end) or any(st.quote_span.start < end and start < st.quote_span.end
                                               for st in state.statements):
            continue  # 'The deal, he added, ..., according to X': already someone's words
        speaker = entity_for_token(state, subj, marks, before=start)
        if speaker is None:
            continue
        statement = Statement(
            speaker=speaker,
            quote=" ".join(f"{left.rstrip()} {right.lstrip()}".split()),
            kind="reported",
            quote_span=state.span(start, end),
            evidence=state.sentence_span(sent),
        )
        outside = [t for t in sent if first <= t.i <= last]
        fill_details(state, statement, token, outside, (start, end), marks)
        statement.about = [k for k in statement.about if k != speaker]
        state.statements.append(statement)


# What may follow the verb of an aside: 'she said in an interview', 'he added on Monday'.
_ASIDE_TAIL = frozenset({"prep", "pobj", "det", "amod", "advmod", "npadvmod", "compound", "nummod"})


def _coordinated_clauses(tokens: list[Token]) -> list[list[Token]]:
    """'that the cut was "painful but fair" and that small farms needed help': a
    clause coordinated inside the first by 'and that' is a statement of its own
    (the first may be only a quote, the second plain reported words)."""
    inside = {t.i for t in tokens}
    splits = [t for t in tokens if t.dep_ == "conj" and t.head.i in inside and t.pos_ in {"VERB", "AUX"}
              and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < t.i for m in t.children)]
    if not splits:
        return [tokens]
    cut = set()
    clauses = []
    for conj in splits:
        part = [t for t in conj.subtree if t.i in inside]
        cut |= {t.i for t in part}
        # "and" before the second "that" belongs to neither clause
        cut |= {c.i for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i}
        clauses.append(part)
    first = [t for t in tokens if t.i not in cut]
    return [first] + clauses if first else clauses


def _hypothetical(state: State, verb: Token) -> bool:
    """A speech verb inside another's clause that is no statement of its own: what a
    country or city 'would insist' on (a modal), or what a state or place says."""
    if any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might", "may", "should", "'d", "wo"}
           for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    m = state.mention_at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
    return m is not None and state.entities[m.key].type in {"Country", "Place"}


def _report_clause(state: State, token: Token, sub: list[Token], marks: list[tuple[int, int]],
                   subj: Token | None = None) -> None:
    """One reported clause ``sub`` of the speech verb ``token`` (unless a quote is it);
    ``subj``: the speaker's token when the verb shares another verb's subject."""
    if not sub:
        return
    sub = _after_aside(sub)
    if sub[0].i < token.i and token.dep_ == "relcl" and sub[0].tag_ in {"WDT", "WP"}:
        _report_relative(state, token, sub, marks)
        return
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if any(s < end and start < e for s, e in marks):
        head = detached_tail_quote(state, sub, marks)
        if head:
            # 'said the army still wanted the right to close it, "agreement or no
            # agreement."': the clause before the quote set off at its end is reported
            _report_clause(state, token, head, marks, subj)
            return
        pledged = _pledged_infinitive(state, sub, marks)
        if pledged:
            # 'said they had agreed "in principle" to keep the checkpoint open': what they agreed to
            _report_clause(state, token, pledged, marks, subj)
            return
        if not partial_quotes_only(state.text, start, end, marks):
            # a quote: handled as direct; a predicate coordinated after it is reported on its
            # own ('would "look at any project ..." but had not yet seen numbers')
            quote_end = max(e for s, e in marks if s < end and start < e)
            for a, b in unquoted_parts(state, sub, marks):
                part = [t for t in sub if a <= t.idx < b]
                if part and a >= quote_end and not own_act(part):
                    # ('said it was "a good start" and called for a timetable': his act, no words)
                    _report_clause(state, token, part, marks, subj)
            return
        parts = unquoted_parts(state, sub, marks)
        for a, b in parts:
            part = [t for t in sub if a <= t.idx < b]
            if part and not own_act(part):
                _report_clause(state, token, part, marks, subj)
        if parts or not _quote_is_modifier(state, sub, marks):
            return
        # 'The police will keep random checks "based on risk", she added', 'replied that
        # the checks would go "post by post"': a short quoted adverbial inside a clause
        # is the speaker's reported words as well ('said the toll would add "less than a
        # cent"' is not: the quote is what the clause says)
    if sub[0].lower_ == "that" and (sub[0].dep_ == "mark" or sub[0].dep_ == "det" and sub[0].i > token.i
                                    and sub[0].head.dep_ in {"nsubj", "nsubjpass"}
                                    or _that_read_as_object(sub)):
        # ('complained that freight was slow': 'that' parsed as the subject's determiner)
        start = sub[1].idx if len(sub) > 1 else end
    lead = _WHEN_LEAD.match(state.text, start, end)
    if lead:  # "said on Monday it had summoned ...": the date belongs to the saying
        start = lead.end()
    source = re.search(r",\s+according\s+to\b", state.text[start:end])
    if source is not None and sub[0].i > token.i:
        end = start + source.start()  # "... would stay, according to a ministry statement": the report's source
    start, end = trim_span(state.text, start, end)
    if len(state.text[start:end].split()) < 3:
        return
    subj = subj or subject_of(token)
    if subj is None:
        return
    pair = both_pair(state, subj)
    if pair:  # 'Both said afterwards that ...', 'the two men said ...': each of the pair just named
        for key in pair:
            add_reported(state, key, start, end, token.sent, token, marks)
        return
    speaker = subject_entity(state, subj, marks, None)
    if token.lemma_.lower() == "report" and (speaker is None or state.entities[speaker].unnamed):
        # 'The state news agency WAM reported that ...': the agency named in the phrase
        body = reporting_body(state, subj)
        if body is not None and speaker is not None and len(state.entities[speaker].mentions) == 1 \
                and not state.voiced(speaker):
            forget_entity(state, speaker)  # the unnamed node just made for 'the state news agency'
        speaker = body or speaker
    if speaker is None:
        return
    for key in [speaker, *co_speakers(state, subj, speaker, marks)]:
        add_reported(state, key, start, end, token.sent, token, marks)


def _after_aside(sub: list[Token]) -> list[Token]:
    """'said in an interview, speaking on condition of anonymity, that the scanner had been
    broken': the parser hangs the aside on the reported verb; the words start after 'that'."""
    first = sub[0]
    if first.dep_ != "advcl" or first.tag_ != "VBG":
        return sub
    mark = next((c for c in first.head.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > first.i), None)
    if mark is None:
        return sub
    aside = {t.i for t in first.subtree}
    if any(t.i not in aside and not t.is_punct for t in sub if t.i < mark.i):
        return sub
    return [t for t in sub if t.i > mark.i] or sub


def detached_tail_quote(state: State, sub: list[Token], marks: list[tuple[int, int]]) -> list[Token]:
    """The words of a reported clause before a quote that closes it, set off by a
    comma ('the army still wanted the right to close the border at short notice,
    "agreement or no agreement."'); [] when the clause is not so built. The
    clause before the comma must be whole (a subject and its verb, five words at
    least) and hold no quote of its own."""
    end = sub[-1].idx + len(sub[-1].text)
    inside = [(s, e) for s, e in marks if s < end and sub[0].idx < e]
    if len(inside) != 1:
        return []
    qs, qe = inside[0]
    if state.text[qe:end].strip(_MARK_CHARS):
        return []  # words after the quote: it does not close the clause
    head = [t for t in sub if t.idx < qs]
    while head and (head[-1].is_space or head[-1].text in {'"', "“", "'", "‘"}):
        head = head[:-1]
    # ('said the ward had room for more: "We can take twenty a week."': a colon sets it off
    # too, even when the parser hangs the colon and the quote on the verb, not the clause)
    if head and head[-1].text not in {",", ":"} and \
            state.text[head[-1].idx + len(head[-1].text):qs].strip(" “\"'‘\n") == ":":
        pass  # the colon lies outside the clause's tokens
    elif not head or head[-1].text not in {",", ":"} or state.text[head[-1].idx + 1:qs].strip(" “\"'‘"):
        return []
    else:
        head = head[:-1]
    ids = {t.i for t in head}
    roots = [t for t in head if t.head.i not in ids or t.head.i == t.i]
    words = [t for t in head if not t.is_punct]
    if len(words) < 5 or len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"} \
            or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in roots[0].children):
        return []
    return head


def _that_read_as_object(sub: list[Token]) -> bool:
    """'told the committee that Bratislava had asked for more time': the parser
    took 'that' for the object of the clause's verb; the clause's own subject
    right after it shows it opens the clause."""
    return len(sub) > 1 and sub[0].dep_ == "dobj" and sub[1].dep_ in {"nsubj", "nsubjpass"} \
        and sub[1].head.i == sub[0].head.i


# verbs of committing to do something: their 'to' clause is what was agreed
_PLEDGE_VERBS = frozenset("agree decide pledge promise undertake commit".split())


def _pledged_infinitive(state: State, sub: list[Token], marks: list[tuple[int, int]]) -> list[Token]:
    """'they had agreed "in principle" to keep the checkpoint open': a reported clause
    whose verb of agreeing holds only a short quoted qualifier before its 'to' clause;
    the words of the 'to' clause (unquoted), else []."""
    inside = {t.i for t in sub}
    roots = [t for t in sub if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].lemma_.lower() not in _PLEDGE_VERBS:
        return []
    root = roots[0]
    goal = next((c for c in root.children if c.dep_ == "xcomp" and c.i > root.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if goal is None:
        return []
    words = sorted(goal.subtree, key=lambda t: t.i)
    first, last = words[0].idx, words[-1].idx + len(words[-1].text)
    quoted = [(s, e) for s, e in marks if s < sub[-1].idx + len(sub[-1].text) and sub[0].idx < e]
    if not quoted or any(s < last and first < e for s, e in quoted) \
            or any(s < root.idx or len(state.text[s:e].split()) > 4 for s, e in quoted):
        return []
    return words


def _quote_is_modifier(state: State, sub: list[Token], marks: list[tuple[int, int]]) -> bool:
    """Whether the quotes inside a reported clause leave its predicate and subject
    outside them ('will keep checks "based on risk"'), so the clause says more
    than the quoted words do."""
    inside = {t.i for t in sub}
    roots = [t for t in sub if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return False
    root = roots[0]
    key = [root, *(c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"})]
    if len(key) < 2 or any(s <= t.idx < e for t in key for s, e in marks):
        return False
    quoted = [(s, e) for s, e in marks if s < sub[-1].idx + len(sub[-1].text) and sub[0].idx < e]
    return all(_adverbial(state, [t for t in sub if s <= t.idx < e]) for s, e in quoted)


def _adverbial(state: State, words: list[Token]) -> bool:
    """A quoted phrase of manner or basis: 'based on risk', 'post by post' (a
    participle and its preposition, or a word repeated around 'by'/'after'/'for'),
    or of time ('before the summer', 'as soon as possible'), not an object or a
    complement ('less than a cent'). Any other quote opening with a preposition
    ('"in line with the plan"') stays the quote alone: measured, such clauses are
    not reported around it."""
    words = [t for t in words if not t.is_punct and not t.is_space]
    if not words or len(words) > 6:
        return False
    first = words[0]
    if first.tag_ == "VBN" and len(words) > 1 and words[1].tag_ == "IN":
        return True  # 'based on', 'tied to', 'measured against'
    text = [t.lower_ for t in words]
    if len(text) == 3 and text[0] == text[2] and text[1] in {"by", "after", "for", "to"}:
        return True
    return when_phrase(words)


# 'would publish a plan "before the summer"' / '"by the end of the year"' / '"within weeks"' /
# '"as soon as possible"': a quoted phrase of time closing the clause says when, not what.
_TIME_PREPS = frozenset("before by within until till after during".split())
_TIME_WORDS = frozenset("summer winter spring autumn year years month months week weeks day days end "
                        "deadline holidays election elections season weekend".split())


def when_phrase(words: list[Token]) -> bool:
    """Whether the words are only a phrase of time ('before the summer', 'within weeks')."""
    text = [t.lower_ for t in words]
    if text[:3] == ["as", "soon", "as"] or text in (["soon"], ["shortly"], ["in", "due", "course"]):
        return True
    return words[0].lower_ in _TIME_PREPS and words[0].pos_ == "ADP" and len(words) > 1 \
        and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _TIME_WORDS or t.pos_ in {"DET", "ADP", "ADJ", "NUM"}
                for t in words[1:]) and any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _TIME_WORDS
                                            for t in words[1:])


def _report_relative(state: State, token: Token, sub: list[Token], marks: list[tuple[int, int]]) -> None:
    """'The port fees, which the ministers said would now be published in advance,
    will fall': the reported words are the antecedent and the rest of the clause
    ('the port fees would now be published in advance'), the speaker the relative
    clause's subject."""
    head = token.head
    lead = [t for t in head.subtree if t.i < sub[0].i and not t.is_space]
    while lead and lead[-1].is_punct:
        lead = lead[:-1]
    rest = [t for t in sub if t.i > token.i]
    if not lead or not rest or lead[-1].i + 1 < sub[0].i - 1 or sub[0].i <= lead[-1].i:
        return
    start, end = trim_span(state.text, lead[0].idx, rest[-1].idx + len(rest[-1].text))
    if any(s < end and start < e for s, e in marks) or len(rest) < 3:
        return
    subj = subject_of(token)
    speaker = subject_entity(state, subj, marks, None) if subj is not None else None
    if speaker is None:
        return
    words = state.text[lead[0].idx:lead[-1].idx + len(lead[-1].text)] + " " + \
        state.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]
    words = " ".join(words.split())
    if lead[0].lower_ == "the" and lead[0].is_sent_start:
        words = words[:1].lower() + words[1:]  # "The port fees" opening the sentence
    for key in [speaker, *co_speakers(state, subj, speaker, marks)]:
        add_reported(state, key, start, end, token.sent, token, marks)
        state.statements[-1].quote = words


def report_clause(state: State, token: Token, sub: list[Token], marks: list[tuple[int, int]]) -> None:
    """Report the clause ``sub`` of the speech verb ``token`` as the general rule
    does (for other modules' verbs: 'The agency reported that ...')."""
    _report_clause(state, token, sub, marks)
