"""A capitalised job word alone is no person (round-28 shape S3).

"WHO: Esi Adjei, Trader", "Kofi Badu, Farmer": a fact-check or caption line
capitalises the job after a name, and the model reads the one word as a
person. A one-word person candidate that is a role noun of the lexicon
("trader", "farmer", "analyst") is dropped unless the text has a full name
ending in it (a surname "Farmer" stays).
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State


def is_role_word(cand: Candidate, found: list[Candidate], state: State) -> bool:
    """A lone capitalised role noun typed Person (see the module docstring)."""
    if cand.source == "gaz" or cand.type != "Person" or " " in cand.text or not cand.text[:1].isupper():
        return False
    if cand.text.lower() not in lexicon.words("role_nouns") or cand.text.isupper():
        return False
    return not any(c.type == "Person" and c.text.split()[-1] == cand.text and " " in c.text for c in found)
