"""Stock and price indices are no entities (round-28 class A4).

"the Bahrain All Share Index was flat", "the benchmark Tadawul All Share Index
fell 0.4 percent", "the Tadawul All Share" (the model stopping before
"Index"): an index is a number a market reports, not an actor or a place. A
capitalised name ending in "Index"/"Indices", or running right into it, or
ending in "All Share"/"All-Share"/"Composite", is dropped whatever found it (the
gazetteer too: an exchange is known, its index is not).
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_INDEX_TAIL = re.compile(r"(?:\b(?:Index|Indices|Indexes)|\bAll[ -]Share|\bComposite)$")
_INDEX_AFTER = re.compile(r"[ -](?:All[ -]Share[ -])?(?:Index|Indices|Indexes)\b|[ -]All[ -]Share\b")


def is_index_name(cand: Candidate, state: State) -> bool:
    """A stock index's name (see the module docstring)."""
    if cand.type not in {"Organization", "GovernmentAgency", "Place", "Person", "MediaOrganization"}:
        return False
    if cand.source == "gaz" and not _INDEX_AFTER.match(state.text, cand.end):
        return False  # a known exchange or company named alone ("Tadawul said") stays
    return bool(_INDEX_TAIL.search(cand.text) or _INDEX_AFTER.match(state.text, cand.end))
