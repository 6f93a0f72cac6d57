"""The last relation step: keep only relations whose subject and object types
fit the ontology's shapes (``ontology/shapes.ttl``).

Each rule reads one pattern and trusts the entity types it found then; a later
step can retype an entity (a "person" that turns out to be an office, a name cut
in the wrong place), leaving a relation such as ``X represents <Position>``
behind. Such a relation is wrong whatever the text says, and a graph that
breaks its own shapes would fail ``bnkg validate``, so it is dropped here rather
than guarded in every rule.
"""

from __future__ import annotations

from kg.extract.state import State
from kg.model import ACTOR_TYPES, ORG_TYPES

_PLACE_TYPES = frozenset({"Place", "Country"})
_ANY = None

# predicate -> (subject types, object types); None = any (literal-valued or unchecked)
_SIGNATURES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    "represents": (ACTOR_TYPES, ACTOR_TYPES | _PLACE_TYPES),
    "holdsPosition": (_ANY, frozenset({"Position"})),
    "positionIn": (frozenset({"Position"}), ACTOR_TYPES | _PLACE_TYPES),
    "metWith": (_ANY, frozenset({"Person"})),
    "partOf": (ORG_TYPES, ACTOR_TYPES),
    "partyTo": (ACTOR_TYPES, frozenset({"Agreement"})),
    "negotiates": (ACTOR_TYPES, frozenset({"Agreement"})),
    "locatedIn": (_PLACE_TYPES, _PLACE_TYPES),
    "connects": (_PLACE_TYPES, _PLACE_TYPES),
}


def fits(state: State, subject: str, predicate: str, obj: str | None) -> bool:
    """Whether ``subject predicate obj`` has types the shapes allow (unknown
    predicates and literal objects are left alone)."""
    signature = _SIGNATURES.get(predicate)
    if signature is None:
        return True
    subject_types, object_types = signature
    entities = state.entities
    if subject_types is not None and (subject not in entities or entities[subject].type not in subject_types):
        return False
    if obj is None or object_types is None:
        return True
    return obj in entities and entities[obj].type in object_types


def apply(state: State) -> None:
    for relation in [r for r in state.relations if not fits(state, r.subject, r.predicate, r.object)]:
        state.remove_relation(relation)
