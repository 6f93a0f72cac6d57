"""Organisation names the model splits at an inner lower-case word (round-37 class A2).

* "a skipper with Danube Towing and Barges", "a driver for Kivu Haulage and
  Storage": capitalised nouns joined by "and" after "with/at/for/from/of"
  (after a lower-case word: "a skipper of ...") are one company's name, never
  a body "Danube Towing" and a person "Barges". Two names joined by "and"
  stay two: a country or place, a given name, an office or portfolio word, or
  a body's head word ending the first part ("Kenya Ports Authority and
  Uganda Railways", "Ministry of Trade and Industry") keeps the reading.
* "the Valle del Cauca Growers Union", "the Mato do Sul Farmers Cooperative":
  a lower-case particle (de, del, da, do, di, dos, das) inside a body's name
  is part of it; the name runs back over the capitalised words before it
  (never a person "Valle" and a body "Cauca Growers Union").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_company_heads import COMPANY_HEADS
from kg.extract.entity_types import Candidate, ORG_TAIL_WORDS, classify_org, overlaid
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w'’-]*"
_JOINED_RE = re.compile(rf"(?<=[a-z,]) (?:with|at|for|from|of|by)\s+(?:the\s+)?"
                        rf"(?P<name>(?P<head>{_W}(?:[ \t]+{_W}){{1,3}})[ \t]+(?:and|&)[ \t]+(?P<tail>{_W}(?:[ \t]+{_W})?))"
                        rf"(?![\w'’-])(?![ \t]+{CAP_CLASS})")
_PARTICLE_LEAD_RE = re.compile(rf"(?<![\w'’-])(?P<lead>(?:{_W}[ \t]+){{1,2}}(?:de|del|da|do|di|dos|das|de[ \t]+la|de[ \t]+los|de[ \t]+las)[ \t]+)$")
_NOT_LEAD = frozenset("The A An In At On From To Of By For With And Or But As If This That Its Their Our".split())


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    heads = lexicon.words("org_heads") | lexicon.words("bare_org_heads") | ORG_TAIL_WORDS | frozenset(COMPANY_HEADS) \
        | {"Holdings", "Group", "Partners", "Company", "Corp", "Corporation", "Bank", "Inc", "Ltd", "Limited"}
    lower = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("portfolio_words") \
        | lexicon.words("honorifics")
    return frozenset(heads), frozenset(lower)


def _joined_name(m: re.Match, state: State) -> bool:
    heads, lower = _stop_words()
    head, tail = m.group("head").split(), m.group("tail").split()
    given = lexicon.given_names()
    if head[0] in given or tail[0] in given or head[0] in _NOT_LEAD:
        return False
    if head[-1] in heads or any(w.lower() in lower for w in head + tail):
        return False  # "Kenya Ports Authority and ...", "Trade and Industry"
    for w in head + tail:
        entry = state.gaz.lookup(w)
        if state.gaz.demonyms.get(w.lower()) is not None or entry is not None and entry.type in {"Country", "Person"}:
            return False
    for part in (m.group("head"), m.group("tail")):
        entry = state.gaz.lookup(part)
        if entry is not None:
            return False  # two known names
    return len(tail) == 1 or tail[-1] in heads


def joined_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with such names whole: joined company names and names with an inner particle."""
    text = state.text
    new = []
    for m in _JOINED_RE.finditer(text, state.body_start):
        if "\n" in m.group("name") or not _joined_name(m, state):
            continue
        s, e = m.span("name")
        if not any(c.source != "gaz" and s <= c.start and c.end <= e and c.start >= m.start("tail") for c in found):
            continue  # the model split nothing here: the words after "and" were no name of their own
        new.append(Candidate(s, e, text[s:e], classify_org(text[s:e]), "rule"))
    heads, _ = _stop_words()
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "GovernmentAgency"} or c.text.split()[-1] not in heads:
            continue
        lead = _PARTICLE_LEAD_RE.search(text[max(0, c.start - 40):c.start])
        if lead is None or "\n" in lead.group("lead"):
            continue
        words = lead.group("lead").split()
        if words[0] in _NOT_LEAD:
            words = words[1:]  # "The Valle del ...": the article is no word of the name
        if not words or words[0] in _NOT_LEAD or words[0].islower():
            continue
        entry = state.gaz.lookup(words[0])
        if entry is not None and entry.type == "Country":
            continue
        s = c.start - len(lead.group("lead")) + lead.group("lead").index(words[0])
        new.append(Candidate(s, c.end, text[s:c.end], c.type, "rule"))
    return overlaid(found, new)


_SPLIT_HEADS = frozenset("Enterprise Enterprises Company Corporation Authority Agency Association Union Cooperative "
                         "Federation Council Board Administration Directorate Institute Society Trust Fund Group "
                         "Holdings Service Services Utility Operator Consortium Foundation Bureau".split())


def merge_split_bodies(found: list[Candidate], state: State) -> list[Candidate]:
    """'Serbian Water' + person 'Management Enterprise': a "person" ending in a body's head word right
    after another name (one space between) is the tail of that body's name; the two are one
    organisation ("Serbian Water Management Enterprise said ..."). A lone one is a body too."""
    text = state.text
    out = list(found)
    for c in found:
        if c.source == "gaz" or c.type != "Person" or len(c.text.split()) < 2 or c.text.split()[-1] not in _SPLIT_HEADS:
            continue
        if c.text.split()[0] in lexicon.given_names():
            continue
        before = [p for p in out if p.end + 1 == c.start and text[p.end] == " "
                  and p.type in {"Organization", "GovernmentAgency", "Place"} and "\n" not in p.text]
        if before:
            p = before[0]
            name = text[p.start:c.end]
            merged = Candidate(p.start, c.end, name, classify_org(name), "rule", state.gaz.lookup(name))
            out = [x for x in out if x is not p and x is not c] + [merged]
        else:
            c.type = classify_org(c.text)
    return out
