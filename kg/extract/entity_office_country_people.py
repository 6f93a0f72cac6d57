"""A country fused into the name of the person after an office "of" it:

    Deputy Minister of Foreign Affairs of Georgia Tamaz Beridze arrived ...

The model reads 'Georgia Tamaz Beridze' as one name (an organisation or a
person): a country that is also a given name ('Georgia', 'Chad', 'Jordan')
runs into the name after it. After an office title and 'of', a known country
followed by two to four capitalised words is the office's country and the
office holder's name, never one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# the holder's name: two to four capitalised words (initials and hyphens allowed)
_NAME_RE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,3}")


@lru_cache(maxsize=1)
def _office_of_re() -> re.Pattern[str]:
    # "<title word> ... of " within the same clause, right before the country
    heads = lexicon.alternation("title_heads")
    return re.compile(rf"\b(?:{heads})\b[^.;:!?\n\"“”]{{0,60}}?\bof\s+$", re.IGNORECASE)


def _body_words() -> frozenset[str]:
    return lexicon.words("org_heads") | lexicon.words("agency_words")


def split_office_countries(found: list[Candidate], state: State) -> list[Candidate]:
    """Replace 'Georgia Tamaz Beridze' after '... of' by the country and the person."""
    text = state.text
    out: list[Candidate] = []
    body = {w.lower() for w in _body_words()}
    for cand in found:
        pieces = None
        if cand.source != "gaz" and cand.type in ("Organization", "Person", "GovernmentAgency"):
            pieces = _split(cand, state, text, body)
        out.extend(pieces or [cand])
    return out


def _looks_personal(name: list[str], cand: Candidate, text: str) -> bool:
    """A known given name first, or the last word used again alone ('Beridze said'): a person,
    not a body's name ('Chad Oil Refinery')."""
    if name[0] in lexicon.given_names():
        return True
    alone = re.compile(rf"(?<![\w'’-]){re.escape(name[-1])}(?![\w'’-])(?! [A-ZÀ-Þ])")
    return any(not (cand.start <= m.start() < cand.end) for m in alone.finditer(text))


def _split(cand: Candidate, state: State, text: str, body: set[str]) -> list[Candidate] | None:
    if not _office_of_re().search(text[max(0, cand.start - 90):cand.start]):
        return None
    words = cand.text.split(" ")
    for n in range(min(3, len(words) - 2), 0, -1):  # longest country first ("Papua New Guinea ...")
        country = " ".join(words[:n])
        entry = state.gaz.lookup(country)
        if entry is None or entry.type != "Country":
            continue
        rest = " ".join(words[n:])
        if not _NAME_RE.fullmatch(rest) or any(w.lower() in body for w in words[n:]):
            return None
        if not _looks_personal(words[n:], cand, text):
            return None
        split = cand.start + len(country) + 1
        return [Candidate(cand.start, cand.start + len(country), country, "Country", "gaz", entry),
                Candidate(split, cand.end, rest, "Person", "rule")]
    return None
