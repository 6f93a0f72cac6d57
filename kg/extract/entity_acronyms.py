"""Names delimited by the acronym that follows them.

"The Romanian Shipping and River Ports Authority (RSRPA) said": the letters of
the acronym are the initials of the name's capitalised words, read backwards
from the bracket, skipping the small words ("and", "of", "for", "the", "de").
Where the initials run out the name starts, so the whole name is found even
when it holds "and" or a demonym that the statistical NER would cut it at
("Bulgarian Water and Sanitation Services Enterprise (BWSSE)").

Only names whose head word is an organisation or agreement word are made: an
acronym of a person ("(AMLO)") or of a phrase names nothing here.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import UPPER
from kg.extract.entity_types import ORG_TAIL_WORDS, Candidate, agreement_nouns, classify_org
from kg.extract.entity_types import head_word as _head_word
from kg.extract.entity_orgs import LEGAL_FORM_RE
from kg.extract.state import State

# Small words inside a name: they give no letter to its acronym.
_SKIP = frozenset("and of for the on in to de du des la le del da di van von und et y & at".split())
# "Name Words (NW)", "Name Words, or NW,": the acronym after the name.
# "(MoP)", "(WAPCo)", "(KenGen)": mixed-case acronyms, two capitals at least (round-23 class A13)
MIXED_ACRONYM = rf"[{UPPER}](?:[a-z]{{1,2}}(?=[{UPPER}]))?(?:[{UPPER}](?:[a-z]{{1,2}}(?=[{UPPER}]))?)+[a-z]{{0,2}}"
_ACRONYM_RE = re.compile(rf"\(([{UPPER}]{{2,8}}|(?=[\w]{{3,10}}\)){MIXED_ACRONYM})\)|"
                         r"(?<=,)\s*or\s+([A-Z]{2,8})\b(?=\s*[,.;)])")
# "NW (Name Words)": the name in brackets after its acronym.
_EXPANSION_RE = re.compile(r"(?<![\w'’-])([A-Z]{2,8}) \(([^()\n]{5,140})\)")
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*|&|,")
_MAX_WORDS = 14
# Heads of operators' and companies' names that the organisation lexicon leaves out.
_COMPANY_HEADS = frozenset("Railway Railways Railroad Airways Airlines Berhad Bhd Tbk Shipping Lines Logistics "
                           "Petroleum Mining".split())


def _letters(word: str) -> list[str]:
    """The initials a capitalised word can give: 'Narva-Ivangorod' -> 'NI' or 'N';
    'EU' -> 'EU' or 'E'; 'River' -> 'R'."""
    out = [word[0]]
    parts = [p for p in word.split("-") if p]
    hyphen = "".join(p[0] for p in parts if p[:1].isupper())
    if len(hyphen) > 1:
        out.append(hyphen)
    if word.isupper() and 1 < len(word) <= 4 and word.isalpha():
        out.append(word)
    return out


def _match(words: list[str], acronym: str) -> int | None:
    """Index of the first word of the name whose initials, read backwards from
    the end of ``words``, spell ``acronym`` exactly; None when they do not."""

    def walk(i: int, rest: str) -> int | None:
        if not rest:
            return i + 1
        if i < 0:
            return None
        word = words[i]
        if word == ",":  # "Department for Environment, Food and Rural Affairs"
            return walk(i - 1, rest) if i + 1 < len(words) and words[i + 1] != "," else None
        if word.lower() in _SKIP and not word[:1].isupper():
            return walk(i - 1, rest) if i + 1 < len(words) else None
        if not word[:1].isupper():
            return None
        for letters in sorted(_letters(word), key=len, reverse=True):
            if rest.endswith(letters.upper()):
                found = walk(i - 1, rest[: -len(letters)])
                if found is not None:
                    return found
        return None

    return walk(len(words) - 1, acronym)


def head_word(name: str) -> str:
    """The word that says what a name is ('Institute for Transport' -> Institute)."""
    return _head_word(name.split())


def type_of_acronym_name(name: str) -> str | None:
    """Agreement / an organisation kind from the head word; None for other heads."""
    head = head_word(name)
    if head in agreement_nouns():
        return "Agreement"
    if head in lexicon.words("org_heads") | ORG_TAIL_WORDS | lexicon.words("bare_org_heads") \
            or head in {"Enterprise", "Enterprises", "Institution", "Utility", "Programme", "Program", "Mission", "Works"}:
        return classify_org(name)
    # "Keretapi Tosa Berhad (KTB)", "State Railway of Tarvia (SRT)": a legal form or an operator's word
    # ends a company's name (round-21 class A3)
    if head in _COMPANY_HEADS or LEGAL_FORM_RE.fullmatch(name.split()[-1]):
        return classify_org(name)
    return None


def acronym_names(state: State) -> list[Candidate]:
    """A candidate for every 'Name Words (NW)' whose initials spell the acronym."""
    text = state.text
    out: list[Candidate] = []
    for m in _ACRONYM_RE.finditer(text):
        acronym = m.group(1) or m.group(2)
        if not acronym.isupper():
            acronym = "".join(ch for ch in acronym if not ch.islower())  # "MoP" spells "M ... P"
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 220):m.start()]
        if m.group(2):
            before = before[:-1] + " " if before.endswith(",") else before  # the comma before "or NW"
        if not before.endswith(" "):
            continue
        # Only the current sentence: stop at the last sentence break before the bracket.
        cut = max(before.rfind(". "), before.rfind("; "), before.rfind(": "), before.rfind("? "), before.rfind("! "))
        if cut >= 0:
            before = before[cut + 2:]
        offset = m.start() - len(before)
        tokens = list(_WORD_RE.finditer(before))[-_MAX_WORDS:]
        words = [t.group(0) for t in tokens]
        if words and words[-1] == ",":
            words, tokens = words[:-1], tokens[:-1]
        first = _match(words, acronym)
        if first is None:
            first = _foreign_acronym_start(words)  # "State Hydraulic Works (DSİ)": initials of another language
        if first is None or first >= len(words) or len([w for w in words[first:] if w[:1].isupper()]) < 2:
            continue
        if re.search(r"['’]s$", words[first]) and len([w for w in words[first + 1:] if w[:1].isupper()]) >= 2:
            first += 1  # "Uganda's Revenue Service (URS)": the owner spells a letter but is no part of the name
        start = offset + tokens[first].start()
        end = offset + tokens[-1].end()
        name = text[start:end]
        type_ = type_of_acronym_name(name)
        if type_ is None:
            continue
        out.append(Candidate(start, end, name, type_, "rule", state.gaz.lookup(name)))
    for m in _EXPANSION_RE.finditer(text):
        tokens = list(_WORD_RE.finditer(m.group(2)))
        words = [t.group(0) for t in tokens]
        if not words or not words[0][:1].isupper() or _match(words, m.group(1)) != 0:
            continue
        start, end = m.start(2), m.start(2) + tokens[-1].end()
        name = text[start:end]
        type_ = type_of_acronym_name(name)
        if type_ is not None:
            out.append(Candidate(start, end, name, type_, "rule", state.gaz.lookup(name)))
    return out


def _foreign_acronym_start(words: list[str]) -> int | None:
    """Index of the first word of the capitalised run before a bracketed acronym
    whose initials are those of the name in another language ("Turkey's State
    Hydraulic Works (DSİ)", from "Devlet Su İşleri"): the run starts after an
    owner's "'s" or a lower-case word; small words inside it are kept. The
    caller keeps the name only when its head word is a body's."""
    i = len(words) - 1
    while i >= 0 and (words[i][:1].isupper() and not re.search(r"['’]s$", words[i])
                      or words[i].lower() in _SKIP and i < len(words) - 1 and words[i + 1][:1].isupper()):
        i -= 1
    first = i + 1
    while first < len(words) and (words[first].lower() in _SKIP or words[first] in {"The", "A", "An"}):
        first += 1
    caps = [w for w in words[first:] if w[:1].isupper()]
    return first if 2 <= len(caps) <= 6 else None


def prefer_acronym_names(found: list[Candidate], names: list[Candidate], text: str = "") -> list[Candidate]:
    """Drop every other candidate that overlaps an acronym-checked name: the
    acronym proves where the name starts and ends (a gazetteer name of the very
    same span stays, it knows the type better). A candidate that starts before
    the name ('Ministry of Transport and the Latvian Road Administration (LRA)')
    keeps its part before it."""
    spans = [(c.start, c.end) for c in names]
    kept = []
    for c in found:
        hits = [(s, e) for s, e in spans if c.start < e and s < c.end]
        if not hits or c.source == "gaz" and (c.start, c.end) in spans:
            kept.append(c)
            continue
        first = min(s for s, _ in hits)
        if text and c.start < first:
            head = re.sub(r"(?:[\s,]+(?:and|the|of|for|&))*[\s,]*$", "", text[c.start:first])
            if len(head.split()) >= 2 and head[:1].isupper():
                c.end = c.start + len(head)
                c.text = head
                c.gaz = None
                kept.append(c)
    return kept + names
