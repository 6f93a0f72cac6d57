"""Possessives inside and before organisation names (round-17 class A4).

* "the Landless People's Movement", "the Workers' Party of Kuvania", "the
  Farmers' Union": a group word in the possessive ("People's", "Workers'")
  inside a capitalised name that ends in an organisation head is part of the
  one name, "of <Place>" after the head included.
* "the Andean Community's Decision 612": an organisation written only in the
  possessive before something it issued is an Organization of its own; the
  name after the "'s" is never part of it.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w&-]*"
# Group words whose singular possessive ("People's") sits inside names; a plural
# possessive ("Workers'", "Farmers’") always may.
_GROUP_WORDS = "People|Women|Men|Children|Fishermen|Seamen|Workmen|Tradesmen|Citizen|Nation|Peoples|Worker|Farmer"
_APOS = "['’]"
_POSSESSIVE = rf"(?:{_WORD}s{_APOS}|(?:{_GROUP_WORDS}){_APOS}s)"
_LEADS = frozenset("The A An This That These Those In On At For With By From And But Of To As While When If".split())


def _heads() -> str:
    heads = set(lexicon.words("org_heads")) | {"Movement", "Front", "Party", "Union", "Congress", "Alliance"}
    return "|".join(sorted((re.escape(h) for h in heads if " " not in h), key=len, reverse=True))


def possessive_group_orgs(state: State) -> list[Candidate]:
    """'the Landless People's Movement', "the Workers' Party of Kuvania"."""
    pattern = re.compile(rf"(?<![\w'’-])((?:{_WORD} ){{0,3}}{_POSSESSIVE} (?:{_WORD} ){{0,2}}(?:{_heads()}))(?![\w'’-])"
                         rf"(?P<of> of (?:the )?{_WORD}(?: {_WORD})?)?")
    out = []
    for m in pattern.finditer(state.text):
        words = m.group(1).split()
        while words and words[0] in _LEADS:
            words = words[1:]
        if not words or re.fullmatch(rf"{_WORD}{_APOS}s?", words[0]) and _place_owner(state, words[0]):
            continue  # "Kenya's Farmers Union": the country owns it, it is not in the name
        start = m.end(1) - len(" ".join(words))
        end = m.end(1)
        if m.group("of"):
            tail = m.group("of").split(" ", 2)[-1].removeprefix("the ")
            entry = state.gaz.lookup(tail)
            if entry is None or entry.type in {"Country", "Place"}:
                end = m.end("of")
        label = state.text[start:end]
        out.append(Candidate(start, end, label, classify_org(label), "rule"))
    return out


def _place_owner(state: State, word: str) -> bool:
    owner = re.sub(rf"{_APOS}s?$", "", word)
    entry = state.gaz.lookup(owner)
    return entry is not None and entry.type in {"Country", "Place"} or state.gaz.demonyms.get(owner.lower()) is not None


def split_possessive_owners(found: list[Candidate], state: State) -> list[Candidate]:
    """'Andean Community's Decision 612' read as one name: the owner that ends
    in an organisation head is an organisation; what follows keeps its type
    only when it still ends in an agreement word."""
    heads = re.compile(rf"^((?:{_WORD} ){{0,4}}(?:{_heads()})){_APOS}s (.+)$")
    out = []
    for c in found:
        m = heads.match(c.text) if c.source != "gaz" and c.type in {"Agreement", "Organization", "Place"} else None
        if m is None or m.group(1).split()[0] in _LEADS:
            out.append(c)
            continue
        owner = m.group(1)
        out.append(Candidate(c.start, c.start + len(owner), owner, classify_org(owner), "rule", state.gaz.lookup(owner)))
        rest_start = c.start + m.start(2)
        rest = m.group(2)
        if c.type == "Agreement" and rest.split()[-1] in lexicon.words("agreement_nouns"):
            end = c.end
            number = re.match(r" (?:No\.? )?\d(?:[\w/.-]*\w)?(?![\w/-])", state.text[end:end + 20])
            if number and " " not in rest:
                end += number.end()  # "Protocol 9": a bare instrument word keeps its number
            rest = state.text[rest_start:end]
            out.append(Candidate(rest_start, end, rest, "Agreement", c.source, state.gaz.lookup(rest)))
    return out
