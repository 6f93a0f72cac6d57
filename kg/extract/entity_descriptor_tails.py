"""Names followed by a lower-case kind word (round-15 class A2).

"The LVS Valsts Dienesti union, which represents guards, said": a run of
capitalised words between "the" and a lower-case organisation noun is the
organisation's name; the noun describes it and is no part of it (gold drops
"union").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’&-]*"
_KINDS = r"union|trade union|labour union|labor union|cooperative|co-operative|association|federation|syndicate"
_RE = re.compile(rf"\b[Tt]he\s+(?P<name>{_WORD}(?: {_WORD}){{1,4}})\s+(?:{_KINDS})"
                 rf"(?=\s*,|\s+(?:said|says|has|had|is|was|will|would|which|that|represents|called|warned)\b)")


def kind_word_orgs(state: State) -> list[Candidate]:
    """Organisation candidates for 'the <Name Words> union, which ...'."""
    out = []
    for m in _RE.finditer(state.text):
        words = m.group("name").split()
        if "\n" in m.group(0) or words[0] in NOT_NAME_START:
            continue
        if state.gaz.demonyms.get(words[0].lower()) is not None or state.gaz.lookup(m.group("name")) is not None:
            continue  # "the Latvian Farmers union": a description, not a name
        if not any(w.isupper() and len(w) >= 2 for w in words) and len(words) < 3:
            continue  # two plain words ("the Dock Workers union") may be a description
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "Organization", "rule"))
    return out
