"""Companies named by an infrastructure head word, and dotted media names
(round-17 class A3).

* "Georgian Railways", "South Baltic Rail", "Caspian Shipping", "Armenian
  Airlines", "Electric Networks of Armenia", "Ukrenergo": a capitalised name
  ending in a company head (railways, airlines, shipping, networks, grid,
  energo ...) is an Organization; "of <Country>" after such a head stays in
  the name. A singular "Railway" or "Pipeline" may be the line itself, so it
  makes a company only after a demonym ("Latvian Railway"), before a verb
  whose subject it is ("Baltic Railway posted a loss"), or before an apposed
  company noun ("Baltic Railway, the concession that ...").
* "the business daily Tbilisi.ge", "the news site Delfi.lt": a media outlet
  named by its web address keeps the dot.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Head words that always make a company (plural or service words).
COMPANY_HEADS = ("Railways", "Rail", "Airlines", "Airways", "Shipping", "Ports", "Networks", "Grid", "Grids",
                 "Electrosystem", "Energo", "Pipelines", "Shipyard",
                 # "Nordvik Lines", "Baltic Ferries", "Ostsee Cargo", "Delta Logistics" (round-35 A3)
                 "Lines", "Ferries", "Cargo", "Logistics")
# Heads that may name the line itself: a company only in a company's context
# ("Nordvik Line said ...", but "the Durand Line runs ..." is the border line).
_LINE_HEADS = ("Railway", "Pipeline", "Line")
_WORD = rf"{CAP_CLASS}[\w'’&-]*"
_NAME_RE = re.compile(rf"(?<![\w'’.-])((?:{_WORD} ){{0,4}}(?:{'|'.join(COMPANY_HEADS + _LINE_HEADS)}))(?![\w'’-])(?! {CAP_CLASS})"
                      rf"(?P<of> of (?:the )?{_WORD}(?: {_WORD})?)?")
_ENERGO_RE = re.compile(rf"(?<![\w'’.-]){CAP_CLASS}[a-z]+(?:energo|electrica|elektrika|elektro)(?![\w'’-])")
_COMPANY_APPOSITION = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:concession|concessionaire|company|"
                                 r"operator|firm|carrier|railway|utility|monopoly|venture|consortium|group|owner)\b")
_HEADS_ALT = "|".join(COMPANY_HEADS)
_COMPANY_PARTNER_AFTER = re.compile(rf"(?:,|\s+and|\s+&|,\s+and)\s+(?:{_WORD} ){{1,4}}(?:{_HEADS_ALT})(?![\w'’-])")
_COMPANY_PARTNER_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_HEADS_ALT})(?:,|\s+and|\s+&|,\s+and)\s+$")
_COMPANY_ROLE_BEFORE = re.compile(r"\b(?:(?:spokes(?:man|woman|person)|chief\s+executive|CEO|managing\s+director|chairman)"
                                  r"\s+(?:for|of|at)\s+|(?:operator|company|firm|carrier|shipowner)\s+)$")
_SHIPPING_RE = re.compile(r"\b(?:ferry|ferries|sail|sails|sailed|sailing|sailings|vessels?|ships?|shipping|"
                          r"port\s+calls?)\b", re.I)
_LEADS = frozenset("The A An This That These Those In On At For With By From And But Of To As While When If".split())
_MEDIA_NOUNS = r"daily|weekly|newspaper|paper|site|website|portal|outlet|magazine|agency|broadcaster|channel"
_DOTTED_RE = re.compile(rf"\b(?:{_MEDIA_NOUNS})\s+({CAP_CLASS}[\w-]*(?:\.[a-z]{{2,4}})+)(?![\w-])")


_DOTTED_NAME = r"(?:[A-Z]|\d)[\w-]*(?:\.[a-z]{2,6})+"
_DOTTED_SLOT_RE = re.compile(
    rf"(?P<before>\b(?:told|tells|to|on|by|via|from|with|according\s+to|quoted\s+by|cited\s+by|interview\s+with)\s+)?"
    rf"(?<![\w.@/-])(?P<name>{_DOTTED_NAME})(?![\w@/-])(?!\.[a-z])"
    rf"(?P<after>\s+(?:reported|reports|said|says|quoted|cited|wrote|published|learned|learnt))?")


def company_head_names(state: State) -> list[Candidate]:
    """Organization candidates for company names with an infrastructure head."""
    text = state.text
    out = []
    for m in _NAME_RE.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _LEADS:
            words = words[1:]
        if len(words) < 2:
            continue  # "Rail" or "Railways" alone is a common noun written at a sentence start
        start = m.end(1) - len(" ".join(words))
        end = m.end(1)
        if words[-1] in _LINE_HEADS and not _company_context(state, words, start, end):
            continue
        of = m.group("of")
        if of:
            tail = of.split(" ", 2)[-1].removeprefix("the ")
            entry = state.gaz.lookup(tail)
            if entry is not None and entry.type in {"Country", "Place"}:
                end = m.end("of")  # "Electric Networks of Armenia"
        out.append(Candidate(start, end, text[start:end], "Organization", "rule"))
    for m in _ENERGO_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Organization", "rule"))
    return [c for c in out if state.gaz.lookup(c.text) is None]


def dotted_media_names(state: State) -> list[Candidate]:
    """'the news site Delfi.lt': the outlet, and every later use of that name."""
    names = {m.group(1).rstrip(".") for m in _DOTTED_RE.finditer(state.text)}
    # "told 24.kg", "according to Akipress.kg", "said on Kun.uz", "Kaktus.media reported" (round-29 A2)
    names |= {m.group("name") for m in _DOTTED_SLOT_RE.finditer(state.text)
              if m.group("before") or m.group("after")}
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", state.text):
            out.append(Candidate(m.start(), m.end(), name, "MediaOrganization", "rule"))
    return out


def _company_context(state: State, words: list[str], start: int, end: int) -> bool:
    """Is this "X Railway" the company (not the line)?"""
    if len(words) >= 2 and state.gaz.demonyms.get(words[0].lower()) is not None:
        return True  # "Latvian Railway": a national company, never a person
    if _COMPANY_APPOSITION.match(state.text, end):
        return True
    if _COMPANY_PARTNER_AFTER.match(state.text, end) or _COMPANY_PARTNER_BEFORE.search(state.text[max(0, start - 80):start]):
        return True  # "Nordvik Line and Baltic Ferries": coordinated with a company
    if _COMPANY_ROLE_BEFORE.search(state.text[max(0, start - 60):start]):
        return True  # "a spokesman for Nordvik Line", "the ferry operator Fjord Line"
    if words[-1] == "Line" and _SHIPPING_RE.search(state.sentence_of(start).text):
        return True  # "Stena Line sails the route", "ferries of Stena Line": a shipping line is a company
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head  # "Nordvik Line and Baltic Ferries both sail the route": one subject of two companies
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in {
        "run", "link", "connect", "cross", "follow", "separate", "divide", "mark", "pass", "stretch", "cut"}
