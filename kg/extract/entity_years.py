"""Years of agreements, for references qualified by a year.

"The 1974 accord" names the agreement of 1974; with none of that year named,
an agreement the text gives no year (never one of another year, nor a
memorandum still under negotiation); with none, an agreement of its own.
"The 1995 Danube Agreement" is the formal convention signed in 1995 that the
text names in full. An agreement's years come from its names ("1968 Treaty of X"), the
gazetteer's signing date, and a signing verb with a year in a sentence that
names it ("..., signed in Sofia in 1994").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import agreement_status, lexicon
from kg.extract.state import MentionRef, State

YEAR_RE = re.compile(r"(?<![\w-])((?:1[89]|20)\d\d)(?![\w-])")
_SIGN_VERBS = r"signed|concluded|adopted|agreed|reached|struck|inked|ratified|negotiated|drawn up|dating|dated|dates"
# "X, signed in Sofia in 1994", "X, which was concluded in 1994": the clause right after the name
_SIGNED_AFTER = re.compile(rf"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                           rf"(?:first\s+|originally\s+|jointly\s+)?(?:{_SIGN_VERBS})\b"
                           # an optional place of signing ("in Lome, Togo,"), then the date
                           rf"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?)?"
                           rf"\s+(?:in|on)\s+(?:[\w ]{{0,20}}?,?\s)?((?:1[89]|20)\d\d)(?![\w-])")
_OF_YEAR_AFTER = re.compile(r"^\s*(?:\(|,)?\s*(?:of|from|in)\s+((?:1[89]|20)\d\d)(?![\w-])")
# "In 1994, A and B signed the X": the year, a signing verb and the name as its object
_YEAR_BEFORE = re.compile(rf"\b[Ii]n\s+((?:1[89]|20)\d\d),?\s+[^.;]{{0,60}}?\b(?:{_SIGN_VERBS})\s+(?:the\s+|a\s+|an\s+)?$")


def agreement_years(state: State) -> dict[str, set[str]]:
    """key -> the years the text or the data give each named agreement."""
    out: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.type != "Agreement" or entity.unnamed:
            continue
        years = set()
        for name in (entity.label, *entity.aliases):
            years.update(YEAR_RE.findall(name))
        entry = state.gaz.lookup(entity.label)
        if entry is not None and entry.signed:
            years.add(entry.signed[:4])
        for m in state.mentions:
            if m.key != key or m.start < state.body_start:
                continue
            sent = state.sentence_of(m.start)
            sent_end = sent[-1].idx + len(sent[-1].text) if sent else len(state.text)
            sent_start = sent[0].idx if sent else 0
            years.update(YEAR_RE.findall(state.text[m.start:m.end]))
            after = state.text[m.end:sent_end]
            hit = _OF_YEAR_AFTER.match(after) or _SIGNED_AFTER.match(after)
            if hit:
                years.add(hit.group(1))
            before = _YEAR_BEFORE.search(state.text[sent_start:m.start])
            if before:
                years.add(before.group(1))
        out[key] = years
    return out


_FORMALLY = re.compile(r",?\s+(?:formally|officially|properly|in\s+full)\s+"
                       r"(?:known\s+as\s+|called\s+|titled\s+|named\s+)?(?:the\s+)?")


def formally_named(state: State, pos: int) -> str | None:
    """'The 1974 accord, formally the Agreement between A and B on ...': the
    agreement named right after 'formally' at ``pos``."""
    m = _FORMALLY.match(state.text, pos)
    if m is None:
        return None
    hit = next((x for x in state.mentions if x.start == m.end() and state.entity_type(x.key) == "Agreement"), None)
    return hit.key if hit is not None else None


def agreement_of_year(state: State, named: list[MentionRef], years: dict[str, set[str]], year: str,
                      content: list[str], pos: int) -> str | None:
    """The one named agreement of ``year`` a reference means (sharing its
    content words when several are of that year, else the nearest before);
    None when the text names no agreement of that year."""
    keys = {x.key for x in named if year in years.get(x.key, set())}
    if not keys:
        return None
    if len(keys) > 1 and content:
        sharing = {k for k in keys if {w.lower() for w in content}
                   & {w.lower() for n in (state.entities[k].label, *state.entities[k].aliases) for w in n.split()}}
        keys = sharing or keys
    if len(keys) == 1:
        return next(iter(keys))
    before = [x for x in named if x.key in keys and x.start <= pos]
    return (before[-1] if before else next(x for x in named if x.key in keys)).key


# Kinds of agreement that are not signed accords: "the 1974 accord" is no memorandum.
_UNSIGNED_KINDS = frozenset("memorandum understanding declaration framework mou roadmap".split())
# "a road map" is such a kind too, but "road" alone is not ("the Agreement on the X Road Bridge")
_ROAD_MAP_RE = re.compile(r"\broad\s+map\b", re.I)


def may_be_of_year(state: State, key: str, years: dict[str, set[str]], noun: str, year: str | None = None) -> bool:
    """Can a reference '<year> <noun>' mean agreement ``key`` whose year the text
    does not give? Not when it has another year, nor a memorandum or declaration
    for "the 1974 accord" (an understanding still under negotiation is no accord of 1974),
    nor, when the year lies well before the report, an agreement the text introduces as
    new ("talks on a new river treaty ... the 2004 accord") or shows being made now
    ("initialled the text of the X Agreement ... under the 1961 treaty"): a text still
    under talks was not made in a year long past."""
    if years.get(key):
        return False
    entity = state.entities[key]
    names = (entity.label, *entity.aliases)
    words = {w.lower() for n in names for w in n.split()}
    if (words & _UNSIGNED_KINDS or any(_ROAD_MAP_RE.search(n) for n in names)) and noun not in words:
        return False
    return not (year is not None and old_year(state, year)
                and (_introduced_new(state, key) or _made_now(state, key)))


def old_agreement(state: State, key: str, years: dict[str, set[str]]) -> bool:
    """Does the text date agreement ``key`` only to years well before the report
    ("the 2004 accord")? Such an agreement is no "new treaty"."""
    own = years.get(key, set())
    return bool(own) and all(old_year(state, y) for y in own)


def old_year(state: State, year: str, gap: int = 2) -> bool:
    """Is ``year`` ``gap`` or more years before the report's date?"""
    date = state.document.date or ""
    return date[:4].isdigit() and int(year) <= int(date[:4]) - gap


def _introduced_new(state: State, key: str) -> bool:
    """An agreement described, not named (a lower-case label), whose first mention
    says it is new ("a new river navigation treaty", "the proposed accord")."""
    entity = state.entities[key]
    if entity.label[:1].isupper():
        return False  # a formal name: "a revised X Agreement" may be the one of that year
    body = sorted((m for m in state.mentions if m.key == key and m.start >= state.body_start), key=lambda m: m.start)
    if not body:
        return False
    m = body[0]
    before = state.text[max(0, m.start - 30):m.start].lower().split()
    own = state.text[m.start:m.end].lower().split()
    return bool(set(before[-2:] + own[:1]) & lexicon.words("new_text_words"))


def _made_now(state: State, key: str) -> bool:
    """Does the text show agreement ``key`` still being made (under talks, initialled, to be
    signed: status 'prospective') and never as an older text under review ("talks on
    revising the X Treaty" is about a treaty that may well be of a year long past)?"""
    if _under_review(state, key):
        return False
    if any(_TALKED_OF_NOW_RE.search(state.text, max(state.sentence_of(m.start)[0].idx, m.start - 60), m.start)
           for m in state.mentions if m.key == key and m.start >= state.body_start):
        return True  # "met on Monday to discuss the X Agreement": the text on the table now
    return agreement_status.agreement_status(state, key) == "prospective"


# "to discuss the", "were finalising a": the text a meeting works on (agreement_status reads talks and
# negotiating, not discussing)
_TALKED_OF_NOW_RE = re.compile(r"\b(?:discuss|discussing|finali[sz]e|finali[sz]ing)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=1)
def _review_words() -> frozenset[str]:
    """Words (or lemmas) that make a text the object of a revision, not a text being made."""
    return (agreement_status.RENEGOTIATION - {"negotiate"}) | lexicon.words("revision_words")


def _under_review(state: State, key: str) -> bool:
    """Is a mention of ``key`` the object of a revision ("to modernise the X", "a review of
    the X", "amendments to the X", "the revised text of the X")? Up to six words before it in its
    sentence."""
    review = _review_words()
    for m in state.mentions:
        if m.key != key or m.start < state.body_start:
            continue
        sent = state.sentence_of(m.start)
        before = [t for t in sent if t.idx < m.start][-6:]
        if any(t.lemma_.lower() in review or t.lower_ in review for t in before):
            return True
    return False


_NAME_STOP = lexicon.words("title_function_words")


def year_twins(state: State) -> list[tuple[str, str]]:
    """(short, formal) pairs: 'the 1998 Volta Agreement' beside 'the Convention
    on ... the Volta River, signed ... in 1998' is that convention: a short name
    given with a year whose words all stand in the title of the one agreement
    of that year."""
    from kg.extract.entity_types import agreement_nouns  # late: avoids an import cycle

    years = agreement_years(state)
    kinds = {n.lower() for n in agreement_nouns()}
    pairs = []
    for key, entity in state.entities.items():
        if entity.type != "Agreement" or entity.unnamed or YEAR_RE.search(entity.label):
            continue
        dated = [a for a in entity.aliases if YEAR_RE.match(a)]
        if not dated:
            continue
        year = YEAR_RE.match(dated[0]).group(1)
        words = {w.lower() for w in entity.label.split()} - kinds - _NAME_STOP
        if not words:
            continue
        twins = [k for k, ys in years.items() if k != key and year in ys
                 and len(state.entities[k].label) > len(entity.label)
                 and words <= {w.lower().strip(",") for w in state.entities[k].label.split()}]
        if len(twins) == 1:
            pairs.append((key, twins[0]))
    return pairs
