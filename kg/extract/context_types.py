"""Entity types and names from the words around a name (a pass after resolution).

Round-12 classes (see the lead's notes): descriptors before a name, media,
venues, cities, numbered facilities and link names, group words.
"""

from __future__ import annotations

from kg.extract.state import State


def apply(state: State) -> None:
    """Retype or add entities the context decides (no-op until rules are added)."""
