"""World town and city names (``kg/data/cities.tsv``, from GeoNames, CC BY 4.0).

The file holds ``name<TAB>country`` lines. The rules mostly ask "is this a
known town name?" (to type a mention as a Place); the country column only
helps pick a mayor's country among those the text names, and is never turned
into a locatedIn relation (only the text may say where a town lies). Read
once, lazily.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CITIES_PATH = Path(__file__).resolve().parent.parent / "data" / "cities.tsv"


@lru_cache(maxsize=1)
def town_countries() -> dict[str, tuple[str, ...]]:
    """Town name (as written: case and accents kept) -> the countries the file lists it in."""
    table: dict[str, list[str]] = {}
    with CITIES_PATH.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, _, country = line.rstrip("\n").partition("\t")
            name, country = name.strip(), country.strip()
            if name:
                table.setdefault(name, [])
                if country:
                    table[name].append(country)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Every town name of the file."""
    return frozenset(town_countries())


@lru_cache(maxsize=1)
def longest_words() -> int:
    """The most words one town name has (bounds the window a scan tries)."""
    return max(len(n.split()) for n in city_names())


def is_city(name: str) -> bool:
    """Is ``name`` (spaces normalised) a town the file lists?"""
    return " ".join(name.split()) in city_names()
