"""Bylines and staff credits name the people who wrote a story, not its actors.

"By Tamsin Okafor" (or "By Tamsin Okafor, Nairobi") on a line of its own, a
closing "(Reporting by A in X and B in Y; Writing by C; Editing by D)" and an
"Additional reporting by E" line: no entity is named there, neither the
journalists nor the towns they filed from. The ranges are added to the
document's skipped ranges, so later steps that scan the text for names
(cities, short names) pass them by too; no statement is made there either.

The outlet in a wire dateline ("NAIROBI, March 3 (Rift Wire) -") names no
entity in the dateline itself (``layout.publisher_ranges``); when the story
cites that outlet elsewhere ("Rift Wire could not reach ..."), the name is the
media organisation, whatever type the model gave it.
"""

from __future__ import annotations

import re

from kg.extract.layout import DATELINE_OUTLET_RE

# "By Tamsin Okafor", "By Tamsin Okafor and Li Wei, Nairobi", "BY TAMSIN OKAFOR": a line of its own.
_BYLINE_RE = re.compile(
    r"(?m)^[ \t]*(?:By|BY)[ \t]+[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|del|van|von|bin|al|el|and|&))"
    r"{0,6}(?:,[ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3})?[ \t]*\.?[ \t]*$")
# "(Reporting by A in X; Writing by B; Editing by C)" anywhere, "Additional reporting by E ..." to the line's end.
_CREDIT_RE = re.compile(
    r"\((?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ee]dited)\s+by\b[^()\n]*\)"
    r"|(?im:^[ \t]*\(?[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|written|edited|"
    r"graphics?|research)[ \t]+by\b[^\n]*$)")
def credit_line_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines and staff credits (see the module docstring),
    less the names of a byline's writers (``byline_names``)."""
    out = []
    for a, b, names in _filed_bylines(text):
        for x, y in names:
            out.append((a, x))
            a = y
        out.append((a, b))
    for m in _BYLINE_RE.finditer(text):
        start = m.start()
        for a, b in byline_names(text, m):
            out.append((start, a))
            start = b
        out.append((start, m.end()))
    out += [(m.start(), m.end()) for m in _CREDIT_RE.finditer(text)]
    out += [m.span("role") for m in _REGION_ROLE_RE.finditer(text)]
    # "By Herald staff", "By Oder Courier staff": a staff credit names no writer; the outlet gives no type
    # there (round-34 A9)
    out += [(m.start(), m.end()) for m in _STAFF_BYLINE_RE.finditer(text)]
    # "By Ana Ruiz, correspondent | Canal Sur Noticias": the role and the outlet too (round-33 A1)
    for m in _ROLE_BYLINE_RE.finditer(text):
        out += [(m.start(), m.start("name")), (m.end("name"), m.end())]
    # "By Lena Hart | Photographs by Tashi Norbu": a byline line with a photo credit (round-27 A5);
    # the writers' names are cut out again where the candidates are found
    out += [(m.start(), m.end()) for m in _FILED_LINE_RE.finditer(text)
            if "|" in m.group(0) and _CREDIT_BY_RE.search(m.group(0).split("|", 1)[1])]
    return [(a, b) for a, b in out if text[a:b].strip()]


# "By Ana Ruiz, correspondent | Canal Sur Noticias", "By Ivo Petrak, senior reporter": a byline with the
# writer's role in lower case (and maybe an outlet after a pipe) on a line of its own (round-33 A1).
_ROLE_BYLINE_RE = re.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|del|"
                             r"van|von|bin|al|el)){1,3})[ \t]*,[ \t]*[a-z][a-z -]{2,40}(?:[ \t]*[|,–—][^\n]{0,80})?$")
# "By Karim Haddad, North Africa correspondent": a region before the writer's role names no place (round-34 A9);
# the writer's name is left to the model (golds of earlier sets keep such a writer)
_REGION_ROLE_RE = re.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|del|van|von|"
                             r"bin|al|el)){1,3}[ \t]*,[ \t]*(?P<role>(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){1,3}"
                             r"(?i:correspondent|reporter|editor|bureau chief|writer|contributor))[ \t]*$")
_STAFF_BYLINE_RE = re.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){1,4}"
                              r"(?:staff|Staff|STAFF|correspondents?|reporters?|desk|Desk)[ \t]*\.?[ \t]*$")
# Words of a staff credit that name no person ("By Staff Reporter", "By Our Correspondent").
_NOT_WRITER = frozenset("staff our reporter reporters correspondent correspondents editor editors agencies agency "
                        "desk news team bureau writer writers wire wires newsroom online web service".split())
_BY_PIPE_RE = re.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){1,3})"
                         r"[ \t]*(?:\||[-–—][ \t]+\w)")


def byline_names(text: str, m: re.Match | None = None) -> list[tuple[int, int]]:
    """Round 24 (A7): the writers a byline names ("By Marko Tamm", "By A and B,
    Nairobi", "By Dana Haddad | September 10, 2026") are people -- no actors of
    the story, but named in it; the town after the comma stays no entity."""
    matches = [m] if m is not None else [*_BYLINE_RE.finditer(text), *_BY_PIPE_RE.finditer(text),
                                         *_EDITOR_RE.finditer(text, 0, _top_end(text)), *_ROLE_BYLINE_RE.finditer(text)]
    out = [] if m is not None else [n for *_, names in _filed_bylines(text) for n in names] + credited_names(text)
    for hit in matches:
        if hit.re is _BY_PIPE_RE or hit.re is _EDITOR_RE or hit.re is _ROLE_BYLINE_RE:
            a, b = hit.span("name")
        else:
            a = hit.start() + len(hit.group(0)) - len(hit.group(0).lstrip()) + 3
            b = hit.end()
            comma = text.find(",", a, b)
            b = comma if comma >= 0 else b
        names = text[a:b]
        cuts = [0, *(x for sep in re.finditer(r"\s+(?:and|&)\s+", names) for x in sep.span()), len(names)]
        for i in range(0, len(cuts), 2):
            part = names[cuts[i]:cuts[i + 1]]
            words = part.split()
            if len(words) < 2 or any(w.lower().strip(".") in _NOT_WRITER for w in words):
                continue
            lead = len(part) - len(part.lstrip())
            span = (a + cuts[i] + lead, a + cuts[i] + len(part.rstrip(". \t")))
            if not any(x < span[1] and span[0] < y for x, y in out):
                out.append(span)
    return out


# "LAKES WEEKLY — Issue 19\nEdited by Maria Lind": a newsletter's editor under its masthead is a person
# (round-29 S2); the closing "(Editing by ...)" of a wire story stays unnamed.
_EDITOR_RE = re.compile(r"(?m)^[ \t]*(?:Edited|Compiled|Curated)[ \t]+by[ \t]+"
                        r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|van|von)){1,3})[ \t]*$")


def _top_end(text: str) -> int:
    """Where the top of a text (its masthead lines) ends: at the first line of a sentence's length."""
    long_line = re.search(r"(?m)^[^\n]{120,}$", text)
    return min(long_line.start() if long_line else len(text), 800)


# Round 27 (A5): the photographers of a byline line ("By Lena Hart | Photographs by Tashi Norbu");
# their towns and the credit words stay skipped ("Photographs" is no person).
_CREDIT_WORDS = r"(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ee]dited|" \
                r"[Pp]hotographs|[Pp]hotography|[Pp]hotos|[Pp]hoto|[Pp]ictures|[Ii]mages|[Vv]ideo|[Gg]raphics?|" \
                r"[Ii]llustrations?|[Rr]esearch)"
_CREDIT_BY_RE = re.compile(rf"{_CREDIT_WORDS}\s+by\s+(?P<names>[^;|()\n]+)")
_CREDIT_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|del|van|von|bin|al|el)){1,3}"


def credited_names(text: str) -> list[tuple[int, int]]:
    """Spans of the people a closing staff credit or a byline line's photo credit names."""
    # the closing "(Reporting by A in X; editing by B)" stays unnamed: the gold of earlier sets names
    # no one there, so only a byline line's photo credit gives people
    regions = [(m.start(), m.end()) for m in _FILED_LINE_RE.finditer(text) if "|" in m.group(0)]
    out: list[tuple[int, int]] = []
    for a, b in regions:
        for m in _CREDIT_BY_RE.finditer(text, a, b):
            base = m.start("names")
            names = m.group("names")
            # "A in Sofia and B in Bucharest", "A, B and C": each writer, without the town filed from
            for part in re.finditer(r"[^,]+?(?=\s+(?:and|&)\s+|,|$)", names):
                chunk = re.sub(r"^\s*(?:and|&)\s+", "", part.group(0))
                who = re.match(rf"\s*({_CREDIT_NAME})(?=\s+in\s|\s*$)", chunk)
                if who is None or any(w.lower().strip(".") in _NOT_WRITER for w in who.group(1).split()):
                    continue
                x = base + part.start() + (len(part.group(0)) - len(chunk)) + who.start(1)
                span = (x, x + len(who.group(1).rstrip(".")))
                if text[span[0]:span[1]] and not any(s < span[1] and span[0] < e for s, e in out):
                    out.append(span)
    return out


# Round 26 (A6): "By Siti Rahma in Medan and Daniel Tan in Penang", "By Mele Taufa, Island Times |
# Friday 3 May 2026": a byline line whose writers filed from towns or work for an outlet. The line
# holds only capitalised words, numbers, separators and a few joiners; the writers (two to four
# capitalised words before "in", "and", "," or "|") stay people, every other name on it is skipped.
_FILED_LINE_RE = re.compile(r"(?m)^[ \t]*(?:By|BY)[ \t]+[A-ZÀ-Ý][^\n]{0,150}$")
_LINE_JOINERS = frozenset("in and & de da del van von bin al el of the for".split())


def _filed_bylines(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, writer ranges) of bylines with towns ("in X") or an outlet and a pipe."""
    out = []
    for m in _FILED_LINE_RE.finditer(text):
        line = m.group(0)
        if not re.search(r"\s(?:in|IN)\s|\|", line) or _BYLINE_RE.fullmatch(line):
            continue  # a plain byline is ``_BYLINE_RE``'s
        words = re.findall(r"[^\s|,;:–—-]+", line)[1:]
        if not all(w[:1].isupper() or w[:1].isdigit() or w in _LINE_JOINERS for w in words):
            continue  # "By Monday the two sides ...": a sentence
        head_end = min([i for i in (line.find("|"), line.find(",")) if i >= 0] or [len(line)])
        a = m.start() + len(line) - len(line.lstrip()) + 3
        names = []
        for part in re.finditer(r"[^\n|,]+?(?=\s+(?:and|&)\s+|$)", text[a:m.start() + head_end]):
            who = re.split(r"\s+(?:in|IN)\s+", part.group(0).strip(), maxsplit=1)[0]
            who = re.sub(r"^(?:and|&)\s+", "", who)
            if 2 <= len(who.split()) <= 4 and not any(w.lower().strip(".") in _NOT_WRITER for w in who.split()):
                x = text.find(who, a + part.start())
                names.append((x, x + len(who)))
        if names:
            out.append((m.start(), m.end(), names))
    return out


def dateline_outlets(text: str) -> set[str]:
    """Names of the outlets a wire dateline gives in brackets ("Rift Wire")."""
    return {" ".join(m.group(2).split()) for m in DATELINE_OUTLET_RE.finditer(text)
            if not re.search(r"\d", m.group(2))}


def outlet_mentions(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where the story cites a dateline's outlet by name outside the dateline
    ("A minister told Andes Wire ..."): the whole name, not a place "Andes"."""
    out = []
    for name in dateline_outlets(text):
        pattern = r"\s+".join(re.escape(w) for w in name.split())
        for m in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", text):
            if not any(s <= m.start() and m.end() <= e for s, e in ranges):
                out.append((m.start(), m.end(), name))
    return out


# Round 33 (A1): a byline's writer is a document detail, no actor of the story: "By Marta Keller" under
# the headline names no Person unless the body names the writer again ("Keller reported live from ...",
# '"...," Marta Keller said', "Keller is a columnist for ...") or the piece is the writer's own, told in
# the first person ("I told the ministry that ...": the author of a signed opinion piece speaks in it).
_FIRST_PERSON_RE = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|my|My)(?![\w'’])")
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def acting_writers(text: str, writers: list[tuple[int, int]], ranges: list[tuple[int, int]],
                   body_start: int = 0) -> list[tuple[int, int]]:
    """The byline writers the story names again outside its credits, or who write in the first person."""
    def outside(a: int, b: int) -> bool:
        return a >= body_start and not any(s <= a and b <= e for s, e in ranges) \
            and not any(s <= a < e for s, e in writers)
    unquoted = _QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text)
    first_person = sum(1 for m in _FIRST_PERSON_RE.finditer(unquoted, body_start) if outside(m.start(), m.end()))
    out = []
    editors = {m.span("name") for m in _EDITOR_RE.finditer(text, 0, _top_end(text))}  # a masthead's editor stays
    for a, b in writers:
        if (a, b) in editors:
            out.append((a, b))
            continue
        words = [w for w in re.findall(r"[\w'’.-]+", text[a:b]) if w[:1].isupper() and len(w.strip(".")) > 1]
        names = {" ".join(text[a:b].split()), *(words[-1:] if words else [])}
        again = any(outside(m.start(), m.end()) for n in names
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(n)}(?![\w-])", text))
        if again or first_person >= 2:
            out.append((a, b))
    return out
