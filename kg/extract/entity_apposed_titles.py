"""A sentence's opening name apposed to a lower-case office is a person (round-36 class A1).

"Ines Varga, a state secretary in the Hungarian ministry, met her Slovak
counterpart ...", "Tomas Vojtek, the deputy director of ..., said": two or
three capitalised words opening a sentence, followed by ", a/an/the" and an
office word within four lower-case words, name a person even when the model
missed them or read them as a body or a place (no given-name list needed: the
office says it).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_RE: re.Pattern | None = None


def _pattern() -> re.Pattern:
    titles = sorted((t for t in lexicon.words("title_core") if re.fullmatch(r"[a-z -]+", t)), key=len, reverse=True)
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?P<name>{_NAME}(?: {_NAME}){{1,2}}), "
                      rf"(?:a|an|the) (?:[a-z-]+ ){{0,3}}?(?:{'|'.join(re.escape(t) for t in titles)})"
                      rf"(?= (?:in|of|at|for|to|with|from|and)\b|,)", re.M)


def apposed_title_people(found: list[Candidate], state: State) -> list[Candidate]:
    global _RE
    if _RE is None:
        _RE = _pattern()
    text = state.text
    heads = lexicon.words("org_heads")
    new = []
    for m in _RE.finditer(text, state.body_start):
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        words = name.split()
        if set(words) & heads or words[0] in {"The", "This", "That", "In", "On", "At", "But", "And"} \
                or state.gaz.lookup(name) is not None or any(state.gaz.lookup(w) is not None and
                                                            state.gaz.lookup(w).type != "Person" for w in words):
            continue
        over = [c for c in found if c.start < e and s < c.end]
        if any(c.source == "gaz" or c.type == "Person" or c.start < s or c.end > e for c in over) or state.is_skipped(s, e):
            continue
        new.append(Candidate(s, e, name, "Person", "rule"))
    return overlaid(found, new)
