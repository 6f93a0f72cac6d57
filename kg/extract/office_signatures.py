"""The signature line of a letter printed in full (round-31 S3), and the answering minister
of a written parliamentary answer (round-31 S2).

    Ama Boateng, Chair, Union of Small Farmers, Tamale, 3 May 2026
    Kofi Mensah
    General Secretary, Coast Traders' Association

A line of its own that opens with the signer's name, then a short title (a title word:
"Chair", "General Secretary", "President") and the body the signer speaks for, maybe a
town and a date after it: the signer holds the title and represents the body (not a state).
The body must be one the text names (an organisation mention on the line, or a body named
elsewhere with the same words).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import ORG_TYPES, Office
from kg.extract.state import MentionRef, State

_TITLE_WORDS = r"[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+the|of|for|[A-Z][\w-]*)){0,3}"
# the rest of the name's line, or the next line alone: ", Chair, Union of Small Farmers[, Tamale][, 3 May 2026]"
_SAME_LINE_RE = re.compile(rf"[ \t]*,[ \t]*(?P<title>{_TITLE_WORDS})[ \t]*,[ \t]*(?P<body>[^,\n]+?)[ \t]*(?:,[^\n]*)?$",
                           re.MULTILINE)
_NEXT_LINE_RE = re.compile(rf"[ \t]*\n[ \t]*(?P<title>{_TITLE_WORDS})[ \t]*,[ \t]*(?P<body>[^,\n]+?)[ \t]*(?:,[^\n]*)?$",
                           re.MULTILINE)


# the posts a letter's signer gives besides the usual title words
_LETTER_TITLES = frozenset("member counsellor counselor attache attaché".split())
_JOINERS = frozenset("of for the and de del da do du des la le".split())


def signature_title(state: State, mention: MentionRef) -> Office | None:
    """The signer's title and body from a signature line (see the module docstring)."""
    line_start = state.text.rfind("\n", 0, mention.start) + 1
    if state.text[line_start:mention.start].strip():
        return None  # the name opens its line
    for rx in (_SAME_LINE_RE, _NEXT_LINE_RE):
        hit = rx.match(state.text, mention.end)
        if hit is None:
            continue
        line = state.text[mention.end:hit.end()]
        if any(w[:1].islower() and w not in _JOINERS for w in re.findall(r"[^\W\d_][\w'’-]*", line)):
            continue  # "X, Director, Ministry of Trade, said ...": a sentence, no signature
        words = hit.group("title").lower().split()
        if not words or words[-1] not in lexicon.words("title_core") | _LETTER_TITLES \
                and words[0] not in lexicon.words("title_core"):
            continue
        body = _body(state, hit.start("body"), hit.end("body"))
        if body is None:
            continue
        title = " ".join(hit.group("title").split())
        if state.entity_type(body) == "GovernmentAgency":
            # "Member, National Legislative Assembly, Juba" / "Press Counsellor, Embassy of the
            # Republic of the Sudan, Nairobi" (round-32 O3): a state body's member or diplomat
            # acts for its state, found as for any title of a state body
            return Office(mention.key, title, hit.span("title"), body, (line_start, hit.end()))
        office = Office(mention.key, title, hit.span("title"), body, (line_start, hit.end()), no_context=True)
        office.org, office.org_is_employer = body, True
        return office
    return None


def _body(state: State, start: int, end: int) -> str | None:
    """The organisation named by the words ``start:end`` (its mention there, or a body of the
    same name elsewhere in the text)."""
    words = " ".join(state.text[start:end].split())
    for m in state.mentions_in(start, end, ORG_TYPES | {"MediaOrganization"}):
        if not state.entities[m.key].unnamed:
            return m.key
    for key, entity in state.entities.items():
        if entity.type in ORG_TYPES and not entity.unnamed and words in {entity.label, *entity.aliases}:
            return key
    for key, entity in state.entities.items():
        # "Chair, Union of Small Farmers" read as one name: the body is its tail
        if entity.type in ORG_TYPES and not entity.unnamed and entity.label.endswith(", " + words):
            return key
    return None


# "ANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF COMMERCE\n(SHRI VIKRAM RAO)": the title line
# right above the name in brackets; the office is the words before "IN THE MINISTRY/DEPARTMENT"
_ANSWER_TITLE_RE = re.compile(r"(?:^|\n)[ \t]*(?:THE[ \t]+)?(?P<title>[A-Z][A-Za-z -]*?)(?:[ \t]+(?:IN|OF|FOR)[ \t]+(?:THE[ \t]+)?"
                              r"(?:MINISTRY|DEPARTMENT)\b[^\n]*)?[ \t]*\n[ \t]*\([ \t]*$")


def answer_title(state: State, mention: MentionRef) -> Office | None:
    """The answering minister of a written answer: "(SHRI VIKRAM RAO)" on a line of its own under
    the upper-case title line -> "Minister of State" (the country: the one the news part names
    as a possessive owner, when the other fallbacks find none)."""
    line_start = state.text.rfind("\n", 0, mention.start) + 1
    lead = state.text[line_start:mention.start]
    if not re.fullmatch(r"[ \t]*\([ \t]*(?:(?:SHRI|SMT|DR|KUMARI|MR|MRS|MS|HON)\.?[ \t]+)?", lead, re.I):
        return None
    if not re.match(r"[ \t]*\)[ \t]*(?:\n|$)", state.text[mention.end:mention.end + 4]):
        return None
    hit = _ANSWER_TITLE_RE.search(state.text, max(0, line_start - 160), state.text.find("(", line_start) + 1)
    if hit is None:
        return None
    words = hit.group("title").split()
    if not words or words[-1].lower() not in lexicon.words("title_core") and not any(
            w.lower() in lexicon.words("title_core") for w in words):
        return None
    title = " ".join(w.lower() if w.lower() in {"of", "for", "and", "the", "in"} else w.capitalize() for w in words)
    if not title.upper().startswith(("MINISTER", "DEPUTY", "SECRETARY", "PARLIAMENTARY", "STATE", "UNION", "ASSISTANT")):
        return None
    office = Office(mention.key, title, hit.span("title"), None, (hit.start("title"), mention.end))
    home = _possessive_home(state)
    if home is not None:
        office.side = office.country = home
    return office


def _possessive_home(state: State) -> str | None:
    """The country a written answer's news part names as an owner ("India's exports through
    Petrapole fell, the government told parliament"): the first such country, if only one is."""
    owners = []
    for m in state.mentions:
        if m.start >= state.body_start and state.entity_type(m.key) == "Country" \
                and re.match(r"['’]s\s", state.text[m.end:m.end + 3]):
            owners.append(m.key)
    return owners[0] if len(set(owners)) == 1 else None
