"""'the head of Tarvia's water resources service, Ana Mirel': an office in a country's body
that has no name of its own, only a lower-case description.

The title-before readers stop at the possessive ("the head of Tarvia") or need the body's
name, so neither the office nor the person's side was read. The country owns the body,
so the person acts for the country; the office is the title with the body's description.
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office, is_core, sentence_bounds
from kg.extract.office_owned_portfolios import search_before
from kg.extract.state import MentionRef, State

# "the <title> of <Country>'s <lower-case body words>, <Name>"
_OWNED_BODY_RE = re.compile(
    r"\b[Tt]he\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+"
    r"(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})['’]s\s+"
    r"(?P<body>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s*,\s*$")


def country_body_title(state: State, mention: MentionRef) -> Office | None:
    """The office "the <title> of <Country>'s <body>, <Name>" gives the name."""
    found = search_before(state, mention, _OWNED_BODY_RE, 160)
    if found is None:
        return None
    first, base, m = found
    if not is_core(m.group("title").split()[-1]):
        return None  # "the future of Tarvia's farm sector, X": no office
    owner = state.mention_at(base + m.start("owner"), base + m.end("owner"), {"Country"})
    if owner is None or owner.start != base + m.start("owner") or owner.end != base + m.end("owner"):
        return None
    start, end = base + m.start("title"), base + m.end("body")
    return Office(mention.key, state.text[start:end], (start, end), owner.key, sentence_bounds(state, first))
