"""Load input documents: text, HTML or Markdown plus an optional metadata sidecar.

The text a ``Document`` carries is the exact text every offset indexes into:
line endings are normalised to ``\\n`` and nothing else is changed. HTML goes
through trafilatura (offline) and its extracted text becomes the document text.

>>> import tempfile
>>> from pathlib import Path
>>> d = Path(tempfile.mkdtemp())
>>> _ = (d / "note.txt").write_text("A title\\n\\nBody text.\\n")
>>> load_document(d / "note.txt").title
'A title'
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from kg.errors import DocumentError, MetadataError
from kg.iris import slugify
from kg.model import Document

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown"}
HTML_SUFFIXES = {".html": "text/html", ".htm": "text/html"}
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES) | frozenset(HTML_SUFFIXES)
META_SUFFIX = ".meta.json"
META_FIELDS = ("title", "date", "source", "url")

# ISO 8601 calendar date or partial date: YYYY, YYYY-MM, YYYY-MM-DD.
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def discover(paths: list[Path]) -> list[Path]:
    """Expand directories into the supported documents inside them (sorted).

    Files named directly are kept whatever their suffix (so loading them gives a
    clear error); sidecars (``*.meta.json``) and hidden files are skipped.
    """
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and _is_document_name(child):
                    found.append(child)
        else:
            found.append(path)
    # Deduplicate while keeping a stable, sorted order.
    return sorted(dict.fromkeys(found))


def _is_document_name(path: Path) -> bool:
    name = path.name.lower()
    return not name.endswith(META_SUFFIX) and path.suffix.lower() in SUPPORTED_SUFFIXES


def sidecar_path(path: Path) -> Path:
    """``NAME.meta.json`` beside ``NAME.txt``."""
    return path.with_name(path.stem + META_SUFFIX)


def load_document(path: Path) -> Document:
    """Read one document and its sidecar; raise ``DocumentError`` on bad input."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"{path}: no such file; check the path and try again.")
    if path.is_dir():
        raise DocumentError(
            f"{path}: is a directory; pass a document file (.txt, .md, .html) "
            "or use `bnkg build DIR` to read every document in it."
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{path}: unsupported file type {suffix or '(none)'}; "
            "use .txt, .md, .html or .htm."
        )
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise DocumentError(f"{path}: looks binary (contains NUL bytes); save it as UTF-8 text.")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8 text."
        ) from None
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in HTML_SUFFIXES:
        text = _html_to_text(decoded, path)
        media_type = HTML_SUFFIXES[suffix]
    else:
        text = decoded
        media_type = TEXT_SUFFIXES[suffix]
    if not text.strip():
        raise DocumentError(f"{path}: has no text (empty or whitespace only); add the article text.")
    meta = read_sidecar(path)
    title = meta.get("title") or _first_line(text)
    return Document(
        id=slugify(path.name[: -len(path.suffix)]),
        text=text,
        title=title,
        sha256=hashlib.sha256(raw).hexdigest(),
        date=meta.get("date"),
        source=meta.get("source"),
        url=meta.get("url"),
        path=str(path),
        media_type=media_type,
    )


def _html_to_text(html: str, path: Path) -> str:
    """Main text of an HTML page via trafilatura (no network is used)."""
    import trafilatura  # imported lazily: only HTML input needs it

    text = trafilatura.extract(
        _reporting_html(html),
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not text or not text.strip():
        raise DocumentError(
            f"{path}: no article text could be extracted from this HTML; "
            "save the article as plain text instead."
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _reporting_html(html: str) -> str:
    """``html`` with the reporting trafilatura would drop turned into ordinary text:
    figure captions (:func:`_captions_as_paragraphs`) and fact boxes inside the article
    (:func:`_fact_boxes_as_sections`). The page is parsed once; pages whose markup cannot
    be parsed are passed on unchanged."""
    lowered = html.lower()
    if "<figcaption" not in lowered and "<aside" not in lowered:
        return html
    import lxml.html  # trafilatura's own parser

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    changed = _fact_boxes_as_sections(root)
    changed = _captions_as_paragraphs(root) or changed
    return lxml.html.tostring(root, encoding="unicode") if changed else html


def _captions_as_paragraphs(root) -> bool:
    """Turn each ``<figcaption>`` into a paragraph just before its figure (in place).

    trafilatura drops figures with their captions, but a caption is reporting
    ("Excavators at X in Y province"): its places and people belong to the
    article. Its photo credit stays in the text; extraction skips credits
    (:func:`kg.extract.layout.credit_ranges`).
    """
    changed = False
    for caption in list(root.iter("figcaption")):
        figure = caption.getparent()
        caption.tag = "p"
        caption.tail = None
        if figure is not None and figure.tag == "figure" and figure.getparent() is not None:
            figure.addprevious(caption)
        changed = True
    return changed


# An aside whose text is at least this share of link text is a list of other stories.
_LINK_LIST_SHARE = 0.5


def _fact_boxes_as_sections(root) -> bool:
    """Turn each fact box inside the article into an ordinary section (in place).

    trafilatura drops every ``<aside>``, but a fact box, explainer or "key players" box
    inside ``<article>`` is reporting (signing dates, where a pass lies, who leads which
    side) that researchers expect in the graph. Asides outside the article and asides
    made mostly of links ("Related", "More on this", "Most read") stay out: they name
    other stories, not this one.
    """
    changed = False
    for aside in list(root.iter("aside")):
        if not any(a.tag == "article" for a in aside.iterancestors()):
            continue
        text = " ".join(aside.text_content().split())
        links = " ".join(" ".join(a.text_content().split()) for a in aside.iter("a"))
        if not text or len(links) >= _LINK_LIST_SHARE * len(text):
            continue
        aside.tag = "section"
        changed = True
    return changed


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def read_sidecar(path: Path) -> dict[str, str]:
    """The validated metadata of ``path`` from its sidecar, or ``{}`` without one."""
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise MetadataError(f"{meta_path}: is not UTF-8 text; re-save it as UTF-8 JSON.") from None
    except json.JSONDecodeError as exc:
        raise MetadataError(
            f"{meta_path}: malformed JSON at line {exc.lineno} column {exc.colno} "
            f"({exc.msg}); fix the sidecar or delete it."
        ) from None
    if not isinstance(data, dict):
        raise MetadataError(
            f"{meta_path}: must be a JSON object with optional keys {', '.join(META_FIELDS)}."
        )
    meta: dict[str, str] = {}
    for key in META_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise MetadataError(f"{meta_path}: '{key}' must be a string, got {type(value).__name__}.")
        if value.strip():
            meta[key] = value.strip()
    if "date" in meta:
        meta["date"] = validate_date(meta["date"], meta_path)
    return meta


def validate_date(value: str, where: Path | str) -> str:
    """Check an ISO 8601 (partial) date; return it unchanged or raise MetadataError."""
    match = _DATE_RE.match(value)
    ok = bool(match)
    if match:
        month, day = match.group(2), match.group(3)
        if month is not None and not 1 <= int(month) <= 12:
            ok = False
        if ok and day is not None:
            import datetime

            try:
                datetime.date(int(match.group(1)), int(month), int(day))
            except ValueError:
                ok = False
    if not ok:
        raise MetadataError(
            f"{where}: date {value!r} is not ISO 8601; write YYYY, YYYY-MM or YYYY-MM-DD."
        )
    return value
