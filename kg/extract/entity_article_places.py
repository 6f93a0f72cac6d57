"""Place names with a lower-case Arabic article (round-26 class A9).

"farmland in al-Qasr", "the district of el-Obeid": a name written with a
lower-case article ("al-", "el-", "ad-", "ash-" ...) after a place preposition
or "the district/town/village of" is a Place, labelled as written. The same
name opening a sentence ("Al-Qasr lies between ...") is that place too (the
capital is the sentence's). People with such names ("al-Burhan said") are left
to the person rules: only the place contexts make a place.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ARTICLES = "al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|et|ez|ech|el"
_NAME_RE = re.compile(rf"(?<![\w'’-])(?P<art>{_ARTICLES})-(?P<rest>[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)?)(?![\w-])", re.I)


def article_places(state: State) -> list[Candidate]:
    text = state.text
    # "a letter from al-Burhan", "said to al-Sisi": people too follow "from" and "to"; these never do
    preps = "in|at|near|around|outside|inside|across|through|into|north of|south of|east of|west of"
    localities = "|".join(lexicon.words("locality_nouns"))
    before_re = re.compile(rf"(?:\b(?:{preps})\s+|\b(?:{localities})\s+of\s+)$", re.I)
    places: dict[str, str] = {}  # folded -> label as written
    hits = []
    for m in _NAME_RE.finditer(text, state.body_start):
        if state.is_skipped(m.start(), m.end()):
            continue
        hits.append(m)
        if m.group("art").islower() and before_re.search(text[max(0, m.start() - 30):m.start()]):
            places.setdefault(m.group(0).lower(), m.group(0))
    out = []
    for m in hits:
        label = places.get(m.group(0).lower())
        if label is None:
            continue
        if re.match(r"['’]s\b", text[m.end():m.end() + 3]) is None or m.group("art").islower():
            out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule", label=label))
    return out
