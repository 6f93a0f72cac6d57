"""Where the headline ends and which lines are photo credits.

A headline repeats the title and is written in title case, which fools the
NER ("Trudeau Walk" as a person); credit lines ("Photo by X, Wikimedia
commons") name photographers and archives, not actors. Both are marked here
so later steps can treat them apart.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.model import Document


def body_start(document: Document) -> int:
    """Offset where the body begins (0 when the text has no headline line)."""
    text = document.text
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return 0
    first = m.group(1).strip()
    is_title = _same(first, document.title)
    looks_like_heading = not re.search(r"[.!?”\"]$", first) and len(first.split()) <= 25
    if is_title or (looks_like_heading and text[m.end():m.end() + 1] == "\n"):
        return m.end()
    return 0


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return bool(a) and norm(a) == norm(b)


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo/image credit sentences or lines."""
    markers = "|".join(re.escape(w) for w in sorted(lexicon.words("credit_markers"), key=len, reverse=True))
    sources = "|".join(re.escape(w) for w in lexicon.words("credit_sources"))
    out = []
    # "Photo by X, Wikimedia commons." / "Image: Getty" / "(Photo: Reuters)"
    for m in re.finditer(
        rf"(?im)(?:^|(?<=[.!?”\"]\s)|\()\s*(?:{markers})\s*(?:by|:|courtesy of|via|credit:?)\s*[^\n]*?(?:[.)]\s*$|[.)](?=\s)|$)",
        text,
    ):
        out.append((m.start(), m.end()))
    # Find the source word first, then widen to its sentence (a leading
    # "[^.\n]*" pattern would rescan every position: quadratic on long texts).
    for m in re.finditer(rf"(?i)\b(?:{sources})\b", text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stops = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        end = min(stops) if stops else len(text)
        if end < len(text) and text[end] == ".":
            end += 1
        out.append((start, end))
    # A caption that ends in its photographer's name in brackets: "... in Vilnius
    # on Monday. (Tomas Kaminskas)", "(Ana Ruiz/Reuters)" at the end of a line.
    # "... at the site. REUTERS/Ints Kalnins", "... on Monday. Ints Kalnins/AFP": an agency and a
    # photographer joined by a slash end a caption line.
    for m in re.finditer(r"(?m)(?:(?<=[.!?] )|^)(?:[A-Z]{2,}/(?:[A-Z][\w'’.-]*\s?){1,4}|(?:[A-Z][\w'’.-]*\s){1,3}"
                         r"[A-Z][\w'’.-]*/[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,2})[ \t]*$", text):
        out.append((m.start(), m.end()))
    # The bracket ends the line (a sentence of the story ends in a full stop after it).
    for m in re.finditer(r"(?m)(?<=\S )\((?:[A-Z][a-zà-ÿ][\w'’.-]*\s?){2,4}(?:/[^)\n]{1,40})?\)[ \t]*$", text):
        out.append((m.start(), m.end()))
    return out


def letterhead_ranges(text: str) -> list[tuple[int, int]]:
    """Letterhead and signature lines of press releases: 'Office of the
    Spokesperson, Ministry of X, Capital.' or 'Issued by the Press Office, ...'.

    They name the issuing office, not an actor of the story: a line of its own
    that is only a comma-separated list of capitalised names (no verb, no
    lower-case words but joiners), or that starts 'Issued by' / 'Released by'.
    """
    out = []
    joiners = {"of", "the", "and", "for", "on", "de", "du", "des", "la", "del", "&", "in"}
    for m in re.finditer(r"(?m)^[^\n]+$", text):
        if m.start() == 0:
            continue  # the headline is handled by body_start
        line = m.group(0).strip()
        if not line or len(line.split()) > 25:
            continue
        if re.match(r"(?:Issued|Released|Published|Distributed|Prepared)\s+by\b", line):
            out.append((m.start(), m.end()))
            continue
        if _FACT_LABEL_RE.match(line):
            continue  # "WHO: Kojo Badu, Ghana's Deputy Minister of Trade": a fact-check field names the speaker
        parts = [p.strip() for p in line.rstrip(".").split(",")]
        if len(parts) < 2 or any(not p for p in parts):
            continue
        words = [w for p in parts for w in p.split()]
        if all(w[:1].isupper() or w in joiners for w in words) and not re.search(r"\d", line):
            out.append((m.start(), m.end()))
    return out



# "RIGA, May 5 (Baltic Wire) -", "OSLO (Nordwire) -", "LIMA, Peru, 3 May (Andes Press Service):", "Lima,
# May 3 (Pacific Wire) --": the outlet in a dateline's brackets (round-23 class A10). An upper-case town
# may stand alone; a title-case town needs the date.
# The labels broadcast transcripts put before an on-screen caption ("[CAPTION: NAME - TITLE]",
# "(LOWER THIRD: ...)"); one list for the caption names (entities) and caption turns (quotes).
STRAP_LABELS = (r"(?:CAPTION|CAP|SUPER|SUPERIMPOSED?|SUPERS|LOWER[ -]THIRD|CHYRON|ON[ -]?SCREEN|GFX|"
                r"GRAPHICS?|CG|STRAP|NAME[ -]STRAP|ASTON|ID)")

_DATELINE_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                  r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8})"
                  r"(?:,?[ \t]+\d{4})?")
_DATELINE_PLACE = r"(?:,[ \t]+[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+[A-ZÀ-Ý][\w.'’-]*){0,2})?"
DATELINE_OUTLET_RE = re.compile(
    rf"(?m)^[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+(?:[ \t][A-ZÀ-Ý.'’-]+){{0,3}}{_DATELINE_PLACE}(?:,?[ \t]+{_DATELINE_DATE})?"
    rf"|[A-ZÀ-Ý][\w.'’-]+(?:[ \t][A-ZÀ-Ý][\w.'’-]+){{0,2}}{_DATELINE_PLACE},?[ \t]+{_DATELINE_DATE})[ \t]*"
    rf"(\(([A-Z][^()\n]{{1,48}})\))[ \t]*(?:[-–—]+|:)")
_DATELINE_OUTLET_RE = DATELINE_OUTLET_RE
# "(Reporting by the Baltic Wire energy desk; editing by the Vilnius bureau)": a staff credit line.
_STAFF_CREDIT_RE = re.compile(
    r"(?im)^[ \t]*\(?[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|written|edited|"
    r"additional reporting|graphics?|research)[ \t]+by\b[^\n]*$")
# "BACKGROUND", "REACTION", "TEXT OF THE STATEMENT": an upper-case section heading on a line of its own.
_HEADING_RE = re.compile(r"(?m)^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’&-]+(?:[ \t]+[A-ZÀ-Ý'’&-]+){0,5}[ \t]*$")
# "MARKETS | GULF EQUITIES", "THE COAST COURIER | INTERVIEW", "PODCAST TRANSCRIPT (EXCERPT)": a section
# strap of upper-case labels joined by a bar or a slash, or with a bracketed note, names nothing either
# (round-28 class A1); the bar or the bracket is what tells a strap from a name alone on a line.
_STRAP_WORD = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9'’&.-]*"
_STRAP_RE = re.compile(
    rf"(?m)^[ \t]*{_STRAP_WORD}(?:[ \t]+{_STRAP_WORD}){{0,5}}"
    rf"(?:[ \t]*[|/][ \t]*{_STRAP_WORD}(?:[ \t]+{_STRAP_WORD}){{0,5}}){{0,3}}"
    rf"(?:[ \t]*\({_STRAP_WORD}(?:[ \t]+{_STRAP_WORD}){{0,3}}\))?[ \t]*$")


# The field labels of a fact-check block, and the rating after VERDICT/RATING ("FALSE", "MOSTLY TRUE").
FACT_LABELS = r"CLAIMS?|WHO|WHERE|WHEN|VERDICT|RATING|SOURCE|CONTEXT|THE FACTS|FACTS|OUR RULING|RULING|SAID BY|SPEAKER"
_FACT_LABEL_RE = re.compile(rf"(?m)^[ \t]*((?:{FACT_LABELS})(?:[ \t]+\d+)?)[ \t]*:")
_RATING_RE = re.compile(r"(?m)^[ \t]*(?:VERDICT|RATING|RULING|OUR RULING)[ \t]*:[ \t]*([A-Z][A-Z’' -]*[A-Z])(?![\w'’])")


def publisher_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges where the publisher, not the story, speaks: the
    outlet in a dateline's brackets, staff credits ("Reporting by ...;
    editing by ...") and upper-case section headings alone on a line. No
    entity is named there; the ranges are not skipped for sentences (a
    dateline shares its line with the story's first sentence)."""
    out = [(m.start(1), m.end(1)) for m in _DATELINE_OUTLET_RE.finditer(text)]
    out += [(m.start(), m.end()) for m in _STAFF_CREDIT_RE.finditer(text)]
    out += [(m.start(), m.end()) for m in _HEADING_RE.finditer(text)
            if m.start() > 0 and len(m.group(0).strip()) > 3 and text[max(0, m.start() - 1)] == "\n"]
    # "CLAIM 1:", "WHO:", "VERDICT: MOSTLY TRUE": the labels of a fact-check block and its rating (round-28 S3)
    out += [m.span(1) for m in _FACT_LABEL_RE.finditer(text)] + [m.span(1) for m in _RATING_RE.finditer(text)]
    out += [(m.start(), m.end()) for m in _STRAP_RE.finditer(text)
            if (m.start() == 0 or text[m.start() - 1] == "\n") and re.search(r"[|/(]", m.group(0))]
    out += issue_line_ranges(text)
    out += [(m.start(), m.end()) for m in _NUMBERED_HEADING_RE.finditer(text) if m.start() > 0]
    return out


# "Issue 412 | 19-25 March 2026 | Energy & Infrastructure", "Monday, 3 March 2026 | Lead item | Bulletin
# script | Total 2'50"": a line of short fields between bars, one a date or an issue number, is an
# edition's masthead line; its words are section names, no entities (round-29 A7, S1).
_ISSUE_FIELD_RE = re.compile(r"(?i)(?:\b(?:issue|no\.?|vol\.?|volume|edition|number)\s*\d+|\b(?:19|20)\d\d\b"
                             r"|\b\d{1,2}[-–/.]\d{1,2}[-–/.]\d{2,4}\b"
                             r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")


def issue_line_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"(?m)^[^\n|]+(?:\|[^\n|]+)+$", text):
        fields = [f.strip() for f in m.group(0).split("|")]
        if any(not f or len(f.split()) > 6 or re.search(r"[.!?]$", f) for f in fields):
            continue
        if any(_ISSUE_FIELD_RE.search(f) for f in fields):
            out.append((m.start(), m.end()))
    return out


# "2. RAIL STUDY: OULU–NARVIK BACK ON THE TABLE", "3. IN BRIEF: SUMMER FERRY": a numbered upper-case item
# heading of a digest (or its "IN THIS ISSUE" list) names nothing (round-29 S2); a heading's country or
# town is named again in the item's text.
_NUMBERED_HEADING_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’&.,:/ \t–—-]*:[ \t]+"
                                  r"[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’&.,:/ \t–—-]*$"
                                  r"|^[ \t]*\d{1,2}[.)][ \t]+[A-ZÀ-Ý][A-ZÀ-Ý0-9'’&.,:/ \t–—-]*$")
