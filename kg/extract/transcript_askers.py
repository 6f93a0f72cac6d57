"""Who asks in a transcript: 'Q (Karla Diaz, La Voz): When will ...?'.

A question label may name the reporter and the outlet: the name is a Person
who represents the outlet (a MediaOrganization), whatever the model made of
either, and a later 'Q (Diaz):' is the same reporter. The question's own
words are no source of names: a name the model read with the question's
first word ('Will Tarvian boats ...' -> "Will Tarvian") is taken back.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import drop_mention, rename_span
from kg.extract.state import State
from kg.extract.transcripts import question_lines

_WORD = rf"{CAP_CLASS}[\w'’.-]*"
# 'Q (Karla Diaz, La Voz):' / 'QUESTION (Diaz):' -- the reporter's name, then the outlet if any
_LABEL_RE = re.compile(
    rf"[ \t]*(?:Q|QUESTION|Question|REPORTER|Reporter)[ \t]*\([ \t]*"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|de|da|van|von|del|la|le|di|bin|el))*)"
    rf"(?:[ \t]*,[ \t]*(?P<outlet>[^(),:\n]{{1,40}}?))?[ \t]*\)[ \t]*[:.]")
# The question's first words that the model may read into a name ('Will Tarvian boats ...').
_QUESTION_WORDS = frozenset(
    "will would can could should shall does do did is are was were has have had may might must "
    "how when why what where which who whom whose".split())
# Outlets the gazetteer knows as something else stay what they are ('Q (Ana Ruiz, Chile):').
_NOT_OUTLET_TYPES = frozenset({"Country", "Place", "GovernmentAgency"})


def question_askers(state: State) -> None:
    """Type and link the reporters and outlets named in question labels, and
    take back names read into a question's first word."""
    reporters: dict[str, str] = {}  # surname -> person key
    later: list[tuple[int, int, str]] = []
    for a, b in question_lines(state):
        m = _LABEL_RE.match(state.text, a, b)
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        if m.group("outlet") and len(name.split()) >= 2:
            person = rename_span(state, m.start("name"), m.end("name"), name, "Person")
            reporters[name.split()[-1]] = person.key
            outlet = _outlet(state, m.start("outlet"), m.end("outlet"))
            if outlet is not None:
                state.add_relation(person.key, "represents", state.span(a, m.end()), obj=outlet)
        elif not m.group("outlet") and len(name.split()) == 1:
            later.append((m.start("name"), m.end("name"), name))
    for start, end, name in later:
        key = reporters.get(name)
        if key is None or key not in state.entities:
            continue
        # 'Q (Diaz):' -- the reporter named in full in an earlier label
        for x in [x for x in state.mentions if x.start < end and start < x.end and x.key != key]:
            drop_mention(state, x.key, x.start, x.end)
            if x.key in state.entities and not state.entities[x.key].mentions:
                del state.entities[x.key]
        state.add_mention(key, start, end)
    _question_word_names(state)


def _outlet(state: State, start: int, end: int) -> str | None:
    """The MediaOrganization an outlet slot names (None when the gazetteer knows it
    as a country, place or agency)."""
    label = " ".join(state.text[start:end].split())
    entry = state.gaz.lookup(label)
    if entry is not None and entry.type in _NOT_OUTLET_TYPES:
        return None
    return rename_span(state, start, end, label, "MediaOrganization").key


def _question_word_names(state: State) -> None:
    """'Will Tarvian boats fish here?': a name opening with a question's first word
    and named only at the start of question text is no entity."""
    starts = set()
    for a, b in question_lines(state):
        m = _LABEL_RE.match(state.text, a, b) or re.compile(r"[^:]{0,60}:[ \t]*").match(state.text, a, b)
        if m is not None:
            starts.add(m.end() + len(state.text[m.end():b]) - len(state.text[m.end():b].lstrip()))
    for key, entity in list(state.entities.items()):
        words = entity.label.split()
        if entity.unnamed or len(words) < 2 or words[0].lower() not in _QUESTION_WORDS:
            continue
        if entity.mentions and all(x.start in starts for x in entity.mentions):
            for x in list(entity.mentions):
                drop_mention(state, key, x.start, x.end)
            del state.entities[key]
