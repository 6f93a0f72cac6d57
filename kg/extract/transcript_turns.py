"""Press-availability turns labelled with a title and a surname.

    MODERATOR (Nora Vick, press secretary, Chilean Foreign Ministry): Good afternoon.
    MINISTER SOLANO: Thank you, Nora. Today we agreed ...
    We will sign it in March.
    PRIME MINISTER OKO: ...

'MINISTER SOLANO:' is the person of the text with that surname (no new
Person 'SOLANO', no Position 'MINISTER' from the label), and the turn -- the
label's line and the unlabelled lines after it up to the next label -- is one
statement. A moderator's bracket names the moderator, their title and body;
the moderator's lines are nobody's statement here.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.state import State
from kg.extract.transcript_captions import fold

# Words a title in a label may have besides the lexicon's core titles.
_TITLE_WORDS = frozenset("prime foreign deputy vice first state trade finance defence defense interior energy "
                         "economy acting chief general mr mrs ms dr madam madame president minister secretary "
                         "under-secretary ambassador commissioner chancellor premier governor senator "
                         "spokesperson spokesman spokeswoman director".split())
# 'MODERATOR (Nora Vick, press secretary, Chilean Foreign Ministry):'
_MODERATOR_RE = re.compile(
    r"[ \t]*(?:MODERATOR|Moderator|HOST|Host|CHAIR|Chair)[ \t]*(?:\((?P<inside>[^()\n]{3,120})\))?[ \t]*:")
# any label opening a line: 'NAME:', 'QUESTION (X):', 'Minister Ruz:'
_ANY_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]*(?:\([^()\n]{0,120}\))?[ \t]*:[ \t]")


def title_label(text: str) -> bool:
    """'MINISTER SOLANO' / 'Prime Minister Oko': title words, then one surname."""
    words = fold(text).split()
    if len(words) < 2:
        return False
    core = lexicon.words("title_core")
    head = words[:-1]
    return all(w in _TITLE_WORDS or w in core for w in head) and any(w in core for w in head) \
        and words[-1] not in _TITLE_WORDS and words[-1] not in core


def surname_person(state: State, surname: str) -> str | None:
    """The one named person of the text whose name ends with ``surname`` (any case, diacritics aside)."""
    want = fold(surname)
    found = {k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and len(e.label.split()) > 1
             and fold(e.label.split()[-1]) == want}
    return found.pop() if len(found) == 1 else None


def is_label_line(state: State, a: int, b: int) -> bool:
    """The line opens with a speaker label (a turn, a question, the moderator)."""
    return _ANY_LABEL_RE.match(state.text, a, b) is not None


def moderator_lines(state: State) -> list[tuple[int, int, int]]:
    """(line start, label end, line end) of the moderator's lines."""
    out = []
    for m in re.finditer(r"[^\n]+", state.text):
        if m.start() < state.body_start:
            continue
        hit = _MODERATOR_RE.match(state.text, m.start(), m.end())
        if hit is not None:
            out.append((m.start(), hit.end(), m.end()))
    return out


def turn_end(state: State, lines: list[tuple[int, int]], i: int) -> int:
    """Where the turn opened by line ``i`` ends: the last unlabelled line before
    the next label (a line after a blank line ends it when no label follows)."""
    end = lines[i][1]
    later = any(is_label_line(state, a, b) for a, b in lines[i + 1:])
    for a, b in lines[i + 1:]:
        if is_label_line(state, a, b):
            break
        if not later and "\n\n" in state.text[end:a]:
            break
        end = b
    return end


def moderator_offices(state: State) -> None:
    """'MODERATOR (Nora Vick, press secretary, Chilean Foreign Ministry):' --
    the moderator holds the title and acts for the body and its country."""
    from kg.extract.office_sides import ensure_country  # here: the offices modules import the statement side
    from kg.extract.offices import title_case
    for a, _, _ in moderator_lines(state):
        m = _MODERATOR_RE.match(state.text, a)
        if m is None or not m.group("inside"):
            continue
        parts = [p.strip() for p in m.group("inside").split(",")]
        if len(parts) < 2:
            continue
        start = m.start("inside")
        person = state.mention_at(start, start + len(parts[0]), {"Person"})
        if person is None:
            continue
        evidence = state.span(a, m.end())
        if person.key not in state.positions and parts[1][:1].islower():
            label = title_case(parts[1])
            position = state.add_entity(label, "Position")
            state.add_relation(person.key, "holdsPosition", evidence, obj=position.key)
            state.positions.setdefault(person.key, position.key)
        if len(parts) >= 3:
            at = m.group("inside").rfind(parts[-1]) + start
            body = state.mention_at(at, at + len(parts[-1]), {"Organization", "GovernmentAgency"})
            if body is not None:
                state.add_relation(person.key, "represents", evidence, obj=body.key)
            entry = state.gaz.country_of_demonym(parts[-1].split()[0])
            country = ensure_country(state, entry.label) if entry is not None and entry.type == "Country" else None
            if country is not None:
                state.add_relation(person.key, "represents", evidence, obj=country)


def forget_turn_labels(state: State, spans: list[tuple[int, int]], keep: set[str]) -> None:
    """Names the entity step read only inside turn labels ('SOLANO', 'MODERATOR',
    the Position 'MINISTER') are nobody."""
    from kg.extract.speakers import forget_entity  # here: speakers imports the transcript modules
    if not spans:
        return
    inside = lambda m: any(s <= m.start and m.end <= e for s, e in spans)  # noqa: E731
    for key, entity in list(state.entities.items()):
        if key in keep or entity.unnamed or not entity.mentions or entity.type == "Position":
            continue
        if all(inside(m) for m in entity.mentions):
            state.positions.pop(key, None)
            forget_entity(state, key)
    for key, entity in list(state.entities.items()):
        if entity.type != "Position" or not entity.mentions or not all(inside(m) for m in entity.mentions):
            continue
        if any(r.object == key for r in state.relations):
            continue
        state.positions = {p: q for p, q in state.positions.items() if q != key}
        forget_entity(state, key)
