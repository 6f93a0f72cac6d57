"""A party or body in parentheses after a name: "Ms Dana Ortiz (Civic Union)",
"Tomas Reid (Greens) asked ..." (Hansard and news style): the person acts for
that organisation (``represents``), without an office of their own; "Marta Lindqvist
(Sweden)" in an infobox's list of negotiators: for that country.
"""

from __future__ import annotations

import re

from kg.extract.office_base import sentence_bounds, token_at
from kg.extract.state import MentionRef, State

_PAREN_RE = re.compile(r"[ \t]*\(\s*")


def party_in_parentheses(state: State, mention: MentionRef) -> None:
    """Add ``person represents org`` for "NAME (Org)" (the whole parenthesis is the name)."""
    m = _PAREN_RE.match(state.text, mention.end)
    if m is None:
        return
    # "Lead negotiators: Marta Lindqvist (Sweden); Ole Hansen (Denmark)": a country in the
    # parentheses is whom the person acts for (an infobox's or a panel's list, round-31 S5)
    org = state.mention_at(m.end(), m.end() + 1, {"Organization", "GovernmentAgency", "Country"})
    if org is None or org.start != m.end() or not re.match(r"\s*\)", state.text[org.end:org.end + 3]):
        return
    if state.entities[org.key].unnamed or org.key == mention.key:
        return
    first = token_at(state, mention.start)
    if first is None:
        return
    state.add_relation(mention.key, "represents", state.span(*sentence_bounds(state, first)), obj=org.key)
