"""Numbered legal instruments of regional bodies are agreements.

"the Andean Community's Decision 612 on gas interconnection", "ECOWAS Protocol
A/P1/5/79", "Directive 2014/94": a kind of instrument followed by its number
names an agreement (the NER calls them organisations or even people, or cuts
the number off). The label is the instrument and its number ("Decision 612"),
with a body's acronym written straight before it ("ECOWAS Protocol A/P1/5/79");
the owner in the possessive stays an organisation of its own. Runs during
resolution, before generic agreement words are joined to named agreements.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# the number: digits, or a code with slashes ("A/P1/5/79", "2014/94/EU"), never a year alone after "in"
_INSTRUMENT_RE = re.compile(
    r"(?:(?<![\w'’])(?P<body>[A-Z]{2,8})\s+)?(?P<kind>Decision|Directive|Protocol|Regulation)\s+"
    r"(?:No\.?\s*)?(?P<number>(?:[A-Z]{1,3}/)?[A-Z]?\d[\w]*(?:/[\w]+)*)(?![\w/])")


def is_instrument(label: str) -> bool:
    """Is ``label`` a numbered instrument of a body ("Directive 2012/27", "Decision 612")?
    Such a text is the body's, not the two sides' own: no parties follow from the report."""
    return _INSTRUMENT_RE.fullmatch(label) is not None


# "Minute 331", "Minute No. 323": the numbered minutes a boundary or water commission of two states
# adopts are binding texts of both governments (unlike a regional body's directive, both sides are parties)
_MINUTE_RE = re.compile(r"(?<![\w'’])Minute\s+(?:No\.?\s*)?\d{2,4}(?![\w/])")


def _minutes(state: State) -> None:
    for hit in _MINUTE_RE.finditer(state.text, state.body_start):
        start, end = hit.span()
        if state.is_skipped(start, end) or "\n" in hit.group(0):
            continue
        inside = [m for m in state.mentions if m.start < end and start < m.end]
        if any(state.entity_type(m.key) == "Agreement" and m.start <= start and m.end >= end for m in inside):
            continue
        if any(m.start < start or m.end > end for m in inside):
            continue  # a name running past it is something else
        entity = state.add_entity(" ".join(hit.group(0).split()), "Agreement")
        entity.type = "Agreement"  # the NER took "Minute 335" for a body: same key, new type
        for m in inside:
            if m.key != entity.key:
                state.remove_mention(m)
        state.add_mention(entity.key, start, end, alias=False)


def instrument_agreements(state: State) -> None:
    """Make every '<Kind> <number>' one Agreement; mentions inside it give way."""
    _minutes(state)
    for hit in _INSTRUMENT_RE.finditer(state.text, state.body_start):
        if state.is_skipped(hit.start(), hit.end()) or "\n" in hit.group(0):
            continue
        number = hit.group("number")
        if not re.search(r"\d", number) or re.fullmatch(r"\d{1,2}", number) and hit.group("kind") == "Protocol":
            continue  # "Protocol 2" may be a chapter; "Decision 612", "Directive 2014/94" are instruments
        start = hit.start("body") if hit.group("body") else hit.start("kind")
        end = hit.end()
        inside = [m for m in state.mentions if m.start < end and start < m.end]
        if any(state.entity_type(m.key) == "Agreement" and m.start <= start and m.end >= end for m in inside):
            continue  # a longer agreement name holds it already
        if any(m.start < start or m.end > end for m in inside if state.entity_type(m.key) != "Agreement"):
            continue  # a name running past it ("Decision 612 Working Group") is something else
        label = " ".join(state.text[start:end].split())
        entity = state.add_entity(label, "Agreement")
        entity.type = "Agreement"  # "Directive 2012/27" the NER took for a person: same key, new type
        key = entity.key
        for m in inside:
            if m.key != key:
                state.remove_mention(m)
        state.add_mention(key, start, end, alias=False)
