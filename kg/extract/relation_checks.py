"""Relations from phrasings the relation step does not read (a pass after it).

Meeting verbs, sides from counterparts and titles, link names, agencies'
countries, researchers' institutions, agreements by status.
"""

from __future__ import annotations

from kg.extract.state import State


def apply(state: State) -> None:
    """Add or remove relations (no-op until rules are added)."""
