"""Podcast and audio transcripts: timestamped turns with speakers in capitals.

    In this episode, host Ama Boateng talks to Lena Fischer, a senior analyst at ...
    [00:00:12] AMA BOATENG (HOST): Welcome. Lena, how much will the post change?
    [00:01:05] LENA FISCHER: Less than the photographs suggest. ...
    [00:02:30] AMA BOATENG (HOST): After the meeting he told journalists: "By June ..."

A guest's turn (the line after its label) is the guest's direct words, medium
"podcast"; the guest is the person of the text the label names (the intro's
'LENA FISCHER' is 'Lena Fischer'). The host's turns ('(HOST)', or the person the
intro calls 'host X') are no statements of the host: words the host relays ('he
told journalists: "..."', 'A senior official I spoke to was blunter. He said
...') are found by the ordinary rules and belong to the one they are relayed
from (see :func:`relayed_speakers`). Timestamps and '(HOST)' are layout.
"""

from __future__ import annotations

import re

from kg.extract.state import State
from kg.extract.transcript_captions import fold

# '[00:01:05] LENA FISCHER:' / '(12:40) AMA BOATENG (HOST):' / '00:02 Lena Fischer:'
_STAMP = r"(?:[\[(][ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*[\])]|\d{1,2}:\d{2}(?::\d{2})?)"
_TURN_RE = re.compile(
    r"[ \t]*(?P<stamp>" + _STAMP + r"[ \t]*)?"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})"
    r"(?:[ \t]*\((?P<role>[^()\n:]{1,30})\))?[ \t]*:[ \t]+(?=\S)")
_HOST_ROLES = frozenset({"host", "co-host", "cohost", "presenter", "interviewer", "moderator", "anchor"})
# 'host Ama Boateng talks to ...', 'presented by Ama Boateng'
_HOST_INTRO_RE = re.compile(r"\b(?:host|co-host|presenter|hosted\s+by|presented\s+by)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_PODCAST_RE = re.compile(r"\b(?:podcast|episode|audio|listen)\w*\b", re.I)


def _turn_lines(state: State) -> list[tuple[re.Match, int, int]]:
    cached = state.__dict__.get("_podcast_turns")
    if cached is not None:
        return cached
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text) if m.start() >= state.body_start]
    hits = [(t, a, b) for a, b in lines if (t := _TURN_RE.match(state.text, a, b)) is not None]
    stamped = [h for h in hits if h[0].group("stamp")]
    roled = [h for h in hits if (h[0].group("role") or "").strip().lower() in _HOST_ROLES]
    # a podcast: two timestamped turns, or a labelled host's turns in a text that says it is audio
    if len(stamped) >= 2:
        out = stamped
    elif roled and _PODCAST_RE.search(state.text):
        out = [h for h in hits if h[0].group("who").isupper() or h[0].group("role")]
    else:
        out = []
    state.__dict__["_podcast_turns"] = out
    return out


def _hosts(state: State, turns: list[tuple[re.Match, int, int]]) -> set[str]:
    """The folded labels of the host's turns."""
    hosts = {fold(t.group("who")) for t, _, _ in turns if (t.group("role") or "").strip().lower() in _HOST_ROLES}
    first = turns[0][1] if turns else len(state.text)
    for m in _HOST_INTRO_RE.finditer(state.text, state.body_start, first):
        hosts.add(fold(m.group("name")))
    # 'BOATENG:' on later turns is the host named 'Ama Boateng'
    hosts |= {h.split()[-1] for h in hosts if h.split()}
    return hosts


def host_turns(state: State) -> list[tuple[int, int]]:
    """(start, end) of each host turn's line (label included)."""
    turns = _turn_lines(state)
    hosts = _hosts(state, turns)
    return [(a, b) for t, a, b in turns if fold(t.group("who")) in hosts or fold(t.group("who")).split()[-1] in hosts]


def podcast_turns(state: State) -> list[tuple[str, int, int, bool]]:
    """(speaker, start, end, quoted) of each guest turn: the words after the label."""
    turns = _turn_lines(state)
    if not turns:
        return []
    hosts = _hosts(state, turns)
    out = []
    for i, (t, a, b) in enumerate(turns):
        who = fold(t.group("who"))
        if who in hosts or who.split()[-1] in hosts:
            continue
        speaker = _guest(state, t.group("who"), t.start("who"), t.end("who"))
        if speaker is None:
            continue
        out.append((speaker, t.end(), b, False))
        if i + 1 < len(turns):
            # the unlabelled paragraphs before the next turn go on with this one (after the
            # last turn the article or a credit may resume, so nothing is taken there)
            for m in re.finditer(r"[^\n]+", state.text[b:turns[i + 1][1]]):
                words = m.group(0).split()
                if len(words) >= 3 and words[0][:1] not in "([":
                    c = b + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                    out.append((speaker, c, b + m.end(), False))
    return out


def _guest(state: State, who: str, start: int, end: int) -> str | None:
    """The person a turn label names: a named Person of the text whose label is
    the label's words (any case), or whose surname is the label's one word."""
    want = fold(who).split()
    found = {k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and fold(e.label).split() == want}
    if not found and len(want) == 1:
        found = {k for k, e in state.entities.items()
                 if e.type == "Person" and not e.unnamed and len(e.label.split()) > 1
                 and fold(e.label).split()[-1] == want[0]}
    if not found and len(want) == 1:
        # 'OSPINA:' for 'Hernando Ospina Ruiz': a double surname's first half (never the given name)
        found = {k for k, e in state.entities.items()
                 if e.type == "Person" and not e.unnamed and len(e.label.split()) > 2
                 and want[0] in fold(e.label).split()[1:-1]}
    if len(found) != 1:
        return None
    key = found.pop()
    if state.mention_at(start, end) is None:
        state.add_mention(key, start, end)
    return key


def podcast_setting(state: State, turns: list[tuple[str, int, int, bool]]) -> None:
    """The guests' statements were given on a podcast."""
    for speaker, a, b, _ in turns:
        for statement in state.statements:
            if a <= statement.quote_span.start < b and statement.speaker == speaker:
                statement.medium = "podcast"


# the people a host relays words from: 'the Togolese trade minister', 'A senior official I spoke to'
_PERSON_NOUNS = ("official|minister|diplomat|negotiator|spokesman|spokeswoman|spokesperson|envoy|"
                 "ambassador|secretary|director|president|adviser|advisor|aide|source|analyst|"
                 "officer|commissioner|governor|mayor|chief|leader|chairman|chairwoman")
_RELAYED_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?(?:" + _PERSON_NOUNS + r"))\b")


def relayed_speakers(state: State) -> None:
    """A statement inside a host's turn whose speaker is a guest or the host (a
    pronoun read back to the last name, a vocative 'Kwesi,'): the words are
    relayed from the one the turn names before them ('the Togolese trade
    minister ... he told journalists'), an unnamed speaker; with nobody named
    there, they are no one's the text can say."""
    turns = host_turns(state)
    if not turns:
        return
    voices = {k for k, _, _, _ in podcast_turns(state)}
    for t, a, b in _turn_lines(state):
        if (a, b) in turns:
            m = state.mention_at(t.start("who"), t.end("who"))
            if m is not None:
                voices.add(m.key)
    keep = []
    for statement in state.statements:
        turn = next(((a, b) for a, b in turns if a <= statement.quote_span.start < b), None)
        if turn is None or statement.speaker not in voices:
            keep.append(statement)
            continue
        label_end = _TURN_RE.match(state.text, *turn).end()
        before = state.text[label_end:statement.quote_span.start]
        hits = list(_RELAYED_RE.finditer(before))
        if not hits:
            continue
        hit = hits[-1]
        label = " ".join(hit.group("np").split())
        speaker = state.add_entity(label, "Person", unnamed=True)
        start = label_end + hit.start("np")
        state.add_mention(speaker.key, start, start + len(hit.group("np")), alias=False)
        statement.speaker = speaker.key
        keep.append(statement)
    state.statements[:] = keep
