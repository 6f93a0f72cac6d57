"""Possessives inside and before organisation names (round-17 class A4).

* "the Landless People's Movement", "the Workers' Party of Kuvania", "the
  Farmers' Union": a group word in the possessive ("People's", "Workers'")
  inside a capitalised name that ends in an organisation head is part of the
  one name, "of <Place>" after the head included.
* "the Andean Community's Decision 612": an organisation written only in the
  possessive before something it issued is an Organization of its own; the
  name after the "'s" is never part of it.
* "the National Council's Committee on Transport", "the Sejm's Foreign Affairs
  Committee" (round-25 A10): a parliament in the possessive and its committee
  are two government agencies.
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
# "the Boatmen's Cooperative of Kas", "the Herdsmen's Union" (round-35 A4): any "-men" group word
_GROUP_WORDS += rf"|{CAP_CLASS}[a-z]+(?:men|women)"
_APOS = "['’]"
_POSSESSIVE = rf"(?:{_WORD}s{_APOS}|(?:{_GROUP_WORDS}){_APOS}s)"
_LEADS = frozenset("The A An This That These Those In On At For With By From And But Of To As While When If".split())


def _heads() -> str:
    # "the Cocobeach Fishermen's Cooperative" (round-29 A13): a cooperative, a guild or a collective too
    heads = set(lexicon.words("org_heads")) | {"Movement", "Front", "Party", "Union", "Congress", "Alliance",
                                               "Cooperative", "Co-operative", "Cooperatives", "Guild", "Collective"}
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


# Names and last words of legislatures ("the Sejm", "the National Council", "the Chamber of Deputies").
_LEGISLATURES = frozenset(
    "parliament assembly council senate congress chamber house sejm senat storting riksdag bundestag bundesrat "
    "nationalrat knesset duma rada saeima seimas riigikogu folketing eduskunta althing alþingi sabor skupština "
    "skupstina majlis oireachtas dáil cortes diet legislature deputies representatives parlament parlamento "
    "sangsad sabha".split())
_COMMITTEE_RE = re.compile(rf"^(?P<owner>(?:{_WORD} ){{0,4}}{_WORD}){_APOS}s (?P<rest>(?:{_WORD} ){{0,4}}"
                           rf"(?:Committee|Subcommittee|Sub-Committee|Commission)(?: (?:on|for|of) (?:the )?{_WORD}"
                           rf"(?: (?:and )?{_WORD}){{0,3}})?)$")


def _legislature(name: str) -> bool:
    words = name.split()
    if not words or words[0] in _LEADS:
        return False
    if words[-1].lower() in {"council", "assembly"}:  # "the Security Council", "the General Assembly" are the UN's
        return len(words) == 2 and words[0] in {"National", "Federal", "Legislative", "Supreme", "Grand"}
    return words[-1].lower() in _LEGISLATURES or name.lower().endswith("of deputies")


def split_parliament_committees(found: list[Candidate], state: State) -> list[Candidate]:
    """'the Sejm's Foreign Affairs Committee' read as one name: the parliament and
    the committee, both government agencies; a committee found alone right after
    a parliament's possessive is a government agency too."""
    out = []
    for c in found:
        m = _COMMITTEE_RE.match(c.text) if c.source != "gaz" and c.type in {"Organization", "GovernmentAgency",
                                                                              "Place"} else None
        if m is None or not _legislature(m.group("owner")):
            if c.source != "gaz" and c.type == "Organization" and re.search(r"\b(?:Committee|Subcommittee|Commission)\b", c.text):
                before = re.search(rf"((?:{_WORD} ){{0,4}}{_WORD}){_APOS}s $", state.text[max(0, c.start - 60):c.start])
                if before and _legislature(before.group(1)):
                    c.type = "GovernmentAgency"  # "the National Council's Committee on Transport"
            out.append(c)
            continue
        owner = m.group("owner")
        entry = state.gaz.lookup(owner)
        out.append(Candidate(c.start, c.start + len(owner), owner, entry.type if entry else "GovernmentAgency",
                             "rule", entry))
        rest_start = c.start + m.start("rest")
        out.append(Candidate(rest_start, c.end, m.group("rest"), "GovernmentAgency", "rule"))
    return out
