"""Acronyms and foreign names of a body or an agreement named in full (round-33 A7).

* "the African Development Bank ... the AfDB's director": an acronym never
  bracketed after the name is still its alias when its letters spell the
  starts of the name's words ("Af" + "D" + "B"; the plain initials "TWP" of
  "the Tana Water Protocol, the TWP as my colleagues call it" too). Only an
  acronym that fits one named body or agreement of the text is taken in.
* "a Joint Border Patrol Protocol, in Spanish the Protocolo Conjunto de
  Patrullaje Fronterizo or PCPF": the name given "in <language>" right after
  the name (and its acronym after "or") are other names of it, no second
  agreement.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.resolve_merge import absorb
from kg.extract.state import State
from kg.model import ORG_TYPES

_TYPES = set(ORG_TYPES) | {"Agreement"}
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{1,7}")
_MINOR = frozenset("of the and for on in de del la le des du da do das dos et y e und für van von".split())


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the starts of the words, in order: each capitalised word gives one to
    three letters (its first letter first), a minor word gives its first letter or none."""
    acro = acronym.lower()

    def go(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        w = words[j].lower()
        if w in _MINOR and go(i, j + 1):
            return True
        for n in range(1, min(3, len(w)) + 1):
            if acro[i:i + n] == w[:n] and go(i + n, j + 1):
                return True
        return False

    return len(acronym) >= 2 and go(0, 0)


def _is_acronym(label: str) -> bool:
    return bool(_ACRONYM_RE.fullmatch(label)) and sum(ch.isupper() for ch in label) >= 2 \
        and (label.isupper() or sum(ch.isupper() for ch in label) >= len(label) / 2)


def prefix_acronyms(state: State) -> None:
    """Merge an acronym entity into the one named body or agreement whose words it spells."""
    for key, ent in list(state.entities.items()):
        if key not in state.entities or ent.type not in _TYPES or not _is_acronym(ent.label) or ent.same_as:
            continue
        hits = [k for k, e in state.entities.items()
                if k != key and e.type in _TYPES and len(e.label.split()) >= 2
                and any(_spells(ent.label, re.findall(r"[\w'’]+", name)) for name in (e.label, *e.aliases))]
        if len(hits) == 1:
            absorb(state, key, hits[0])


_LANG_NAME_RE = re.compile(
    rf",?[ \t]+in[ \t]+{CAP_CLASS}[a-z]+[ \t]+(?:the[ \t]+|la[ \t]+|el[ \t]+|le[ \t]+|o[ \t]+|a[ \t]+)?"
    rf"(?P<name>{CAP_CLASS}[^,;.()\n]{{3,90}}?)(?:[ \t]+or[ \t]+(?:the[ \t]+)?(?P<acro>[A-Z][A-Za-z]{{1,7}}))?(?=[ \t]*[,;.)]|[ \t]+(?:on|in|at|was|is|were|will)\b)")


def language_names(state: State) -> None:
    """'X, in Spanish the Y or Z': Y and Z are names of X."""
    for x in list(state.mentions):
        if x.key not in state.entities or state.entity_type(x.key) not in _TYPES:
            continue
        m = _LANG_NAME_RE.match(state.text, x.end)
        if m is None:
            continue
        target = x.key
        for g in ("name", "acro"):
            if not m.group(g):
                continue
            a, b = m.span(g)
            inner = [y for y in state.mentions_in(a, b) if y.key != target and y.key in state.entities
                     and state.entity_type(y.key) in _TYPES]
            for y in inner:
                absorb(state, y.key, target)
            if not inner and target in state.entities:
                state.entities[target].aliases.add(" ".join(m.group(g).split()))
