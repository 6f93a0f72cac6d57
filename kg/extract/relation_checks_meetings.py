"""Meetings the relation step misses, and calls it takes for meetings.

* "The Prime Minister received / hosted / summoned the ambassador, X, ..." and
  "A, <title>, met <title>, B, and discussed ..." when the parser hangs the
  names elsewhere (long titles, fronted phrases "In a separate meeting, ...",
  accented names): the named person right before the verb met the first named
  person after it, when only a description stands between (no other verb).
* "A was received by B": the visitor and the host met.
* "A sat across the table from B" / "A sat down with B": they met; "Across the table
  sat B" after a sentence about A: B met A.
* "... after a meeting in the customs building. A and B signed it.": a meeting
  with no one named, then two people of different sides as the next subject.
* "The session was co-chaired by A's foreign minister, X, and B's trade minister, Y" /
  "X and Y co-chaired the talks" / "X co-chaired it with Y": co-chairs sit in one
  session, so they met (the parser splits "co-chaired", so the words are read).
* "Kenya's Minister for Energy, A, and Uganda's Minister of Energy, B, led the
  delegations": the two who led the two sides' delegations met (round-35 O5).
* "spoke by telephone with", "held a phone call with": a call is not a meeting,
  so metWith read from such a sentence (with no meeting word in it) is taken back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicon, meetings
from kg.extract.speakers import PERSONAL, last_person, office_holders, subject_of
from kg.extract.office_home import release_home
from kg.extract.office_sides import dateline_country
from kg.extract.state import State

# Verbs that put two people in one room (the people are named around the verb).
_MEET_LEMMAS = frozenset("meet receive host summon welcome".split())
# "talks" held with someone is a meeting too ("held talks with her counterpart, X")
_HOLD_TALKS_RE = re.compile(r"\s+(?:(?:a|an|two|three|several|further|separate|bilateral|private|closed-door|"
                            r"lengthy|brief|new|fresh|the|first|second|round\s+of)\s+)*"
                            r"(?:talks|meetings?|discussions|consultations)\s+with\b", re.I)
# between the subject's name and the verb: "X met", "X, ..., met", "X also met"
_SUBJECT_GAP_RE = re.compile(r"\s*,?\s*(?:(?:also|later|then|separately|briefly|again|first|personally|"
                             r"on\s+\w+)\s+)?$")
# a phone call: the sentence's meeting is over the line, not in one room
_PHONE_RE = re.compile(r"\b(?:tele)?phone(?:d)?\b|\bphone[- ]call|\bby\s+(?:tele)?phone\b|\btelephonic", re.I)
# words that still say the people were in one room
_IN_PERSON_RE = re.compile(r"\b(?:met|meets|meeting|visit(?:ed|ing|s)?|received|hosted|summoned|in\s+person|"
                           r"face-to-face|sat\s+down)\b", re.I)
# "refused to receive", "did not meet": a meeting that did not take place
_REFUSED_RE = re.compile(r"\b(?:refused|refuses|declined|declines|failed|fails|did\s+not|didn['’]t|has\s+not|have\s+not|"
                         r"had\s+not|never|would\s+not|will\s+not|won['’]t|cancell?ed\s+(?:a|the|plans?\s+to))\s+"
                         r"(?:to\s+)?(?:yet\s+)?(?:meet|receive|host|see|met|received|hosted)\b", re.I)
_AFFIRMED_RE = re.compile(r"\b(?:met|meets|received|hosted|summoned|held\s+talks)\b", re.I)
_NEGATIONS = frozenset("not never n't".split())


def apply(state: State) -> None:
    """Add meetings by verb and text shape, then take back calls and refusals."""
    _meeting_verbs(state)
    _received_by(state)
    _sat_across(state)
    _sat_facing(state)
    _meeting_then_pair(state)
    _the_two_then_pair(state)
    _counterparts_spent(state)
    _co_chairs(state)
    _led_the_delegations(state)  # round-35 O5
    _also_took_part(state)
    _drop_phone_calls(state)
    _drop_refused(state)
    _events_for_bare_meetings(state)


# -- adding ------------------------------------------------------------------------
def _person_before(state: State, verb: Token) -> str | None:
    """The named person that ends right before ``verb`` ("..., Kofi Mensah, met")."""
    sent = verb.sent
    people = [m for m in state.mentions_in(sent.start_char, verb.idx, {"Person"}) if not state.entities[m.key].unnamed]
    if not people:
        return None
    last = people[-1]
    return last.key if _SUBJECT_GAP_RE.match(state.text[last.end:verb.idx]) else None


def _person_after(state: State, start: int, sent) -> str | None:
    """The first named person after ``start`` when only a description stands
    between ("Togo's Minister of Public Works, X", "her Malawian counterpart, X",
    "the Spanish ambassador, X"): no other verb, no clause break."""
    people = [m for m in state.mentions_in(start, sent.end_char, {"Person"}) if not state.entities[m.key].unnamed]
    if not people:
        return None
    first = people[0]
    gap = state.text[start:first.start]
    if len(gap) > 150 or re.search(r"[;:()\"“”]|\.\s|\b(?:and|but|while|who|which|after|before|when|to)\s*$", gap):
        return None
    if re.search(r",\s+(?:and|but|while|who|which|where|after|before|when)\b|\b(?:by|about|than|like)\b", gap):
        return None
    head = re.split(r"\bfrom\b", gap)[0]  # "a letter from the ambassador, X": X is not who was received
    words = set(re.findall(r"[a-z][\w-]*", head.lower()))
    if words - {"the", "a", "an", "with"} and not words & _title_words():
        return None  # only a title or a role describes the person met
    span = state.doc.char_span(start, first.start, alignment_mode="contract")
    if span is not None and any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in span):
        return None
    return first.key


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that make a description a person's ("minister", "counterpart", "envoy")."""
    return lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("role_nouns") \
        | {"counterpart", "counterparts", "host", "guest", "visitor", "president", "ambassador"}


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children):
        return True
    # "refused to receive", "declined to meet": the meeting did not happen
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in {"refuse", "decline", "cancel", "postpone", "fail"}


def _meeting_verbs(state: State) -> None:
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        for verb in sent:
            lemma = verb.lemma_.lower()
            holds_talks = lemma == "hold" and _HOLD_TALKS_RE.match(state.text, verb.idx + len(verb.text))
            if verb.pos_ not in {"VERB", "AUX"} or (lemma not in _MEET_LEMMAS and not holds_talks):
                continue
            if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
                continue  # passive: _received_by
            if _negated(verb):
                continue
            subj = subject_of(verb)
            people = meetings.people_at(state, subj) if subj is not None else []
            a = people[0] if people else _person_before(state, verb)
            if a is None and subj is not None:
                a = _subject_by_title_or_pronoun(state, subj)
            if a is None:
                continue
            after = _HOLD_TALKS_RE.match(state.text, verb.idx + len(verb.text)).end() if holds_talks \
                else verb.idx + len(verb.text)
            if lemma == "meet":
                with_ = re.match(r"\s+with\b", state.text[after:after + 8])
                after += with_.end() if with_ else 0
            b = _person_after(state, after, sent)
            if b is None or b == a:
                continue
            _meet(state, [a, b], sent)


def _subject_by_title_or_pronoun(state: State, subj: Token) -> str | None:
    """'The Prime Minister received ...' (the one holder of that title in the
    text) or 'She hosted ...' (the person named last before)."""
    if subj.lower_ in PERSONAL:
        return last_person(state, subj.idx, [])
    holders = office_holders(state, subj)
    if len(holders) == 1 and state.entity_type(holders[0]) == "Person":
        return holders[0]
    return None


def _received_by(state: State) -> None:
    """'Peru's minister, X, was received by President Y': the visitor met the host."""
    for sent in state.body_sentences():
        for verb in sent:
            if verb.lemma_.lower() not in {"receive", "host", "welcome", "summon"} or verb.tag_ != "VBN" \
                    or not any(c.dep_ == "auxpass" for c in verb.children) or _negated(verb):
                continue
            guest = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            a = (meetings.people_at(state, guest) or [None])[0] if guest is not None else None
            if a is None:
                continue
            by = re.match(r"\s+by\s+", state.text[verb.idx + len(verb.text):verb.idx + len(verb.text) + 6])
            if by is None:
                continue
            b = _person_after(state, verb.idx + len(verb.text) + by.end(), sent)
            if b is not None and b != a:
                _meet(state, [a, b], sent)


# "sat across the table from", "sat opposite", "sat down with", "sat face to face with"
_SAT_RE = re.compile(r"\s+(?:down\s+with|(?:down\s+)?(?:across\s+(?:the\s+(?:negotiating\s+)?table\s+)?from|opposite(?:\s+to)?|"
                     r"face[- ]to[- ]face\s+with))\s+", re.I)


def _sat_across(state: State) -> None:
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        for verb in sent:
            if verb.lemma_.lower() != "sit" or verb.pos_ not in {"VERB", "AUX"} or _negated(verb):
                continue
            hit = _SAT_RE.match(state.text, verb.idx + len(verb.text), sent.end_char)
            if hit is None:
                continue
            subj = subject_of(verb)
            people = meetings.people_at(state, subj) if subj is not None else []
            a = people[0] if people else _person_before(state, verb)
            if a is None:
                a = _apposed_subject(state, verb)
            b = _person_after(state, hit.end(), sent)
            if a is not None and b is not None and a != b:
                _meet(state, [a, b], sent)


# "Across the table sat B", "Opposite him sat B", "Facing them across the table was B": the
# person the sentence names sat facing the one named just before (the other side's leader)
_FACING_RE = re.compile(r"(?:Across\s+(?:the\s+(?:negotiating\s+|conference\s+|long\s+|same\s+)?table|the\s+table)"
                        r"(?:\s+from\s+(?:him|her|them))?|Opposite(?:\s+(?:him|her|them))?|"
                        r"Facing\s+(?:him|her|them)(?:\s+across\s+the\s+table)?)\s*,?\s+"
                        r"(?:sat|was|were|sits|is)\s+")


def _sat_facing(state: State) -> None:
    """'A led the Armenian side. Across the table sat B, Iran's deputy oil minister': the
    person seated across met the person named last before (of another side when both are
    known)."""
    for sent in state.body_sentences():
        hit = _FACING_RE.match(state.text, sent.start_char, sent.end_char)
        if hit is None:
            continue
        b = _person_after(state, hit.end(), sent)
        if b is None:
            continue
        before = [m for m in state.mentions_in(max(state.body_start, sent.start_char - 400), sent.start_char, {"Person"})
                  if not state.entities[m.key].unnamed and m.key != b]
        if not before:
            continue
        a = before[-1].key
        if _same_side(state, [a, b]):
            continue
        _meet(state, [a, b], sent)


def _apposed_subject(state: State, verb: Token) -> str | None:
    """"Estonia's deputy minister, A, sat ...": the name set off by commas before the verb."""
    sent = verb.sent
    people = [m for m in state.mentions_in(sent.start_char, verb.idx, {"Person"}) if not state.entities[m.key].unnamed]
    if people and re.fullmatch(r"\s*,\s*", state.text[people[-1].end:verb.idx]):
        return people[-1].key
    return None


_MEETING_NOUN_RE = re.compile(r"\b(?:after|following|at|during)\s+(?:a|an|the|their|Monday's|Tuesday's|"
                              r"Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:meeting|talks|session)\b", re.I)


def _meeting_then_pair(state: State) -> None:
    """'The deal came after a meeting in the customs building. Estonia's minister A
    and Finland's minister B signed it.': a meeting no one is named in, and the two
    people of different sides the next sentence opens with.

    'Minister A and Vice-Minister B signed the memorandum at the ministry after a
    bilateral meeting that lasted two hours.': the pair that acts after the meeting in
    the same sentence met (co-signers of two sides)."""
    sents = [s for s in state.doc.sents if s.start_char >= state.body_start]
    for sent, nxt in zip(sents, sents[1:]):
        if not _MEETING_NOUN_RE.search(sent.text) or state.mentions_in(sent.start_char, sent.end_char, {"Person"}):
            continue
        people = _subject_pair(state, nxt)
        if people is not None and _two_sides(state, people):
            _meet(state, people, nxt)
    for sent in sents:
        hit = _MEETING_NOUN_RE.search(sent.text)
        if hit is None:
            continue
        people = _subject_pair(state, sent, before=sent.start_char + hit.start())
        if people is not None and (_two_sides(state, people) or re.search(r"\bbilateral\b", hit.group(0), re.I)
                                   and not _same_side(state, people)):
            _meet(state, people, sent)


# "The two transport ministers met in Hainburg", "Both ministers held talks": no one named yet
_THE_TWO_MET_RE = re.compile(r"^\s*(?:The\s+two|Both)\s+(?:(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(meetings._PEOPLE_NOUNS | {"sides", "delegations", "teams"})
                             + r")\s+)?(?:(?:also|first|finally|last)\s+)?(?:met|meet|held\s+talks|sat\s+down|talked)\b")


def _the_two_then_pair(state: State) -> None:
    """'The two transport ministers met in Hainburg yesterday. Austrian Transport Minister
    A and her Slovak counterpart, B, spent four hours on ...': the sentence about the two
    names no one; the pair of two sides the next sentence opens with are the two (round-29 O4)."""
    sents = [s for s in state.doc.sents if s.start_char >= state.body_start]
    for sent, nxt in zip(sents, sents[1:]):
        if not _THE_TWO_MET_RE.match(sent.text) or state.mentions_in(sent.start_char, sent.end_char, {"Person"}):
            continue
        people = _subject_pair(state, nxt)
        if people is not None and (_two_sides(state, people) or _counterpart_pair(state, nxt)):
            _meet(state, people, nxt)


# "A and her Slovak counterpart, B, spent four hours on the details / held talks": the pair met
_COUNTERPART_AND_RE = re.compile(r"\band\s+(?:his|her|their)\s+(?:[A-Z][\w-]+\s+){0,2}(?:counterpart|opposite\s+number)\b")
_TIME_TOGETHER_RE = re.compile(r"\b(?:spent|spend|spends)\s+(?:(?:more\s+than|nearly|almost|about|some|over|"
                               r"several|many|a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|full|whole|"
                               r"long)\s+)*(?:hours?|days?|afternoon|morning|evening|night)\b"
                               r"|\b(?:held|hold|holds)\s+(?:(?:a|an|two|three|several|further|lengthy|long|"
                               r"closed-door|private)\s+)*(?:talks|meetings?|discussions)\b", re.I)


def _counterpart_pair(state: State, sent) -> bool:
    people = _subject_pair(state, sent)
    if people is None:
        return False
    return _COUNTERPART_AND_RE.search(sent.text) is not None


def _counterparts_spent(state: State) -> None:
    """'A and her Slovak counterpart, B, spent four hours on the crossing' / '... held talks':
    counterparts who spend hours on something together met."""
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or not _TIME_TOGETHER_RE.search(sent.text):
            continue
        if not _counterpart_pair(state, sent) or _PHONE_RE.search(sent.text):
            continue
        people = _subject_pair(state, sent)
        hit = _COUNTERPART_AND_RE.search(sent.text)
        verb = _TIME_TOGETHER_RE.search(sent.text)
        if people is not None and hit.start() < verb.start() and not _same_side(state, people):
            _meet(state, people, sent)


# "X also took part", "X was also present", "X joined the talks": one more at the meeting before
_JOINED_RE = re.compile(r"\b(?:also\s+(?:took\s+part|participated|attended|sat\s+in)|took\s+part\s+as\s+well|"
                        r"(?:was|were)\s+also\s+(?:present|in\s+attendance|at\s+the\s+table)|"
                        r"(?:also\s+)?joined\s+(?:the\s+(?:talks|meeting|discussions?|session)|them|him|her)\b)")


def _also_took_part(state: State) -> None:
    """'A, Mexico's Undersecretary for X, met Belize's Minister of Works, B. The state
    Secretary of Economic Development, C, also took part.': C sat at the meeting of the
    sentence before, on one of its two sides; C met the person of the other side
    (round-29 O3). C's side is the one the text gives C, else the report's own (its
    dateline's or letterhead's country), else the side of the one who met (the subject)."""
    sents = [s for s in state.doc.sents if s.start_char >= state.body_start]
    for prev, sent in zip(sents, sents[1:]):
        hit = _JOINED_RE.search(sent.text)
        if hit is None or _PHONE_RE.search(sent.text):
            continue
        cut = sent.start_char + hit.start()
        joined = list(dict.fromkeys(m.key for m in state.mentions_in(sent.start_char, cut, {"Person"})
                                    if not state.entities[m.key].unnamed))
        if len(joined) != 1 or state.mentions_in(cut, sent.end_char, {"Person"}):
            continue
        met = [m.key for m in state.mentions_in(prev.start_char, prev.end_char, {"Person"})
               if not state.entities[m.key].unnamed]
        pair = next(([p, q] for i, p in enumerate(met) for q in met[i + 1:]
                     if p != q and (state.has_relation(p, "metWith", q) or state.has_relation(q, "metWith", p))), None)
        if pair is None or joined[0] in pair or not _two_sides(state, pair):
            continue
        host, guest = _sides(state, pair)
        own = {c for c in state.objects(joined[0], "represents") if state.entity_type(c) == "Country"}
        if not own:
            home = dateline_country(state) or release_home(state)
            side = home if home in host | guest else next(iter(host))
            state.add_relation(joined[0], "represents", state.sentence_span(sent), obj=side)
            own = {side}
        others = [p for p, sides in zip(pair, (host, guest)) if not sides & own]
        if len(others) == 1:
            state.add_relation(joined[0], "metWith", state.sentence_span(sent), obj=others[0])
            for event in state.events:
                if event.type == "Meeting" and set(pair) <= set(event.participants) \
                        and joined[0] not in event.participants:
                    event.participants.append(joined[0])


# "A and B led the delegations" / "... headed their countries' teams" / "... led the talks": the
# words right after a two-person subject
_LED_RE = re.compile(r"\s*,?\s*(?:(?:who\s+)?(?:jointly|respectively|also|personally)\s+)?(?:led|headed|chaired|co-?chaired)\s+"
                     r"(?:the|their)\s+(?:(?:two|respective|countries['’]|national|negotiating|official)\s+)*"
                     r"(?:delegations|teams|sides|talks|negotiations|meeting|discussions|session)\b")


def _led_the_delegations(state: State) -> None:
    """'Kenya's Minister for Energy, A, and Uganda's Minister of Energy, B, led the delegations'
    (round-35 O5): the two people who led the two sides' delegations (or the talks) sat in one
    meeting, when the text gives them different sides."""
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or _PHONE_RE.search(sent.text):
            continue
        people = [m for m in state.mentions_in(sent.start_char, sent.end_char, {"Person"})
                  if not state.entities[m.key].unnamed]
        for m in people:
            hit = _LED_RE.match(state.text, m.end)
            if hit is None:
                continue
            # the subject: "A, <title>, and <title>, B," ending at the name before the verb
            before = [p for p in people if p.end <= m.end]
            pair = list(dict.fromkeys(p.key for p in reversed(before)))[:2][::-1]
            if len(pair) != 2:
                break
            first = max(p.start for p in before if p.key == pair[0])
            if re.search(r"\band\b", state.text[first:m.start]) and not re.search(r"[;:]|\b(?:met|said|told)\b",
                                                                                  state.text[first:m.start]) \
                    and _two_sides(state, pair):
                _meet(state, pair, sent)
            break


def _subject_pair(state: State, sent, before: int | None = None) -> list[str] | None:
    """The two named people the sentence's subject coordinates ("A and B"), else None;
    with ``before``, the subject must end before that character (the meeting phrase)."""
    # the parser may split a long coordinated subject into several ("A and Vice - Minister of B")
    subjects = [t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    start = min(t.left_edge.idx for t in subjects)
    end = max(t.right_edge.idx + len(t.right_edge.text) for t in subjects)
    if before is not None and end > before:
        return None
    people = list(dict.fromkeys(m.key for m in state.mentions_in(start, end, {"Person"})
                                if not state.entities[m.key].unnamed))
    if len(people) != 2 or not re.search(r"\band\b", state.text[start:end]):
        return None
    return people


def _sides(state: State, people: list[str]) -> list[set[str]]:
    return [{c for c in state.objects(p, "represents") if state.entity_type(c) == "Country"} for p in people]


def _two_sides(state: State, people: list[str]) -> bool:
    """Only two people of two different sides are the two who met."""
    sides = _sides(state, people)
    return all(sides) and not sides[0] & sides[1]


def _same_side(state: State, people: list[str]) -> bool:
    sides = _sides(state, people)
    return bool(sides[0] & sides[1])


def _meet(state: State, people: list[str], sent) -> None:
    """metWith between the people, and a Meeting event unless one has them already."""
    if all(state.has_relation(p, "metWith", q) or state.has_relation(q, "metWith", p)
           for i, p in enumerate(people) for q in people[i + 1:]):
        return
    if any(set(people) <= set(e.participants) for e in state.events if e.type == "Meeting"):
        meetings.all_met(state, people, sent)
        return
    meetings.add_meeting(state, list(people), [], sent)


# "co-chaired by", "jointly chaired by", "under the co-chairmanship of", "the co-chairs,": the
# people named next; "co-chaired" / "co-chair" as a verb: the people named before it (and "with")
_CO_CHAIRED_BY_RE = re.compile(r"\b(?:co-?chaired\s+by|jointly\s+chaired\s+by|chaired\s+jointly\s+by|"
                               r"under\s+the\s+(?:joint\s+)?co-?chair(?:man|woman|person)?ship\s+of|"
                               r"(?:two\s+)?co-?chair(?:s|men|women|persons),?)\s+", re.I)
_CO_CHAIR_VERB_RE = re.compile(r"\s(?:jointly\s+)?co-?chair(?:ed|s)?\s+(?!by\b)", re.I)
_CLAUSE_BREAK_RE = re.compile(r";|\b(?:who|which|while|whereas|after|before|when)\b")


def _co_chairs(state: State) -> None:
    """Co-chairs of one session met: those named after "co-chaired by" (a coordinated list
    with titles, up to the next verb or clause), or before "co-chaired" and after its "with"."""
    for sent in state.doc.sents:
        if sent.start_char < state.body_start:
            continue
        text = sent.text
        people: list[str] = []
        for hit in _CO_CHAIRED_BY_RE.finditer(text):
            people += _named_until_verb(state, sent, sent.start_char + hit.end())
        for hit in _CO_CHAIR_VERB_RE.finditer(text):
            verb = sent.start_char + hit.start()
            people += _named_back_to_verb(state, sent, verb)
            with_hit = re.match(r"(?:[^,;.]{0,60}?)\bwith\s+", state.text[sent.start_char + hit.end():sent.end_char])
            if with_hit is not None:
                people += _named_until_verb(state, sent, sent.start_char + hit.end() + with_hit.end())
        people = list(dict.fromkeys(people))
        if len(people) >= 2:
            _meet(state, people, sent)


def _verb_free(state: State, start: int, end: int) -> bool:
    """No finite verb and no clause word between ``start`` and ``end`` (titles only)."""
    if _CLAUSE_BREAK_RE.search(state.text[start:end]):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} and t.idx >= start
                   and t.idx + len(t.text) <= end for t in state.doc.char_span(start, end, alignment_mode="expand") or [])


def _named_until_verb(state: State, sent, start: int) -> list[str]:
    """The named people from ``start`` on, while only titles, commas and "and" stand between."""
    out: list[str] = []
    last = start
    for m in state.mentions_in(start, sent.end_char, {"Person"}):
        if state.entities[m.key].unnamed or m.start < last:
            continue
        if not _verb_free(state, last, m.start):
            break
        out.append(m.key)
        last = m.end
    return out


def _named_back_to_verb(state: State, sent, end: int) -> list[str]:
    """The named people before ``end`` (the verb), back to the sentence start or a verb."""
    out: list[str] = []
    last = end
    for m in reversed(state.mentions_in(sent.start_char, end, {"Person"})):
        if state.entities[m.key].unnamed or m.end > last:
            continue
        if not _verb_free(state, m.end, last):
            break
        out.insert(0, m.key)
        last = m.start
    return out


# -- taking back -------------------------------------------------------------------
def _drop_phone_calls(state: State) -> None:
    """metWith read from a sentence about a phone call (and no meeting word) goes."""
    for r in list(state.relations):
        if r.predicate != "metWith":
            continue
        text = r.evidence.text
        if not _PHONE_RE.search(text) or _IN_PERSON_RE.search(text):
            continue
        _take_back(state, r)


def _drop_refused(state: State) -> None:
    """metWith read from "refused to receive X" / "did not meet X" (and no other
    meeting in the sentence) goes."""
    for r in list(state.relations):
        if r.predicate != "metWith":
            continue
        text = r.evidence.text
        refused = _REFUSED_RE.search(text)
        if refused is None or _AFFIRMED_RE.search(text[:refused.start()] + text[refused.end():]):
            continue
        _take_back(state, r)


def _take_back(state: State, r) -> None:
    """Remove a metWith and the Meeting event read from the same sentence."""
    state.remove_relation(r)
    state.events[:] = [e for e in state.events
                       if not (e.type == "Meeting" and e.evidence.start == r.evidence.start
                               and {r.subject, r.object} <= set(e.participants))]


def _events_for_bare_meetings(state: State) -> None:
    """Every meeting read is a Meeting event too: rules that only say who met ("talks between
    A and B", "the X delegation was led by A, the Y side by B") get one event per sentence."""
    covered = {frozenset((p, q)) for e in state.events if e.type == "Meeting"
               for p in e.participants for q in e.participants if p != q}
    by_sentence: dict[int, list[str]] = {}
    for r in state.relations:
        if r.predicate == "metWith" and r.object and frozenset((r.subject, r.object)) not in covered:
            people = by_sentence.setdefault(r.evidence.start, [])
            people += [k for k in (r.subject, r.object) if k not in people]
    for start, people in by_sentence.items():
        sent = next((s for s in state.doc.sents if s.start_char <= start < s.end_char), None)
        if sent is not None:
            meetings.meeting_event(state, people, [], sent)
