"""Well-known actors as data: countries, regions, agencies, media, people, agreements.

The gazetteer (``kg/data/gazetteer.json``) helps typing and linking (canonical
labels, Wikidata ``same_as``, the country an agency or region belongs to, a
demonym's country). It is never required: a name it does not know is still
extracted from the text by the statistical model and the rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_PATH = DATA_DIR / "gazetteer.json"
WIKIDATA = "https://www.wikidata.org/entity/"

# Section of the JSON file -> the ontology type its entries get by default.
_SECTION_TYPES = {
    "countries": "Country",
    "regions": "Place",
    "places": "Place",
    "organizations": "Organization",
    "people": "Person",
    "agreements": "Agreement",
}


@dataclass(frozen=True)
class GazEntry:
    """One known actor; ``country`` is the label of the country it belongs to."""

    label: str
    type: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    country: str | None = None
    position: str | None = None
    head_title: str | None = None
    parties: tuple[str, ...] = ()
    signed: str | None = None
    demonyms: tuple[str, ...] = ()
    capital: bool = False  # a capital city stands for its country ("London said")
    section: str = ""

    @property
    def same_as(self) -> list[str]:
        return [WIKIDATA + self.qid] if self.qid else []

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass
class Gazetteer:
    """Lookups over the entries; build with :func:`load_gazetteer`."""

    entries: list[GazEntry]
    by_name: dict[str, GazEntry] = field(default_factory=dict)
    by_label: dict[str, GazEntry] = field(default_factory=dict)
    demonyms: dict[str, GazEntry] = field(default_factory=dict)
    by_surname: dict[str, list[GazEntry]] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    _last_scan: tuple[str, tuple[tuple[int, int, GazEntry], ...]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self.by_label.setdefault(entry.label, entry)
            for name in entry.names:
                self.by_name.setdefault(name, entry)
                if not _ABBREVIATION_RE.fullmatch(name):
                    self.by_name.setdefault(_fold(name), entry)
            for demonym in entry.demonyms:
                self.demonyms.setdefault(demonym.lower(), entry)
            if entry.type == "Person":
                surname = entry.label.split()[-1]
                self.by_surname.setdefault(surname, []).append(entry)
        names = sorted(
            {n for e in self.entries for n in e.names if len(n) > 1}, key=len, reverse=True
        )
        alternation = "|".join(re.escape(n) for n in names)
        # Word boundaries that also work for names ending in a dot ("U.S.").
        self.pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?!\w|\.\w)")

    def lookup(self, name: str) -> GazEntry | None:
        """The entry a surface form names, ignoring a leading "the" and dots."""
        name = name.strip()
        hit = self.by_name.get(name) or self.by_name.get(_fold(name))
        if hit is None and name.lower().startswith("the "):
            hit = self.by_name.get(name[4:]) or self.by_name.get(_fold(name[4:]))
        return hit

    def country_of_demonym(self, word: str) -> GazEntry | None:
        """``Canadian`` -> Canada; also country names and aliases themselves."""
        word = word.strip()
        hit = self.demonyms.get(word.lower())
        if hit is None:
            entry = self.lookup(word)
            if entry is not None and entry.type == "Country":
                hit = entry
        return hit

    def country(self, label: str | None) -> GazEntry | None:
        if not label:
            return None
        entry = self.lookup(label)
        return entry if entry is not None and entry.type == "Country" else None

    def finditer(self, text: str) -> list[tuple[int, int, GazEntry]]:
        """Every non-overlapping, longest match of a known name in ``text``.

        Several steps scan the same article; the last text's matches are kept
        (a tuple, so no caller can change what the next one reads).
        """
        assert self.pattern is not None
        last = self._last_scan
        if last is not None and last[0] == text:
            return list(last[1])
        out = []
        for m in self.pattern.finditer(text):
            entry = self.by_name.get(m.group(0))
            if entry is not None:
                out.append((m.start(), m.end(), entry))
        self._last_scan = (text, tuple(out))
        return out


# "Mont.", "Kan.", "Ore.": a one-word abbreviation is known only with its dot; folded it
# would be a word or a name ("told Kan radio", "Ore exports", "Alta" in Norway).
_ABBREVIATION_RE = re.compile(r"[A-Z][a-z]+\.")


def _fold(name: str) -> str:
    """Dot- and space-insensitive key: ``U.S.`` and ``US`` meet; case is kept
    for one-word names (``US`` is a country, ``us`` a pronoun) and dropped for
    longer ones (``Safe Third Country agreement``)."""
    folded = re.sub(r"\s+", " ", name.replace(".", "")).strip()
    return folded.lower() if " " in folded else folded


def _entry(section: str, raw: dict) -> GazEntry:
    return GazEntry(
        label=raw["label"],
        type=raw.get("type", _SECTION_TYPES[section]),
        aliases=tuple(raw.get("aliases", ())),
        qid=raw.get("qid"),
        country=raw.get("country"),
        position=raw.get("position"),
        head_title=raw.get("head_title"),
        parties=tuple(raw.get("parties", ())),
        signed=raw.get("signed"),
        demonyms=tuple(raw.get("demonyms", ())),
        capital=bool(raw.get("capital", False)),
        section=section,
    )


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """Read the gazetteer file once per process."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = [
        _entry(section, raw)
        for section in _SECTION_TYPES
        for raw in data.get(section, [])
    ]
    return Gazetteer(entries)
