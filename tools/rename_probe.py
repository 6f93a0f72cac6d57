"""Copy a gold set with its people or places renamed, to see what extraction owes to known names.

usage: .venv/bin/python tools/rename_probe.py MODE OUT_DIR [SRC_DIR]
MODE:
  people-listed    every gold Person (two or three capitalised words) gets a given name from
                   kg/data/given_names.txt and an invented surname;
  people-invented  invented given names too (names no list of ours holds);
  places           every capitalised word of a gold Place's label or aliases (not countries, not
                   geographic heads such as River, Road, Port, not directions) becomes an invented word.
SRC_DIR defaults to tests/fixtures/blind. One mapping per article goes to its text and its gold
(labels, aliases, quotes), so the gold stays right. Then score the copy alone:
  .venv/bin/python tools/score_sets.py OUT_DIR --alone --per-file [--details]
and compare with the unchanged folder scored the same way (an alone build scores as the shared one).
"""
import json
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
SYLLABLES = ["zhu", "kwe", "tso", "mbe", "ngu", "rza", "xo", "vyk", "dze", "qai",
             "lom", "bru", "tev", "ish", "uvo", "kra", "yel", "gub", "ozh", "nir"]
PLACE_ENDINGS = ["ovo", "ani", "ek", "ora", "ul", "ist", "abad", "ene", "ito", "ay"]
# Words of place names that say what kind of place it is (kept, so only the name is unknown).
KEPT_PLACE_WORDS = set(
    "north south east west northern southern eastern western upper lower new old great greater little saint st "
    "san santa sao são de da do dos das del la le les el al of the and international border post station line "
    "national central mount mountains hills plain plains zone free special economic industrial park terminal "
    "market town city one-stop joint republic kingdom union federal grand high".split()
)


def _place_keep_words() -> set[str]:
    lexicon = json.loads((DATA / "lexicon.json").read_text())
    keep = set(KEPT_PLACE_WORDS)
    for noun in lexicon["place_nouns"]:
        keep |= set(noun.split())
    keep |= {w.lower().rstrip(".") for w in lexicon["street_suffixes"]}
    return keep | set(lexicon["locality_nouns"]) | set(lexicon["route_nouns"])


def _country_words() -> set[str]:
    gazetteer = json.loads((DATA / "gazetteer.json").read_text())
    words: set[str] = set()
    for c in gazetteer["countries"]:
        for name in [c["label"], *c.get("aliases", []), *c.get("demonyms", [])]:
            words |= set(re.split(r"[\s-]+", name))
    return words


class Renamer:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.rng = random.Random(5 if mode == "places" else 11)
        self.given = [ln.strip() for ln in open(DATA / "given_names.txt", encoding="utf-8")
                      if ln.strip() and not ln.startswith("#")]
        if mode == "places":
            self.keep, self.countries = _place_keep_words(), _country_words()

    def _syllables(self, counts: list[int]) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice(counts)))

    def surname(self) -> str:
        return self._syllables([2, 3]).capitalize()

    def given_name(self) -> str:
        if self.mode == "people-listed":
            return self.rng.choice(self.given)
        return self.surname()[:-1] + self.rng.choice("aoiu")

    def place_word(self) -> str:
        return (self._syllables([1, 2]) + self.rng.choice(PLACE_ENDINGS)).capitalize()

    def token_map(self, gold: dict) -> dict[str, str]:
        """Old word -> new word for one article."""
        tokmap: dict[str, str] = {}
        entities = gold["entities"]
        if self.mode == "places":
            countries = {t for e in entities if e["type"] == "Country"
                         for name in [e["label"], *e.get("aliases", [])] for t in re.split(r"[\s-]+", name)}
            for e in entities:
                if e["type"] != "Place":
                    continue
                for name in [e["label"], *e.get("aliases", [])]:
                    for t in re.split(r"[\s\-–/]+", name):
                        if (re.fullmatch(r"[A-ZÀ-Ý][\w'’]+", t) and t.lower() not in self.keep
                                and t not in self.countries and t not in countries and t not in tokmap
                                and not t.isupper()):
                            tokmap[t] = self.place_word()
            return tokmap
        others = {t for e in entities if e["type"] != "Person"
                  for name in [e["label"], *e.get("aliases", [])] for t in name.split()}
        for e in entities:
            words = e["label"].split()
            if e["type"] != "Person" or not 2 <= len(words) <= 3 \
                    or not all(re.fullmatch(r"[A-Z][\w'-]+", t) for t in words):
                continue
            for i, t in enumerate(words):
                if t not in tokmap and t not in others:
                    tokmap[t] = self.given_name() if i == 0 else self.surname()
        return tokmap


def _substitute(text: str, tokmap: dict[str, str], hyphen_joins: bool) -> str:
    """Replace whole words; with ``hyphen_joins`` a hyphenated compound is one word (names, not places)."""
    edge = r"[\w-]" if hyphen_joins else r"\w"
    pairs = sorted([*tokmap.items(), *((a.upper(), b.upper()) for a, b in tokmap.items())],
                   key=lambda p: -len(p[0]))
    for old, new in pairs:
        text = re.sub(rf"(?<!{edge})" + re.escape(old) + rf"(?!{edge})", new, text)
    return text


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3) or argv[0] not in ("people-listed", "people-invented", "places"):
        sys.exit(__doc__)
    renamer = Renamer(argv[0])
    out = Path(argv[1])
    src = Path(argv[2]) if len(argv) == 3 else ROOT / "tests" / "fixtures" / "blind"
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for g in sorted(src.glob("*.gold.json")):
        stem = g.name[: -len(".gold.json")]
        gold = json.loads(g.read_text(encoding="utf-8"))
        tokmap = renamer.token_map(gold)
        joins = renamer.mode != "places"  # "Tal-Vor crossing" renames both halves of a place
        for p in src.glob(stem + ".*"):
            if p.name.endswith(".meta.json"):
                shutil.copy(p, out / p.name)
            elif p.name.endswith(".gold.json"):
                (out / p.name).write_text(_substitute(json.dumps(gold, ensure_ascii=False), tokmap, joins), encoding="utf-8")
            else:
                (out / p.name).write_text(_substitute(p.read_text(encoding="utf-8"), tokmap, joins), encoding="utf-8")
        n += 1
    print(f"{n} articles written to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
