"""A body's possessive before a title with a lower-case portfolio (session 29, H2).

"Tarvoil's director of logistics and marketing, Ana Mirel, said": the company owns the office,
the person acts for the company. The general apposed-title reader leaves a title that opens
with an honorific-like word ("director", "chief") to the title-before reader, which stops at
"of <lower-case words>"; so neither reads this shape. Only an organisation owner counts here
(a country's "minister of trade" is read by the country-title rules).
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, Office, is_core, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

# "<Owner>'s <title words> of|for <lower-case portfolio, maybe "x and y">, <Name>"
_OWNED_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<owner>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|for)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})"
    r"\s*,\s*$")


def search_before(state: State, mention: MentionRef, pattern: re.Pattern[str], reach: int):
    """(first token, base offset, match) of ``pattern`` in the sentence's words up to ``reach``
    characters before the name, or None."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    base = max(first.sent.start_char, mention.start - reach)
    m = pattern.search(state.text[base:mention.start])
    return None if m is None else (first, base, m)


def owned_portfolio_title(state: State, mention: MentionRef) -> Office | None:
    """The office "<Organisation>'s <title> of <portfolio>, <Name>" gives the name."""
    found = search_before(state, mention, _OWNED_RE, 120)
    if found is None:
        return None
    first, base, m = found
    head = m.group("title").split(" of ")[0].split(" for ")[0].split()
    if not head or not is_core(head[-1]):
        return None  # "Tarvoil's share of sales, X": no office
    owner = state.mention_at(base + m.start("owner"), base + m.end("owner"), ORG_TYPES)
    if owner is None or owner.start != base + m.start("owner") or state.entities[owner.key].unnamed \
            or state.entity_type(owner.key) == "MediaOrganization":
        return None
    start, end = base + m.start("title"), base + m.end("title")
    return Office(mention.key, m.group("title"), (start, end), owner.key, sentence_bounds(state, first),
                  no_context=True)
