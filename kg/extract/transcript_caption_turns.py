"""Broadcast turns a bracketed on-screen caption introduces (round-26 class C1).

    [CAPTION: TOMAS VARGA - DEPUTY MINISTER OF TRANSPORT]

    VARGA: We waited twenty years for this bridge.

    [CAPTION: TRUCK DRIVER, KOMÁROM]

    DRIVER: I have been here since six.

A script may put the speaker's name strap on a line of its own, in brackets,
and label the words that follow with one word of it -- the surname, or the
job of a speaker it does not name. The labelled turn (the label's line and
the unlabelled lines after it, up to the next label, caption or blank-line
break) is a direct statement of the person the caption names (the person of
the text with that name, else a new Person in normal case, the other parts
of the caption their title), or of an unnamed person described by the
caption's job words ("truck driver"). The label words and the caption's
capitals are nobody of their own.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.context_edit import drop_mention
from kg.extract.layout import STRAP_LABELS
from kg.extract.state import State
from kg.extract.transcript_captions import (
    Caption,
    _known_person,
    _name_like,
    caption_offices,
    fold,
    normal_case,
)
from kg.extract.transcript_turns import forget_turn_labels, is_label_line

# '[CAPTION: ...]', '(SUPER: ...)', '[LOWER THIRD: ...]', '[ON SCREEN: ...]': a strap on its own line
_STRAP_RE = re.compile(
    r"[ \t]*[\[(][ \t]*" + STRAP_LABELS + r"[ \t]*:[ \t]*(?P<inside>[^\[\]()\n]{3,160}?)[ \t]*[\])][ \t]*$",
    re.I)
# 'VARGA:', 'DRIVER:', 'KARIMI (via interpreter):' -- a label in capitals opening the turn
_TURN_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){0,3})"
                      r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*")
# the parts of a caption: 'NAME - TITLE', 'JOB, PLACE', 'NAME | TITLE'
_SPLIT_RE = re.compile(r"[ \t]+[-–—|][ \t]+|[ \t]*[,–—|][ \t]*")
# Job words a caption describes an unnamed speaker with, besides the lexicon's role nouns.
_JOBS = frozenset("driver trucker lorry haulier farmer fisherman fisher resident shopkeeper owner vendor trader "
                  "worker student teacher nurse doctor passenger commuter villager merchant pilot captain "
                  "labourer laborer builder miner grower herder refugee migrant mother father local "
                  "businessman businesswoman entrepreneur customs officer guard".split())


def _job_words() -> frozenset[str]:
    listed = lexicon.words("role_nouns")
    return _JOBS | listed | {w[:-1] for w in listed if w.endswith("s") and " " not in w}


def _lines(state: State) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
            if m.start() >= state.body_start and m.group(0).strip()]


def _parts(state: State, a: int, b: int) -> list[tuple[int, int]]:
    out, at = [], a
    for m in list(_SPLIT_RE.finditer(state.text, a, b)) + [None]:
        end = m.start() if m is not None else b
        s, e = at, end
        while s < e and state.text[s] in " \t":
            s += 1
        while e > s and state.text[e - 1] in " \t.":
            e -= 1
        if e > s:
            out.append((s, e))
        if m is not None:
            at = m.end()
    return out


def _matching_part(state: State, parts: list[tuple[int, int]], who: str) -> tuple[int, int] | None:
    """The caption part the turn's label names: its words end with the label's words."""
    want = fold(who).split()
    for s, e in parts:
        words = fold(state.text[s:e]).split()
        if len(words) >= len(want) and words[-len(want):] == want:
            return s, e
    return None


def _turn_end(state: State, lines: list[tuple[int, int]], i: int, straps: set[int]) -> int:
    """The end of the turn opened on line ``i``: the unlabelled lines after it, up to
    the next label or caption (a blank line ends it when no label follows)."""
    end = lines[i][1]
    later = any(is_label_line(state, a, b) or a in straps for a, b in lines[i + 1:])
    for a, b in lines[i + 1:]:
        if a in straps or is_label_line(state, a, b) or state.text[a:b].lstrip()[:1] in "[(":
            break
        if not later and "\n\n" in state.text[end:a]:
            break
        end = b
    return end


def caption_turns(state: State, taken: set[int]) -> list[tuple[str, int, int, bool]]:
    """(speaker, start, end, quoted) of each turn a caption line introduces (the
    words' start not in ``taken``, the turns other rules found already)."""
    lines = _lines(state)
    straps = {a for a, b in lines if _STRAP_RE.match(state.text, a, b) is not None}
    if not straps:
        return []
    out = []
    labels: list[tuple[int, int]] = []
    speakers: set[str] = set()
    for i, (a, b) in enumerate(lines[:-1]):
        if a not in straps:
            continue
        c, d = lines[i + 1]
        turn = _TURN_RE.match(state.text, c, d)
        if turn is None or turn.end() >= d:
            continue
        strap = _STRAP_RE.match(state.text, a, b)
        parts = _parts(state, strap.start("inside"), strap.end("inside"))
        part = _matching_part(state, parts, turn.group("who"))
        if part is None:
            continue
        speaker = _speaker(state, part, [p for p in parts if p != part], (a, b))
        if speaker is None:
            continue
        labels.append((a, b))
        labels.append((c, turn.end()))
        speakers.add(speaker)
        if turn.end() in taken:
            continue
        start = turn.end()
        out.append((speaker, start, _turn_end(state, lines, i + 1, straps), state.text[start] in "\"“"))
    forget_turn_labels(state, labels, speakers)
    return out


def _speaker(state: State, part: tuple[int, int], others: list[tuple[int, int]],
             line: tuple[int, int]) -> str | None:
    """The person the caption part names, or the unnamed person its job words describe."""
    s, e = part
    caps = state.text[s:e]
    key = _known_person(state, caps)
    words = fold(caps).split()
    if key is None and words[-1] in _job_words():
        # 'TRUCK DRIVER': no name, a speaker described by their job
        person = state.add_entity(" ".join(caps.lower().split()), "Person", unnamed=True)
        state.add_mention(person.key, s, e, alias=False)
        return person.key
    if key is None and not _name_like(caps):
        return None
    for m in [m for m in state.mentions if m.start < e and s < m.end and m.key != key]:
        drop_mention(state, m.key, m.start, m.end)
    if key is None:
        key = state.add_entity(normal_case(caps), "Person").key
        state.entities[key].type = "Person"
    state.add_mention(key, s, e, alias=False)
    caption_offices(state, Caption(name=part, parts=others, label=line, words=None), key)
    return key
