"""A person's name has no lower-case common word (round-30 class A3).

'"We waited two years for this. Healthy herds and an open gate."': the model
reads a sentence-initial fragment of a quote ("Healthy herds") as a person.
A Person candidate with a lower-case word that is no name particle ("de",
"da", "van", "bin", "al-", "el-", "d'", ...) is no name; it is dropped. Names
with particles ("Ana de la Cruz", "Karim el-Hadidi", "Mohammed bin Salman")
stay.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate

_PARTICLES = frozenset("de da das do dos du del della dei di la le los las van von der den ter ten zu y e i bin bint "
                       "ibn ben bar abu al el ul ud ad ap af av thi binti bte ni nic mac ó zur vom degli delle dalla dos das".split())
_PARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ul|ud|ad|as|at|ash|ar|az|an|bin|ibn|abu|d|l|o)['’-]", re.I)


def _common_word(word: str) -> bool:
    if not word[:1].islower():
        return False
    return word not in _PARTICLES and _PARTICLE_PREFIX_RE.match(word) is None


def drop_lowercase_people(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the Person candidates holding a lower-case common word."""
    return [c for c in found if c.source == "gaz" or c.type != "Person" or c.label is not None
            or not any(_common_word(w) for w in c.text.split())]
