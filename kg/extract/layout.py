"""Where the headline ends and which lines are photo credits.

A headline repeats the title and is written in title case, which fools the
NER ("Trudeau Walk" as a person); credit lines ("Photo by X, Wikimedia
commons") name photographers and archives, not actors. Both are marked here
so later steps can treat them apart.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.model import Document


def body_start(document: Document) -> int:
    """Offset where the body begins (0 when the text has no headline line)."""
    text = document.text
    m = re.match(r"\s*([^\n]+)\n", text)
    if not m:
        return 0
    first = m.group(1).strip()
    is_title = _same(first, document.title)
    looks_like_heading = not re.search(r"[.!?”\"]$", first) and len(first.split()) <= 25
    if is_title or (looks_like_heading and text[m.end():m.end() + 1] == "\n"):
        return m.end()
    return 0


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return bool(a) and norm(a) == norm(b)


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo/image credit sentences or lines."""
    markers = "|".join(re.escape(w) for w in sorted(lexicon.words("credit_markers"), key=len, reverse=True))
    sources = "|".join(re.escape(w) for w in lexicon.words("credit_sources"))
    out = []
    # "Photo by X, Wikimedia commons." / "Image: Getty" / "(Photo: Reuters)"
    for m in re.finditer(
        rf"(?im)(?:^|(?<=[.!?”\"]\s)|\()\s*(?:{markers})\s*(?:by|:|courtesy of|via|credit:?)\s*[^\n]*?(?:[.)]\s*$|[.)](?=\s)|$)",
        text,
    ):
        out.append((m.start(), m.end()))
    for m in re.finditer(rf"(?i)[^.\n]*\b(?:{sources})\b[^.\n]*\.?", text):
        out.append((m.start(), m.end()))
    return out
