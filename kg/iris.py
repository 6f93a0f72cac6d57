"""The IRI scheme, in one place: ``kg.rdf`` mints IRIs, the API parses them.

Entities live under ``{base}{category}/{key}``; categories are coarse (person,
org, place, agreement, position, event) so that a finer type seen in another
document (Organization vs GovernmentAgency) does not split an actor in two.
Document-scoped nodes (statements, mentions, unnamed speakers) carry the
document id in their path.
"""

from __future__ import annotations

import re
import unicodedata

CATEGORY_OF_TYPE = {
    "Person": "person",
    "Organization": "org",
    "GovernmentAgency": "org",
    "MediaOrganization": "org",
    "Place": "place",
    "Country": "place",
    "Agreement": "agreement",
    "Position": "position",
    "Event": "event",
    "Meeting": "event",
}
CATEGORIES = frozenset(CATEGORY_OF_TYPE.values()) | {
    "document", "statement", "mention", "unnamed", "assertion"
}


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphen-separated; stable for the same name.

    >>> slugify("Québec City")
    'quebec-city'
    >>> slugify("U.S. Border Patrol")
    'us-border-patrol'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    norm = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)", "", norm)  # U.S. -> US
    norm = norm.replace("'", "").replace("\u2019", "")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", norm).strip("-").lower()
    return slug or "x"


def entity_iri(base: str, type_: str, key: str, document_id: str | None = None) -> str:
    """IRI of an entity; ``document_id`` given for unnamed (document-scoped) ones."""
    if document_id is not None:
        return f"{base}unnamed/{document_id}/{key}"
    return f"{base}{CATEGORY_OF_TYPE.get(type_, 'thing')}/{key}"


def document_iri(base: str, document_id: str) -> str:
    return f"{base}document/{document_id}"


def statement_iri(base: str, document_id: str, n: int) -> str:
    return f"{base}statement/{document_id}/{n}"


def event_iri(base: str, document_id: str, key: str) -> str:
    return f"{base}event/{document_id}/{key}"


def assertion_iri(base: str, document_id: str, n: int) -> str:
    """The ``bn:RelationAssertion`` node carrying a relation's evidence in one document."""
    return f"{base}assertion/{document_id}/{n}"


def mention_iri(base: str, document_id: str, start: int, end: int) -> str:
    return f"{base}mention/{document_id}/{start}-{end}"


def local_id(base: str, iri: str) -> str | None:
    """The path of an IRI under ``base`` (``person/justin-trudeau``), or None."""
    return iri[len(base):] if iri.startswith(base) else None
