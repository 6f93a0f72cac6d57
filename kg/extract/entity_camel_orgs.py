"""Camel-case names are organisations (round-30 class A6).

"built with money from TradeMark Africa", "funded by GiveDirectly", "PetroSA
supplied the fuel": a word with a capital inside it after lower-case letters
("TradeMark", "GiveDirectly", "PetroSA") is a brand, the name of a company or
a charity; the model calls such names places or misses them. A name holding
such a word is an Organization (never a Place or a Person), and a lone
camel-case word nothing else read is one too.

"the river campaign group aquaVIVA", "the NGO eduCAR": a lower-case initial
brand after a body's noun is an Organization too (round-35 A4).

Surnames with a capital inside ("McAllister", "MacLeod", "DeSantis",
"LaGuardia", "DiMaggio", "O'Neill") are no brands.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_CAMEL_RE = re.compile(r"(?<![\w’'-])(?P<word>[A-Z][a-z]+(?:[A-Z][a-z]*)+[A-Z]?|[A-Z][a-z]{2,}[A-Z]{2,})(?![\w’'-])")
_SURNAME_LEADS = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St")
# apps, formats and degrees a text mentions as things, not as actors
_THINGS = frozenset("WhatsApp YouTube TikTok LinkedIn PowerPoint JavaScript PlayStation FaceTime WeChat WeTransfer "
                    "AirDrop SharePoint OneDrive GitHub PhD PhDs MSc MBA BSc LLM".split())


def _camel(word: str) -> bool:
    m = _CAMEL_RE.fullmatch(word)
    return m is not None and len(word) >= 5 and not word.startswith(_SURNAME_LEADS) and word not in _THINGS


def camel_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with camel-case names typed Organization, and lone ones added."""
    for c in found:
        if c.source == "gaz" or c.type not in {"Place", "Person"}:
            continue
        if any(_camel(w) for w in c.text.split()):
            c.type = classify_org(c.text)
    out = list(found)
    for m in _CAMEL_RE.finditer(state.text):
        word = m.group("word")
        if not _camel(word) or state.is_skipped(m.start(), m.end()) or state.gaz.lookup(word) is not None:
            continue
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        out.append(Candidate(m.start(), m.end(), word, "Organization", "rule"))
    for m in _LOWER_CAMEL_RE.finditer(state.text):
        word = m.group("word")
        start, end = m.span("word")
        if word in _THINGS or state.is_skipped(start, end) or state.gaz.lookup(word) is not None:
            continue
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, word, "Organization", "rule"))
    # "easyFly, the largest carrier at the airport, said ...", "airBaltic will add flights": a lower-case
    # initial brand opening a sentence as the subject of a verb (round-37 A4)
    for m in _LOWER_CAMEL_SUBJECT_RE.finditer(state.text, state.body_start):
        word = m.group("word")
        start, end = m.span("word")
        if word in _THINGS or word in _LOWER_THINGS or state.is_skipped(start, end) or state.gaz.lookup(word) is not None:
            continue
        if any(c.start < end and start < c.end for c in out):
            continue
        if m.group("verb"):
            span = state.doc.char_span(m.start("verb"), m.end("verb"))
            if span is None or span[0].pos_ not in {"VERB", "AUX"}:
                continue
        out.append(Candidate(start, end, word, "Organization", "rule"))
    return out


# "the river campaign group aquaVIVA", "the NGO eduCAR" (round-35 A4): a brand with a lower-case
# initial, after a body's noun, is that body ("an iPhone", "on eBay" have no such noun before them)
_LOWER_CAMEL_RE = re.compile(r"\b(?:group|NGO|organi[sz]ation|association|charity|campaign|network|alliance|"
                             r"initiative|platform|company|firm|start-up|startup|cooperative|collective|foundation|"
                             # "the operator flyNordic", "low-cost carrier easyFly" (round-37 A4)
                             r"operator|carrier|airline|airlines|retailer|lender|bank|provider|brand|marketplace|"
                             r"insurer|developer|maker|manufacturer|shipper|forwarder|app)\s+"
                             r"(?P<word>[a-z]{2,}[A-Z][A-Za-z]{1,}|[a-z][A-Z]{2,}[A-Za-z]*)(?![\w’'-])")


_LOWER_CAMEL_SUBJECT_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[\"“]))(?P<word>[a-z]{2,}[A-Z][a-z]+[A-Za-z]*)"
                                     r"(?:,\s|['’]s\s|\s+(?P<verb>[a-z]+)\b)")
# lower-case initial words that are things ("eBay" is a firm and stays possible; "iPhone" has one letter)
_LOWER_THINGS = frozenset("macOS iOS watchOS tvOS iPadOS eSIM eVisa eGate mRNA pH kWh mAh".split())
