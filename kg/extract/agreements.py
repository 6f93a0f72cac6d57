"""Agreement relations: dateSigned ("signed in 2002", "the 2002 pact"),
partyTo ("the agreement between A and B", "which A and B reached", a signed
agreement in a sentence naming both sides) and negotiates (negotiation words
around an agreement, with countries, organisations or their negotiators as
actors; "X leads for Lima" makes body X a negotiator). An agreement's status
(signed, or still under negotiation) decides between the two. "The 2004 accord"
in a report on talks about "a new X treaty" is another agreement than the new one."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.agreement_leads import leads_for
from kg.extract import agreement_aliases, agreement_titles
from kg.extract.agreement_names import trim_swallowed_names
from kg.extract.agreement_refs import (
    drop_generic_of_named,
    give_new_references_to_new,
    split_other_kind_references,
    split_old_dated_references,
    split_other_year_references,
)
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.sides import country_key_for_word, main_sides
from kg.extract.state import State
from kg.model import ORG_TYPES

_SIDE_TYPES = {"Country"}
_BOTH = re.compile(r"\b(both (?:nations|countries|sides|governments|neighbou?rs)|the two (?:nations|countries|sides|governments|neighbou?rs)|the two)\b", re.I)


def extract_agreements(state: State, sides: list[str]) -> None:
    """dateSigned first: a signed agreement has parties, an unsigned one negotiators
    (names that swallowed a date or place before them are trimmed before all;
    titles cut short are read to their end)."""
    agreement_titles.apply(state)
    agreement_aliases.apply(state)
    trim_swallowed_names(state)
    split_old_dated_references(state)
    drop_generic_of_named(state)
    split_other_kind_references(state)
    _date_signed(state)
    _signed_before_title(state)
    split_other_year_references(state)
    give_new_references_to_new(state)
    _party_to(state, sides)
    _negotiates(state, sides)
    leads_for(state, agreement_status)


# -- dateSigned -------------------------------------------------------------------
def _date_signed(state: State) -> None:
    for sent in state.doc.sents:
        if sent.start_char < state.body_start:
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if not agreements:
            continue
        for tok in sent:
            if tok.lemma_.lower() in {"sign", "ink", "conclude", "ratify"} and tok.pos_ == "VERB" \
                    and not not_yet_signed(state, tok) and not _modal(tok):
                window = state.text[tok.idx: min(sent.end_char, tok.idx + 48)]  # "signed on September 30, 1974"
                year = re.match(r"\w+\s+(?:up\s+(?:to\s+)?)?(?:in|on)\s+(.+?)(?:\s+(?:and|but|by|with|after|before)\b|,(?!\s*\d{4}\b)|[.;]|$)", window)
                if year is None:  # "signed 12 June 2006", "signed January 30, 1974": no preposition
                    year = re.match(r"\w+\s+((?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4})\b", window)
                # a weekday ("signed on Wednesday") is resolved against the report's date
                value = dates.resolve(year.group(1), _weekday_ref(state, year.group(1))) if year else None
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
                if value:
                    nearest = signed_agreement(state, tok, agreements)
                    state.add_relation(nearest.key, "dateSigned", state.sentence_span(sent), literal=value)
                signers = _signed_by(state, tok, sent)
                if signers:
                    nearest = min(agreements, key=lambda m: abs(m.start - tok.idx))
                    for c in signers:
                        state.add_relation(c, "partyTo", state.sentence_span(sent), obj=nearest.key)
    # "the 2002 pact": a year right before a generic agreement word; "the Lake Treaty of 1971"
    for m in state.mentions:
        if state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        ym = re.match(r"(?:(?:the|its|their|a|an)\s+)?(?:(?:separate|new|further|second|third|another|earlier|later|"
                      r"original|first|subsequent|supplementary|follow-up|landmark|historic)\s+)?"
                      r"(1[89]\d{2}|20\d{2})\s+[A-Za-z]", state.text[m.start:m.end]) \
            or re.match(r"\s+of\s+(1[89]\d{2}|20\d{2})\b(?![-–/]\d)", state.text[m.end:m.end + 10])
        if ym and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=ym.group(1))


def _signed_before_title(state: State) -> None:
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
        state.__dict__.pop("_agreement_status", None)


def _signed_by_subject(state: State, verb: Token) -> list[str]:
    """The countries of a signing verb's subject ("Slovakia and Hungary signed")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [k for t in (subj, *subj.conjuncts) if (k := _actor(state, t)) is not None
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
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "in"}:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "DATE":
                when = " ".join(t.text for t in pobj.subtree)
                value = dates.resolve(when, _weekday_ref(state, when))
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
    prev = state.doc[sent.start - 1].sent
    for tok in prev:
        if tok.lemma_.lower() in _MEETING_LEMMAS and tok.tag_ == "VBD":
            value = _governor_date(state, tok)
            if value:
                return value
    return None


_SAME_YEAR_RE = re.compile(r"\b(?:(?:in|during)\s+)?(?:the|that)\s+same\s+year\b|\b(?:later|earlier)\s+that\s+year\b"
                           r"|\bin\s+that\s+year\b", re.I)
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
    return years[-1] if years else None


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


def signed_agreement(state: State, verb: Token, agreements: list):
    """The agreement a 'signed' belongs to: the noun phrase the participle follows
    ("the X Agreement, signed in 2019, two months before the Y Treaty" -> X), the
    head it modifies, else the one nearest to the verb (gap between them, not starts)."""
    for m in agreements:
        if m.end <= verb.idx and re.fullmatch(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
                                             r"|(?:was|were|is|had\s+been|has\s+been)\s+(?:(?:first|formally|finally|originally)\s+)?)?",
                                             state.text[m.end:verb.idx]):
            return m
    if verb.dep_ in {"acl", "relcl"}:
        head = state.mention_at(verb.head.idx, verb.head.idx + len(verb.head.text), {"Agreement"})
        if head is not None:
            return head
    return min(agreements, key=lambda m: verb.idx - m.end if m.end <= verb.idx else m.start - verb.idx)


# -- partyTo / negotiates ---------------------------------------------------------
def _agreement_sentences(state: State):
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if agreements:
            yield sent, agreements


_PROSPECTIVE = frozenset("new proposed planned draft future possible eventual would-be prospective envisaged".split())
_RENEGOTIATION = frozenset(
    "negotiate renegotiate renegotiation revise revision amend amendment update modernize modernise "
    "overhaul rework tweak reform renew renewal extend changes rewrite rewriting".split()
)


def agreement_status(state: State, key: str) -> str | None:
    """'existing' (signed: "signed in 1951", "the 1984 treaty", "which both
    countries signed"), 'prospective' ("a new code", "negotiations on a
    protocol" without a signature) or None when the text does not say."""
    cache = state.__dict__.setdefault("_agreement_status", {})
    if key not in cache:
        cache[key] = _agreement_status(state, key)
    return cache[key]


_NOT_YET_RE = re.compile(r"\b(?:once|when|until|till|unless|if|after|before|whenever)\s+(?:(?:it|they|the\s+\w+)\s+)?"
                         r"(?:(?:is|are|was|has\s+been|have\s+been)\s+)?(?:finally\s+|formally\s+|fully\s+)?$", re.I)


def not_yet_signed(state: State, verb: Token) -> bool:
    """'once signed', 'until it is signed', 'when ratified', 'to be signed': a
    signing spoken of as future or conditional, not one that happened."""
    before = state.text[max(verb.sent.start_char, verb.idx - 40):verb.idx]
    if _NOT_YET_RE.search(before) or re.search(r"\b(?:to\s+be|yet\s+to\s+be|not\s+yet(?:\s+been)?)\s+$", before, re.I):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def past_governor(verb: Token) -> Token | None:
    """'Peru and Ecuador agreed on Tuesday to ..., signing a memorandum': the
    past-tense verb a bare participle hangs on (the signing happened with it);
    None for "are signing", "will agree ..., signing"."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    head = verb.head
    while head.dep_ in {"xcomp", "conj"} and head.head.i != head.i and head.tag_ in {"VB", "VBG"}:
        head = head.head  # "agreed ... to open ..., signing": the agreeing verb
    if head.tag_ != "VBD" or any(c.lemma_ in {"will", "would", "could", "may", "might", "should"} for c in head.children):
        return None
    return head


def _agreement_status(state: State, key: str) -> str | None:
    if any(r.subject == key and r.predicate == "dateSigned" for r in state.relations):
        return "existing"
    prospective = False
    for m in body_mentions(state, key):
        sent = state.sentence_of(m.start)
        words = state.text[max(sent.start_char, m.start - 40):m.start].lower().split()
        if set(words[-3:]) & _PROSPECTIVE:
            prospective = True
        for tok in sent:
            if tok.lemma_.lower() in {"sign", "ink", "ratify"} \
                    and (tok.tag_ in {"VBD", "VBN"} or past_governor(tok) is not None) \
                    and not any(c.lemma_ in {"will", "would", "could", "may", "might", "should"} for c in tok.children):
                if abs(tok.idx - m.start) < 120 and not_yet_signed(state, tok):
                    prospective = True  # "expected to run for 29 years once signed"
                    continue
                if abs(tok.idx - m.start) < 120:
                    if any(c.lower_ in {"not", "never", "yet"} for c in tok.children):
                        prospective = True  # "accepted orally ... but never signed"
                        continue
                    if _signs_another(state, tok, sent, key):
                        continue  # "X would replace the 1997 arrangement, which both sides signed"
                    return "existing"
        if re.match(r"\s*,?\s*(?:which|that)\s+(?:took\s+effect|entered\s+into\s+force|came\s+into\s+force|"
                    r"has\s+been\s+in\s+force)\s+(?:in|on|since)\s+[^.;]{0,20}?\b(?:1[89]|20)\d\d\b",
                    state.text[m.end:sent.end_char]):
            return "existing"  # "the protocol ..., which took effect in 2008": in force, so signed
        head = state.text[max(sent.start_char, m.start - 60):m.start].lower()
        if re.search(r"\b(?:never|not\s+yet|yet\s+to\s+be|not\s+been)\s+(?:been\s+)?(?:signed|ratified)\b",
                     state.text[m.end:min(sent.end_char, m.end + 200)]):
            return "prospective"  # "which their leaders accepted orally ... but never signed"
        if re.match(r"\s*,?\s*(?:which|that)\s+would\s+(?:settle|end|resolve|replace|govern|set|allow|create|open)\b",
                    state.text[m.end:sent.end_char]):
            prospective = True  # "the accord, which would settle the dispute": not in force yet
        if re.search(r"\bunder (?:negotiation|discussion)\b", head) or re.match(
                r"[^.;]{0,4}(?:,\s*)?(?:which|that)\b[^.;]{0,120}?\b(?:(?:have|has|had)\s+been|are|is|were)\s+"
                r"(?:negotiating|discussing|drafting)\b", state.text[m.end:sent.end_char]):
            prospective = True  # "the text under negotiation", "which X and Y have been negotiating"
        if re.search(r"\b(?:negotiations?|talks|negotiate|negotiating|discussions?)\s+(?:\w+\s+){0,2}(?:on|over|for|about|towards?)\s+(?:\w+\s+){0,3}$", head) \
                or re.search(r"\b(?:negotiate|negotiating|draft|drafting|finalise|finalize|finish|finishing|conclude|reach|reaching|sign|agree\s+on)\s+(?:a|an|the)?\s*$", head) \
                or re.match(r"\s*,?\s*(?:that|which)\s+(?:has|have|had)\s+been\s+under\s+(?:negotiation|discussion)|\s*,?\s*(?:that|which)\s+(?:is|are)\s+(?:being\s+negotiated|under\s+negotiation)",
                             state.text[m.end:m.end + 60]):
            prospective = True  # "talks on a new code", "will negotiate a protocol", "a treaty under negotiation"
    return "prospective" if prospective else None


def _signs_another(state: State, verb: Token, sent, key: str) -> bool:
    """Does a signing verb belong to another agreement of the sentence (the one its
    relative clause or participle hangs on)?"""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    others = [m for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})]
    if len({m.key for m in others}) < 2:
        return False
    return signed_agreement(state, verb, others).key != key


def _party_to(state: State, sides: list[str]) -> None:
    for key, entity in state.entities.items():
        if entity.type != "Agreement":
            continue
        entry = state.gaz.lookup(entity.label)
        body = body_mentions(state, key)
        if entry is not None and body:
            for party in entry.parties:
                pk = country_key(state, party)
                if pk:
                    state.add_relation(pk, "partyTo", evidence_for(state, body[0]), obj=key)
    for sent, agreements in _agreement_sentences(state):
        text = sent.text
        parties: list[str] = []
        between = re.search(r"\bbetween\b", text)
        if between:
            after = sent.start_char + between.end()
            parties = [m.key for m in state.mentions_in(after, sent.end_char, _SIDE_TYPES)][:2]
            if not parties:
                parties = _capitals_between(state, after, sent.end_char)
        if not parties:
            parties = _two_people_sides(state, sent)
        if not parties and (_BOTH.search(text) or re.search(r"\btheir (?:\w+ ){0,2}(?:agreement|deal|pact|accord|treaty)", text, re.I)):
            parties = sides if len(sides) == 2 else []
        for a in dict.fromkeys(m.key for m in agreements):
            if agreement_status(state, a) == "prospective":
                continue  # not signed yet: the parties negotiate it
            for p in parties:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)
    _party_by_verb(state)
    _party_by_name(state)
    _party_by_under(state)
    _party_by_both_sides(state, sides)
    _party_by_boundary(state, sides)
    # The agreement a bilateral article is about binds its two sides, unless the text said otherwise.
    main = _main_agreement(state)
    if main is not None and len(sides) == 2 and agreement_status(state, main) != "prospective" \
            and not [r for r in state.relations if r.predicate == "partyTo" and r.object == main]:
        first = body_mentions(state, main)[0]
        for p in sides:
            state.add_relation(p, "partyTo", evidence_for(state, first), obj=main)


def _two_people_sides(state: State, sent) -> list[str]:
    """'[A, Peru's minister, ... B, Ecuador's minister.] The two signed a memorandum':
    a bare 'the two' subject means the two people just named; their countries
    are the parties (not the document's main sides, which may differ)."""
    subj = next((t for t in sent if t.dep_ == "nsubj" and t.lower_ in {"two", "both"}
                 and t.head.lemma_.lower() in _PARTY_VERBS), None)
    if subj is None:
        return []
    from kg.extract.meetings import last_two_people  # meetings imports offices, which imports this module's peers

    countries = []
    for person in last_two_people(state, subj.idx):
        own = [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]
        if own:
            countries.append(own[0])
    return countries if len(countries) == 2 and countries[0] != countries[1] else []


def _capitals_between(state: State, start: int, end: int) -> list[str]:
    """'the accord between Lima and Quito': two capitals right after 'between'
    stand for their countries."""
    m = re.match(r"\s*(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+and\s+(?:the\s+)?"
                 r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\b", state.text[start:end])
    if m is None:
        return []
    out = []
    for g in (1, 2):
        place = state.mention_at(start + m.start(g), start + m.end(g), {"Place"})
        entry = state.gaz.lookup(state.entities[place.key].label) if place is not None else None
        if entry is None or not entry.capital or not entry.country:
            return []
        key = country_key(state, entry.country)
        if key is None:
            return []
        out.append(key)
    return out if out[0] != out[1] else []


_GOVERNMENT_OF_RE = re.compile(
    r"\bGovernment\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:Republic|Kingdom|Federation|State|Sultanate|"
    r"Commonwealth|Principality|Emirates?)\s+of\s+(?:the\s+)?)?(?P<name>[A-Z][\w’'-]+(?:\s(?:and\s)?[A-Z][\w’'-]+){0,3})")
_BETWEEN_GOVERNMENTS_RE = re.compile(r"\s+between\s+the\s+Governments?\s+of\b[^.;]{3,160}")


def _name_countries(state: State, start: int, end: int) -> list[str]:
    """Countries a name names: demonyms ("Peruvian-Bolivian"), "the Government of
    the Republic of X" (the longest known country name after 'of')."""
    found: list[str] = []
    text = state.text[start:end]
    for g in _GOVERNMENT_OF_RE.finditer(text):
        words = g.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if state.gaz.country_of_demonym(name) is not None:
                key = _country_key_at(state, start + g.start("name"), start + g.start("name") + len(name))
                if key:
                    found.append(key)
                break
    if not found:
        for w in re.finditer(r"[A-Z][a-z]+", text):
            if w.group(0) in {"The", "Treaty", "Agreement", "State", "Border", "Republic"}:
                continue
            entry = state.gaz.demonyms.get(w.group(0).lower())
            if entry is not None:
                key = _country_key_at(state, start + w.start(), start + w.end())
                if key:
                    found.append(key)
    if not found:
        spans = _country_names_in(state, start, end)
        if len({state.text[s:e] for s, e in spans}) == 2:  # only a two-country title makes entities
            found = [k for s, e in spans if (k := _country_key_at(state, s, e))]
    return list(dict.fromkeys(found))


# "the Treaty between Peru and the Republic of Ecuador on X": country names in a title
_NAME_RUN_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
_TITLE_WORDS = frozenset("The Treaty Agreement Convention Accord Protocol Memorandum Pact State Border Republic "
                         "Kingdom Federation".split())


def _country_names_in(state: State, start: int, end: int) -> list[tuple[int, int]]:
    """Where an agreement's title names countries by their names ("between Peru
    and the Republic of Ecuador"): the longest known country name in each run of
    capitalised words (title words skipped)."""
    found: list[tuple[int, int]] = []
    for run in _NAME_RUN_RE.finditer(state.text, start, end):
        words = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][a-z]+", run.group(0))]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                s, e = run.start() + words[i][0], run.start() + words[j - 1][1]
                name = state.text[s:e]
                if name.split()[0] in _TITLE_WORDS:
                    continue
                entry = state.gaz.lookup(name)
                if entry is not None and entry.type == "Country":
                    found.append((s, e))
                    i = j - 1
                    break
            i += 1
    return found


def _country_key_at(state: State, start: int, end: int) -> str | None:
    """The country named at ``start:end`` (the entity created if the text had none)."""
    return country_key_for_word(state, start, end)


def _party_by_name(state: State) -> None:
    """'the Treaty on the Peruvian-Bolivian State Border', 'the Agreement on X
    between the Government of A and the Government of B': the two countries the
    agreement's own name (or its 'between the Governments' tail) names are its parties."""
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or agreement_status(state, key) == "prospective":
            continue
        for m in body_mentions(state, key):
            end = m.end
            tail = _BETWEEN_GOVERNMENTS_RE.match(state.text, m.end)
            if tail and tail.end() <= state.sentence_of(m.start).end_char:
                end = tail.end()
            countries = _name_countries(state, m.start, end)
            if len(countries) == 2:
                for c in countries:
                    state.add_relation(c, "partyTo", evidence_for(state, m), obj=key)
                break


_PARTY_VERBS = frozenset("sign reach conclude strike seal ink ratify".split())
# "buys power from Y under X", "divided by A and B under X": who acts under an agreement
_UNDER_PREPS = frozenset("from with to by".split())


def _party_by_under(state: State) -> None:
    """'Utility X buys power from Y under a power purchase agreement signed in
    2021' / 'the seabed was divided by A and B under the X Treaty': the subject
    of a verb acting under a (not unsigned) agreement and its partners ("from",
    "with", "to", a passive's "by") are the agreement's parties: companies for a
    commercial deal, countries for a treaty."""
    for sent, agreements in _agreement_sentences(state):
        for tok in sent:
            if tok.lower_ != "under" or tok.dep_ != "prep" or tok.head.pos_ not in {"VERB", "AUX"}:
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            target = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Agreement"}) if pobj is not None else None
            if target is None or agreement_status(state, target.key) == "prospective":
                continue
            verb = tok.head
            heads = [c for c in verb.children if c.dep_ == "nsubj"]
            heads += [p for c in verb.children if (c.dep_ == "prep" and c.lower_ in _UNDER_PREPS) or c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
            parties = [k for h in heads for t in (h, *h.conjuncts) if (k := _actor(state, t)) is not None
                       and state.entity_type(k) in {"Country"} | ORG_TYPES]
            if len(set(parties)) < 2 and not (parties and agreement_status(state, target.key) == "existing"
                                              and state.entity_type(parties[0]) in ORG_TYPES):
                continue  # one country alone may only be covered by a treaty; a company pays under its own deal
            for p in dict.fromkeys(parties):
                if p != target.key:
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=target.key)


def _party_by_verb(state: State) -> None:
    """'the understanding, which Manila and Beijing reached last July' / 'the
    United States, which signed a treaty with the Philippines': the countries
    that sign or reach an agreement are its parties."""
    for sent, agreements in _agreement_sentences(state):
        for tok in sent:
            if tok.lemma_.lower() not in _PARTY_VERBS or tok.pos_ != "VERB" \
                    or any(c.lower_ in {"not", "never"} for c in tok.children):
                continue
            target = None
            if tok.dep_ == "relcl":  # "<agreement>, which A and B reached"
                target = state.mention_at(tok.head.idx, tok.head.idx + len(tok.head.text), {"Agreement"})
            for obj in tok.children:
                if target is None and obj.dep_ == "dobj":
                    target = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Agreement"})
            if target is None:
                continue
            parties: list[str] = []
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in {"which", "who", "that"} and tok.dep_ == "relcl":
                subj = tok.head  # "the United States, which signed ..."
            governor = past_governor(tok)
            if subj is None and governor is not None:  # "A and B agreed ..., signing X": A and B sign
                subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                parties += [k for t in (subj, *subj.conjuncts) if (k := _actor(state, t)) is not None]
                parties += _leaders_of(state, subj)
                if not parties and subj.lower_ == "they":
                    parties += _they_parties(state, subj)
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            for prep in [*tok.children, *[g for o in objs for g in o.children]]:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    parties += [k for p in prep.children if p.dep_ == "pobj"
                                for t in (p, *p.conjuncts) if (k := _actor(state, t)) is not None]
            sides = main_sides(state)
            for p in dict.fromkeys(parties):
                # a capital stands for its country only when that country is a side ("London and
                # Brussels signed": Brussels is the EU's seat here, not Belgium)
                if p != target.key and state.entity_type(p) == "Country" and (p in sides or any(
                        state.mention_at(t.idx, t.idx + len(t.text), {"Country"}) is not None
                        and state.mention_at(t.idx, t.idx + len(t.text), {"Country"}).key == p
                        for t in sent)):
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=target.key)


def _they_parties(state: State, subj: Token) -> list[str]:
    """'A, X's minister, and her Y counterpart, B, met ... . They signed a memorandum':
    "they" are the sentence before's subjects, two countries or two people acting
    for two different countries (their countries sign)."""
    first = subj.sent[0]
    if first.i == 0 or subj.i - first.i > 3:
        return []  # only a "they" opening its sentence refers back to the last one's subjects
    prev = state.doc[first.i - 1].sent
    root = prev.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return []
    named = {k for t in subjects for c in (t, *t.conjuncts) if (k := _actor(state, c)) is not None
             and state.entity_type(k) == "Country"}
    if len(named) == 2:
        return list(named)
    lo = min(t.left_edge.idx for t in subjects)
    hi = max(t.right_edge.idx + len(t.right_edge.text) for t in subjects)
    people = dict.fromkeys(m.key for m in state.mentions_in(lo, hi, {"Person"}) if not state.entities[m.key].unnamed)
    if not people and any(t.lower_ in {"two", "both"} or any(c.lower_ in {"two", "both"} for c in t.children)
                          for t in subjects):
        from kg.extract.meetings import last_two_people  # meetings imports offices, which imports this module's peers

        people = dict.fromkeys(last_two_people(state, lo))  # "The two ministers met ... . They signed X"
    if len(people) != 2:
        return []
    countries = []
    for person in people:
        own = [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]
        if len(own) != 1:
            return []
        countries.append(own[0])
    return countries if countries[0] != countries[1] else []


_LEADER_NOUNS = frozenset("leaders heads presidents governments representatives ministers delegations".split())


def _leaders_of(state: State, subj: Token) -> list[str]:
    """'The leaders of A, B and C signed X': every country listed after the
    group noun signs, not only the first."""
    if subj.lower_ not in _LEADER_NOUNS:
        return []
    found: list[str] = []
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += [k for t in (pobj, *pobj.conjuncts) if (k := _actor(state, t)) is not None]
    return found


def _party_by_both_sides(state: State, sides: list[str]) -> None:
    """'Under the Treaty of X, signed in 1904, Bolivia ceded its coast to Chile':
    a signed agreement in a sentence that names both sides binds both."""
    if len(sides) != 2:
        return
    for sent, agreements in _agreement_sentences(state):
        named = {m.key for m in state.mentions_in(sent.start_char, sent.end_char, {"Country"})}
        if not set(sides) <= named:
            agreements = [m for m in agreements if _under_old_generic(state, m)]
        for a in dict.fromkeys(m.key for m in agreements):
            entry = state.gaz.lookup(state.entities[a].label)
            if agreement_status(state, a) != "existing" or (entry is not None and entry.parties):
                continue
            if any(r.predicate == "partyTo" and r.object == a for r in state.relations):
                continue  # the text named the parties already
            for p in sides:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)


def _under_old_generic(state: State, m) -> bool:
    """'Under the 2008 fisheries protocol, Moroccan boats pay ...': a dated agreement
    with no name of its own that something happens under, in a two-country report
    (the sides' own arrangement; a named convention may be anyone's)."""
    label = state.entities[m.key].label
    if label[:1].isupper() or not re.search(r"\b(?:1[89]|20)\d{2}\s+\S+", state.text[m.start:m.end]):
        return False
    return re.search(r"\bunder\s+(?:the|its|their)\s+$", state.text[max(0, m.start - 12):m.start], re.I) is not None


_BOUNDARY_VERBS = frozenset("extend draw fix define delimit delineate demarcate set establish settle mark move "
                            "redraw".split())
_BOUNDARY_NOUNS = frozenset("boundary border line frontier".split())


def _party_by_boundary(state: State, sides: list[str]) -> None:
    """'A separate 1976 agreement extended the boundary to the Gulf': a signed
    agreement that draws or extends the border binds the two countries the
    article is about (whose border it is)."""
    if len(sides) != 2 or not all(state.entity_type(s) == "Country" for s in sides):
        return
    for sent, agreements in _agreement_sentences(state):
        for m in agreements:
            span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or agreement_status(state, m.key) != "existing":
                continue
            label_words = set(re.findall(r"[a-z]+", state.entities[m.key].label.lower()))
            if label_words & _BOUNDARY_NOUNS and state.gaz.lookup(state.entities[m.key].label) is None \
                    and not _name_countries(state, m.start, m.end) \
                    and not any(r.predicate == "partyTo" and r.object == m.key for r in state.relations):
                # "a separate treaty on the border line, signed in July 2022": the two sides' border
                for p in sides:
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=m.key)
                continue
            head = span.root
            verb = head.head
            if head.dep_ != "nsubj" or verb.lemma_.lower() not in _BOUNDARY_VERBS \
                    or not any(c.dep_ == "dobj" and c.lemma_.lower() in _BOUNDARY_NOUNS for c in verb.children):
                continue
            if any(r.predicate == "partyTo" and r.object == m.key for r in state.relations):
                continue  # the text named the parties already
            for p in sides:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=m.key)


def _main_agreement(state: State) -> str | None:
    counts = Counter(m.key for m in state.mentions
                     if m.start >= state.body_start and state.entity_type(m.key) == "Agreement")
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    return key if n >= 2 and (not rest or rest[0][1] < n) else None


def _negotiation_sentences(state: State):
    """Sentences naming an agreement, and (for the main agreement) sentences
    that speak of negotiating without naming it."""
    main = _main_agreement(state)
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        pronoun = re.search(r"\b(?:renew|renewing|renegotiat\w*|revis\w*|amend\w*|updat\w*|extend\w*|negotiat\w*|modernis\w*|moderniz\w*)\s+it\b", sent.text)
        earlier = [m for m in state.mentions if m.start < sent.start_char and sent.start_char - m.start < 300
                   and state.entity_type(m.key) == "Agreement"]
        if pronoun and earlier:
            # "That treaty expires in 2026. Bangladesh has asked for talks on renewing it"
            yield sent, [*earlier[-1:], *agreements], True
        elif agreements:
            yield sent, agreements, True
        elif main is not None:
            yield sent, [m for m in state.mentions if m.key == main][:1], False


def _negotiates(state: State, sides: list[str]) -> None:
    words = lexicon.words("negotiation_words")
    for sent, agreements, named_here in _negotiation_sentences(state):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if not lemmas & words:
            continue
        actors: list[str] = []
        if _BOTH.search(sent.text):
            actors.extend(sides)
        for tok in sent:
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "between"):
                negotiating = tok.dep_ == "pobj" or _negotiating_head(tok, words)
                # "held talks in Astana with Kazakhstan's minister": the "with" may hang lower in the clause
                own = {t.i for t in tok.subtree}
                partners = [p for prep in tok.head.subtree if prep.dep_ == "prep" and prep.lower_ == "with"
                            and prep.i not in own
                            for p in prep.children if p.dep_ == "pobj"] if negotiating else []
                antecedent = [tok.head.head] if tok.lower_ in {"which", "who", "that"} and tok.head.dep_ == "relcl" else []
                apposed = [a for c in tok.conjuncts for a in c.children if a.dep_ == "appos"] \
                    + [a for c in tok.conjuncts if (a := _name_after(state, c)) is not None]
                for t in (tok, *tok.conjuncts, *apposed, *partners, *antecedent):
                    # "X and the state utility, Y, have been negotiating": the apposed name acts
                    # "The European Commission, which negotiated the agreement": the antecedent acts
                    key = _actor(state, t) or (_person_side(state, t) if negotiating else None)
                    # a side's subject counts anywhere in the sentence; anyone else's only as
                    # the subject of negotiating ("the court settled ..., Chile and Bolivia negotiate")
                    if key is not None and (key in sides or negotiating):
                        actors.append(key)
                    elif key is None and negotiating and t is tok:
                        actors.extend(_group_actors(state, tok, sent, sides) or _pronoun_sides(state, tok, sides))
        talks_on = named_here and _talks_subject(sent, agreements, words)
        if not actors and len(sides) == 2 and talks_on:
            actors.extend(sides)  # "Talks on the transit convention will continue in May"
        for a in dict.fromkeys(m.key for m in agreements):
            status = agreement_status(state, a)
            # talks that are themselves the subject ("Talks on the convention will continue") are
            # (re)negotiation of a signed agreement; "held talks on the 1979 protocol" only a topic
            # "negotiating an X that would replace the 1997 Y, which both signed": the talks are on X
            beside_new = any(agreement_status(state, o.key) == "prospective" for o in agreements if o.key != a)
            if status == "existing" and not talks_on \
                    and not lemmas & (_RENEGOTIATION if named_here and not beside_new else _RENEGOTIATION - {"negotiate"}):
                continue  # "talks on the 1979 protocol, which both signed": parties, not negotiators
            if status == "prospective" and len(sides) == 2:
                actors = [*actors, *sides]
            for actor in dict.fromkeys(actors):
                state.add_relation(actor, "negotiates", state.sentence_span(sent), obj=a)


_GROUP_NOUNS = frozenset("negotiators officials delegations delegates governments sides diplomats ministers "
                         "teams representatives envoys authorities".split())


_BARE_GROUPS = frozenset("delegations negotiators delegates".split())
# "the ministers", "the governments", "the delegations": in a two-country report, both sides
_BOTH_SIDES_GROUPS = frozenset("delegations negotiators delegates ministers governments sides".split())


def _group_actors(state: State, tok: Token, sent, sides: list[str]) -> list[str]:
    """Who a group subject of negotiating stands for: "Chilean and Argentine
    officials", "negotiators from Lima and La Paz" (the countries named), or plain
    "officials ... their 2011 deal" (the two sides the article is about)."""
    if tok.lemma_.lower() not in _GROUP_NOUNS and tok.lower_ not in _GROUP_NOUNS:
        return []
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            for t in (child, *child.conjuncts):
                key = country_key_for_word(state, t.idx, t.idx + len(t.text)) if t.text[:1].isupper() else None
                if key is not None:
                    found.append(key)
        elif child.dep_ == "prep" and child.lower_ in {"from", "of", "for"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found += [k for t in (pobj, *pobj.conjuncts) if (k := _actor(state, t)) is not None]
    if not found and len(sides) == 2 and re.search(r"\b(?:their|both|the two)\b", sent.text, re.I):
        found = list(sides)
    if not found and len(sides) == 2 and tok.lower_ in _BARE_GROUPS and not list(tok.children):
        found = list(sides)  # "Delegations met to negotiate ...": a bare plural means the two sides
    if not found and len(sides) == 2 and tok.lower_ in _BOTH_SIDES_GROUPS \
            and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        found = list(sides)  # "The ministers agreed to revise ...": the two sides' ministers
    return [k for k in found if state.entity_type(k) == "Country"]


_TALK_SUBJECTS = frozenset("talks negotiations discussions consultations".split())


def _talks_subject(sent, agreements: list, words: frozenset[str]) -> bool:
    """'Talks on the X Convention will continue in May': the subject is the talks
    themselves, about an agreement the sentence names (no one else acts)."""
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.lower_ not in _TALK_SUBJECTS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "over", "about", "for", "to"}:
                sub = list(prep.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                if any(start <= m.start < end for m in agreements):
                    return True
    return False


def _pronoun_sides(state: State, tok: Token, sides: list[str]) -> list[str]:
    """'They agreed to revise ...': "they" is the two sides when the sentence
    before has both of them as its coordinated subject."""
    if tok.lower_ != "they" or len(sides) != 2:
        return []
    first = tok.sent[0]
    if first.i == 0:
        return []
    prev = state.doc[first.i - 1].sent
    for t in prev:
        if t.dep_ in {"nsubj", "nsubjpass"}:
            named = {k for c in (t, *t.conjuncts) if (k := _actor(state, c)) is not None}
            if set(sides) <= named:
                return list(sides)
    return []


def _person_side(state: State, tok: Token) -> str | None:
    """The country a named negotiator represents ("Minister X held talks on ...")."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Person"})
    if m is None:
        for child in tok.children:  # "Afghanistan's acting Minister ..., Y": the apposed name
            if child.dep_ == "appos":
                m = state.mention_at(child.idx, child.idx + len(child.text), {"Person"})
                if m is not None:
                    break
    if m is None or state.entities[m.key].unnamed:
        return None
    return next((o for o in state.objects(m.key, "represents") if state.entity_type(o) == "Country"), None)


def _name_after(state: State, tok: Token) -> Token | None:
    """'the state utility, Sonabel,': the name set off by commas right after a
    description (the parser may not hang it on the noun)."""
    if tok.pos_ != "NOUN":
        return None
    end = tok.idx + len(tok.text)
    gap = re.match(r",\s+", state.text[end:end + 4])
    if gap is None:
        return None
    m = state.mention_at(end + gap.end(), end + gap.end() + 1, ORG_TYPES)
    if m is None or m.start != end + gap.end() or not re.match(r"\s*[,)]", state.text[m.end:m.end + 3]):
        return None
    span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def _negotiating_head(tok: Token, words: frozenset[str]) -> bool:
    """Is ``tok`` the subject of negotiating ("X negotiates", "X held talks",
    "X agreed to renegotiate")?"""
    head = tok.head
    cands = [head, *[c for c in head.children if c.dep_ in {"xcomp", "dobj", "attr"}]]
    # "Delegations met in Lima to negotiate amendments": a purpose infinitive
    cands += [c for c in head.children if c.dep_ == "advcl"
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "Delegations spent Tuesday in Tumbes, a city in northern Peru, negotiating ...": a participle
    cands += [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
              and not any(a.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for a in c.children)]
    cands += [g for c in list(cands) for g in c.children if g.dep_ in {"xcomp", "dobj", "pobj", "prep"}]
    # "made little headway on updating the convention": the gerund after the preposition
    cands += [g for c in list(cands) if c.dep_ == "prep" for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    return any(c.lemma_.lower() in words or c.lower_ in words for c in cands)


def _actor(state: State, tok: Token) -> str | None:
    """A country or organisation acting; a capital stands for its country;
    "the members of ASEAN" for ASEAN."""
    if tok.lower_ in {"members", "member", "states"}:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _actor(state, pobj)
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Country", "Place"} | ORG_TYPES)
    if m is None or state.entity_type(m.key) == "MediaOrganization":
        return None
    if state.entity_type(m.key) == "Place":
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is None or not entry.capital or not entry.country:
            return None
        country = state.gaz.lookup(entry.country)
        return state.add_entity(entry.country, "Country", same_as=country.same_as if country else []).key
    return m.key
