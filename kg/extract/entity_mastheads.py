"""An outlet's masthead names a media organisation (round-29 classes A7, S1, S2).

    THE LAKE LEDGER - Regional business weekly
    LAKES WEEKLY — Issue 19
    RADIO LAKESIDE 101.2 - NEWS AT NINE
    LAGOON TV — EVENING NEWS, 21:00

One of the first lines of a text, an upper-case name (a frequency may follow)
and a dash, bar or colon before an edition note: the name is the outlet, a
MediaOrganization, never a place ("Lake Ledger") or a plain organisation. It
counts as a masthead when its words are an outlet's (RADIO, TV, WEEKLY,
LEDGER ...) or the note after it is an edition's ("weekly", "Issue 19", "news
at nine"). Its label is the form the text writes in normal case ("The Lake
Ledger is published weekly in Kisumu", "You are receiving Lakes Weekly
because ...", "Anna Keller, Radio Lakeside, Bregenz"), else the name in title
case; every mention of that form is the same outlet. A masthead the text never
names again is left alone (a strap, round-28 A1).
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_MEDIA_WORDS = frozenset("RADIO TV TELEVISION FM AM NEWS WEEKLY DAILY MONTHLY TIMES POST HERALD LEDGER GAZETTE COURIER "
                         "JOURNAL TRIBUNE BULLETIN DIGEST MONITOR OBSERVER EXPRESS MAGAZINE REVIEW CHRONICLE MAIL "
                         "TELEGRAPH WIRE DISPATCH NEWSLETTER BRIEFING SENTINEL STANDARD ECHO GUARDIAN INDEPENDENT "
                         "REGISTER ADVOCATE INQUIRER GLOBE PRESS REPORTER BROADCASTING CHANNEL ONLINE".split())
# Words of a text's kind or a programme slot that a banner puts where a masthead would stand.
_DOC_WORDS = frozenset("THE OF AND A RELEASE STATEMENT BREAKING EVENING MORNING NIGHT MIDDAY LATE TRANSCRIPT JOINT "
                       "FOR IMMEDIATE OFFICIAL EXCLUSIVE UPDATE UPDATED LIVE SPECIAL REPORT FACT CHECK ANALYSIS "
                       "OPINION EDITORIAL COMMENT INTERVIEW FEATURE WORLD LOCAL NATIONAL INTERNATIONAL BUSINESS "
                       "REGIONAL WEEKEND SUNDAY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY TODAY "
                       "HEADLINES BULLETIN PROGRAMME PROGRAM SHOW EDITION ISSUE MEDIA NOTE ADVISORY PODCAST "
                       "EPISODE Q&A FAQ EXPLAINER BRIEF IN THIS".split())
_EDITION_RE = re.compile(r"(?i)\b(?:weekly|daily|monthly|fortnightly|newsletter|magazine|bulletin|digest|edition|"
                         r"issue\s*\d+|no\.\s*\d+|vol\.?\s*\d+|news(?:\s+at\s+\w+)?|evening\s+news|morning\s+news|"
                         r"radio|broadcast|newscast|business\s+weekly|briefing)\b")
_UP = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9'’&.-]*"
_MASTHEAD_RE = re.compile(
    rf"(?P<name>{_UP}(?:[ \t]+{_UP}){{0,4}})(?P<freq>[ \t]+\d{{2,3}}(?:[.,]\d{{1,2}})?(?:[ \t]*(?:FM|MHz|AM))?)?"
    rf"[ \t]*(?:[-–—|:,][ \t]*(?P<rest>[^\n]*))?")


def _mastheads(state: State) -> list[tuple[int, int, str]]:
    text = state.text
    out = []
    lines = [m for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$", text)][:4]
    for line in lines:
        m = _MASTHEAD_RE.fullmatch(line.group(1))
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        rest = m.group("rest") or ""
        if not (set(words) & _MEDIA_WORDS or m.group("freq") or _EDITION_RE.search(rest)):
            continue
        if not set(words) - _MEDIA_WORDS - _DOC_WORDS:
            continue  # "PRESS RELEASE", "BREAKING NEWS", "EVENING NEWS": a kind of text, no outlet's name
        if re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", rest):
            continue  # "KISUMU - When the bridge opened ...": a dateline before the story's sentence
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "MediaOrganization" or len(words) == 1 and words[0] in _MEDIA_WORDS:
            continue
        start = line.start(1) + m.start("name")
        out.append((start, start + len(name), name))
    return out


def _written_form(name: str, text: str) -> str:
    """'THE LAKE LEDGER' -> 'The Lake Ledger' as the text writes it, else title case."""
    bare = re.sub(r"^THE\s+", "", name)
    pattern = r"\s+".join(re.escape(w) for w in bare.split())
    for m in re.finditer(rf"(?<![\w'’-])((?:[Tt]he\s+)?){pattern}(?![\w'’-])", text, re.I):
        if re.search(r"[a-z]", m.group(0)[len(m.group(1)):]):
            lead = "The " if m.group(1).startswith("The") and name.startswith("THE") else ""
            return lead + " ".join(m.group(0)[len(m.group(1)):].split())
    return " ".join(w if re.search(r"\d", w) or w in {"TV", "FM", "AM"} else w.capitalize() for w in name.split())


def masthead_outlets(state: State) -> list[Candidate]:
    """The masthead's outlet and the mentions of its name in the text."""
    text = state.text
    out = []
    for start, end, name in _mastheads(state):
        label = _written_form(name, text)
        bare = re.sub(r"^The\s+", "", label)
        pattern = r"\s+".join(re.escape(w) for w in bare.split())
        lead = r"(?:The\s+)?" if label.startswith("The ") else ""
        uses = [m for m in re.finditer(rf"(?<![\w'’-]){lead}{pattern}(?![\w'’-])", text)
                if not (m.start() < end and start < m.end())]
        if not uses:
            continue  # "THE VALLEY STAR | INTERVIEW" alone: a strap the story never cites (round-28 A1)
        out.append(Candidate(start, end, text[start:end], "MediaOrganization", "rule", label=label))
        out.extend(Candidate(m.start(), m.end(), m.group(0), "MediaOrganization", "rule", label=label) for m in uses)
    return out
