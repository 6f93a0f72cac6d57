"""Word lists the rules use, read once from ``kg/data/lexicon.json``."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from kg.iris import slugify

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.json"


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    # read once: mapping() is called inside per-entity loops
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list as a frozen set (case as written in the file)."""
    value = _raw()[name]
    return frozenset(value if isinstance(value, list) else value.keys())


@lru_cache(maxsize=None)
def ordered(name: str) -> tuple[str, ...]:
    """A word list in file order (longest-first matching needs the order)."""
    value = _raw()[name]
    return tuple(value if isinstance(value, list) else value.keys())


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A word list as a regex alternation, longest first; a space matches any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]*") for w in sorted(ordered(name), key=len, reverse=True))


@lru_cache(maxsize=None)
def mapping(name: str) -> Mapping[str, Any]:
    """A word -> normal form table (e.g. media nouns), read-only: it is shared by every caller."""
    return MappingProxyType(_raw()[name])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (``kg/data/given_names.txt``), for NER repairs only."""
    path = LEXICON_PATH.with_name("given_names.txt")
    return frozenset(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def macro_region_slugs() -> frozenset[str]:
    """Slugs of the continents and multi-country regions ("europe", "horn-of-africa")."""
    return frozenset(slugify(name) for name in words("macro_regions"))
