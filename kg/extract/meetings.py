"""Meetings: metWith between people and a Meeting event ("X met (with) Y",
"X discussed Z with Y", "talks between X and Y", "the two met", "the talks
were led by X and Y", the leaders of two delegations, "Meeting in X on Monday,
A and B agreed ...")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.offices import delegation_country
from kg.extract.speakers import PERSONAL, last_person, subject_of
from kg.extract.state import State
from kg.iris import slugify
from kg.model import Event


def extract_meetings(state: State) -> None:
    _meetings(state)
    _talks_between(state)
    _between_after_place(state)  # round-34 O1
    _gathered_by_talks(state)  # round-34 O1
    _led_talks(state)
    _participial_meetings(state)
    _caption_greetings(state)
    _the_two_by_text(state)
    _called_on(state)  # round-36 O6
    _named_after_group_meeting(state)  # round-37 O5
    _between_by_text(state)  # round-37 O2


# -- metWith / Meeting --------------------------------------------------------------
def _person_at(state: State, tok: Token) -> str | None:
    """The named person a token stands for, also through an apposition
    ("India's commerce minister Piyush Goyal met ...": the subject is 'minister'),
    or a name right after its phrase (", Dr. X") the parser did not attach."""
    for t in (tok, *[c for c in tok.children if c.dep_ in {"appos", "compound"}]):
        m = state.mention_at(t.idx, t.idx + len(t.text), {"Person"})
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.words("title_core") | lexicon.words("role_nouns") \
            or tok.text[:1].isupper() and tok.pos_ == "PROPN":
        end = tok.right_edge.idx + len(tok.right_edge.text)
        gap = re.match(_HONORIFIC_GAP, state.text[end:end + 20])
        if gap:
            m = state.mention_at(end + gap.end(), end + gap.end() + 1, {"Person"})
            if m is not None and m.start == end + gap.end() and not state.entities[m.key].unnamed:
                return m.key
        return _name_inside(state, tok, end)
    return None


_HONORIFIC_GAP = r",\s*(?:(?:Dr|Hon|H\.E|Mr|Mrs|Ms|Prof|Ambassador)\.?\s+)?"
# the words of a portfolio: "of Energy and Non-Renewable Natural Resources"
_PORTFOLIO_RE = re.compile(r"(?:\s+(?:of|for|and|the|on|&)|\s+[A-Z][\w-]*|-[\w]+)*")


def _name_inside(state: State, tok: Token, end: int) -> str | None:
    """'Ecuador's Minister of Energy and Natural Resources, Luis Vera': the parser
    may hang the name on the portfolio's last word, inside the title's phrase;
    the name set off by the comma that ends a capitalised portfolio is the holder."""
    words = _PORTFOLIO_RE.match(state.text, tok.idx + len(tok.text), end)
    gap = re.match(_HONORIFIC_GAP, state.text[words.end():words.end() + 20]) if words else None
    if gap is None:
        return None
    start = words.end() + gap.end()
    m = state.mention_at(start, start + 1, {"Person"})
    if m is None or m.start != start or m.end > end or state.entities[m.key].unnamed:
        return None
    return m.key


TALK_NOUNS = frozenset("talks meeting meetings discussions negotiations consultations".split())


def people_at(state: State, tok: Token) -> list[str]:
    """All named people a (subject) token stands for: itself, its apposition
    and their conjuncts ("the two negotiators, X and Y")."""
    heads = [tok, *[c for c in tok.children if c.dep_ in {"appos", "compound"}]]
    out = []
    for h in heads:
        for t in (h, *h.conjuncts):
            p = _person_at(state, t)
            if p is not None:
                out.append(p)
    return list(dict.fromkeys(out))


def all_met(state: State, people: list[str], sent) -> None:
    """metWith between every two of ``people`` (duplicates dropped), evidenced by ``sent``."""
    people = list(dict.fromkeys(people))
    evidence = state.sentence_span(sent)
    for i, p in enumerate(people):
        for q in people[i + 1:]:
            state.add_relation(p, "metWith", evidence, obj=q)


def _talks_between(state: State) -> None:
    """'talks between X and Y', 'a meeting between X and his counterpart Y'."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lower_ not in TALK_NOUNS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                pobjs = [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
                people = [p for pobj in pobjs for p in people_at(state, pobj)]
                if not people and any(_the_two(pobj) for pobj in pobjs):
                    people = _last_two_people(state, tok.idx)  # "a meeting between the two Ministers"
                all_met(state, people, tok.sent)


# The words that may stand between a meeting noun and its "between" phrase: its place and
# date ("a meeting in Skopje on Wednesday between ..."), or "held" ("talks were held in Doha between")
_BETWEEN_GAP_POS = frozenset("ADP DET PROPN NOUN NUM ADJ PUNCT CCONJ".split())


def _meeting_noun_before(tok: Token) -> Token | None:
    """The talk noun a "between" phrase belongs to when the parser hung it on the last
    place or date word, or on the verb: the nearest talk noun before it with only place,
    date and "held" words in between."""
    for k in range(tok.i - 1, max(tok.sent.start, tok.i - 14) - 1, -1):
        t = tok.doc[k]
        if t.lower_ in TALK_NOUNS:
            return t
        if t.text in {";", ":", "(", ")", '"', "“", "”"} or t.lower_ in {"that", "which", "who"}:
            return None
        if t.pos_ in {"VERB", "AUX"}:
            if t.dep_ in {"aux", "auxpass"} or t.tag_ == "VBN" and t.lemma_.lower() in {"hold", "host", "convene", "organise", "organize"}:
                continue
            return None
        if t.pos_ not in _BETWEEN_GAP_POS:
            return None
    return None


def _between_after_place(state: State) -> None:
    """'at a meeting in Skopje on Wednesday between A and B' / 'after a five-hour meeting at
    the guest house between A's deputy minister, X, and Y': the parser may hang "between"
    on the place, the date or the verb; the people it names are those who met (round-34 O1)."""
    for prep in state.tokens:
        if prep.idx < state.body_start or prep.lower_ != "between" or prep.head.lower_ in TALK_NOUNS:
            continue
        noun = _meeting_noun_before(prep)
        if noun is None:
            continue
        people = [p for pobj in prep.children if pobj.dep_ == "pobj" for p in people_at(state, pobj)]
        people = list(dict.fromkeys(people))
        if len(people) >= 2 and not _met_in_sentence(state, people, noun.sent):
            add_meeting(state, people, [], noun.sent)


def _met_in_sentence(state: State, people: list[str], sent) -> bool:
    evidence = state.sentence_span(sent)
    return any(r.predicate == "metWith" and r.evidence.start == evidence.start
               and {r.subject, r.object} <= set(people) for r in state.relations)


_GATHERING_NOUNS = TALK_NOUNS | {"summit", "session", "round", "forum", "conference", "gathering", "dialogue", "visit"}


def _gathered_by_talks(state: State) -> None:
    """'The talks in Görlitz town hall brought together A, ..., and B' / 'The meeting was
    attended by A and B' / 'The session involved A and B': a meeting whose verb names its
    participants; those named met each other (round-34 O1)."""
    for verb in state.tokens:
        if verb.idx < state.body_start or verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = verb.lemma_.lower()
        objs: list[Token] = []
        together = next((t for t in verb.sent if t.i > verb.i and t.lower_ == "together"), None) \
            if lemma == "bring" else None  # only "bring" needs it: no scan of every verb's sentence
        if lemma in {"bring", "gather", "unite"} and (lemma != "bring" or together is not None):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if lemma == "bring" and together.i > verb.i + 1 and not re.search(
                    r"[.;:!?]", state.text[verb.idx:together.idx]):
                # "brought Kenyan President A and Somali President B together": the parser may hang the
                # second name elsewhere; the people named between the verb and "together" are the ones
                objs = []
                extra = [m.key for m in state.mentions_in(verb.idx, together.idx, {"Person"})
                         if not state.entities[m.key].unnamed]
                if subj is not None and len(extra) >= 2 and (subj.lemma_.lower() in _GATHERING_NOUNS
                                                             or subj.lower_ in _GATHERING_NOUNS):
                    if not _met_in_sentence(state, extra, verb.sent):
                        add_meeting(state, list(dict.fromkeys(extra)), [], verb.sent)
                continue
        elif lemma in {"involve", "include", "feature"}:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in {"attend", "join"} and verb.tag_ == "VBN":
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            objs = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:
            continue
        if subj is None or subj.lemma_.lower() not in _GATHERING_NOUNS and subj.lower_ not in _GATHERING_NOUNS:
            continue
        # "attended by Chile's minister A and Argentina's minister B": the parse may nest one in the other
        people = list(dict.fromkeys(p for o in objs for p in [*people_at(state, o), *_subject_people(state, o)]))
        if len(people) >= 2 and not _met_in_sentence(state, people, verb.sent):
            add_meeting(state, people, [], verb.sent)


def _coordinated_antecedents(state: State, verb: Token, subj: Token) -> list[str]:
    """'A ... and B, who met alone for three hours': a relative 'who met' with no
    object after two coordinated people means those people met each other."""
    if subj.lower_ != "who" or verb.dep_ != "relcl":
        return []
    if any(c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "prep" and c.lower_ in {"with", "alongside"}
           for c in verb.children):
        return []  # "who met the envoy", "who met with X": others are named
    head = verb.head
    while head.dep_ in {"appos", "compound"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "conj" or head.head.pos_ in {"VERB", "AUX"}:
        return _coordinated_by_text(state, head)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return people_at(state, head)


def _coordinated_by_text(state: State, head: Token) -> list[str]:
    """'signed by A's trade minister, X, and B's trade minister, Y, who met ...':
    the parser may hang the second phrase on the verb; the words still coordinate
    the person named just before ", and" with the relative's antecedent."""
    last = _person_at(state, head)
    if last is None:
        return []
    start = head.left_edge.idx
    before = re.search(r"(?:,\s*)?\band\s+$", state.text[max(head.sent.start_char, start - 8):start])
    if before is None:
        return []
    cut = start - len(before.group(0))
    people = [m for m in state.mentions_in(head.sent.start_char, cut, {"Person"}) if not state.entities[m.key].unnamed]
    if not people or not re.fullmatch(r"\s*,?\s*", state.text[people[-1].end:cut]):
        return []
    return list(dict.fromkeys([people[-1].key, last]))


def _the_two(subj: Token) -> bool:
    """'The two', 'both', 'the two ministers', 'the pair' as a subject."""
    if subj.lower_ in {"two", "both"}:
        return True
    if subj.lower_ in {"pair", "duo"} and any(c.lower_ == "the" for c in subj.children):
        return True
    two = any(c.lower_ in {"two", "both"} for c in subj.children)
    # "The two last met in March": the parser may make the adverb the subject, "two" its modifier
    return two and (subj.lower_ in _PEOPLE_NOUNS or subj.pos_ in {"ADJ", "ADV"})


_PEOPLE_NOUNS = frozenset("ministers men women leaders negotiators envoys presidents diplomats secretaries "
                          "counterparts heads premiers chancellors officials delegates mayors governors "
                          "ambassadors chiefs co-chairs chairs".split())  # round-36 O6: "the two co-chairs"


def _last_two_people(state: State, before: int) -> list[str]:
    """The two different people named last before ``before`` (within a few sentences)."""
    out: list[str] = []
    for m in reversed(state.mentions):
        if m.start >= before or before - m.start > 500:
            if m.start >= before:
                continue
            break
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed and m.key not in out:
            out.append(m.key)
            if len(out) == 2:
                break
    return out[::-1]


last_two_people = _last_two_people  # public for the agreement rules ("the two signed ...")


def _talk_object(tok: Token) -> bool:
    """'held talks', 'held three hours of talks', 'held a round of talks'."""
    if tok.lower_ in TALK_NOUNS:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in TALK_NOUNS for g in p.children)
               for p in tok.children)


def _led_talks(state: State) -> None:
    """'The talks ... were led by X and Y' / 'The X delegation was led by A, and
    the Y delegation by B': the leaders of the two sides met."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lemma_.lower() not in {"lead", "head", "chair"} or tok.tag_ != "VBN":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if subj is None or agent is None:
            continue
        people: list[str] = []
        if subj.lower_ in TALK_NOUNS:
            for pobj in agent.children:
                if pobj.dep_ == "pobj":
                    people += people_at(state, pobj)
        else:  # delegations: each leader with a different side
            sent = tok.sent
            sides: dict[str, str] = {}
            for m in state.mentions_in(sent.start_char, sent.end_char, {"Person"}):
                if state.entities[m.key].unnamed:
                    continue
                side = delegation_country(state, m)
                if side is not None:
                    sides.setdefault(side, m.key)
            people = list(sides.values())
        all_met(state, people, tok.sent)


def _meetings(state: State) -> None:
    # "A (right) greets B at the ministry": a photo caption's greeting is a meeting too
    verbs = lexicon.words("meeting_verbs") | lexicon.words("greeting_verbs")
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        a = _person_at(state, subj)
        if a is None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl" and any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"with", "alongside"} for c in tok.children):
            # "led by Trade Minister A, who met B on Monday": the relative pronoun's antecedent met B
            a = _person_at(state, tok.head)
        if a is None and subj.lower_ in PERSONAL:
            a = last_person(state, subj.idx, [])
        others: list[str] = []
        holds_talks = tok.lemma_.lower() == "hold" and any(c.dep_ == "dobj" and _talk_object(c) for c in tok.children)
        if a is None and (tok.lemma_.lower() in {"meet", "talk", "confer", "negotiate"} or holds_talks) and _the_two(subj):
            # "The two met for a full day": the last two people named
            pair = _last_two_people(state, subj.idx)
            if len(pair) == 2:
                a, others = pair[0], [pair[1]]
        if a is None and tok.lemma_.lower() == "meet" and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl" \
                and _the_two(tok.head) and not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"with", "alongside"}
                                                    for c in tok.children):
            # "The two ministers, who have met three times since January, ...": the two met each other
            pair = _last_two_people(state, tok.head.idx)
            if len(pair) == 2:
                a, others = pair[0], [pair[1]]
        if a is None and tok.lemma_.lower() in {"meet", "talk", "confer", "negotiate"} | ({"hold"} if holds_talks else set()):
            leaders = _delegation_leaders(state, subj, tok)
            if leaders:  # "Delegations led by A and B met on Monday": the leaders met
                a, others = leaders[0], leaders[1:]
        if a is None and tok.lemma_.lower() in {"meet", "talk", "confer", "negotiate"} | ({"hold"} if holds_talks else set()):
            # "The special envoys for normalisation, Armenia's A and Turkey's B, met": the parser
            # may read the named pair as a second subject of the verb instead of an apposition
            pair = [p for c in tok.children if c.dep_ == "nsubj" and c is not subj for p in people_at(state, c)]
            if len(pair) >= 2:
                a, others = pair[0], pair[1:]
        if a is None and tok.lemma_.lower() == "meet":
            pair = _coordinated_antecedents(state, tok, subj)
            if len(pair) >= 2:
                a, others = pair[0], pair[1:]
        if a is None:
            continue
        about: list[str] = []
        extras: list[str] = []  # met the subject (not necessarily each other)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "alongside"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        b = _person_at(state, pobj) or _led_by(state, pobj) or _pronoun_object(state, pobj, a)
                        if b:
                            others.append(b)
            elif child.dep_ == "dobj":
                b = _person_at(state, child) or _led_by(state, child) or _pronoun_object(state, child, a)
                lemma = tok.lemma_.lower()
                if b and (lemma in {"meet", "visit", "host", "receive", "welcome"} or lemma in lexicon.words("greeting_verbs")):
                    others.append(b)
                    # "met her counterpart, B, and the fisheries minister, C": every person coordinated
                    extras.extend(_coordinated_objects(state, child, b))
                else:
                    m = state.mention_at(child.idx, child.idx + len(child.text))
                    if m is not None:
                        about.append(m.key)
                    for prep in child.children:  # "discussed the deal with Y" attached to the object
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for pobj in prep.children:
                                b = _person_at(state, pobj) if pobj.dep_ == "pobj" else None
                                if b:
                                    others.append(b)
        if tok.lemma_.lower() in {"meet", "talk", "confer", "negotiate"} or (
                tok.lemma_.lower() == "hold" and any(c.dep_ == "dobj" and _talk_object(c) for c in tok.children)):
            # "X and Y met", "the negotiators, X and Y, held talks": co-subjects meet too
            for s_tok in [subj, *[c for c in tok.children if c.dep_ == "nsubj" and c is not subj]]:
                others.extend(p for p in people_at(state, s_tok) if p != a)  # "Dizon-Reyes" parsed as two
                others.extend(p for p in _subject_people(state, s_tok) if p != a)
        others = [o for o in dict.fromkeys(others) if o != a]
        extras = [o for o in dict.fromkeys(extras) if o != a and o not in others]
        if not others:
            continue
        add_meeting(state, [a, *others], about, tok.sent, extras)


def _pronoun_object(state: State, tok: Token, subject: str) -> str | None:
    """'Peru's Vice Minister of Water, Luis Pardo, met her for five hours': the last person
    named before of the pronoun's gender who is not on the subject's side (round-36 O6)."""
    if tok.lower_ not in {"her", "him"} or tok.dep_ not in {"dobj", "pobj"}:
        return None
    from kg.extract.genders import gender_of
    fits = {"f", "f?"} if tok.lower_ == "her" else {"m"}
    own = {c for c in state.objects(subject, "represents") if state.entity_type(c) == "Country"}
    for m in reversed(state.mentions):
        if m.start >= tok.idx:
            continue
        if tok.idx - m.start > 1500:
            break
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed or m.key == subject:
            continue
        if gender_of(state, m.key) not in fits:
            continue
        sides = {c for c in state.objects(m.key, "represents") if state.entity_type(c) == "Country"}
        if own and sides & own:
            continue  # a colleague of the same side is not whom "met her" means
        return m.key
    return None


# "The commissions, led by Deputy Prime Minister A and Deputy Prime Minister B, met" (round-34 O1)
_DELEGATION_NOUNS = frozenset("delegation delegations team teams side sides mission missions commission commissions "
                              "committee committees".split())


def _delegation_leaders(state: State, subj: Token, verb: Token) -> list[str]:
    """'Delegations led by A, director general of X, and B, ..., met at a hotel': the
    people named after "led by" (up to the verb) lead the delegations that met. The parser
    may hang the second leader on the verb; the words between "by" and the verb still
    name the leaders (their titles name no other person)."""
    if subj.lemma_.lower() not in _DELEGATION_NOUNS and subj.lower_ not in _DELEGATION_NOUNS:
        return []
    led = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in {"lead", "head", "chair"}), None)
    agent = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
    if agent is None or verb.idx <= agent.idx:
        return []
    return list(dict.fromkeys(m.key for m in state.mentions_in(agent.idx, verb.idx, {"Person"})
                              if not state.entities[m.key].unnamed))


def _led_by(state: State, tok: Token) -> str | None:
    """'... met a team headed by B, Uzbekistan's deputy minister' (round-33 O4): a met
    delegation stands for the person the participle names as its leader."""
    if tok.lemma_.lower() not in _DELEGATION_NOUNS and tok.lower_ not in _DELEGATION_NOUNS:
        return None
    for led in tok.children:
        if led.dep_ == "acl" and led.tag_ == "VBN" and led.lemma_.lower() in {"lead", "head", "chair"}:
            for agent in led.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            return _person_at(state, pobj)
    return None


def _coordinated_objects(state: State, obj: Token, first: str) -> list[str]:
    """The people coordinated with a met object: its conjuncts (and their appositions),
    or, when the parser hangs the second phrase elsewhere, the text's ", and <title>,
    <Name>," right after the first object's phrase."""
    out = [p for p in people_at(state, obj) if p != first]
    for m in state.mentions_in(obj.idx, obj.sent.end_char, {"Person"}):
        if m.key == first:
            tail = state.text[m.end:obj.sent.end_char]
            hit = re.match(r",?\s+and\s+((?:[A-Z][\w.-]*['’]s\s+|(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,5}?"
                           r"[\w-]+,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?)", tail)
            if hit is not None:
                start = m.end + hit.end()
                second = state.mention_at(start, start + 1, {"Person"})
                if second is not None and second.start == start and not state.entities[second.key].unnamed:
                    out.append(second.key)
            break
    return out


def _subject_people(state: State, subj: Token) -> list[str]:
    """'Kenyan President A and Tanzania's president, B, met': the parser may read
    "(A and Tanzania)'s president", nesting one person in the other's phrase; the
    named people of a coordinated subject phrase (with no clause of its own
    inside) all met."""
    tokens = list(subj.subtree)
    if not any(t.dep_ == "cc" and t.lower_ in {"and", "&"} for t in tokens) \
            or any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return []
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return [m.key for m in state.mentions_in(start, end, {"Person"}) if not state.entities[m.key].unnamed]


def add_meeting(state: State, participants: list[str], about: list[str], sent,
                extras: list[str] | None = None) -> None:
    """metWith between all ``participants`` and a Meeting event dated by the sentence;
    ``extras`` (other people the first participant met) meet the first one only."""
    all_met(state, participants, sent)  # all who met, met each other
    for extra in extras or []:
        state.add_relation(participants[0], "metWith", state.sentence_span(sent), obj=extra)
    meeting_event(state, [*participants, *(extras or [])], about, sent)


def meeting_event(state: State, participants: list[str], about: list[str], sent) -> None:
    """A Meeting event of ``participants`` evidenced and dated by the sentence ``sent``."""
    date = None
    for ent in sent.ents:
        if ent.label_ == "DATE":
            date = dates.resolve(ent.text, state.document.date)
            if date:
                break
    labels = [state.entities[p].label for p in participants]
    state.events.append(Event(
        key=slugify("meeting " + " ".join(labels) + f" {len(state.events) + 1}"),
        type="Meeting",
        label="Meeting of " + " and ".join(labels),
        evidence=state.sentence_span(sent),
        participants=participants,
        about=about,
        date=date,
    ))


# "Meeting in the town of X on Monday, A and B agreed ..." / "Having met in X, A and B said ...":
# a participle opening the sentence says the subjects met (each other, or the one "with" names)
_PARTICIPIAL_RE = re.compile(r"(?:After|While|When)?\s*(?:Meeting|meeting|Having\s+met|having\s+met)\b"
                             r"(?P<phrase>(?:\s+(?:in|at|on|for|with|during|after|before|over|behind|near|outside|inside|"
                             r"earlier|later|late|again|privately|briefly)\b[^,;:.]{0,90})?),\s+")


def _participial_meetings(state: State) -> None:
    for sent in state.body_sentences():
        hit = _PARTICIPIAL_RE.match(state.text, sent.start_char, sent.end_char)
        if hit is None:
            continue
        evidence = state.sentence_span(sent)
        if any(ev.evidence.start == evidence.start for ev in state.events):
            continue  # the verb rules read this sentence's meeting already
        phrase_start = hit.start("phrase")
        others = []
        with_hit = re.match(r"\s+with\s+", hit.group("phrase"))
        if with_hit:  # "Meeting with X in Y, Z said": Z met X
            others = [m.key for m in state.mentions_in(phrase_start, hit.end("phrase"), {"Person"})
                      if not state.entities[m.key].unnamed]
            if not others:
                continue
        root = sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.idx >= hit.end()]
        people = [p for t in subjects for p in people_at(state, t)]
        for t in subjects:  # "Chilean Minister A and Peruvian Minister B said": the parse may nest one in the other
            people += [m.key for m in state.mentions_in(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text),
                                                        {"Person"}) if not state.entities[m.key].unnamed]
        if not people and any(_the_two(t) for t in subjects):
            people = _last_two_people(state, sent.start_char)  # "Meeting in Lima, the two ministers agreed"
        if not people:
            continue
        everyone = list(dict.fromkeys([*people, *others]))
        if len(everyone) < 2:
            continue
        add_meeting(state, everyone, [], sent)


# "A (right) greets B at the foreign ministry": a photo caption, often parsed as a noun phrase
_GREETS_RE = re.compile(r"\s*(?:\((?:left|right|centre|center|[LRC]|second\s+(?:from\s+)?(?:left|right)|front|rear)\)\s*)?"
                        r"\s+(?:greets|meets(?:\s+with)?|welcomes|receives|shakes\s+hands\s+with|embraces)\s+"
                        r"(?=[A-Z])")


def _caption_greetings(state: State) -> None:
    """A named person greets (meets, welcomes) another named person in a present-tense
    caption: the two met, whatever the parser made of the words."""
    for m in state.mentions:
        if m.start < state.body_start or state.entity_type(m.key) != "Person" or state.entities[m.key].unnamed:
            continue
        hit = _GREETS_RE.match(state.text, m.end)
        if hit is None:
            continue
        # the first person after the verb, with only title words between ("greets Peru's trade minister B")
        after = [o for o in state.mentions_in(hit.end(), hit.end() + 80, {"Person"}) if not state.entities[o.key].unnamed]
        other = after[0] if after else None
        if other is None or other.key == m.key or re.search(r"[.,;:!?()\n]", state.text[hit.end():other.start]):
            continue
        if any(r.predicate == "metWith" and {r.subject, r.object} == {m.key, other.key} for r in state.relations):
            continue
        tok = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        add_meeting(state, [m.key, other.key], [], tok[0].sent)


# "The two held talks for three hours": the parser may read "held" as an adjective of "talks"
# and leave no verb; the words still say the last two people named met.
_THE_TWO_RE = re.compile(r"(?:^|,\s+)(?:[Tt]he\s+(?:two|pair)(?:\s+(?:" + "|".join(sorted(_PEOPLE_NOUNS)) + r"))?|[Bb]oth\s+men)"
                         r"\s+(?:(?:had|have|has|then|last|already|previously|also|first|briefly|privately)\s+)*"
                         r"(?:met|held\s+(?:(?:\w+\s+){0,3})?talks)\b")


def _the_two_by_text(state: State) -> None:
    for sent in state.body_sentences():
        evidence = state.sentence_span(sent)
        if any(r.predicate == "metWith" and r.evidence.start == evidence.start for r in state.relations):
            continue  # the verb rules read this sentence's meeting already
        if _THE_TWO_RE.search(state.text[sent.start_char:sent.end_char]) is None:
            continue
        pair = _last_two_people(state, sent.start_char)
        if len(pair) == 2:
            add_meeting(state, pair, [], sent)


# "called on X" / "paid a courtesy call on X": the verb, then the person called on
_CALLED_ON_RE = re.compile(r"\b(?:called|calls|call|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|calls|visit)|made\s+a\s+courtesy\s+call)"
                           r"\s+on\s+")
_THE_TWO_LEAD_RE = re.compile(r"\b(?:[Tt]he\s+(?:two|pair)|[Bb]oth)\b(?:\s+[\w-]+){0,3}\s+(?:(?:then|later|also|jointly)\s+)?$")


def _called_on(state: State) -> None:
    """'the two co-chairs called on Rina Thapa, the chief minister of X' / 'She called on the
    governor, B, on Monday': a courtesy visit is a meeting of the callers and the person called
    on (round-36 O6). "called on X to do Y" is a demand, no visit."""
    for hit in _CALLED_ON_RE.finditer(state.text, state.body_start):
        sent = state.sentence_of(hit.start())
        called_m = next((m for m in state.mentions_in(hit.end(), min(sent.end_char, hit.end() + 80), {"Person"})
                         if not state.entities[m.key].unnamed), None)
        if called_m is None or re.search(r"[,;:.]\s", state.text[hit.end():called_m.start]) \
                and not re.fullmatch(r"(?:the\s+)?(?:[\w-]+\s+){0,5}?[\w-]+,\s+", state.text[hit.end():called_m.start]):
            continue
        tail = state.text[called_m.end:sent.end_char]
        if re.match(r"(?:\s*,[^,]{0,120},)?\s+to\s+[a-z]", tail):
            continue  # "called on X to reopen the post": a demand
        lead = state.text[sent.start_char:hit.start()]
        callers: list[str] = []
        before = next((m for m in reversed(state.mentions_in(sent.start_char, hit.start(), {"Person"}))
                       if not state.entities[m.key].unnamed), None)
        if before is not None and re.fullmatch(r"\s*(?:,[^,]{0,120})?,?\s*(?:(?:then|later|also)\s+)?", state.text[before.end:hit.start()]):
            callers = [before.key]
        elif _THE_TWO_LEAD_RE.search(lead):
            callers = _last_two_people(state, sent.start_char + _THE_TWO_LEAD_RE.search(lead).start())
        elif re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:then|later|also)\s+)?$", lead):
            one = last_person(state, hit.start(), [])
            callers = [one] if one is not None else []
        callers = [c for c in callers if c != called_m.key]
        if callers:
            add_meeting(state, [*callers, called_m.key], [], sent)


# "their environment ministers met in Copacabana" / "the two foreign ministers had met": a
# meeting of a group of office holders named by their office only
_GROUP_MET_RE = re.compile(r"\b(?:[Tt]heir|[Tt]he\s+two|[Bb]oth)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
                           + "|".join(sorted(_PEOPLE_NOUNS)) + r")\s+(?:(?:had|have|has|then|first|also|finally)\s+)*"
                           r"(?:met|held\s+(?:(?:\w+\s+){0,3})?talks)\b")


def _named_after_group_meeting(state: State) -> None:
    """'On Monday their environment ministers met in Copacabana. Peru's Minister X and Bolivia's
    Minister Y spent the day with fishermen.': the next sentence names the two people of the
    meeting just told (round-37 O5). Only two named people of different sides, coordinated
    ("A and B") as the next sentence's first people, and no one named in the meeting's sentence."""
    sents = list(state.body_sentences())
    for sent, nxt in zip(sents, sents[1:]):
        if _GROUP_MET_RE.search(state.text, sent.start_char, sent.end_char) is None:
            continue
        if any(not state.entities[m.key].unnamed for m in state.mentions_in(sent.start_char, sent.end_char, {"Person"})):
            continue  # the meeting's sentence names its people: the verb rules read it
        if "\n" in state.text[sent.end_char:nxt.start_char]:
            continue  # a new paragraph goes on with something else
        people = [m for m in state.mentions_in(nxt.start_char, nxt.end_char, {"Person"}) if not state.entities[m.key].unnamed]
        if len(people) < 2 or people[0].key == people[1].key:
            continue
        a, b = people[0], people[1]
        if not re.search(r"\band\b", state.text[a.end:b.start]) or re.search(r"[;.]", state.text[a.end:b.start]):
            continue
        sides_a, sides_b = set(state.objects(a.key, "represents")), set(state.objects(b.key, "represents"))
        if not sides_a or not sides_b or sides_a & sides_b:
            continue  # two people of one side are no meeting of the two
        add_meeting(state, [a.key, b.key], [], nxt)


def _between_by_text(state: State) -> None:
    """'a meeting in Cúcuta between the director-general of Colombia's tax and customs authority,
    DIAN, Marta Ruiz Duarte, and the head of Venezuela's customs service, SENIAT, Superintendent
    Luis Pacheco': long appositions lose the parser's "between X and Y"; the two people named
    after "between", joined by "and", met (round-37 O2)."""
    for prep in state.tokens:
        if prep.idx < state.body_start or prep.lower_ != "between":
            continue
        noun = prep.head if prep.head.lower_ in TALK_NOUNS else _meeting_noun_before(prep)
        if noun is None:
            continue
        sent = prep.sent
        stop = re.search(r"[;:]|\s(?:said|says|told|which|who|where)\s", state.text[prep.idx:sent.end_char])
        end = prep.idx + stop.start() if stop else sent.end_char
        people = [m for m in state.mentions_in(prep.idx, end, {"Person"}) if not state.entities[m.key].unnamed]
        if len(people) != 2 or people[0].key == people[1].key:
            continue
        a, b = people
        if not re.search(r"(?:^|,)\s*and\s", state.text[a.end:b.start]):
            continue
        if _met_in_sentence(state, [a.key, b.key], sent):
            continue
        add_meeting(state, [a.key, b.key], [], sent)
