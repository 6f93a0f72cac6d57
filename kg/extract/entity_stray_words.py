"""Words that name no actor: a footer's call to action and a quote's first common noun
(round-36 classes A11, A12).

"Follow Lakeside Radio News for live updates.", "Download the Lakeside app",
"Subscribe to our newsletter": a promotional line at the foot of a page names
nothing of the story; no entity comes from it.

'"Cotton pays for the port," she said', '"Drought, not Uganda, sets the
level," he said': the model reads a quote's capitalised first word as a
person. A one-word "person" right after the opening quote mark that is no
given name, no part of a person's name the text gives, and never written
capitalised inside a sentence elsewhere is a common word.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_PROMO_RE = re.compile(r"(?m)^[ \t]*(?:Follow|Download|Subscribe|Sign up|Listen (?:live|again|to)|Watch (?:live|the)|"
                       r"Like us|Get (?:the|our)|Join (?:our|us)|Install|Share this|Read more|Click here|"
                       r"Send us|Tune in)\b[^\n]{0,120}$")


def promo_lines(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` less the candidates on a promotional line of a page's foot."""
    spans = [(m.start(), m.end()) for m in _PROMO_RE.finditer(state.text, state.body_start)
             if len(m.group(0).split()) <= 14 and not re.search(r"\b(?:said|says|told)\b", m.group(0))]
    if not spans:
        return found
    return [c for c in found if not any(s <= c.start and c.end <= e for s, e in spans)]


_OPEN_QUOTE_RE = re.compile(r"[\"“‘]$")


def quote_opening_words(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` less the one-word people that are a quote's first common word."""
    text = state.text
    given = lexicon.given_names()
    name_words = {w for c in found if c.type == "Person" and " " in c.text for w in c.text.split()}
    out = []
    for c in found:
        if c.type == "Person" and c.source != "gaz" and c.label is None and re.fullmatch(r"[A-Z][a-z]{2,}", c.text) \
                and _OPEN_QUOTE_RE.search(text[max(0, c.start - 1):c.start]) \
                and c.text not in given and c.text not in name_words \
                and not re.search(rf"[a-z,;]\s+{c.text}(?![\w'’-])", text):
            continue
        out.append(c)
    return out
