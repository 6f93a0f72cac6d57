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


# Latin letters that Unicode does not decompose into an ASCII base letter.
_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "ŋ": "ng", "Ŋ": "NG",
})


def _fold(ch: str) -> str:
    """``ch`` as ASCII when it is a Latin letter with marks; other letters and digits unchanged."""
    ascii_ = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
    if ascii_:
        return ascii_
    # Letters of other scripts (Cyrillic, Greek, Han...) stay: IRIs may hold them,
    # and dropping them would give every such name the same slug.
    return ch if ch.isalnum() else " "


def slugify(text: str) -> str:
    """Lower-case, hyphen-separated, Latin letters folded to ASCII; stable for the same name.

    >>> slugify("Québec City")
    'quebec-city'
    >>> slugify("U.S. Border Patrol")
    'us-border-patrol'
    >>> slugify("Paweł Kowalczyk"), slugify("Ayvalık"), slugify("Tromsø"), slugify("Straße")
    ('pawel-kowalczyk', 'ayvalik', 'tromso', 'strasse')
    >>> slugify("Владимир Путин")
    'владимир-путин'
    """
    norm = "".join(_fold(ch) for ch in text.translate(_TRANSLIT).replace("'", "").replace("\u2019", ""))
    norm = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)", "", norm)  # U.S. -> US
    slug = re.sub(r"[\W_]+", "-", norm).strip("-").lower()
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
