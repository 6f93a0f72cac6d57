"""Units of a named body: 'the Volta Basin Authority Secretariat', 'the Lake
Chad Basin Commission Executive Secretariat', 'the X Council of Ministers'.

A body's secretariat, council or board (``org_units`` in the lexicon) is an
organisation of its own, named by the body's name plus the unit word; the body
itself stays a separate entity (and a name that has a secretariat is a body,
not an agreement: "the Nile Basin Initiative" of "... Initiative Secretariat").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

# Types a body's name may have been given before its unit is seen.
_OWNER_TYPES = frozenset({"Organization", "GovernmentAgency", "Agreement"})


def _unit_re() -> re.Pattern[str]:
    units = sorted(lexicon.words("org_units"), key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(re.escape(u) for u in units) + r")(?![\w'’-])")


def split_unit(name: str) -> tuple[str, str] | None:
    """('Volta Basin Authority', 'Secretariat') for a name ending in a unit word
    after at least two words of a body's name; None otherwise."""
    units = sorted(lexicon.words("org_units"), key=len, reverse=True)
    for unit in units:
        if name.endswith(" " + unit):
            owner = name[: -len(unit) - 1]
            if owner.isupper() and len(owner) >= 2 or len(owner.split()) >= 2 and _body_word(owner.split()[-1]):
                return owner, unit
    return None


def _body_word(word: str) -> bool:
    """A word that ends a body's name ('Authority', 'Commission', 'Initiative'),
    so that a unit word after it names a unit, not the body ('Water Development Board')."""
    return word in lexicon.words("org_heads") or word in lexicon.words("agreement_nouns") \
        or word in lexicon.words("body_name_tails")


def unit_candidates(found: list[Candidate], state: State) -> list[Candidate]:
    """A candidate for '<body> <unit>' after each body's name followed by a unit
    word (the longer name then wins the overlap)."""
    out = []
    unit_re = _unit_re()
    spans = {(c.start, c.end) for c in found}
    for c in found:
        if c.type not in _OWNER_TYPES or " " not in c.text and not c.text.isupper():
            continue
        m = unit_re.match(state.text, c.end)
        if m is None or (c.start, m.end()) in spans:
            continue
        text = state.text[c.start:m.end()]
        out.append(Candidate(c.start, m.end(), text, classify_org(text), "rule"))
        spans.add((c.start, m.end()))
    return out


def retype_unit_owners(found: list[Candidate]) -> None:
    """A name whose unit the text names is a body: "the Nile Basin Initiative"
    beside "the Nile Basin Initiative Secretariat" is no agreement (a
    convention's secretariat leaves the convention an agreement)."""
    owners = set()
    for c in found:
        if c.type in {"Organization", "GovernmentAgency"}:
            split = split_unit(" ".join(c.text.split()))
            if split is not None:
                owners.add(split[0])
    generic = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for c in found:
        name = " ".join(c.text.split())
        if c.source != "gaz" and c.type == "Agreement" and name in owners and name.split()[-1].lower() not in generic:
            c.type = classify_org(name)
