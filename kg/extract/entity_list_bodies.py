"""Bodies named by a comma list (round-34 class A4).

"the Fish, Food and Allied Workers union (FFAW)", "the Food, Beverages and
Tobacco Workers Union": a comma list of title-case words closed by "and" and an
organisation head is one body's name, never "Allied Workers" alone.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_LIST_WORD = rf"{CAP_CLASS}[\w'’-]*"
_LIST_HEADS = r"(?:Union|union|Unions|Workers|Federation|Confederation|Association|Alliance|Council|Guild|Syndicate|" \
              r"Chamber|Society|Cooperative|Co-operative|Committee|Forum|Network|Institute)"
# "the Fish, Food and Allied Workers union (FFAW)", "the Food, Beverages and Tobacco Workers Union": a comma
# list of title-case words closed by "and" and an organisation head is one body's name (round-34 A4)
_LIST_ORG_RE = re.compile(rf"(?<![\w'’-])(?!The\s|A\s|An\s)(?P<name>(?:{_LIST_WORD}\s+){{0,3}}?(?:(?:of|for)\s+(?:the\s+)?)?{_LIST_WORD}(?:\s+{_LIST_WORD})?(?:,\s+{_LIST_WORD}(?:\s+{_LIST_WORD})?)+,?"
                          rf"\s+(?:and|&)\s+(?:{_LIST_WORD}\s+){{0,3}}{_LIST_HEADS}"
                          rf"(?:\s+(?:Union|union))?)(?![\w'’-])")


def comma_list_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the comma-list bodies above whole (no "Allied Workers" of them)."""
    text = state.text
    out = []
    for m in _LIST_ORG_RE.finditer(text):
        name = m.group("name")
        if state.is_skipped(m.start(), m.end()):
            continue
        words = re.findall(r"[\w'’-]+", name)
        if any(state.gaz.lookup(w) is not None and state.gaz.lookup(w).type in {"Country", "Place"} for w in words):
            continue  # "Kenya, Uganda and Tanzania Workers' Federation": a list of places, left to others
        out.append(Candidate(m.start("name"), m.end("name"), name, "Organization", "rule"))
    return overlaid(found, out)
