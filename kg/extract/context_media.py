"""News media named by their context (round-12 class U2).

"told the newspaper X" and "the weekly X" are handled when names are found;
here the cues that only make sense for an outlet: "Speaking to X", "a draft
seen by X", "an article in X", "told X" (of a name that is no person), and a
title's own "The" ("seen by The Herald"). A place or an unknown one-word name
after such a cue is a media organisation, never a place or a person.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import (
    absorb,
    alternation,
    drop_mention,
    known,
    personal_name,
    retype,
    sentence_start,
    words,
)
from kg.extract.state import State


def apply(state: State) -> None:
    _headed_outlets(state)
    _question_outlets(state)
    _reporter_outlets(state)
    _retype_after_cues(state)
    _missed_titles(state)
    _told_outlets(state)
    _asked_by_outlets(state)
    _medium_outlets(state)
    _short_outlets(state)
    for key, entity in list(state.entities.items()):
        if entity.type == "MediaOrganization" and not known(state, entity.label):
            _keep_the(state, key)


def _missed_titles(state: State) -> None:
    """'a draft seen by The Citizen', 'told The Courier': a title the model
    missed after a media cue ("The" + capitalised words), or any unknown
    capitalised name after a cue only an outlet takes ("seen by X")."""
    strong = alternation("media_cue_strong")
    weak = alternation("media_cue_before")
    name = rf"{CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*){{0,2}}"
    pattern = re.compile(rf"(?<![\w'’-])(?i:(?:{strong})\s+(?:the\s+)?|(?:{weak})\s+(?=The\s))(?P<name>(?:The\s+)?{name})(?![\w'’-])")
    for m in pattern.finditer(state.text, state.body_start):
        start, end = m.start("name"), m.end("name")
        if "\n" in m.group(0) or state.is_skipped(start, end) or any(x.start < end and start < x.end for x in state.mentions):
            continue
        label = " ".join(m.group("name").split())
        if known(state, label) or personal_name(label.removeprefix("The ")) or label in {"The", "It"}:
            continue
        entity = state.add_entity(label, "MediaOrganization")
        state.add_mention(entity.key, start, end)


def _described(state: State, start: int) -> bool:
    """'the Bhutanese daily X', 'the weekly X', 'the newspaper X': a media
    noun (after a determiner and at most two words) right before the name."""
    # "the agency Frontex", "the network X" name no outlet: only unambiguous media nouns
    usable = lexicon.words("media_cues") - {"agency", "network", "channel", "station", "service"}
    cues = "|".join(re.escape(c) for c in sorted(usable, key=len, reverse=True))
    lead = state.text[max(0, start - 50):start]
    return bool(re.search(rf"\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{cues})\s+$", lead, re.I))


# "the Cork daily Munster Ledger", "the Kivu regional broadcaster Radio Maendeleo": a name before a
# lower-case medium noun and the outlet's own capitalised name is the outlet's town or region
_HOME_BEFORE_MEDIUM_RE = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:daily|weekly|paper|newspaper|broadcaster|news\s+agency|radio|"
                                    rf"channel|website|news\s+site|tabloid|magazine|station)\s+{CAP_CLASS}")


def _retype_after_cues(state: State) -> None:
    # "told The Herald": only a capitalised "The" is a title's (the cue itself is matched in any case)
    cue = re.compile(rf"(?:^|[^\w'’-])((?i:{alternation('media_cue_before')}))\s+(The\s+|the\s+)?$")
    strong = words("media_cue_strong")
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Place", "Person", "Organization"} or entity.unnamed or known(state, entity.label):
            continue
        if entity.type == "Person" and (personal_name(entity.label) or len(entity.label.split()) > 1):
            continue  # "told Maria Lopez": a person
        for span in entity.mentions:
            lead = state.text[max(0, span.start - 40):span.start].rsplit("\n", 1)[-1]
            if _HOME_BEFORE_MEDIUM_RE.match(state.text, span.end):
                continue  # "an interview with the Cork daily Munster Ledger": Cork is the paper's home (round-36 A2)
            if _described(state, span.start):
                retype(state, key, "MediaOrganization")  # one mention's descriptor types the name everywhere
                break
            m = cue.search(lead)
            if m is None:
                continue
            phrase = " ".join(m.group(1).lower().split())
            titled = m.group(2) is not None and m.group(2).startswith("The")  # "seen by The Herald": "The" capitalised mid-sentence
            if entity.type == "Place" or phrase in strong or titled or _title_word(entity.label) \
                    or _interview_after(state, span.end) or "interview" in phrase:
                retype(state, key, "MediaOrganization")
                break


# "told X in a separate interview", "told X after the news conference": what one
# tells in an interview or after a press conference one tells a medium.
_INTERVIEW_AFTER_RE = re.compile(
    r"\s+(?:(?:in|during)\s+(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:interview|broadcast|programme|program|show)"
    r"|(?:after|before|at|on\s+the\s+sidelines\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:news|press)\s+(?:conference|briefing))\b")


def _interview_after(state: State, end: int) -> bool:
    return _INTERVIEW_AFTER_RE.match(state.text, end) is not None


# "Q (LSM):", "QUESTION (Delfi):", "Q from Postimees:": a reporter's outlet labels a question line.
_QUESTION_OUTLET_RE = re.compile(
    rf"(?m)^[ \t]*(?:Q|QUESTION|Question|REPORTER|Reporter)"
    rf"(?:[ \t]*\((?P<outlet>{CAP_CLASS}[\w'’.&-]*(?:[ \t]+{CAP_CLASS}[\w'’.&-]*){{0,3}})\)"
    rf"|[ \t]+(?:from|of)[ \t]+(?P<source>{CAP_CLASS}[\w'’.&-]*(?:[ \t]+{CAP_CLASS}[\w'’.&-]*){{0,3}}))"
    rf"[ \t]*:")


def _question_outlets(state: State) -> None:
    """The outlet in a question line's label is a media organisation; a name
    the gazetteer knows as something else (a country: 'Q (Latvia):') is left."""
    for m in _QUESTION_OUTLET_RE.finditer(state.text, state.body_start):
        group = "outlet" if m.group("outlet") else "source"
        start, end = m.start(group), m.end(group)
        label = " ".join(m.group(group).split())
        entry = state.gaz.lookup(label)
        if entry is not None and entry.type != "MediaOrganization" or personal_name(label) or state.is_skipped(start, end):
            continue  # "REPORTER (VO):" of a script: a cue, skipped (round-29 S1)
        old = [x for x in state.mentions if x.start < end and start < x.end]
        if any(x.start == start and x.end == end for x in old):
            for x in old:
                if state.entities.get(x.key) is not None and state.entities[x.key].type in {"Person", "Organization", "Place"}:
                    retype(state, x.key, "MediaOrganization")
            continue
        for x in old:  # a span the NER took wider or narrower than the label
            drop_mention(state, x.key, x.start, x.end)
            if x.key in state.entities and not state.entities[x.key].mentions:
                del state.entities[x.key]
        entity = state.add_entity(label, "MediaOrganization")
        entity.type = "MediaOrganization"
        state.add_mention(entity.key, start, end)


# "Q (Karla Diaz, La Voz):": a question line labelled with the reporter and the outlet.
_REPORTER_OUTLET_RE = re.compile(
    rf"(?m)^[ \t]*(?:Q|QUESTION|Question|REPORTER|Reporter)[ \t]*\((?P<person>{CAP_CLASS}[\w'’.-]*(?:[ \t]+{CAP_CLASS}[\w'’.-]*){{1,3}}),"
    rf"[ \t]*(?P<outlet>{CAP_CLASS}[\w'’.&-]*(?:[ \t]+{CAP_CLASS}[\w'’.&-]*){{0,3}})\)[ \t]*:")


def _reporter_outlets(state: State) -> None:
    """'Q (Karla Diaz, La Voz):': the reporter is a person, the name after the
    comma the outlet she asks for (a media organisation, whatever the model
    typed it); names the gazetteer knows as something else are left."""
    for m in _REPORTER_OUTLET_RE.finditer(state.text, state.body_start):
        for group, type_ in (("person", "Person"), ("outlet", "MediaOrganization")):
            start, end = m.start(group), m.end(group)
            label = " ".join(m.group(group).split())
            entry = state.gaz.lookup(label)
            if entry is not None and entry.type != type_:
                continue
            old = [x for x in state.mentions if x.start < end and start < x.end]
            if any(x.start == start and x.end == end for x in old):
                for x in old:
                    entity = state.entities.get(x.key)
                    if entity is not None and entity.type != type_ and entity.type in {"Person", "Organization", "Place"}:
                        retype(state, x.key, type_)
                continue
            for x in old:  # a span the NER took wider or narrower than the label
                drop_mention(state, x.key, x.start, x.end)
                if x.key in state.entities and not state.entities[x.key].mentions:
                    del state.entities[x.key]
            entity = state.add_entity(label, type_)
            entity.type = type_
            state.add_mention(entity.key, start, end)


# "told Delfi on Monday", "told LSM in an interview", "told ERR that ...": one capitalised
# word (or an acronym) as the object of "told", followed by a time, a place, "that" or a stop.
# A digit-led call sign ("told 2M", "told 5FM") is an outlet's name too (round-22 class A5).
_TOLD_RE = re.compile(rf"(?<![\w'’-])told\s+(?P<name>{CAP_CLASS}[\w'’&-]*|\d{{1,2}}[A-Z][A-Z0-9]{{0,4}}(?![\w'’-]))"
                      rf"(?=\s*[,.;:]|\s+(?:on|in|at|last|this|earlier|late|during|after|before|that|by|when|the)\b)")
_NOT_OUTLETS = frozenset("The It He She They We You I Him Her Them Us Me His Their Parliament Congress "
                         "Reuters".split())


def _told_outlets(state: State) -> None:
    """'told Delfi on Monday', 'told LSM in an interview': a one-word name told
    something is an outlet, unless it is a person's (a known given name, or the
    surname of a person the text names in full) or the gazetteer knows it as
    something else. Names a wider mention covers are left alone."""
    surnames = {e.label.split()[-1] for e in state.entities.values() if e.type == "Person" and " " in e.label}
    for e in state.entities.values():
        if e.type == "Person":
            surnames |= {a.split()[-1] for a in e.aliases if a}
    for m in _TOLD_RE.finditer(state.text, state.body_start):
        start, end = m.start("name"), m.end("name")
        label = m.group("name")
        if label in _NOT_OUTLETS or label in surnames or personal_name(label) or state.is_skipped(start, end):
            continue
        if re.fullmatch(r"[A-Z]{2,5}s", label):
            continue  # "told MPs on Monday": a plural abbreviation is a group of people (round-25 A11)
        entry = state.gaz.lookup(label)
        if entry is not None and entry.type != "MediaOrganization":
            continue
        if re.search(rf"(?<![\w'’-]){re.escape(label.lower())}(?![\w'’-])", state.text) and not label.isupper():
            continue  # "told Parliament"-like common words written in lower case elsewhere
        _outlet(state, label, start, end)


# "Pressed by Dnevnik Plus on the cost, he ...", "Asked by Kresta whether ...": an opening
# "asked / pressed by <Name>" and the question's topic; a name there that is no person's
# (no given name, no title, no surname of a person the text names) is the asking outlet
# (round-27 class A4).
_ASKED_BY_RE = re.compile(rf"(?:^|(?<=[.!?\n\"“”]\s)|(?<=\n))(?:Asked|Pressed|Questioned|Challenged)\s+by\s+"
                          rf"(?P<name>{CAP_CLASS}[\w'’&.-]*(?:\s{CAP_CLASS}[\w'’&.-]*){{0,2}})"
                          rf"(?=\s+(?:on|about|over|whether|if|why|how|what|when|for)\b)")


def _asked_by_outlets(state: State) -> None:
    surnames = {w for e in state.entities.values() if e.type == "Person" for n in (e.label, *e.aliases) if n
                for w in n.split()[1:]}
    titles = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")
    for m in _ASKED_BY_RE.finditer(state.text, state.body_start):
        start, end = m.start("name"), m.end("name")
        label = " ".join(m.group("name").split())
        first = label.split()[0]
        if personal_name(label) or first.lower().rstrip(".") in titles or first in {"The", "A", "An", "His", "Her"} \
                or set(label.split()) & surnames or state.is_skipped(start, end):
            continue
        entry = state.gaz.lookup(label)
        if entry is not None and entry.type != "MediaOrganization":
            continue
        if " " in label:
            hits = [x for x in state.mentions if x.start < end and start < x.end]
            if any(x.start != start or x.end != end for x in hits):
                continue
            if hits:
                entity = state.entities.get(hits[0].key)
                if entity is not None and entity.type in {"Person", "Organization", "Place"}:
                    retype(state, hits[0].key, "MediaOrganization")
                continue
            entity = state.add_entity(label, "MediaOrganization")
            entity.type = "MediaOrganization"
            state.add_mention(entity.key, start, end)
        else:
            _outlet(state, label, start, end)


def _outlet(state: State, label: str, start: int, end: int, named_elsewhere=None) -> str | None:
    """The outlet named at start..end: the one-word entity read there, retyped, or a new
    one. None when a wider mention covers the name, the entity there is not a one-word
    actor, or (``named_elsewhere(key)``) a person the text names elsewhere too."""
    hits = [x for x in state.mentions if x.start < end and start < x.end]
    if any(x.start != start or x.end != end for x in hits):
        return None
    if hits:
        key = hits[0].key
        entity = state.entities.get(key)
        if entity is None or entity.unnamed or " " in entity.label \
                or entity.type not in {"Person", "Organization", "Place", "MediaOrganization"}:
            return None
        if named_elsewhere is not None and entity.type == "Person" and named_elsewhere(key):
            return None
        retype(state, key, "MediaOrganization")
        return key
    entity = state.add_entity(label, "MediaOrganization")
    entity.type = "MediaOrganization"
    state.add_mention(entity.key, start, end)
    return entity.key


# "told Kan radio", "on Yle television", "an interview with TVP newspaper": a capitalised name
# right before a lower-case medium noun is the outlet (round-26 class A11), never a person "Kan".
_MEDIUM_RE = re.compile(rf"(?<![\w'’-])(?:told|to|on|with|by|from|in)\s+(?P<name>{CAP_CLASS}[\w'’&-]*)\s+"
                        r"(?:radio|television|TV|tv|newspaper|daily|weekly|channel|broadcaster|news agency|news site)\b")


def _medium_outlets(state: State) -> None:
    for m in _MEDIUM_RE.finditer(state.text, state.body_start):
        start, end = m.start("name"), m.end("name")
        label = m.group("name")
        if label in _NOT_OUTLETS or state.is_skipped(start, end) or state.gaz.demonyms.get(label.lower()) is not None:
            continue  # "on Israeli radio": the country's radio, unnamed
        entry = state.gaz.lookup(label)
        if entry is not None and entry.type != "MediaOrganization":
            continue  # "on Kenya television"? a country names no outlet here
        key = _outlet(state, label, start, end, named_elsewhere=lambda key: any(
            x.key == key and not _MEDIUM_RE.match(state.text, max(0, x.start - 8)) and not _before_medium(state, x.end)
            for x in state.mentions))  # a person named elsewhere too
        if key is not None:
            _cover_medium(state, key, m.end())


def _cover_medium(state: State, key: str, end: int) -> None:
    """"Kan radio" as a whole is the outlet's mention: "told Kan radio" addresses Kan."""
    for x in [x for x in state.mentions if x.key == key and x.end < end and end - x.end < 20
              and _before_medium(state, x.end)]:
        drop_mention(state, key, x.start, x.end)
        state.add_mention(key, x.start, end, alias=False)


def _before_medium(state: State, end: int) -> bool:
    return re.match(r"\s+(?:radio|television|TV|tv|newspaper|daily|weekly|channel|broadcaster)\b",
                    state.text[end:end + 20]) is not None


def _short_outlets(state: State) -> None:
    """'The Ondo Chronicle' (masthead, byline or body) ... 'a draft seen by the Chronicle': a
    one-word outlet that is the last word of one longer outlet name in the text is that
    outlet, its short back-reference (round-21 class A5). The long name is found as
    an entity or, on a masthead line the model leaves alone, as a capitalised run."""
    for key, entity in list(state.entities.items()):
        if entity.type != "MediaOrganization" or " " in entity.label or known(state, entity.label):
            continue
        short = re.escape(entity.label)
        longer = {other.label for other in state.entities.values()
                  if other.type in {"MediaOrganization", "Organization"} and other.label != entity.label
                  and re.search(rf"(?<![\w'’-]){short}$", other.label)}
        if not longer:
            longer = {" ".join(m.group(0).split()) for m in re.finditer(
                rf"(?<![\w'’-])(?:The )?{CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*){{0,2}} {short}(?![\w'’-])", state.text)}
            longer = {name for name in longer if name.split()[0] not in {"By", "In", "At", "For", "To", "From"}}
        if len(longer) != 1:
            continue  # none, or two papers ending in the word: the short form is no back-reference
        label = longer.pop()
        target = next((k for k, e in state.entities.items() if e.label == label), None)
        if target is None:
            target = state.add_entity(label, "MediaOrganization").key
            state.entities[target].type = "MediaOrganization"
        elif state.entities[target].type == "Organization":
            retype(state, target, "MediaOrganization")
        absorb(state, key, target)


def _title_word(label: str) -> bool:
    """'Herald', 'Citizen', 'Nation': a one-word newspaper title."""
    return " " not in label and label.lower() in words("title_words")


def _keep_the(state: State, key: str) -> None:
    """A capitalised "The" before the title is part of it ("seen by The
    Citizen"; "The Nation, a Lusaka daily,"): the label becomes "The X", the
    bare name an alias. Mid-sentence any title counts; at a sentence start only
    a one-word title of the common kind ("Nation", "Herald")."""
    entity = state.entities[key]
    if entity.label.lower().startswith("the "):
        return
    for span in entity.mentions:
        if span.start < 4 or state.text[span.start - 4:span.start] != "The ":
            continue
        if sentence_start(state, span.start - 4) and not _title_word(entity.label):
            continue
        titled = state.add_entity(f"The {entity.label}", "MediaOrganization")
        titled.type = "MediaOrganization"
        absorb(state, key, titled.key)
        return


# Words that head an outlet's name, never a person's: "Onda Azul", "Zambezi Broadcasting Station",
# "Radio Kivu Nord", "Capital FM" (round-36 A2)
_OUTLET_HEADS = frozenset("Broadcasting Broadcaster Broadcasters Station Radio Rádio Radiodifusión TV FM AM Onda Televisión "
                          "Televisão Television Télévision Televizija Telewizja Channel Kanal".split())
# a newspaper title's last word ("told Kalahari Times", "an interview with Rift Valley Herald")
_TITLE_TAILS = frozenset("Chronicle Courier Gazette Herald Inquirer Journal Mirror Monitor Observer Post Sentinel "
                         "Telegraph Times Tribune News Express Bulletin".split())
_SLOT_RE = re.compile(r"(?:\btold|\binterview\s+with|\bspeaking\s+to|\bspoke\s+to|\bquoted\s+by|\breported\s+by|"
                      r"\baired\s+on|\bbroadcast\s+on|\bon|\bto)\s+(?:the\s+)?$", re.I)


def _headed_outlets(state: State) -> None:
    """A 'person' whose name starts with no given name and holds an outlet's head word ("told Onda
    Azul on Friday", "told Zambezi Broadcasting Station that") or ends in a newspaper title's word
    ("told Kalahari Times"), named in a speaking slot, is a media organisation (round-36 A2)."""
    given = lexicon.given_names()
    for key, entity in list(state.entities.items()):
        if entity.type != "Person" or entity.unnamed or known(state, entity.label):
            continue
        parts = entity.label.split()
        if len(parts) < 2 or parts[0] in given or not (set(parts) & _OUTLET_HEADS or parts[-1] in _TITLE_TAILS):
            continue
        if any(_SLOT_RE.search(state.text[max(0, x.start - 30):x.start]) for x in entity.mentions):
            retype(state, key, "MediaOrganization")
