"""The ontology (``ontology/bnkg.ttl``) as Python: names, labels, hierarchy, legend.

The file is the single source of truth: class and property names, their labels
and the viewer's legend colours are read from it once, never repeated in code.

>>> "Person" in CLASSES and "represents" in PROPERTIES
True
>>> class_label("GovernmentAgency")
'Government agency'
>>> superclasses("GovernmentAgency")[:2]
['Organization', 'Actor']
>>> most_specific(["Organization", "Actor", "GovernmentAgency"])
'GovernmentAgency'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.iris import CATEGORY_OF_TYPE
from kg.settings import ONTOLOGY_DIR, ONTOLOGY_NS

ONTOLOGY_PATH: Path = ONTOLOGY_DIR / "bnkg.ttl"
SHAPES_PATH: Path = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_IRI = "https://w3id.org/bnkg/ontology"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE = ox.NamedNode(_RDF + "type")
_PROPERTY_KINDS = {_OWL + "ObjectProperty", _OWL + "DatatypeProperty"}


@dataclass
class _Ontology:
    """What the rest of the code needs from the file, indexed by local name."""

    classes: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)
    annotation_properties: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    parents: dict[str, list[str]] = field(default_factory=dict)  # bn: superclasses / superproperties
    external: dict[str, list[str]] = field(default_factory=dict)  # IRIs of non-bn: parents
    colors: dict[str, str] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    object_properties: set[str] = field(default_factory=set)
    symmetric: set[str] = field(default_factory=set)


def _local(term: object) -> str | None:
    """Local name of a bn: IRI, else None."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(ONTOLOGY_NS):
        return term.value[len(ONTOLOGY_NS):]
    return None


@lru_cache(maxsize=1)
def _load() -> _Ontology:
    """Parse ``bnkg.ttl`` once per process (pyoxigraph: fast, no rdflib start-up)."""
    onto = _Ontology()
    triples = list(ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE))
    for t in triples:
        s = _local(t.subject)
        if s is None:
            continue
        p, o = t.predicate.value, t.object
        if p == _TYPE.value and isinstance(o, ox.NamedNode):
            if o.value == _OWL + "Class":
                onto.classes.append(s)
            elif o.value in _PROPERTY_KINDS:
                if s not in onto.properties:
                    onto.properties.append(s)
                if o.value == _OWL + "ObjectProperty":
                    onto.object_properties.add(s)
            elif o.value == _OWL + "AnnotationProperty":
                onto.annotation_properties.append(s)
            elif o.value == _OWL + "SymmetricProperty":
                onto.symmetric.add(s)
        elif p == _RDFS + "label" and isinstance(o, ox.Literal):
            # Prefer the English label when several languages are given.
            if s not in onto.labels or (o.language or "en") == "en":
                onto.labels[s] = o.value
        elif p == _RDFS + "comment" and isinstance(o, ox.Literal):
            onto.comments[s] = o.value
        elif p in (_RDFS + "subClassOf", _RDFS + "subPropertyOf") and isinstance(o, ox.NamedNode):
            parent = _local(o)
            if parent is not None:
                onto.parents.setdefault(s, []).append(parent)
            else:
                onto.external.setdefault(s, []).append(o.value)
        elif p == ONTOLOGY_NS + "legendColor" and isinstance(o, ox.Literal):
            onto.colors[s] = o.value
        elif p == ONTOLOGY_NS + "legendShape" and isinstance(o, ox.Literal):
            onto.shapes[s] = o.value
        elif p == ONTOLOGY_NS + "legendOrder" and isinstance(o, ox.Literal):
            onto.order[s] = int(o.value)
    onto.classes.sort()
    onto.properties.sort()
    for parents in onto.parents.values():
        parents.sort()
    return onto


# Names read from the file (tuples: importable constants, not to be mutated).
CLASSES: tuple[str, ...] = tuple(_load().classes)
PROPERTIES: tuple[str, ...] = tuple(_load().properties)
ANNOTATION_PROPERTIES: tuple[str, ...] = tuple(_load().annotation_properties)
OBJECT_PROPERTIES: frozenset[str] = frozenset(_load().object_properties)
SYMMETRIC_PROPERTIES: frozenset[str] = frozenset(_load().symmetric)


def label(local: str) -> str:
    """The English ``rdfs:label`` of any bn: term; the local name if it has none."""
    return _load().labels.get(local, local)


def class_label(local: str) -> str:
    """Label of class ``local`` (``'GovernmentAgency'`` -> ``'Government agency'``)."""
    return label(local)


def property_label(local: str) -> str:
    """Label of property ``local`` (``'holdsPosition'`` -> ``'holds position'``)."""
    return label(local)


def comment(local: str) -> str:
    """The ``rdfs:comment`` of a bn: term ('' if none)."""
    return _load().comments.get(local, "")


def is_class(local: str) -> bool:
    return local in _load().classes


def is_property(local: str) -> bool:
    return local in _load().properties


def external_parents(local: str) -> list[str]:
    """IRIs of the external classes/properties ``local`` refines (FOAF, schema.org, ORG...)."""
    return list(_load().external.get(local, []))


def superclasses(local: str) -> list[str]:
    """bn: ancestors of a class (or property), nearest first, no duplicates.

    >>> superclasses("Province")
    ['AdministrativeArea', 'Place']
    """
    parents = _load().parents
    out: list[str] = []
    frontier = list(parents.get(local, []))
    while frontier:
        nxt: list[str] = []
        for p in frontier:
            if p not in out and p != local:
                out.append(p)
                nxt.extend(parents.get(p, []))
        frontier = nxt
    return out


def subclasses(local: str) -> list[str]:
    """bn: classes below ``local`` (any depth), sorted."""
    return sorted(c for c in _load().classes if local in superclasses(c))


def most_specific(types: Iterable[str]) -> str | None:
    """The most specific bn: class among ``types`` (local names).

    Nodes carry their class and every bn: superclass; this picks the one to
    show. Ties (two unrelated leaves) go to the deeper class, then by name.
    """
    ts = [t for t in dict.fromkeys(types) if is_class(t)]
    if not ts:
        return None
    leaves = [t for t in ts if not any(t in superclasses(o) for o in ts if o != t)]
    return sorted(leaves, key=lambda t: (-len(superclasses(t)), t))[0]


def iri_category_type(local: str) -> str:
    """The class whose IRI category (``kg.iris.CATEGORY_OF_TYPE``) a node of ``local`` uses.

    Finer classes added to the ontology (City, Province, NGO) reuse their
    nearest ancestor's category, so ``iris`` need not list every class.

    >>> iri_category_type("City")
    'Place'
    """
    for t in [local, *superclasses(local)]:
        if t in CATEGORY_OF_TYPE:
            return t
    return local


def color(local: str) -> str | None:
    """Legend colour of a class, inherited from the nearest superclass that has one."""
    colors = _load().colors
    for t in [local, *superclasses(local)]:
        if t in colors:
            return colors[t]
    return None


def shape(local: str) -> str | None:
    """vis.js shape of a class, inherited like :func:`color`."""
    shapes = _load().shapes
    for t in [local, *superclasses(local)]:
        if t in shapes:
            return shapes[t]
    return None


def legend() -> list[tuple[str, str, str]]:
    """``(class local name, label, colour)`` for every class with its own colour.

    Ordered by ``bn:legendOrder`` (then label), so the legend reads Person,
    Organization, Government agency, ... as the ontology says.
    """
    onto = _load()
    own = [c for c in onto.classes if c in onto.colors]
    own.sort(key=lambda c: (onto.order.get(c, 10**6), label(c)))
    return [(c, label(c), onto.colors[c]) for c in own]
