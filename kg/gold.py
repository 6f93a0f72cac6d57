"""Gold annotation files (``*.gold.json``, the format in SPEC.md): load and check.

A malformed file raises ``GoldFileError`` naming the file and the exact problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GoldFileError
from kg.iris import slugify

GOLD_TYPES = (
    "Person",
    "Organization",
    "GovernmentAgency",
    "MediaOrganization",
    "Country",
    "Place",
    "Agreement",
)
RELATION_PREDICATES = (
    "represents",
    "holdsPosition",
    "partOf",
    "partyTo",
    "negotiates",
    "metWith",
    "locatedIn",
    "connects",
    "dateSigned",
)
KINDS = ("direct", "reported")


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class GoldRelation:
    """Exactly one of ``object`` (an entity id) and ``object_label`` is set."""

    subject: str
    predicate: str
    object: str | None = None
    object_label: str | None = None

    def __str__(self) -> str:
        obj = self.object if self.object is not None else f'"{self.object_label}"'
        return f"{self.subject} {self.predicate} {obj}"


@dataclass(frozen=True)
class UnnamedSpeaker:
    """A descriptive speaker ("a Canadian official") and the side it acts for."""

    label: str
    represents: str | None = None


@dataclass(frozen=True)
class GoldStatement:
    speaker: str | UnnamedSpeaker
    quote: str
    kind: str
    addressee: str | None = None
    medium: str | None = None
    about: tuple[str, ...] = ()

    def __str__(self) -> str:
        who = (
            self.speaker if isinstance(self.speaker, str) else f"({self.speaker.label})"
        )
        return f'{who}: "{_short(self.quote)}"'


@dataclass(frozen=True)
class Gold:
    document: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    path: str | None = None

    @property
    def document_id(self) -> str:
        """The document id the builder gives this file: slug of its stem."""
        return slugify(Path(self.document).stem)

    def entity(self, id_: str) -> GoldEntity:
        return next(e for e in self.entities if e.id == id_)


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; any problem raises ``GoldFileError`` naming it."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldFileError(f"{p}: no such gold file") from exc
    except json.JSONDecodeError as exc:
        raise GoldFileError(
            f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{p}: cannot read the gold file: {exc}") from exc
    return _parse_gold(raw, str(p))


def _parse_gold(raw: Any, where: str) -> Gold:
    def fail(msg: str) -> GoldFileError:
        return GoldFileError(f"{where}: {msg}")

    if not isinstance(raw, dict):
        raise fail(
            "the top level must be a JSON object with 'document', 'entities', 'relations', 'statements'"
        )
    document = raw.get("document")
    if not isinstance(document, str) or not document.strip():
        raise fail("'document' must be the annotated file's name (a non-empty string)")
    for key in ("entities", "relations", "statements"):
        if not isinstance(raw.get(key, []), list):
            raise fail(f"'{key}' must be a list")
    if "entities" not in raw:
        raise fail("'entities' is missing")

    entities: list[GoldEntity] = []
    for i, e in enumerate(raw["entities"]):
        at = f"entities[{i}]"
        if not isinstance(e, dict):
            raise fail(f"{at} must be an object")
        id_, type_, label = e.get("id"), e.get("type"), e.get("label")
        if not isinstance(id_, str) or not id_:
            raise fail(f"{at}: 'id' must be a non-empty string")
        if any(x.id == id_ for x in entities):
            raise fail(f"{at}: duplicate entity id {id_!r}")
        if type_ not in GOLD_TYPES:
            raise fail(
                f"{at} ({id_}): unknown type {type_!r}; expected one of {', '.join(GOLD_TYPES)}"
            )
        if not isinstance(label, str) or not label.strip():
            raise fail(f"{at} ({id_}): 'label' must be a non-empty string")
        aliases = e.get("aliases", [])
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) for a in aliases
        ):
            raise fail(f"{at} ({id_}): 'aliases' must be a list of strings")
        entities.append(GoldEntity(id_, type_, label, tuple(aliases)))
    ids = {e.id for e in entities}

    def known(value: Any, at: str, what: str) -> str:
        if not isinstance(value, str) or value not in ids:
            raise fail(f"{at}: {what} {value!r} is not an entity id of this file")
        return value

    relations: list[GoldRelation] = []
    for i, r in enumerate(raw.get("relations", [])):
        at = f"relations[{i}]"
        if not isinstance(r, dict):
            raise fail(f"{at} must be an object")
        subject = known(r.get("subject"), at, "subject")
        pred = r.get("predicate")
        if pred not in RELATION_PREDICATES:
            raise fail(
                f"{at}: unknown predicate {pred!r}; expected one of {', '.join(RELATION_PREDICATES)}"
            )
        has_obj, has_label = (
            r.get("object") is not None,
            r.get("object_label") is not None,
        )
        if has_obj == has_label:
            raise fail(
                f"{at}: give exactly one of 'object' (an entity id) and 'object_label'"
            )
        if has_obj:
            relations.append(
                GoldRelation(subject, pred, object=known(r["object"], at, "object"))
            )
        else:
            label = r["object_label"]
            if not isinstance(label, str) or not label.strip():
                raise fail(f"{at}: 'object_label' must be a non-empty string")
            relations.append(GoldRelation(subject, pred, object_label=label))

    statements: list[GoldStatement] = []
    for i, s in enumerate(raw.get("statements", [])):
        at = f"statements[{i}]"
        if not isinstance(s, dict):
            raise fail(f"{at} must be an object")
        sp = s.get("speaker")
        speaker: str | UnnamedSpeaker
        if isinstance(sp, dict):
            if not isinstance(sp.get("unnamed"), str) or not sp["unnamed"].strip():
                raise fail(
                    f"{at}: an unnamed speaker needs 'unnamed' (a label such as 'Canadian official')"
                )
            rep = sp.get("represents")
            speaker = UnnamedSpeaker(
                sp["unnamed"], None if rep is None else known(rep, at, "represents")
            )
        else:
            speaker = known(sp, at, "speaker")
        quote = s.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            raise fail(f"{at}: 'quote' must be a non-empty string")
        if s.get("kind") not in KINDS:
            raise fail(
                f"{at}: 'kind' must be 'direct' or 'reported', not {s.get('kind')!r}"
            )
        for key in ("addressee", "medium"):
            if s.get(key) is not None and not isinstance(s[key], str):
                raise fail(f"{at}: '{key}' must be a string or null")
        about = s.get("about", [])
        if not isinstance(about, list):
            raise fail(f"{at}: 'about' must be a list of entity ids")
        statements.append(
            GoldStatement(
                speaker,
                quote,
                s["kind"],
                s.get("addressee"),
                s.get("medium"),
                tuple(known(a, at, "about") for a in about),
            )
        )
    return Gold(document, tuple(entities), tuple(relations), tuple(statements), where)
