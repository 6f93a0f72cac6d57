"""Broadcast scripts whose soundbites are quoted under a clip label (round-29 class C1).

    CLIP 1 - Petra Novak, Environment Minister (0'14")
    "The lake belongs to both shores. We will clean it from both shores."

    SOT: Ama Dossou, Minister of Water of Benin
    "We share one lagoon and one future."

    CLIP 2 - Horak (0'07")
    "Not this year."

A radio or TV script names who speaks on a cue line of its own ('CLIP n -',
'CUT n -', 'SOT:', 'SOUNDBITE:', '[SOT - ...]') and puts the words, in
quotation marks, on the line(s) right under it. Each quoted line there is one
direct statement (of however many sentences, and of however many quoted lines:
one statement) of the person the label names:
the person of the text with that full name or, for a bare surname, the one
person with that surname; else a new Person with the label's name (in normal
case when the script writes it in capitals). The rest of the label (title,
body, a duration in brackets) is no part of the name. A soundbite has no
addressee and no medium of its own, unless the narration line right before the
label sets it ('At the news conference, the minister was blunt.' -> 'press
conference'). A script with such labels is a broadcast: its 'REPORTER (VO):'
lines are the broadcaster's narration, not questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import lexicon
from kg.extract.context_edit import drop_entity, drop_mention
from kg.extract.state import State
from kg.extract.transcript_captions import fold, normal_case
from kg.model import Statement

_CUES = rf"(?:{lexicon.alternation('soundbite_cues')})"
# 'CLIP 1 - ', 'CUT 2: ', 'SOT: ', '[SOT - ', '(SOUNDBITE) ' -- the cue and its separator
_LABEL_RE = re.compile(
    rf"[ \t]*[\[(]?[ \t]*{_CUES}(?:[ \t]*#?[ \t]*\d{{1,2}}[a-z]?)?[ \t]*[\])]?[ \t]*(?:[:–—-][ \t]*|[ \t](?=[A-ZÀ-ÖØ-Þ]))"
    r"(?P<rest>[^\n]*?)[ \t\]]*$")
# a duration or a timing note in brackets ('(0'14")', '(0:14)', '(:14)', '(14 sec)', '(IN: ... OUT: ...)')
_TIMING_RE = re.compile(r"[ \t]*[(\[][^()\[\]\n]*(?:\d['’′:]|\d[ \t]*(?:s|sec|secs|\")\b|\bIN:|\bOUT:|\d\")[^()\[\]\n]*[)\]]"
                        r"|[ \t]+\d{1,2}['’′:]\d{2}[\"”″]?")
# a name: one to four capitalised words, with the usual lower-case particles between them
_NAME_RE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+(?:(?:van|von|de|der|den|da|dos|del|di|du|la|le|al|el|bin|ibn)[ \t]+)?){0,3}"
                      r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")
_OPENERS = "\"“«‘'„"
# the narration right before a label sets the soundbite's medium
_MEDIA = ((re.compile(r"\b(?:news|press)\s+conference|\bpress\s+briefing\b|\bnews\s+briefing\b", re.I),
           "press conference"),
          (re.compile(r"\binterview\b", re.I), "interview"))


# job words of a label's description before the name ('SOT: Ferry owner Kojo Adu'), besides the lexicon's
_JOB_WORDS = frozenset("owner driver worker resident trader teacher student captain pilot boatman farmer "
                       "fisherman shopkeeper vendor passenger commuter villager".split())


@dataclass
class Clip:
    """One clip label: its line, the name's span, and the opening marks of the quotes under it."""
    line: tuple[int, int]
    name: tuple[int, int]
    marks: list[int]
    medium: str | None


def _lines(state: State) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
            if m.start() >= state.body_start and m.group(0).strip()]


def clips(state: State) -> list[Clip]:
    """The clip labels of the text that have quoted words right under them (built once)."""
    cached = state.__dict__.get("_clips")
    if cached is not None:
        return cached
    out: list[Clip] = []
    lines = _lines(state)
    text = state.text
    for i, (a, b) in enumerate(lines):
        m = _LABEL_RE.match(text, a, b)
        if m is None:
            continue
        name = _name_span(state, m.start("rest"), m.end("rest"))
        if name is None:
            continue
        marks = []
        for c, d in lines[i + 1:]:
            # the words stand on the next lines (one blank line between at most)
            gap = text[marks[-1] if marks else b:c]
            if text[c:d].lstrip()[:1] not in _OPENERS or gap.count("\n") > 2 or _LABEL_RE.match(text, c, d):
                break
            marks.append(c + len(text[c:d]) - len(text[c:d].lstrip()))
        if not marks:
            continue
        out.append(Clip(line=(a, b), name=name, marks=marks, medium=_medium(state, lines, i)))
    state.__dict__["_clips"] = out
    return out


def _name_span(state: State, start: int, end: int) -> tuple[int, int] | None:
    """The span of the person's name the label opens with ('Petra Novak' of
    'Petra Novak, Environment Minister (0'14")'), or None when it opens with none."""
    text = state.text
    timing = _TIMING_RE.search(text, start, end)
    if timing is not None:
        end = timing.start()
    comma = text.find(",", start, end)
    head_end = comma if comma >= 0 else end
    head = text[start:head_end].strip(" \t.;:")
    m = _NAME_RE.fullmatch(head)
    if m is None or not head:
        return None
    words = head.split()
    vocab = lexicon.words("title_core") | lexicon.words("role_nouns") | _JOB_WORDS
    titled = [i for i, w in enumerate(words) if fold(w) in vocab]
    if titled:
        # 'SOT: Environment Minister Petra Novak': the name after the title words
        words = words[titled[-1] + 1:]
        if not words or len(words) < 2 and not _known(state, words[0]):
            return None
    name = " ".join(words)
    if name.isupper() and len(words) < 2 and not _known(state, name):
        return None  # a lone word in capitals ('VOX POP') names no one the text knows
    base = start + text[start:head_end].index(head)
    first = list(re.finditer(r"\S+", head))[-len(words)]  # the name is the head's last words
    return base + first.start(), base + len(head)


def _medium(state: State, lines: list[tuple[int, int]], i: int) -> str | None:
    """The medium the narration line right before the label gives, if any."""
    if i == 0:
        return None
    a, b = lines[i - 1]
    before = state.text[a:b]
    if _LABEL_RE.match(before) or before.lstrip()[:1] in _OPENERS:
        return None
    return next((medium for rx, medium in _MEDIA if rx.search(before)), None)


def _known(state: State, name: str) -> str | None:
    """The named Person of the text with this full name, or the one with this surname."""
    want = fold(" ".join(name.split()))
    people = [(k, e) for k, e in state.entities.items() if e.type == "Person" and not e.unnamed and e.mentions]
    full = [k for k, e in people if fold(e.label) == want or want in {fold(x) for x in e.aliases}]
    if len(full) == 1:
        return full[0]
    if " " in want:
        return None
    last = [k for k, e in people if len(e.label.split()) > 1 and fold(e.label.split()[-1]) == want]
    return last[0] if len(last) == 1 else None


def clip_speaker(state: State, clip: Clip) -> str | None:
    """The Person the clip's label names (made when the text has none by that name)."""
    a, b = clip.name
    name = state.text[a:b]
    key = _known(state, name)
    if key is None and len(name.split()) < 2:
        return None
    wider = []
    for m in [m for m in state.mentions if m.start < b and a < m.end and m.key != key]:
        drop_mention(state, m.key, m.start, m.end)  # 'Petra Novak' read as anything but her
        old = state.entities.get(m.key)
        if old is not None and old.type == "Person" and fold(old.label).endswith(fold(" ".join(name.split()))):
            wider.append(m.key)  # 'Transport Minister Petra Novak' read as one name
    if key is None:
        key = state.add_entity(normal_case(name) if name.isupper() else " ".join(name.split()), "Person").key
        state.entities[key].type = "Person"
    state.add_mention(key, a, b, alias=False)
    for other in dict.fromkeys(wider):
        if other in state.entities and other != key \
                and not any(other in {r.subject, r.object} for r in state.relations):
            for m in list(state.entities[other].mentions):
                state.add_mention(key, m.start, m.end)  # its other mentions ('Mensah') are the person's
            drop_entity(state, other)
    return key


def clip_speakers(state: State) -> dict[int, tuple[str, str | None, int]]:
    """{opening mark of a soundbite's quote: (speaker, medium, the clip's first mark)}."""
    out: dict[int, tuple[str, str | None, int]] = {}
    for clip in clips(state):
        speaker = clip_speaker(state, clip)
        if speaker is None:
            continue
        for mark in clip.marks:
            out[mark] = (speaker, clip.medium, clip.marks[0])
    return out


def join_clip_lines(state: State, statement: Statement, previous: Statement | None) -> bool:
    """A soundbite's second quoted line goes on with its first: ``previous`` (the
    first line's statement) takes the words; True when it did."""
    if previous is None or previous.speaker != statement.speaker or previous.kind != "direct" \
            or not previous.quote_span.end <= statement.quote_span.start:
        return False
    start, end = previous.quote_span.start, statement.quote_span.end
    previous.quote = " ".join(re.sub(r"[\"“”«»„]", " ", state.text[start:end]).split())
    previous.quote_span = state.span(start, end)
    previous.evidence = state.span(min(previous.evidence.start, statement.evidence.start),
                                   max(previous.evidence.end, statement.evidence.end))
    previous.about = list(dict.fromkeys(previous.about + statement.about))
    return True
