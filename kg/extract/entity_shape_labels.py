"""Labels of round-30 document shapes that name nothing (round-30 S1, S2, S4).

* a desk's name: "Rail Desk | Documents", "Mekong Border Desk" over a live
  blog, "Americas Desk": the publisher's desk is no actor, and the region or
  river it is named after ("Mekong") is no place the story talks about;
* a field of the desk line ("Documents", "Live", "Transcripts");
* the time zone of a clock time: "19:05 (ICT)", "at 12:00 (MMT)", "Times are
  in ICT (GMT+7)": the code is no organisation, here or anywhere in the text;
* an agency dispatch's sign-off "(MENA)" alone on its line and the label of a
  "[Translator's note: ...]" / "[Editor's note: ...]": the agency and the
  translator are the publisher's, no actors of the story.

* the section fields of a letterhead line of bar-separated fields at the top
  of a note: "Danube Baltic Bank | Macro & Strategy Research | Central
  Europe": the first field is the publisher, the others name its desks
  ("Macro", "Strategy Research") and their beat ("Central Europe"), nothing
  the note talks about (a name the gazetteer knows is left alone there).

``shape_label_ranges`` gives the ranges; candidates inside them are dropped
(whatever found them: "Mekong" is the gazetteer's river).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w'’&.-]*"
# "Mekong Border Desk", "Rail Desk", "Foreign News Desk": capitalised words ending in "Desk"
_DESK_RE = re.compile(rf"(?<![\w’'-])(?:{_W} ){{1,4}}Desk(?![\w’'-])")
# the fields that stand beside a desk on its line: "Rail Desk | Documents | Live"
_DESK_LINE_RE = re.compile(r"(?m)^[^\n]*\bDesk\b[^\n]*$")
_FIELD_WORDS = frozenset("Documents Document Transcript Transcripts Live Archive Archives Analysis Briefing Briefings "
                         "Updates Update Explainer Data Records Record Statements Releases".split())
# "19:05 (ICT)", "12:00 ICT", "08:00 (GMT+7)": a code right after a clock time; unbracketed only with
# a zone's shape ("...T", "UTC", "WIB"), so "by 09:00 EU ministers" keeps its EU
_ZONE_AFTER_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:hrs?\s*)?(?:\(([A-Z]{2,5})[)+−–-]|([A-Z]{1,4}T|UTC|WIB|WITA)\b)")
# "in ICT (GMT+7)", "ICT (UTC+07:00)": a code glossed by its offset
_ZONE_GLOSSED_RE = re.compile(r"\b([A-Z]{2,5})\s*\((?:GMT|UTC)\s*[+−–-]\s*\d")
# "(MENA)" alone on the last lines of a dispatch
_SIGN_OFF_RE = re.compile(r"(?m)^[ \t]*\(([A-Z][A-Za-z]{1,9})\)[ \t]*$")
# "[Translator's note: ...]", "(Editor's note - ...)"
_NOTE_RE = re.compile(r"[\[(]\s*((?:Translator|Editor|Author|Reporter)s?['’]s?\s+[Nn]otes?)\b")


def time_zone_codes(text: str) -> set[str]:
    """The upper-case codes the text uses as time zones."""
    return {m.group(1) or m.group(2) for m in _ZONE_AFTER_TIME_RE.finditer(text)} \
        | {m.group(1) for m in _ZONE_GLOSSED_RE.finditer(text)}


def shape_label_ranges(state: State) -> list[tuple[int, int]]:
    text = state.text
    out = [m.span() for m in _DESK_RE.finditer(text)]
    for line in _DESK_LINE_RE.finditer(text):
        if "|" not in line.group(0):
            continue
        for field in re.finditer(r"[^|]+", line.group(0)):
            words = field.group(0).split()
            if words and all(w in _FIELD_WORDS or w in {"&", "and"} for w in words):
                out.append((line.start() + field.start(), line.start() + field.end()))
    out += [m.span(1) for m in _SIGN_OFF_RE.finditer(text) if m.start() > len(text) // 2]
    out += [m.span(1) for m in _NOTE_RE.finditer(text)]
    return out


def letterhead_field_ranges(state: State) -> list[tuple[int, int]]:
    """The later fields of the bar-separated lines before the note's first sentence."""
    text = state.text
    out = []
    for line in re.compile(r"(?m)^[^\n]*$").finditer(text, state.body_start):
        words = line.group(0).split()
        if len(words) >= 12 or re.search(r"[.!?:]\s*$", line.group(0)) and "|" not in line.group(0):
            break  # the text proper has begun
        if re.search(r"(?i)\bby\b|\bphotos?\b|\bcredit", line.group(0)):
            continue  # "By Lena Hart | Photographs by Tashi Norbu": a byline's fields name people
        fields = list(re.finditer(r"[^|]+", line.group(0)))
        if len(fields) < 2 or any(len(f.group(0).split()) > 6 or re.search(r"[.!?]\s*$", f.group(0)) for f in fields):
            continue
        out += [(line.start() + f.start(), line.start() + f.end()) for f in fields[1:]]
    return out


def drop_shape_labels(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` less the names inside a shape's labels and the time-zone codes."""
    ranges = shape_label_ranges(state)
    fields = letterhead_field_ranges(state)
    zones = time_zone_codes(state.text)
    return [c for c in found
            if not any(s <= c.start and c.end <= e for s, e in ranges)
            and not (c.source != "gaz" and any(s <= c.start and c.end <= e for s, e in fields))
            and not (c.source != "gaz" and c.text in zones)]
