"""IRIs that stay one real actor across documents.

An entity's key becomes its IRI, and the same IRI in two documents means the
same actor. That is right for "Kenya Revenue Authority" but wrong for a
generic agency name: India's "Department of Fisheries" in one article and
Malawi's in another are two bodies. So an agency whose name carries no
country, that is longer than one word, that is not a known actor of the
gazetteer, and that this document places in exactly one country (``partOf``)
has its IRI minted with that country (``department-of-fisheries-india``), as
two countries' agencies of one name in one document already get keys of
their own (:func:`kg.extract.resolve_homonyms._split_homonyms`). Inside the
extraction the entity keeps its key (``Entity.iri_key`` carries the IRI's).
"""

from __future__ import annotations

from kg.extract.gazetteer import Gazetteer
from kg.model import Extraction


def scope_generic_agencies(x: Extraction, gaz: Gazetteer) -> None:
    """Set ``iri_key`` of each generic agency name to its key plus the one country it belongs to."""
    for key, entity in x.entities.items():
        if entity.type != "GovernmentAgency" or entity.unnamed or entity.same_as or " " not in entity.label:
            continue  # a one-word name ("SENIAT", "Petrosen") is distinctive already
        if gaz.lookup(entity.label) is not None or _names_a_country(entity.label, gaz):
            continue
        owners = {r.object for r in x.relations if r.subject == key and r.predicate == "partOf"
                  and r.object in x.entities and x.entities[r.object].type == "Country"}
        if len(owners) != 1:
            continue
        owner = owners.pop()
        if owner not in key:
            entity.iri_key = f"{key}-{owner}"


def _names_a_country(label: str, gaz: Gazetteer) -> bool:
    """Whether a word or short run of words of ``label`` is a country or its demonym."""
    words = label.replace("’s", "").replace("'s", "").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i:i + size])
            entry = gaz.lookup(run)
            if entry is not None and entry.type == "Country" or gaz.country_of_demonym(run) is not None:
                return True
    return False
