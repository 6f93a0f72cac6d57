"""'According to X, ...' statements: the source named by 'according to' (a
person, a body, a joint text, the body whose figures or data they are, the
unnamed operators or builders of a thing) speaks the clause it is attached to,
minus any words it quotes from someone with a speaker of their own.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.joint_texts import is_joint_text, issuer_kind, joint_author
from kg.extract.quote_attribution import ORG_SPEAKER_TYPES
from kg.extract.quote_details import fill_details
from kg.extract.quote_spans import trim_span
from kg.extract.reported_speech import add_reported, partial_quotes_only, unquoted_parts
from kg.extract.speakers import entity_for_token, office_holder, subject_of, unnamed_speaker
from kg.extract.state import State
from kg.model import Statement


def according_to(state: State, marks: list[tuple[int, int]]) -> None:
    """'Negotiators have agreed on most articles, according to a senior official':
    the clause before 'according to' is what the named source said."""
    for tok in state.tokens:
        if tok.lower_ != "according" or tok.idx < state.body_start or tok.i + 1 >= len(state.doc):
            continue
        to = state.doc[tok.i + 1]
        if to.lower_ != "to" or any(s <= tok.idx < e for s, e in marks):
            continue
        objs = [c for c in to.children if c.dep_ == "pobj"]
        sent = tok.sent
        if objs and _according_first(state, tok, objs[0], marks):
            continue
        if objs and _according_after_and(state, tok, objs[0], marks):
            continue
        if objs and _according_inside(state, tok, objs[0], marks):
            continue
        comma = state.text.rfind(",", sent.start_char, tok.idx)
        if not objs or comma <= sent.start_char:
            continue
        start, end = trim_span(state.text, sent.start_char, comma)
        if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
            continue
        media = lexicon.mapping("media")
        if objs[0].lemma_.lower() not in media and objs[0].lower_ not in media \
                and state.text[start:end].split()[0].lower() in {"he", "she", "they", "it", "we"}:
            continue  # "She held talks with X, according to officials": a report of an event
        speaker, medium = _source_of(state, objs[0], marks)
        if speaker is None and medium is not None:
            speaker = _issuer_in_clause(state, tok, start, end)
        if speaker is None:
            continue
        before = len(state.statements)
        add_reported(state, speaker, start, end, sent, None, marks)
        for statement in state.statements[before:]:
            statement.medium = statement.medium or medium


# "according to a statement the agency issued on Monday": the issuer named by a noun or "it"
_ISSUED_RE = re.compile(
    r"according\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|release|notice|"
    r"letter|note|report|post)\s+(?:that\s+|which\s+)?(?P<who>it|the\s+(?P<noun>[a-z]+))\s+(?:had\s+|has\s+)?"
    r"(?:issued|released|published|put\s+out|sent|posted|circulated)\b")


def _issuer_in_clause(state: State, tok: Token, start: int, end: int) -> str | None:
    """'Estonia's Tax Board has trained 30 officers, according to a statement the
    agency issued on Monday': the body the reported clause is about (the one whose
    name has the noun, else the first body the clause names) issued it."""
    m = _ISSUED_RE.match(state.text, tok.idx, tok.sent.end_char)
    if m is None:
        return None
    bodies = [x for x in state.mentions_in(start, end, ORG_SPEAKER_TYPES) if not state.entities[x.key].unnamed]
    noun = m.group("noun")
    named = [x for x in bodies if noun and noun in state.entities[x.key].label.lower().split()]
    hits = named or bodies
    return hits[0].key if hits else None


def _according_after_and(state: State, tok: Token, obj: Token, marks: list[tuple[int, int]]) -> bool:
    """'The ferries will keep running, and according to the Joint Council the talks
    will resume in May': after a comma and 'and'/'but', what the source says is the
    clause that follows it, not the one before. True when the form matched."""
    sent = tok.sent
    lead = state.text[sent.start_char:tok.idx].rstrip()
    if not re.search(r"[,;]\s*(?:and|but|while|whereas)$", lead):
        return False
    right = obj.right_edge
    start, end = trim_span(state.text, right.idx + len(right.text), sent.end_char)
    while start < end and state.text[start] in ",;: ":
        start += 1
    if len(state.text[start:end].split()) < 3 or any(s < end and start < e for s, e in marks):
        return True
    speaker, medium = _source_of(state, obj, marks)
    if speaker is None:
        return True
    before = len(state.statements)
    add_reported(state, speaker, start, end, sent, None, marks)
    for statement in state.statements[before:]:
        statement.medium = statement.medium or medium
    return True


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _according_inside(state: State, tok: Token, obj: Token, marks: list[tuple[int, int]]) -> bool:
    """'The compromise, according to the official, is a shared fund.': the source
    set off by commas between a subject and its predicate says the sentence
    without the aside. True when the form matched."""
    sent = tok.sent
    lead_end = state.text.rfind(",", sent.start_char, tok.idx)
    if lead_end <= sent.start_char or state.text[lead_end + 1:tok.idx].strip():
        return False
    lead = [t for t in sent if t.idx < lead_end and not t.is_space]
    if not lead or any(t.tag_ in _FINITE for t in lead) or any(t.text == "," for t in lead):
        return False  # a clause of its own before the aside: the general form
    right = obj.right_edge
    after = state.doc[right.i + 1] if right.i + 1 < sent.end else None
    if after is None or after.text != ",":
        return False
    rest = [t for t in state.doc[after.i + 1:sent.end] if not t.is_space]
    if len(rest) < 3 or not any(t.tag_ in _FINITE for t in rest):
        return False
    a0, a1 = trim_span(state.text, lead[0].idx, lead[-1].idx + len(lead[-1].text))
    b0, b1 = trim_span(state.text, rest[0].idx, rest[-1].idx + len(rest[-1].text))
    if any(s < b1 and a0 < e for s, e in marks):
        return True  # quoted words: the quote rules decide
    speaker, medium = _source_of(state, obj, marks)
    if speaker is None:
        return True
    statement = Statement(speaker=speaker, quote=" ".join(f"{state.text[a0:a1]} {state.text[b0:b1]}".split()),
                          kind="reported", quote_span=state.span(a0, b1), evidence=state.sentence_span(sent))
    outside = [t for t in sent if tok.i <= t.i <= right.i]
    fill_details(state, statement, None, outside, (a0, b1), marks)
    statement.medium = statement.medium or medium
    state.statements.append(statement)
    return True


def _joint_source(state: State, obj: Token) -> str | None:
    """'according to a joint statement issued after the talks': the two
    governments together (a node of its own that represents neither)."""
    if not any(c.lower_ in {"joint", "common"} for c in obj.children if c.dep_ in {"amod", "compound"}):
        return None
    return joint_author(state, obj)


def _source_of(state: State, obj: Token, marks: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """The speaker and medium of 'according to X': 'a statement from the ministry'
    is the ministry's, in a statement; an unsigned joint statement is the two
    governments'."""
    media = lexicon.mapping("media")
    if obj.lemma_.lower() in media or obj.lower_ in media:
        medium = media.get(obj.lower_) or media.get(obj.lemma_.lower())
        # "a statement from the ministry", "a statement issued by X", "a MINCOM statement"
        sub = list(obj.subtree)
        named = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
                 if state.entities[m.key].type in {"Person", "Organization", "GovernmentAgency",
                                                   "MediaOrganization", "Country"}
                 and not state.entities[m.key].unnamed]
        # "a statement from Lithuania's Ministry of Foreign Affairs": the body, not its country
        named.sort(key=lambda m: state.entities[m.key].type == "Country")
        if is_joint_text(obj) and issuer_kind(state, obj) is not None:
            # 'a joint statement issued by A's Ministry of X and B's Ministry of Y': both, not A's
            return joint_author(state, obj), medium
        if named:
            return named[0].key, medium
        for t in sub:
            if t.dep_ == "pobj" and t.head.lower_ in {"from", "by", "of"}:
                speaker = entity_for_token(state, t, marks)
                if speaker is not None:
                    return speaker, medium
                break
        return _joint_source(state, obj), medium
    if obj.lemma_.lower() in _DATA_NOUNS or obj.lower_ in _DATA_NOUNS:
        return _data_source(state, obj, marks), None
    found = entity_for_token(state, obj, marks)
    if found is None and _owned_agents(obj):
        found = unnamed_speaker(state, obj)  # 'according to the bridge's operators'
    return found, None


# Nouns of numbers a body publishes: 'according to figures from Kenya's Ministry of Trade'.
_DATA_NOUNS = frozenset("figure data estimate statistic number calculation projection forecast count "
                        "survey study analysis tally record data statistics".split()) \
    | frozenset(  # papers a body puts out: 'according to a summary circulated by Italy's Interior Ministry'
        "summary document memo readout report paper presentation filing submission assessment audit "
        "review briefing-paper".split())
_SOURCE_TYPES = frozenset({"Person", "Organization", "GovernmentAgency", "MediaOrganization"})


def _data_source(state: State, obj: Token, marks: list[tuple[int, int]]) -> str | None:
    """The body whose figures they are: 'figures from / by / of X', 'X's figures',
    'figures published by X' (a country's figures are its government's, left alone)."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
            owners.extend(c for c in prep.children if c.dep_ == "pobj")
        if prep.dep_ == "acl" and prep.tag_ == "VBN" and prep.lemma_.lower() not in _SEEN_VERBS:
            # 'figures published by X', 'data compiled by X'
            owners.extend(c for p in prep.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by"
                          for c in p.children if c.dep_ == "pobj")
    for owner in owners:
        if any(s <= owner.idx < e for s, e in marks):
            continue
        m = state.mention_at(owner.idx, owner.idx + len(owner.text), set(_SOURCE_TYPES))
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
        key = entity_for_token(state, owner, marks)
        if key is not None and state.entity_type(key) in _SOURCE_TYPES:
            return key
    return None


# 'a document seen by Reuters', 'a draft obtained by the newspaper': who read it, not whose words
_SEEN_VERBS = frozenset("see obtain review view read examine consult leak acquire receive".split())


# Plural agent nouns owned by a thing: 'the bridge's operators', 'the builders of the tunnel'.
_AGENT_ENDINGS = ("ers", "ors", "ists", "ants", "ents")
_NOT_AGENTS = frozenset("numbers figures papers letters orders matters quarters centers waters borders "
                        "documents statements agreements governments parents comments payments elements "
                        "settlements arrangements requirements investments shipments".split())


def _owned_agents(obj: Token) -> bool:
    """A plural agent noun ('operators', 'builders') with the thing it works on
    as its owner ('the bridge's', 'of the tunnel'): unnamed people who speak."""
    if obj.tag_ != "NNS" or not obj.lower_.endswith(_AGENT_ENDINGS) or obj.lower_ in _NOT_AGENTS:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in obj.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ in {"NOUN", "PROPN"} for o in c.children)
               for c in obj.children)


def _according_first(state: State, tok: Token, obj: Token, marks: list[tuple[int, int]]) -> bool:
    """'According to X, <clause>.' (the source first): the clause is what X said;
    quoted words in it are X's direct words. True when the form matched."""
    sent = tok.sent
    lead = state.text[sent.start_char:tok.idx].strip().lower()
    if lead not in {"", "but", "and", "yet", "however,", "but,"}:
        return False
    right = tok.doc[tok.i + 1].right_edge
    # the parser may hang the closing comma, an apposition or the clause itself inside
    # the source phrase ('According to Tosa Roads, the state road company, about ...'):
    # the source ends at the first comma after 'to'
    first_comma = next((t for t in tok.doc[tok.i + 2:right.i + 1] if t.text == ","), None)
    if first_comma is not None and first_comma.i > tok.i + 2:
        right = tok.doc[first_comma.i - 1]
    comma = state.text.find(",", right.idx + len(right.text), sent.end_char)
    if comma < 0 or state.text[right.idx + len(right.text):comma].strip():
        return False
    comma = _past_apposition(state, comma, sent.end_char)
    start, end = trim_span(state.text, comma + 1, sent.end_char)
    if _speaker_of_its_own(state, start, end, marks):
        return True
    speaker, medium = _source_of(state, obj, marks)
    if speaker is None:
        return True
    quoted = [(s, e) for s, e in marks if start <= s and e <= end + 1]
    for qa, qb in quoted:
        q0, q1 = trim_span(state.text, qa + 1, qb - 1)
        if q1 <= q0 or any(st.quote_span.start <= q0 < st.quote_span.end for st in state.statements):
            continue
        statement = Statement(speaker=speaker, quote=" ".join(state.text[q0:q1].split()), kind="direct",
                              quote_span=state.span(q0, q1), evidence=state.sentence_span(sent))
        fill_details(state, statement, None, [t for t in sent if not (qa <= t.idx < qb)], (qa, qb), marks)
        statement.medium = statement.medium or medium
        state.statements.append(statement)
    if len(state.text[start:end].split()) < 4 or quoted and not partial_quotes_only(state.text, start, end, marks):
        return True
    before = len(state.statements)
    clause = state.doc.char_span(start, end, alignment_mode="expand")
    parts = unquoted_parts(state, list(clause), marks) if quoted and clause is not None else [(start, end)]
    for a, b in parts:
        add_reported(state, speaker, a, b, sent, None, marks)
    for statement in state.statements[before:]:
        statement.medium = statement.medium or medium
    return True


# ', the state road company,' / ', Tarvia's chief negotiator,': a short description of
# the source between two commas (no verb in it: a clause would be the reported words)
_APPOSITION_RE = re.compile(r",\s*(?:the|a|an|its|their|[A-Z][\w-]*'s)\s+[^,;:\"“”]{2,80}?,")


def _past_apposition(state: State, comma: int, limit: int) -> int:
    """The comma that ends the source phrase: the one after an apposition that
    describes the source ('According to Tosa Roads, the state road company, about
    9,000 vehicles ...'), else ``comma`` itself."""
    m = _APPOSITION_RE.match(state.text, comma, limit)
    if m is None:
        return comma
    span = state.doc.char_span(m.start() + 1, m.end() - 1, alignment_mode="expand")
    if span is None or len(span) > 10 or any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or t.pos_ == "AUX" for t in span):
        return comma
    rest = state.text[m.end():limit].split()
    return m.end() - 1 if len(rest) >= 4 else comma


def _speaker_of_its_own(state: State, start: int, end: int, marks: list[tuple[int, int]]) -> bool:
    """'According to a statement from X, President Y told Z that ...': the clause
    after the source is the words of its own speaker (a named subject of its main
    speech verb); the source only vouches for them."""
    clause = state.doc.char_span(start, end, alignment_mode="expand")
    if clause is None:
        return False
    verbs = lexicon.words("reported_verbs") | lexicon.words("speech_verbs")
    for token in clause:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or any(s <= token.idx < e for s, e in marks):
            continue
        if token.head.i != token.i and clause.start <= token.head.i < clause.end:
            continue  # only the clause's own head verb
        if token.lemma_.lower() not in lexicon.words("reported_verbs") \
                and not any(c.dep_ == "ccomp" for c in token.children):
            continue  # 'the two sides have agreed on the timetable' reports an event, says nothing
        subj = subject_of(token)
        if subj is None or not start <= subj.idx < end:
            continue
        # a name, 'he'/'she' or a held office: asked without creating unnamed speakers
        named = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Person", *ORG_SPEAKER_TYPES, "Country"})
        if named is not None and not state.entities[named.key].unnamed:
            return True
        if subj.lower_ in {"he", "she"} or office_holder(state, subj) is not None \
                or subj.pos_ == "NOUN" and subj.lemma_.lower() in lexicon.words("role_nouns"):
            return True  # 'a spokesman told reporters that ...' speaks for himself too
    return False
