"""Outlets named by their last word (round-27 class A4).

"speaks to Steppe TV", "Kazakh News reported", "Orda Newswire said": a name of
two to four capitalised words ending in TV, Radio, News, Newswire or
Television is a news outlet, never a person or a place (the NER calls "Kazakh
News" a place for its demonym). A name ending in "TV" or "Newswire" is one even
where the NER missed it (a headline, a page title "... | Steppe TV").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_TAILS = frozenset({"TV", "Radio", "News", "Newswire", "Television", "Wire"})  # "Nordic Wire" (round-31 S5)
_LEADS_NOT = frozenset("The A An This That In On At By For To From With And But Or As Minister President".split())
# Only "TV" and "Newswire" are tails no other kind of name ends in.
_STRONG_RE = re.compile(rf"(?<![\w’'&.-])(?P<name>(?:{CAP_CLASS}[\w'’&-]*\s){{1,3}}(?:TV|Newswire))(?![\w’'-])")


def media_tail_names(state: State) -> list[Candidate]:
    """MediaOrganization candidates for '<Name> TV' and '<Name> Newswire'."""
    out = []
    for m in _STRONG_RE.finditer(state.text):
        words = m.group("name").split()
        while words and words[0] in _LEADS_NOT:
            words = words[1:]
        if len(words) < 2 or "\n" in m.group("name"):
            continue
        start = m.end("name") - len(" ".join(words))
        if state.text[start:m.end("name")] != " ".join(words):
            continue
        out.append(Candidate(start, m.end("name"), state.text[start:m.end("name")], "MediaOrganization", "rule"))
    return out


def retype_media_tails(found: list[Candidate], state: State) -> None:
    """A found name ending in an outlet word is a MediaOrganization (in place)."""
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Person", "Place", "Organization"}:
            continue
        words = cand.text.split()
        if 2 <= len(words) <= 4 and words[-1] in _TAILS and words[0] not in _LEADS_NOT \
                and all(re.match(CAP_CLASS, w) for w in words):
            cand.type = "MediaOrganization"
