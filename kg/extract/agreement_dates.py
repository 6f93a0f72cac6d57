"""dateSigned of agreements: "signed in 2002", "On May 20, 2002, ... X signed", "signed ... on
Wednesday", "two years later": the date a signing verb or a signed title is
given, read from the sentence, its governing verb or the report's date."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.agreement_actors import acting_actor
from kg.extract.agreement_status import (
    agreement_status, not_yet_signed, past_governor, signed_agreement, signs_other_object,
)
from kg.extract.evidence import body_mentions, evidence_for
from kg.extract.state import State


# -- dateSigned -------------------------------------------------------------------
def date_signed(state: State) -> None:
    for sent in state.body_sentences():
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if not agreements:
            agreements = _pronoun_signed(state, sent)  # "... the Vienna memorandum. It was signed in Vienna on ..."
        if not agreements:
            continue
        for tok in sent:
            if tok.lemma_.lower() in {"sign", "ink", "conclude", "ratify"} and tok.pos_ == "VERB" \
                    and not not_yet_signed(state, tok) and not _modal(tok):
                if tok.lemma_.lower() == "ratify":
                    # "signed on June 14, 2022, and ratified in 2023": a ratification's date is no signing date
                    _add_signers(state, tok, sent, agreements)
                    continue
                window = state.text[tok.idx: min(sent.end_char, tok.idx + 48)]  # "signed on September 30, 1974"
                year = re.match(r"\w+\s+(?:up\s+(?:to\s+)?)?(?:in|on)\s+(.+?)(?:\s+(?:and|but|by|with|after|before)\b|,(?!\s*\d{4}\b)|[.;]|$)", window)
                if year is None:  # "signed 12 June 2006", "signed January 30, 1974": no preposition
                    year = re.match(r"\w+\s+((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4})\b", window)
                if year is None:
                    # "signed yesterday, 3 March 2026, in Kumasi": the date in apposition is the day meant
                    # (else "yesterday" is read against the report's date)
                    year = _RELATIVE_DAY_RE.match(state.text, tok.idx, sent.end_char)
                # a weekday ("signed on Wednesday") is resolved against the report's date
                when = next((g for g in year.groups() if g), None) if year else None
                value = dates.resolve(when, _weekday_ref(state, when)) if when else None
                if not value:
                    # "which signed a Mutual Defense Treaty with the Philippines in 1951"
                    value = _governor_date(state, tok)
                if not value:
                    value = _later_date(state, tok, sent) or _leading_date(state, tok, sent)
                if not value and past_governor(tok) is not None:
                    value = _governor_date(state, past_governor(tok))  # "agreed on Tuesday ..., signing X"
                if not value:
                    value = _same_year(state, tok, sent)  # "In 2003 ... . X was signed the same year."
                if not value:
                    value = _years_later(state, tok, sent)  # "In 1991 ... . Four years later they signed X"
                if not value:
                    value = _date_before_verb(state, tok, sent)  # "A and B on Wednesday afternoon signed X"
                if not value:
                    value = _where_signed_date(state, tok)  # "met in Lima on Monday, where they signed X"
                if not value:
                    value = _meeting_before_date(state, tok, sent)  # "A and B met on Wednesday. They also signed X"
                if not value:
                    value = _signed_today(state, tok, sent)  # "A and B signed X today in Lima"
                if not value:
                    value = _signers_met_date(state, tok)  # "was signed by A and B, who met in X on Tuesday"
                if not value:
                    value = _then_after_meeting(state, tok, sent)  # "A and B met on May 3. X was then signed"
                nearest = signed_agreement(state, tok, agreements)
                if signs_other_object(state, tok, nearest):
                    continue  # "signed an agreement ... and will reopen talks on the X Convention": not X's signing
                if value:
                    state.add_relation(nearest.key, "dateSigned", state.sentence_span(sent), literal=value)
                _add_signers(state, tok, sent, agreements)
    _adopted_in(state)
    _clause_years(state)  # "the X Partnership the two countries agreed in 2021", "X between A and B in 1975"
    # "the 2002 pact": a year right before a generic agreement word; "the Lake Treaty of 1971"
    for m in state.mentions:
        if state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        ym = re.match(r"(?:(?:the|its|their|a|an)\s+)?(?:(?:separate|new|further|second|third|another|earlier|later|"
                      r"original|first|subsequent|supplementary|follow-up|landmark|historic)\s+)?"
                      r"(1[89]\d{2}|20\d{2})\s+[A-Za-z]", state.text[m.start:m.end]) \
            or re.match(r"\s+of\s+(1[89]\d{2}|20\d{2})\b(?![-–/]\d)", state.text[m.end:m.end + 10])
        if ym is None:
            # "the Revised Protocol on X, the 2000 instrument of the Y Community": a dated apposition
            ym = _DATED_APPOSITION_RE.match(state.text, m.end, state.sentence_of(m.start).end_char)
            if ym is not None and ym.group(2).lower() not in _APPOSITION_NOUNS:
                ym = None
        if ym and _name_year_ahead(state, m.key, ym.group(1)):
            continue  # "the 2027 quota arrangement" still to be agreed: the year is the one it is for
        if ym and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=ym.group(1))
        _of_month_year(state, m)


# "It was signed in Vienna on May 3, 2021": the sentence's subject is the text named just before
_IT_SIGNED_RE = re.compile(r"(?:It|The\s+(?:text|document|deal|accord|agreement|memorandum|pact|treaty|protocol))\s+"
                           r"(?:was|had\s+been)\s+(?:formally\s+|finally\s+|originally\s+|first\s+)?signed\s+(?:in|on|at)\s")


def _pronoun_signed(state: State, sent) -> list:
    """The one agreement the sentence before names, when this sentence opens "It was signed in/on"."""
    if not _IT_SIGNED_RE.match(state.text, sent.start_char, sent.end_char) or sent.start == 0:
        return []
    prev = state.doc[sent.start - 1].sent
    named = state.mentions_in(prev.start_char, prev.end_char, {"Agreement"})
    return named if named and len({m.key for m in named}) == 1 else []


# "the Neutral Zone Agreement of March 2017", "the Accord of 14 May 2019": a dated name, month and all
_OF_MONTH_RE = re.compile(r"\s+of\s+((?:\d{1,2}\s+)?(?:"
                          r"January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"(?:\s+\d{1,2},)?\s+(?:1[89]\d{2}|20\d{2}))\b(?![-–/]\d)")


def _of_month_year(state: State, m) -> None:
    if any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
        return
    hit = _OF_MONTH_RE.match(state.text, m.end)
    if hit is None:
        return
    value = dates.resolve(hit.group(1), state.document.date)
    if value and not _name_year_ahead(state, m.key, value[:4]):
        state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=value)


def _name_year_ahead(state: State, key: str, year: str) -> bool:
    """A year in an agreement's name that lies after the report's year, or is the report's year
    of a text not signed yet, names the season or period the text is for, not its signing."""
    report = (state.document.date or "")[:4]
    if not report.isdigit():
        return False
    return int(year) > int(report) or int(year) == int(report) and agreement_status(state, key) == "prospective"


_DATED_APPOSITION_RE = re.compile(r",\s+(?:the|an?)\s+(1[89]\d{2}|20\d{2})\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\b(?!-)")
# the nouns a dated apposition names a text by (not "the 2000 floods")
_APPOSITION_NOUNS = frozenset("instrument instruments agreement accord treaty pact protocol convention deal memorandum "
                              "charter text arrangement compact declaration".split())


# "The convention was adopted by ECOWAS in 1979": a text adopted (by a body) in a year
_ADOPTED_RE = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been)\s+(?:first\s+|formally\s+)?adopted\b"
                         r"[^.;]{0,60}?\bin\s+((?:1[89]|20)\d\d)\b")


def _adopted_in(state: State) -> None:
    """'The convention was adopted by ECOWAS in 1979': the year it was adopted is its date
    (a multilateral text is signed by adoption), unless the text gave it another."""
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Agreement":
            continue
        hit = _ADOPTED_RE.match(state.text, m.end, state.sentence_of(m.start).end_char)
        if hit is None or any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            continue
        state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=hit.group(1))


_RELATIVE_DAY_RE = re.compile(
    r"\w+\s+(?:(?:yesterday|today|last\s+\w+day)\s*,\s*(?:(?:on\s+)?\w+day,?\s+)?"
    r"((?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})\b"
    r"|(yesterday|today)\b)")


def _add_signers(state: State, tok: Token, sent, agreements: list) -> None:
    """The countries a signing (or ratifying) verb's agent names are parties of the nearest agreement."""
    signers = _signed_by(state, tok, sent)
    if signers:
        nearest = min(agreements, key=lambda m: abs(m.start - tok.idx))
        for c in signers:
            state.add_relation(c, "partyTo", state.sentence_span(sent), obj=nearest.key)


# "The signing took place this afternoon", "the signing ceremony was held today"
_SIGNING_TODAY_RE = re.compile(r"\b[Tt]he\s+signing(?:\s+ceremony)?(?:\s+of\s+[^.;]{1,60}?)?\s+(?:took\s+place|was\s+held|happened|came)\b"
                               r"[^.;]{0,40}?\b(?:this\s+(?:morning|afternoon|evening)|today|tonight|earlier\s+today)\b")
# "BROADCAST TRANSCRIPT, 13 NOVEMBER 2025": a transcript's own date line
_DATE_LINE_RE = re.compile(r"^[A-Z][A-Z ]*\b(?:TRANSCRIPT|BROADCAST)\b[A-Z ]*,\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4})\s*$",
                           re.M)


def signing_today(state: State) -> None:
    """'The signing took place this afternoon': the agreement named in that sentence
    (else the last one named before it) was signed on the report's day (a transcript's
    date line, else the document's date)."""
    for hit in _SIGNING_TODAY_RE.finditer(state.text, state.body_start):
        if state.is_skipped(hit.start(), hit.end()):
            continue
        sent = state.sentence_of(hit.start())
        here = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        before = [m for m in state.mentions if state.entity_type(m.key) == "Agreement"
                  and state.body_start <= m.start < sent.start_char and sent.start_char - m.start < 400]
        target = here[0] if here else (max(before, key=lambda m: m.start) if before else None)
        if target is None or any(r.subject == target.key and r.predicate == "dateSigned" for r in state.relations):
            continue
        value = _report_date(state)
        if value:
            state.add_relation(target.key, "dateSigned", state.sentence_span(sent), literal=value)


def _report_date(state: State) -> str | None:
    """The day the report speaks from: a transcript's date line, else the document's date."""
    line = _DATE_LINE_RE.search(state.text)
    value = dates.resolve(line.group(1), None) if line else None
    return value or state.document.date


_TODAY = r"(?:earlier\s+)?(?:today|this\s+(?:morning|afternoon|evening))"
_TODAY_AFTER_RE = re.compile(rf"[^.;,]{{0,80}}?\b{_TODAY}\b")
_TODAY_BEFORE_RE = re.compile(rf"\b{_TODAY}\s+(?:(?:formally|finally|officially|also|jointly)\s+)?$")


def _signed_today(state: State, verb: Token, sent) -> str | None:
    """'A and B signed X today in Lima' / 'A and B this afternoon signed X': a past
    signing on the report's day (no other verb between the signing and the word)."""
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "aux" and c.lower_ in {"will", "to"} for c in verb.children):
        return None
    start = verb.idx + len(verb.text)
    hit = _TODAY_AFTER_RE.match(state.text, start, sent.end_char)
    if hit is not None:
        span = state.doc.char_span(start, hit.end(), alignment_mode="contract")
        if span is not None and any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in span):
            hit = None  # "signed X, officials said today": the day of another verb
    if hit is None and verb.tag_ == "VBD":
        hit = _TODAY_BEFORE_RE.search(state.text, max(sent.start_char, verb.idx - 40), verb.idx)
    return _report_date(state) if hit is not None else None


def signed_before_title(state: State) -> None:
    """'A and B on Tuesday signed a memorandum to end double tolls. Under the
    Memorandum on a Single Toll, ...': a dated signing of a bare "a memorandum"
    dates the title of that kind the next sentences name (no date of its own)."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lemma_.lower() not in {"sign", "ink", "conclude"} \
                or tok.tag_ != "VBD" or _modal(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in nouns), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children) \
                or state.mention_at(obj.idx, obj.idx + len(obj.text), {"Agreement"}) is not None:
            continue
        sent = tok.sent
        value = _governor_date(state, tok) or _date_before_verb(state, tok, sent)
        if not value:
            weekday = _LATER_WEEKDAY_RE.match(state.text, obj.idx + len(obj.text), sent.end_char)
            if weekday and re.fullmatch(r"\s+(?:on|last)\s+", state.text[obj.idx + len(obj.text):weekday.start(1)]) \
                    and state.document.date:
                value = dates.resolve(weekday.group(1), state.document.date)
        if not value:
            continue
        end = sent.end_char
        for _ in range(2):
            if end < len(state.text) - 1:
                end = state.sentence_of(end + 1).end_char
        later = [m for m in state.mentions_in(sent.end_char, end, {"Agreement"})
                 if state.entities[m.key].label[:1].isupper()]
        if not later or obj.lower_ not in state.entities[later[0].key].label.lower().split():
            continue
        target = later[0].key
        if any(r.subject == target and r.predicate == "dateSigned" for r in state.relations) \
                or any(m.start < tok.idx for m in body_mentions(state, target)):
            continue
        state.add_relation(target, "dateSigned", state.sentence_span(sent), literal=value)
        for c in _signed_by_subject(state, tok):
            state.add_relation(c, "partyTo", state.sentence_span(sent), obj=target)


def _signed_by_subject(state: State, verb: Token) -> list[str]:
    """The countries of a signing verb's subject ("Slovakia and Hungary signed")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [k for t in (subj, *subj.conjuncts) if (k := acting_actor(state, t)) is not None
            and state.entity_type(k) == "Country"]


def _signed_by(state: State, verb: Token, sent) -> list[str]:
    """'signed by Latvia's foreign minister, A, and Estonian Foreign Minister B':
    the countries of the verb's own agent (named, or the countries the people
    named there represent); "signed in 2022, has yet to be ratified by Bosnia's
    parliament" is another verb's agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        # "signed by A's minister, X, and Bolivian Minister Y": the parser may hang "and Y" on the verb
        names = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and c.i > agent.i]
        keep = [t for h in (agent, *names) for t in h.subtree
                if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i > h.i)]
        start, end = agent.idx, max(t.idx + len(t.text) for t in keep)
    else:
        by = re.search(r"\bby\b", state.text[verb.idx: sent.end_char])
        if by is None:
            return []
        start, end = verb.idx + by.end(), sent.end_char
        gap = state.doc.char_span(verb.idx + len(verb.text), verb.idx + by.start(), alignment_mode="contract")
        if gap is not None and any(t.pos_ in {"VERB", "AUX"} for t in gap):
            return []  # "signed in 2022, has yet to be ratified by X": X ratifies, the signers are others
    found = [m.key for m in state.mentions_in(start, end, {"Country"})]
    for m in state.mentions_in(start, end, {"Person"}):
        if not state.entities[m.key].unnamed:
            found += [o for o in state.objects(m.key, "represents") if state.entity_type(o) == "Country"][:1]
    return list(dict.fromkeys(found))


def _modal(verb: Token) -> bool:
    """'will sign the accord on Friday': a signing still to come has no date yet."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in {"will", "would", "shall", "could", "may", "might", "should", "must"}
               for c in verb.children)


_DATE_PHRASE = r"((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}|(?:1[89]|20)\d{2})"
# "signed at the United Nations in New York on March 6, 2018": places first, then the date
_LATER_DATE_RE = re.compile(r"[^.;]{0,90}?\b(?:on|in)\s+" + _DATE_PHRASE + r"\b")
# "On May 20, 2002, the day it became independent, X signed ...": the date leads the sentence
_LEADING_DATE_RE = re.compile(r"\s*(?:On|In)\s+" + _DATE_PHRASE + r"\s*,")


# "signed a memorandum of understanding on joint patrols on Wednesday afternoon": a weekday after the object
_LATER_WEEKDAY_RE = re.compile(rf"[^.;]{{0,90}}?\b(?:on|last)\s+((?:{dates.WEEKDAY_NAMES})"
                               r"(?:\s+(?:morning|afternoon|evening|night))?)\b")


def verb_day(state: State, verb: Token, sent) -> str | None:
    """The date a signing verb gives its act: on the verb's own phrase, right before it,
    later in the sentence, or leading it."""
    return _governor_date(state, verb) or _date_before_verb(state, verb, sent) \
        or _later_date(state, verb, sent) or _leading_date(state, verb, sent)


def _later_date(state: State, verb: Token, sent) -> str | None:
    """A date after the places the signing took place in (no other verb between)."""
    start = verb.idx + len(verb.text)
    m = _LATER_DATE_RE.match(state.text, start, sent.end_char)
    weekday = m is None
    if weekday:
        m = _LATER_WEEKDAY_RE.match(state.text, start, sent.end_char)
        if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "aux" for c in verb.children):
            return None  # "will sign the accord on Friday": a plan, not a signing
        # only right after the signed agreement's own name: "signed <agreement> on Wednesday"
        signed = state.mentions_in(start, m.start(1) if m else start, {"Agreement"})
        if m is None or not signed or not re.fullmatch(r"\s+(?:on|last)\s+", state.text[signed[-1].end:m.start(1)]) \
                or not re.fullmatch(r"\s+(?:(?:a|an|the|their|its)\s+)?", state.text[start:signed[-1].start]):
            return None
    span = state.doc.char_span(start, m.start(1), alignment_mode="contract")
    if span is not None and any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in span):
        return None  # "signed X, which took effect in 2005": the date of something else
    if re.search(r"\b(?:and|but|since|until|before|after|by)\b", state.text[start:m.start(1)]):
        return None
    if weekday:
        return dates.resolve(m.group(1), state.document.date) if state.document.date else None
    return dates.resolve(m.group(1), None)


def _governor_date(state: State, verb: Token) -> str | None:
    """The date an 'on'/'in' phrase gives the verb ("agreed on Tuesday")."""
    return _prep_date(state, verb, {"on", "in"}, _date_words)


def _date_words(pobj: Token) -> str | None:
    return " ".join(t.text for t in pobj.subtree) if pobj.ent_type_ == "DATE" else None


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})


def _words_before_part_of_day(pobj: Token) -> str | None:
    if pobj.lower_ not in _PARTS_OF_DAY:
        return None
    return " ".join(t.text for t in pobj.subtree if t.i < pobj.i) or None


def _prep_date(state: State, verb: Token, preps: set[str], words_of) -> str | None:
    """The first date one of the verb's ``preps`` phrases gives; ``words_of`` picks a phrase's
    date words from its object (None: no date there)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            when = words_of(pobj) if pobj is not None else None
            value = dates.resolve(when, _weekday_ref(state, when)) if when else None
            if value:
                return value
    return None


def _where_signed_date(state: State, verb: Token) -> str | None:
    """'..., met in Lima on Monday, where they signed a memorandum': a signing told
    in a 'where'/'when' clause happened at the date of the meeting it hangs on."""
    if verb.dep_ not in {"relcl", "advcl"} or verb.tag_ != "VBD" \
            or not any(c.lower_ in {"where", "when"} and c.dep_ == "advmod" for c in verb.children):
        return None
    head = verb.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return _governor_date(state, head) if head.pos_ in {"VERB", "AUX"} and head.tag_ == "VBD" else None


_MEETING_LEMMAS = frozenset("meet hold host visit gather".split())


def _signers_met_date(state: State, verb: Token) -> str | None:
    """'The X was signed by A and B, who met in Tornio on Tuesday afternoon': the signers'
    meeting told in a relative clause of the signing sentence is the signing's day."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return None
    for tok in verb.subtree:
        # only the signers' own meeting ("who met"), not a venue's ("Mendoza, which hosted the talks in 2015")
        if tok.dep_ == "relcl" and tok.lemma_.lower() == "meet" and tok.tag_ == "VBD" \
                and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in tok.children):
            value = _governor_date(state, tok) or _part_of_day_date(state, tok)
            if value:
                return value
    return None


def _part_of_day_date(state: State, verb: Token) -> str | None:
    """'met ... on Tuesday afternoon': a weekday or day before a part of the day (the parser
    calls the phrase a time, not a date)."""
    return _prep_date(state, verb, {"on"}, _words_before_part_of_day)


_THEN_RE = re.compile(r"\b(?:then|afterwards|later\s+that\s+day|shortly\s+afterwards|there|at\s+the\s+same\s+meeting)\b", re.I)


def _then_after_meeting(state: State, verb: Token, sent) -> str | None:
    """'A and B met in Valga on September 23. The Agreement on X was then signed at the town hall':
    a signing told as the next step after a dated meeting happened on the meeting's day."""
    if verb.tag_ not in {"VBD", "VBN"} or sent.start == 0 or any(c.lower_ in {"will", "would", "to"} for c in verb.children):
        return None
    if not _THEN_RE.search(state.text, sent.start_char, min(sent.end_char, verb.idx + len(verb.text) + 30)):
        return None
    if _YEAR_RE.search(sent.text) or re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", sent.text):
        return None  # the sentence dates its own signing
    return _previous_meeting_date(state, sent)


# "the Duavata Partnership the two countries agreed in 2021", "..., which both sides signed in 2019":
# a clause of agreeing right after the name, with its year
_AGREED_IN_RE = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+)?(?:the\s+two\s+(?:countries|sides|governments|nations|neighbou?rs)|"
    r"both\s+(?:countries|sides|governments|nations)|they|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"(?:had\s+)?(?:agreed|signed|concluded|reached|struck|sealed|adopted)(?:\s+(?:on|to))?\s+in\s+((?:1[89]|20)\d\d)\b")
# "the Treaty of Osimo between Italy and Yugoslavia in 1975": the pair, then the year
_BETWEEN_IN_RE = re.compile(r"\s+between\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+(?:the\s+)?(?:former\s+)?"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:in|of)\s+((?:1[89]|20)\d\d)\b(?!\s*[-–/])")


def _clause_years(state: State) -> None:
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        if any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            continue
        sent = state.sentence_of(m.start)
        hit = _AGREED_IN_RE.match(state.text, m.end, sent.end_char) or _BETWEEN_IN_RE.match(state.text, m.end, sent.end_char)
        if hit is None or _name_year_ahead(state, m.key, hit.group(1)):
            continue
        state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=hit.group(1))


def _previous_meeting_date(state: State, sent) -> str | None:
    """The date of a meeting ("met in Valga on September 23") told in the sentence before ``sent``."""
    for tok in state.doc[sent.start - 1].sent:
        if tok.lemma_.lower() in _MEETING_LEMMAS and tok.tag_ == "VBD":
            value = _governor_date(state, tok)
            if value:
                return value
    return None


def _meeting_before_date(state: State, verb: Token, sent) -> str | None:
    """'A and her counterpart, B, met in Zagreb on Wednesday. They also signed X':
    a signing told right after a dated meeting, by the people who met ("they",
    "the two", "the ministers"), happened on the meeting's day."""
    if verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children) or sent.start == 0:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in {"they", "two", "ministers", "leaders", "presidents", "sides"} \
            or subj.i - sent.start > 3:
        return None
    return _previous_meeting_date(state, sent)


_SAME_YEAR_RE = re.compile(r"\b(?:(?:in|during)\s+)?(?:the|that)\s+same\s+year\b|\b(?:later|earlier)\s+that\s+year\b"
                           r"|\bin\s+that\s+year\b"
                           # "at a summit on Jan. 5 that year": a day of the year named before
                           r"|\b(?-i:(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:of\s+)?that\s+year)\b",
                           re.I)
# the month and day of "on Jan. 5 that year"
_DAY_OF_THAT_YEAR_RE = re.compile(r"(?:on\s+)?((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))\s+(?:of\s+)?that\s+year")
_YEAR_RE = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")


def _same_year(state: State, verb: Token, sent) -> str | None:
    """'X was signed the same year' / 'later that year, A and B signed X': the
    year named last before it, in this sentence or the one before (none when
    that sentence names no year)."""
    hit = _SAME_YEAR_RE.search(state.text, sent.start_char, sent.end_char)
    if hit is None or abs(hit.start() - verb.idx) > 80:
        return None
    start = sent.start_char
    if sent.start > 0:
        start = state.doc[sent.start - 1].sent.start_char
    years = _YEAR_RE.findall(state.text, start, hit.start())
    if not years:
        return None
    day = _DAY_OF_THAT_YEAR_RE.fullmatch(hit.group(0))
    if day is not None:
        # "on Jan. 5 that year": the full date when the day reads as one, else the year
        return dates.resolve(f"{day.group(1)} {years[-1]}", None) or years[-1]
    return years[-1]


_YEARS_LATER_RE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                             r"years?\s+(later|earlier|after(?:wards)?|before)\b", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _years_later(state: State, verb: Token, sent) -> str | None:
    """'In 1991 they set up a commission. Four years later the two signed X':
    the year named last before (this sentence or the one before) plus the
    years counted ("earlier"/"before": minus)."""
    hit = _YEARS_LATER_RE.search(state.text, sent.start_char, verb.idx)
    if hit is None or re.search(r"\b(?:1[89]|20)\d{2}\b", state.text[hit.end():verb.idx]):
        return None
    start = state.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    years = _YEAR_RE.findall(state.text, start, hit.start())
    if not years:
        return None
    n = _NUMBER_WORDS.get(hit.group(1).lower()) or int(hit.group(1))
    sign = -1 if hit.group(2).lower() in {"earlier", "before"} else 1
    return str(int(years[-1]) + sign * n)


# "A and B on Wednesday afternoon signed X": a date between the subject and the verb
_DATE_BEFORE_VERB_RE = re.compile(
    rf"\b(?:on|last)\s+((?:{dates.WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)\s+"
    r"(?:(?:formally|finally|officially|also|jointly)\s+)?$")


def _date_before_verb(state: State, verb: Token, sent) -> str | None:
    """A weekday or day right before a past-tense signing verb (the parser may
    hang "on Wednesday afternoon" on the subject)."""
    if verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    m = _DATE_BEFORE_VERB_RE.search(state.text, max(sent.start_char, verb.idx - 50), verb.idx)
    if m is None:
        return None
    return dates.resolve(m.group(1), _weekday_ref(state, m.group(1)) or state.document.date)


def _leading_date(state: State, verb: Token, sent) -> str | None:
    """'On May 20, 2002, ..., X signed': the sentence's leading date, when the verb has no other."""
    m = _LEADING_DATE_RE.match(state.text, sent.start_char, verb.idx)
    if m is None or re.search(r"\b(?:1[89]|20)\d{2}\b", state.text[m.end():verb.idx]):
        return None
    return dates.resolve(m.group(1), None)


_WEEKDAY_RE = re.compile(rf"^(?:last\s+|this\s+|on\s+)?(?:{dates.WEEKDAY_NAMES}|yesterday|today)\b", re.I)


# "on May 14", "14 May": a day without its year takes the year from the report's date
_DAY_NO_YEAR_RE = re.compile(r"^(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:st|nd|rd|th)?\s*$")


def _weekday_ref(state: State, when: str) -> str | None:
    """The report's date, to resolve 'signed on Wednesday' or 'signed on May 14'
    (only a weekday, 'yesterday' or a day without its year needs it; a year or
    month stands alone)."""
    when = when.strip()
    return state.document.date if _WEEKDAY_RE.match(when) or _DAY_NO_YEAR_RE.match(when) else None
