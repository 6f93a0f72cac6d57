"""Surnames with a lower-case particle: '"...," al-Jubouri said.', 'van der Berg said'.

The parser splits 'al-Jubouri' into 'al', '-', 'Jubouri' and often makes the
particle the subject of "said"; the entity step may also miss the short form
('al-Jubouri' after 'Hayan al-Jubouri'). The surname, particles and hyphens
included, then names the one person of the text whose name ends with it; it
becomes a mention of that person, so a 'He told reporters that ...' after the
quote finds them too.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State

PARTICLES = frozenset("al el bin ibn bint abu abd van von der den de da du di dos das del della la le ter ten".split())


def _fold(text: str) -> str:
    return re.sub(r"[-‑\s]+", " ", text).lower().strip()


def particle_surname(state: State, token: Token) -> str | None:
    """The person a particle surname at ``token`` (any of its tokens) names."""
    doc = token.doc
    # the run of tokens around ``token`` that make one name: particles, hyphens, capitalised words
    def part(t: Token) -> bool:
        return t.lower_ in PARTICLES or t.text in {"-", "‑"} or t.text[:1].isupper() and t.pos_ == "PROPN"
    if not part(token):
        return None
    a = b = token.i
    while a > 0 and part(doc[a - 1]) and doc[a - 1].whitespace_ != "\n" and "\n" not in doc[a - 1].text:
        a -= 1
    while b + 1 < len(doc) and part(doc[b + 1]):
        b += 1
    words = doc[a:b + 1]
    if not any(t.lower_ in PARTICLES for t in words) or not words[-1].text[:1].isupper():
        return None
    # from the first particle on: 'Minister al-Jubouri' -> 'al-Jubouri'
    first = next(t for t in words if t.lower_ in PARTICLES)
    start, end = first.idx, words[-1].idx + len(words[-1].text)
    surname = _fold(state.text[start:end])
    found = {k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and len(_fold(e.label).split()) > len(surname.split())
             and (" " + _fold(e.label)).endswith(" " + surname)}
    if len(found) != 1:
        return None
    key = found.pop()
    state.add_mention(key, start, end, alias=False)
    return key
