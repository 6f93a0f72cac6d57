"""Cue lines of a broadcast script name nothing but the people they label (round-29 shape S1).

    RADIO LAKESIDE 101.2 - NEWS AT NINE
    Monday, 3 March 2026 | Lead item | Bulletin script | Total 2'50"
    [PRESENTER]
    [PACKAGE - Anna Keller]
    CLIP 1 - Petra Novak, Environment Minister (0'14")
    SOT: Ama Dossou, Minister of Water of Benin
    DATE: 02/03/2026   RUN: 2'15   REPORTER: Koffi Agbeko
    REPORTER (VO): The boatmen say ...
    [END OF ITEM - next: sport]

* the cue words (PRESENTER, PACKAGE, PKG, CLIP, SOT, VO, ANCHOR, ON CAM, SLUG,
  RUN, REPORTER, BACK-ANNOUNCE, END OF ITEM ...) and the durations are layout:
  their ranges are skipped, so no organisation "PACKAGE" or place "Reporter";
* the name after a clip label, a SOT label, a bracketed cue's dash
  ("[PACKAGE - Anna Keller]") or a REPORTER field is a Person (the title after
  the name's comma is left to the office rules);
* a bracketed cue with lower-case words ("[VO: boats at the landing]",
  "[END OF ITEM - next: sport]") is a shot or running note: skipped whole.
The cues count only in a text with two such lines at least (a script).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_CUE_WORD = r"[A-Z][A-Z0-9'’./&-]*"
_CUE = rf"{_CUE_WORD}(?:[ \t]+{_CUE_WORD}){{0,4}}(?:[ \t]*,[ \t]*{_CUE_WORD}(?:[ \t]+{_CUE_WORD}){{0,3}})*"
# "[PRESENTER]", "[ANCHOR, ON CAM]", "[PACKAGE - Anna Keller]", "[VO: boats at the landing]", "[PACKAGE OUT]"
_BRACKET_RE = re.compile(rf"(?m)^[ \t]*\[(?P<cue>{_CUE})(?:[ \t]*[-–—:][ \t]*(?P<rest>[^\]\n]*))?\]")
_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|del|van|von|bin|al|el)){0,3}"
_NAME_RE = re.compile(rf"{_NAME}")
# "CLIP 1 - Petra Novak, Environment Minister (0'14")", "SOT: Ama Dossou, Minister of Water of Benin"
_BITES = lexicon.alternation("soundbite_cues")
_BITE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<cue>(?:{_BITES})(?:[ \t]*\d{{1,2}})?[ \t]*[-–—:])[ \t]*(?P<name>{_NAME})"
    r"(?P<tail>[ \t]*,[^\n(]*)?(?P<dur>[ \t]*\([^()\n]*\d[^()\n]*\))?[ \t]*$")
# "REPORTER (VO):", "ANCHOR:", "PRESENTER (ON CAM):": a narration turn's cue
_TURN_RE = re.compile(r"(?m)^[ \t]*(?P<cue>(?:REPORTER|ANCHOR|PRESENTER|NARRATOR|NEWSREADER|VO|V/O)"
                      r"(?:[ \t]*\((?:VO|V/O|OC|OOV|ON CAM|OFF CAM|SOT)\))?)[ \t]*:")
# "SLUG: TOGO-BENIN / LAGOON TALKS", "DATE: 02/03/2026", "RUN: 2'15", "REPORTER: Koffi Agbeko"
_FIELDS = r"SLUG|DATE|RUN|RUNS|DUR|DURATION|TRT|LENGTH|TOTAL|REPORTER|CORRESPONDENT|PRODUCER|CAMERA|EDITOR|ITEM|STORY|OUTCUE|OUT ?CUE|IN ?CUE|OUT|IN|SOURCE|TAPE"
_FIELD_RE = re.compile(rf"(?m)(?:^|(?<=[ \t]{{2}})|(?<=\|[ \t]))[ \t]*(?P<cue>{_FIELDS})[ \t]*:[ \t]*"
                       rf"(?P<value>[^\n|]*?)(?=[ \t]{{2,}}|[ \t]*\||[ \t]*$)")
# Fields whose value is layout too (a reporter's line "REPORTER: The boatmen say ..." is narration, kept).
_VALUE_FIELDS = frozenset("SLUG DATE RUN RUNS DUR DURATION TRT LENGTH TOTAL OUTCUE TAPE".split())
# "(0'14")", "2'50"": a duration
_DURATION_RE = re.compile(r"\(?\b\d{1,2}['’:]\d{2}(?:\"|”|'')?\)?")
# The cue words that mark a script; an upper-case bracket of other words ("[CAPTION: ...]") is left to others.
_SCRIPT_CUES = frozenset("PRESENTER PACKAGE PKG CLIP SOT VO V/O ANCHOR CAM ON OFF BACK-ANNOUNCE BACK ANNOUNCE INTRO "
                         "OUTRO TAG END ITEM STING JINGLE BED MUSIC LIVE OUT IN NEXT READ VOSOT NAT SOUND WIPE "
                         "CUE LINK BULLETIN HEADLINES ACTUALITY INSERT".split())


def _script_lines(text: str) -> list[re.Match]:
    brackets = [m for m in _BRACKET_RE.finditer(text)
                if set(re.split(r"[ \t,]+", m.group("cue"))) & _SCRIPT_CUES]
    return brackets + list(_BITE_RE.finditer(text)) + list(_TURN_RE.finditer(text))


def is_script(text: str) -> bool:
    """Two cue lines at least: a broadcast script."""
    return len(_script_lines(text)) >= 2


def _is_name(value: str) -> bool:
    words = value.split()
    return 1 <= len(words) <= 4 and _NAME_RE.fullmatch(value.strip()) is not None and re.search(r"[a-z]", value) is not None


def script_cues(state: State) -> tuple[list[tuple[int, int]], list[Candidate]]:
    """The ranges of a script's cues (to skip) and the people its labels name."""
    text = state.text
    if not is_script(text):
        return [], []
    skipped: list[tuple[int, int]] = []
    people: list[Candidate] = []

    def person(start: int, end: int) -> None:
        name = text[start:end].rstrip(" \t.,")
        end = start + len(name)
        if _is_name(name) and not state.gaz.lookup(name):
            people.append(Candidate(start, end, name, "Person", "rule"))

    for m in _BRACKET_RE.finditer(text):
        if not set(re.split(r"[ \t,]+", m.group("cue"))) & _SCRIPT_CUES:
            continue
        rest = m.group("rest")
        if rest and _is_name(rest.strip()):
            skipped.append((m.start(), m.start("rest")))  # "[PACKAGE - " ... "]"
            skipped.append((m.end() - 1, m.end()))
            person(m.start("rest") + len(rest) - len(rest.lstrip()), m.end("rest"))
        else:
            skipped.append((m.start(), m.end()))  # "[VO: boats at the landing]"
    for m in _BITE_RE.finditer(text):
        skipped.append(m.span("cue"))
        if m.group("dur"):
            skipped.append(m.span("dur"))
        person(*m.span("name"))
    for m in _TURN_RE.finditer(text):
        skipped.append(m.span("cue"))
    for m in _FIELD_RE.finditer(text):
        skipped.append(m.span("cue"))
        cue, value = m.group("cue"), m.group("value").strip()
        if cue in {"REPORTER", "CORRESPONDENT", "PRODUCER", "CAMERA", "EDITOR"} and _is_name(value):
            person(m.start("value"), m.end("value"))
        elif value and cue in _VALUE_FIELDS:
            skipped.append(m.span("value"))  # "SLUG: TOGO-BENIN / LAGOON TALKS", "RUN: 2'15"
    skipped += [m.span() for m in _DURATION_RE.finditer(text)]
    # "###", "-30-", "ENDS": the end mark of a script
    skipped += [m.span() for m in re.finditer(r"(?m)^[ \t]*(?:#{3,}|-30-|ENDS?)[ \t]*$", text)]
    return [(a, b) for a, b in skipped if a < b], people
