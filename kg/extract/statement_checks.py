"""Last checks on statements (a pass after the statement step).

Datelines, court rulings, title-only speakers with multi-word demonyms,
organisations that "said it would", hedged attributions.
"""

from __future__ import annotations

from kg.extract.state import State


def apply(state: State) -> None:
    """Fix or add statements the earlier step got wrong (no-op until rules are added)."""
