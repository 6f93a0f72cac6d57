"""Long agreement titles, read to their end.

The name patterns stop a title at words they do not join: "a draft Agreement
on the Construction of a New Daugava Bridge at Jelgava-Bauska" was cut to
"Agreement on the Construction" (the rest became places), "the 1994 Agreement
on Residence, Study and Work for Border Nationals" was cut at the comma. This
step extends such a title over what the title form allows after it (an
indefinite "of a" with capitalised words, a hyphenated place pair after "at",
a list of capitalised topics, a "for" phrase of capitalised words), and drops
the entities found inside the extended title.

It also types as agreements documents the entity step took for bodies: a
title "<Head> on <Topic>" that the text says was signed ("the Complementary
Adjustment on Health Services signed in 2008"), and a title that swallowed
the verb after it ("Operational Letter of Agreement gave") loses the verb.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_names import rekey_uses
from kg.extract.state import MentionRef, State
from kg.iris import slugify
from kg.model import ORG_TYPES

_CAPS = r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)*(?:\s+[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)*)*"
# "... of a New Daugava Bridge": an indefinite article inside a title, before capitalised words
_OF_A_RE = re.compile(rf"\s+(?:of|for|on)\s+(?:a|an)\s+{_CAPS}")
# "... at Jelgava-Bauska": the site of the work, a hyphenated pair of places
_AT_PAIR_RE = re.compile(r"\s+at\s+[A-Z][\w'’]+[-–][A-Z][\w'’]+(?![\w-])")
# "... on a Fixed Link across the Baltic Strait": where a capitalised work runs
_ACROSS_RE = re.compile(rf"\s+(?:across|over|under|through|along)\s+the\s+{_CAPS}(?:\s+of\s+{_CAPS})?")
# "...Poipet–Aranyaprathet Dedicated Cargo Lane": the title was cut at a dash between two names
_DASH_RE = re.compile(rf"[-–]{_CAPS}")
# "... on Residence, Study and Work": the other topics of a list
_LIST_RE = re.compile(rf"(?:,\s+{_CAPS})*,?\s+and\s+{_CAPS}")
_LIST_START_RE = re.compile(r",\s+[A-Z]")
# "... for Border Nationals": who the title is for
_FOR_RE = re.compile(rf"\s+for\s+(?:the\s+)?{_CAPS}")
# "... for the 2027 Season", "... for the 2026-2030 Period": a dated span the title is for
_FOR_YEAR_RE = re.compile(rf"\s+for\s+the\s+(?:1[89]|20)\d\d(?:[-–/](?:1[89]|20)?\d\d)?\s+{_CAPS}")
# "... from the Kafue Scheme", "... in the Drina Basin": a named work or feature the topic is of
_FEATURE_RE = re.compile(rf"\s+(?:from|in|on|at|along|between)\s+the\s+({_CAPS})")
_FEATURE_HEADS = frozenset("Scheme Project Plant Station Dam Reservoir Basin Valley River Lake Sea Gulf Bay Delta "
                           "Corridor Canal Line Railway Region Area Zone Field Fields Watershed Catchment Coast "
                           "Strait Channel Pass Border Frontier Mountains Islands Island Peninsula Pipeline "
                           "Interconnector Bridge Tunnel Port Harbour Harbor Highway Road Route".split())
# "... on Discharges into Lake Poopó", "... on Navigation in the Gulf of Fonseca": the water the topic is in
_INTO_FEATURE_RE = re.compile(rf"\s+(?:into|in|on|along|across|from)\s+(?:the\s+)?({_CAPS}(?:\s+of\s+{_CAPS})?)")
# "... Protocol relating to Free Movement of Persons": a capitalised topic after "relating to"
_CAPS_OF = rf"{_CAPS}(?:\s+(?:of|for|and|on|in|the)\s+{_CAPS})*"
_RELATING_RE = re.compile(rf"\s+(?:relating|related|pertaining)\s+to\s+(?:the\s+)?{_CAPS_OF}")
# "... at the Kulata-Promachonas crossing": the lower-case head of the crossing a title names
_CROSSING_TAIL_RE = re.compile(r"\s+(?:joint\s+|one-stop\s+)?(?:border\s+crossing|border\s+post|crossing\s+point|"
                               r"crossing|checkpoint|bridge|border\s+station)(?![\w-])")
_OF_CAPS_RE = re.compile(rf"\s+of\s+(?:the\s+)?{_CAPS}(?:\s+(?:of|for|and|in|on)\s+(?:the\s+)?{_CAPS})*")
# the last words of a list of topics ("Residence and Establishment"), not of places
_TOPIC_NOUN_RE = re.compile(r"(?:ment|tion|sion|ence|ance|ity|ing|ure|ism|ship|dom|ness)$")
# a title form: "<Head> on|of|concerning <Topic>"
_TITLE_FORM_RE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:on|of|concerning|regarding|for)\s+(?:the\s+)?[A-Z]")

_SIGNED_AFTER_RE = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?"
                              r"(?:signed|ratified|concluded|agreed|initialled|initialed)\s+(?:in|on)\s+\S")


def apply(state: State) -> None:
    """Retype signed documents, trim swallowed verbs, then extend cut titles."""
    _retype_signed_titles(state)
    _retype_titles_for_places(state)
    _trim_trailing_verbs(state)
    _cut_described_clauses(state)
    _cut_anaphoric_topics(state)
    _extend_titles(state)


# -- extension -------------------------------------------------------------------------
def _extension(state: State, label: str, end: int) -> int:
    """How far the title ending at ``end`` (whose words so far are ``label``) runs on."""
    limit = state.sentence_of(max(end - 1, 0)).end_char
    titled = _TITLE_FORM_RE.search(label) is not None
    while True:
        step = _OF_A_RE.match(state.text, end, limit)
        if step is None:
            # "... on the Poipet–Aranyaprathet Dedicated Cargo Lane": a dash pair of places goes on the title
            step = _DASH_RE.match(state.text, end, limit)
        if step is None and titled:
            step = _AT_PAIR_RE.match(state.text, end, limit)
        if step is None and titled and re.search(r"\s(?:on|for|concerning)\s+(?:an?\s+|the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$",
                                                 state.text[max(0, end - 80):end]):
            # "... on a Fixed Link across the Baltic Strait": the capitalised topic's course is part of it
            step = _ACROSS_RE.match(state.text, end, limit)
        if step is None and titled and _LIST_START_RE.match(state.text, end, limit) or (
                step is None and titled and re.match(r"\s+and\s+[A-Z]", state.text[end:limit])):
            step = _LIST_RE.match(state.text, end, limit)
            if step is not None and (_names_place(state, end, step.end()) or state.mentions_in(
                    end, step.end(), {"Person", "Organization", "GovernmentAgency", "MediaOrganization"})
                    or (state.mentions_in(end, step.end(), {"Place"}) and not _topic_list(step.group(0)))):
                step = None  # "the Agreement on X, Riga and Vilnius", "..., Minister A and B": not topics
        if step is None and label.split()[-1] in _HEADS | {"Convention", "Treaty"}:
            # "the 1979 ECOWAS Protocol relating to Free Movement of Persons": the topic is the title's
            step = _RELATING_RE.match(state.text, end, limit)
        if step is None and titled and re.search(r"\sat\s+the\s+[A-Z][\w'’]+[-–][A-Z][\w'’]+$", state.text[max(0, end - 60):end]):
            # "an Agreement on Joint Border Controls at the Kulata-Promachonas crossing": the crossing's head
            step = _CROSSING_TAIL_RE.match(state.text, end, limit)
        if step is None and titled:
            step = _FOR_RE.match(state.text, end, limit)
            if step is not None and _names_place(state, end, step.end()):
                step = None  # "the Agreement on Trade for Latvia": a beneficiary, not a title
        if step is None and titled:
            step = _FOR_YEAR_RE.match(state.text, end, limit)  # "a Protocol on Fishing Quotas for the 2027 Season"
        if step is None and titled:
            # "the Binational Protocol on Discharges into Lake Poopó": the named water or work the topic goes
            # into (a feature word starts or ends it; never a country or a town)
            step = _INTO_FEATURE_RE.match(state.text, end, limit)
            if step is not None and (not {step.group(1).split()[0], step.group(1).split()[-1]} & _FEATURE_HEADS
                                     or state.mentions_in(end, step.end(), {"Country", "Person", "Organization"})):
                step = None
        if step is None and titled:
            # "the Agreement on the Supply of Power from the Kafue Scheme": the named work the topic is of
            # (a feature word ends it; "in the Kremlin" is where it was signed, not part of the title)
            step = _FEATURE_RE.match(state.text, end, limit)
            if step is not None and (step.group(1).split()[-1] not in _FEATURE_HEADS
                                     or state.mentions_in(end, step.end(), {"Country"})):
                step = None
        if step is None and not titled and label.split()[-1] in _HEADS:
            # "a Joint Management Arrangement for Lake Ngami": a named plan for a place, not a country
            step = _FOR_RE.match(state.text, end, limit)
            # "... Protocol for the Amu Darya": a definite river or sea is what the text is for, not its name
            if step is not None and (state.mentions_in(end, step.end(), {"Country"}) or not state.mentions_in(
                    end, step.end(), {"Place"}) or re.match(r"\s+for\s+the\s", step.group(0))):
                step = None
        if step is None and titled:
            # "... for a Mechanism of Customs Administration and Monitoring of Trade in Goods": a capitalised
            # "of" topic (with its own joined topics) runs on the title; never a place or a person's name
            step = _OF_CAPS_RE.match(state.text, end, limit)
            if step is not None and (_names_place(state, end, step.end())
                                     or state.mentions_in(end, step.end(), {"Person", "Country"})):
                step = None
        if step is None or "\n" in step.group(0):
            return end
        end = step.end()
        titled = True


def _topic_list(text: str) -> bool:
    """', Residence and Establishment': every item of the list ends in a topic noun (not a place)."""
    items = [i.strip() for i in re.split(r",|\band\b", text) if i.strip()]
    return bool(items) and all(_TOPIC_NOUN_RE.search(i.split()[-1]) for i in items)


# the head words of a named arrangement that may take a "for <Place>" tail
_HEADS = frozenset("Arrangement Arrangements Plan Programme Program Framework Agreement Protocol Memorandum "
                   "Charter Strategy Compact Pact Accord".split())


def _names_place(state: State, start: int, end: int) -> bool:
    """Does a country or known place stand in ``start:end``?"""
    if state.mentions_in(start, end, {"Country"}):
        return True
    return any((e := state.gaz.lookup(w)) is not None and e.type in {"Country", "Place"}
               for w in re.findall(r"[A-Z][\w'’-]+", state.text[start:end]))


def _extend_titles(state: State) -> None:
    for key in [k for k, e in state.entities.items() if e.type == "Agreement"]:
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper():
            continue
        for m in [x for x in state.mentions if x.key == key and x.start >= state.body_start]:
            if not " ".join(state.text[m.start:m.end].split()).endswith(entity.label):
                continue  # a short reference ("the agreement") is no cut title
            end = _extension(state, entity.label, m.end)
            if end > m.end:
                _relabel_longer(state, key, m, end)
                break


def _relabel_longer(state: State, key: str, m: MentionRef, end: int) -> None:
    """Give ``key`` the longer title ``text[m.start:end]``: that mention grows, the
    entities found inside it lose their mentions there (and go when none is left)."""
    old = state.entities.pop(key)
    tail = re.sub(r"\s+", " ", state.text[m.end:end])
    label = old.label + tail
    new_key = slugify(label)
    target = state.entities.get(new_key)
    if target is None:
        # "1994 Agreement on Residence, Study and Work" was a cut alias: it grows too
        old.aliases = {a + tail if a.endswith(old.label) else a for a in old.aliases} - {label}
        old.key, old.label = new_key, label
        target = state.entities[new_key] = old
    else:
        target.aliases |= old.aliases - {target.label}
        target.mentions.extend(s for s in old.mentions if s not in target.mentions)
    state.mentions[:] = [MentionRef(x.start, x.end, new_key) if x.key == key else x for x in state.mentions]
    target.mentions = [s for s in target.mentions if not (s.start == m.start and s.end == m.end)]
    state.mentions.remove(MentionRef(m.start, m.end, new_key))
    state.add_mention(new_key, m.start, end, alias=False)
    rekey_uses(state, key, new_key)
    for inner in state.mentions_in(m.start, end):
        if inner.key != new_key and m.start <= inner.start and inner.end <= end:
            drop_mention(state, inner)


def drop_mention(state: State, m: MentionRef) -> None:
    """Take back one mention; an entity left without mentions goes with its relations."""
    state.mentions.remove(m)
    entity = state.entities.get(m.key)
    if entity is None:
        return
    entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
    if entity.mentions or any(x.key == m.key for x in state.mentions):
        return
    drop_entity(state, m.key)


def retype_as_agreement(state: State, key: str) -> None:
    """The entity ``key`` the NER typed otherwise is a text: an Agreement, without the relations
    only people, bodies or places have."""
    entity = state.entities.get(key)
    if entity is None or entity.type == "Agreement":
        return
    entity.type = "Agreement"
    for r in [r for r in state.relations if r.subject == key and r.predicate in {
            "partOf", "locatedIn", "represents", "holdsPosition"}]:
        state.remove_relation(r)


def drop_entity(state: State, key: str) -> None:
    """Take back entity ``key`` and the relations it is in (a speaker stays for its statements)."""
    for r in [r for r in state.relations if key in {r.subject, r.object}]:
        state.remove_relation(r)
    if any(s.speaker == key for s in state.statements):
        return  # a speaker stays (its statement needs it)
    for s in state.statements:
        s.about = [k for k in s.about if k != key]
        if s.addressee == key:
            s.addressee = None
    state.entities.pop(key, None)


# -- retyping -----------------------------------------------------------------------------
def _retype_signed_titles(state: State) -> None:
    """'the Complementary Adjustment on Health Services signed in 2008': a title
    "<Head> on <Topic>" (its head no body word such as Ministry or Agency) that
    the text says was signed names a document, not a body."""
    heads = lexicon.words("org_heads")
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES - {"MediaOrganization"} or entity.unnamed:
            continue
        form = re.match(r"((?:[A-Z][\w'’-]*\s+)*?)([A-Z][\w'’-]*)\s+(?:on|of|concerning|regarding)\s+(?:the\s+)?[A-Z]",
                        entity.label)
        if form is None or form.group(2) in heads or any(w in heads for w in form.group(1).split()):
            continue
        if not any(_SIGNED_AFTER_RE.match(state.text, m.end) for m in state.mentions if m.key == key):
            continue
        entity.type = "Agreement"
        for r in [r for r in state.relations if r.subject == key and r.predicate in {"partOf", "locatedIn"}]:
            state.remove_relation(r)


# "Joint Management Arrangement for Lake Ngami": a document head word, then "for" and a name
_FOR_TITLE_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+)*(Arrangement|Agreement|Protocol|Memorandum|Treaty|Pact|Accord|"
                           r"Convention)\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _retype_titles_for_places(state: State) -> None:
    """'a Joint Management Arrangement for Lake Ngami': a name whose head is a
    document word, with a "for <Name>" tail, is an agreement the entity step took
    for a body (no body word such as Ministry or Commission before the head)."""
    heads = lexicon.words("org_heads")
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES - {"MediaOrganization"} or entity.unnamed:
            continue
        form = _FOR_TITLE_RE.fullmatch(entity.label)
        if form is None or any(w in heads for w in entity.label[:form.start(1)].split()):
            continue
        entity.type = "Agreement"
        for r in [r for r in state.relations if r.subject == key and r.predicate in {"partOf", "locatedIn"}]:
            state.remove_relation(r)


_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _trim_trailing_verbs(state: State) -> None:
    """'Operational Letter of Agreement gave Latvia charge': a name never takes the
    verb after it; what is left, ending in an agreement word, is an agreement."""
    from kg.extract.entity_types import agreement_nouns  # late: entity_types imports much

    nouns = agreement_nouns()
    for key, entity in list(state.entities.items()):
        if entity.type not in ORG_TYPES | {"Agreement", "Person"} or entity.unnamed or " " not in entity.label:
            continue
        body = [m for m in state.mentions if m.key == key and m.start >= state.body_start]
        if not body:
            continue
        words = entity.label.split()
        m = body[0]
        last = state.doc.char_span(m.end - len(words[-1]), m.end, alignment_mode="contract")
        if last is None or len(last) != 1 or last[0].tag_ not in _VERB_TAGS or words[-2] not in nouns:
            continue
        label = " ".join(words[:-1])
        old = state.entities.pop(key)
        new_key = slugify(label)
        target = state.entities.get(new_key)
        if target is None:
            old.key, old.label, old.type = new_key, label, "Agreement"
            old.aliases = {a for a in old.aliases if a != label and not a.endswith(" " + words[-1])}
            old.mentions = []
            target = state.entities[new_key] = old
        target.type = "Agreement"
        refs = [x for x in state.mentions if x.key == key]
        state.mentions[:] = [x for x in state.mentions if x.key != key]
        for x in refs:
            text = state.text[x.start:x.end]
            cut = x.end - len(words[-1]) if text.endswith(words[-1]) else x.end
            state.add_mention(new_key, x.start, state.text[:cut].rstrip().__len__(), alias=False)
        rekey_uses(state, key, new_key)
        for r in [r for r in state.relations if r.subject == new_key and r.predicate in {"partOf", "locatedIn",
                                                                                         "represents", "holdsPosition"}]:
            state.remove_relation(r)


# "protocol on waste storage is under negotiation": the topic ran on into the verb
_CLAUSE_VERB_RE = re.compile(r"\s+(?:is|are|was|were|has|have|had|would|will|could|should|may|might|must|can)\b")


def _cut_described_clauses(state: State) -> None:
    """A described agreement ("protocol on waste storage") never takes the verb of
    its clause: label and mentions end before it."""
    for key in [k for k, e in state.entities.items() if e.type == "Agreement"]:
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        verb = _CLAUSE_VERB_RE.search(entity.label)
        if verb is None or len(entity.label[:verb.start()].split()) < 2:
            continue
        _cut_label(state, key, entity.label[:verb.start()], _CLAUSE_VERB_RE, merge_aliases=False)


# "a memorandum of understanding on the project", "an agreement on it too": a topic that only points
# back to something named before is not part of the agreement's name
_ANAPHORIC_TOPIC_RE = re.compile(
    r"\s+(?:on|over|about|for|covering|regarding)\s+(?:it|them|this|that|these|those|"
    r"(?:the|this|that)\s+(?:project|projects|plan|plans|scheme|issue|issues|matter|proposal|idea|initiative|"
    r"subject|question|dispute|deal|programme|program))(?:\s+(?:too|also|as\s+well))?\s*$")


def _cut_anaphoric_topics(state: State) -> None:
    """A described agreement's label and mentions end before an anaphoric topic."""
    for key in [k for k, e in state.entities.items() if e.type == "Agreement"]:
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        cut = _ANAPHORIC_TOPIC_RE.search(entity.label)
        if cut is None or cut.start() == 0:
            continue
        label = entity.label[:cut.start()]
        if " " not in label:
            # "an agreement on it": a bare head word left is a back-reference, not an agreement
            state.mentions[:] = [x for x in state.mentions if x.key != key]
            drop_entity(state, key)
            continue
        _cut_label(state, key, label, _ANAPHORIC_TOPIC_RE, merge_aliases=True)


def _cut_label(state: State, key: str, label: str, tail: re.Pattern, merge_aliases: bool) -> None:
    """Give agreement ``key`` the shorter ``label``: its aliases and mentions lose
    what ``tail`` matches, and its uses move to the new key (onto an agreement of
    that name if there is one, which takes the kept aliases when ``merge_aliases``)."""
    old = state.entities.pop(key)
    new_key = slugify(label)
    kept = {a for a in old.aliases if not tail.search(a)}
    target = state.entities.get(new_key)
    if target is None:
        old.key, old.label, old.mentions, old.aliases = new_key, label, [], kept
        state.entities[new_key] = old
    elif merge_aliases:
        target.aliases |= kept - {target.label}
    refs = [x for x in state.mentions if x.key == key]
    state.mentions[:] = [x for x in state.mentions if x.key != key]
    for x in refs:
        hit = tail.search(state.text, x.start, x.end)
        state.add_mention(new_key, x.start, hit.start() if hit else x.end, alias=False)
    rekey_uses(state, key, new_key)
