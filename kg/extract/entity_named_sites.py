"""Sites named by a proper name and a head word (round-34 class A6).

* "the Cristo Redentor pass", "the Kazungula one-stop border post": the name
  and its lower-case head are one Place, labelled with both; the bare name is
  an alias when the text never uses it apart (a town the post is named after
  stays a place of its own). The model reads the bare name as a person or a
  company ("Cristo Redentor").
* "the Longjing field" (gas around), "its own Tamar field", "the Stabroek
  block": a field or block is a Place labelled by its name, with the name and
  head as an alias (the facility rules' convention, so a bare "Tamar" later
  is the same field).
* "the Integrated Check Post at Attari", "the Wagah Land Port": a title-case
  border facility is a place, never a body or an outlet; the "at <town>" tail
  is an alias.
* "Gurdwara Dera Sahib Lahore", "the Al-Aqsa Mosque", "Rila Monastery": a
  religious site is a place (a church's name is left alone: "the Russian
  Orthodox Church" is a body).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}[\w'’]*)*"
# head -> does it need oil or gas around ("the Volta field" may be a farm)
_HEADS = {"gas field": False, "oil field": False, "oilfield": False, "gasfield": False, "field": True,
          "offshore block": False, "oil block": False, "block": True, "mountain pass": False, "pass": False,
          "one-stop border post": False, "one stop border post": False}

@lru_cache(maxsize=1)
def _heads() -> dict[str, bool]:
    """The heads above and the lexicon's field heads (which say "field" themselves: no oil needed around)."""
    return {**_HEADS, **{h: False for h in lexicon.ordered("site_field_heads")}}


@lru_cache(maxsize=1)
def _site_re() -> re.Pattern:
    leads = "|".join(["giant", "offshore", "disputed", "huge", "new", "planned", "main", "nearby", "high", "busy",
                      *map(re.escape, lexicon.ordered("site_lead_adjectives"))])
    return re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:own\s+)?(?:(?:{leads})\s+)?"
                      rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+"
                      rf"(?P<head>{'|'.join(sorted(map(re.escape, _heads()), key=len, reverse=True))})(?![\w-])")


_NAME_ONLY_HEADS = frozenset({"gas field", "oil field", "oilfield", "gasfield", "field", "offshore block", "oil block",
                              "block"})


def _name_only(head: str) -> bool:
    return head in _NAME_ONLY_HEADS or head in lexicon.words("site_field_heads")


_HYDROCARBON_RE = re.compile(r"\b(?:gas|oil|LNG|offshore|drilling|drilled|hydrocarbons?|petroleum|condensate|"
                             r"reserves|shale|bcm|barrels|exploration|crude|wells?)\b")
# hydrocarbon words a story needs before "the X field" anywhere in it is an oil or gas field
_OIL_STORY_WORDS = 3
_FACILITY_TAIL_RE = re.compile(r"(?:Integrated\s+Check\s*[Pp]ost|Check\s*[Pp]ost|Checkpost|Land\s+Port|Border\s+Post|"
                               r"One-Stop\s+Border\s+Post|Border\s+Crossing\s+Point)$")
_SHRINE_LAST = frozenset("Mosque Monastery Temple Shrine Cathedral Basilica Synagogue Abbey Mandir Pagoda Lavra "
                         "Gurdwara Dargah Stupa Convent Minster Sanctuary".split())
_SHRINE_FIRST = frozenset("Gurdwara Masjid Mosque Monastery Dargah Mandir Wat".split())


def _not_site_name(name: str, state: State) -> bool:
    entry = state.gaz.lookup(name)
    first = name.split()[0]
    return entry is not None and entry.type not in {"Place"} or state.gaz.demonyms.get(first.lower()) is not None


def named_sites(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the sites above whole, and the readings across them gone."""
    text = state.text
    out = []
    bare: set[str] = set()
    oil_story = None
    for m in _site_re().finditer(text):
        name, head = m.group("name"), m.group("head")
        if _heads()[head] and not _HYDROCARBON_RE.search(text[max(0, m.start() - 250):m.end() + 250]):
            # "north of the Longjing field" far from any gas word, in a story about gas
            if oil_story is None:
                oil_story = len(_HYDROCARBON_RE.findall(text, state.body_start)) >= _OIL_STORY_WORDS
            if not oil_story:
                continue
        if _not_site_name(name, state) or re.search(r"['’]s?$", name) or state.is_skipped(m.start("name"), m.end()):
            continue
        if any(c.type in {"Organization", "GovernmentAgency", "MediaOrganization"} and c.source == "gaz"
               and c.start < m.end("name") and m.start("name") < c.end for c in found):
            continue  # "the Gazprom field": a company's
        start, end = m.start("name"), m.end("head")
        apart = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])(?!\s+{re.escape(head)}\b)", text)
        if _name_only(head) and apart:
            # the bare name used apart too: a town or a company the field is named after, left to others;
            # but a bare reading the model made a person or a body, with nothing known of it, is the field
            # ("the Tavan Tolgoi coal field ... Tavan Tolgoi") (session 31)
            bare.add(name)
            continue
        if _name_only(head):
            # a field or block keeps the convention of the facility rules (entity_places): the bare name
            # is the label, the name with its head an alias, so a later bare "Tamar" is the same field
            out.append(Candidate(start, m.end("name"), name, "Place", "rule", alias=f"{name} {head}"))
            continue
        out.append(Candidate(start, end, text[start:end], "Place", "rule", alias=None if apart else name))
    found = overlaid(found, out)
    for c in found:
        if c.text in bare and c.source != "gaz" and c.type in {"Organization", "Person"}:
            c.type = "Place"
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "GovernmentAgency", "MediaOrganization", "Person"}:
            continue
        words = c.text.split()
        if _FACILITY_TAIL_RE.search(c.text):
            c.type = "Place"
            tail = re.match(rf"\s+at\s+({_WORD}(?:\s+{_WORD})?)", text[c.end:c.end + 40])
            if tail:
                c.alias = f"{c.text} at {tail.group(1)}"
        elif words[-1] in _SHRINE_LAST or words[0] in _SHRINE_FIRST and len(words) >= 2:
            c.type = "Place"
    return found
