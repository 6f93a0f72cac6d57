"""Units of a ministry named by their portfolio (round-28 class A10).

"A senior official of the Power Division told ...", "the Petroleum Division
said", "the Customs Wing of the Federal Board of Revenue": a capitalised
Division, Wing, Directorate or Cell whose other words are all portfolio words
("Power", "Petroleum", "Climate Change") is a unit of a ministry, a
GovernmentAgency; never the place a "<Name> Division" of a country's map is
("Sylhet Division", "Makran Division": a name, not a portfolio, before it).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

UNIT_WORDS = ("Division", "Wing", "Directorate", "Directorate-General", "Cell", "Section")
# Common words of portfolios the lexicon's list may lack.
_MORE_PORTFOLIO = frozenset("change control establishment narcotics textile textiles overseas privatisation privatization "
                            "poverty alleviation law parliamentary religious statistics investment".split())
_UNIT_RE = re.compile(rf"(?<![\w'’-])(?P<name>(?:{CAP_CLASS}[\w'’-]*\s+(?:and\s+|&\s+)?){{1,4}}(?:{'|'.join(UNIT_WORDS)}))(?![\w'’-])")


def portfolio_unit(name: str) -> bool:
    """Is ``name`` '<portfolio words> <unit word>' ("Power Division", "Climate Change Division")?"""
    words = name.split()
    if len(words) < 2 or words[-1] not in UNIT_WORDS:
        return False
    common = lexicon.words("portfolio_words") | _MORE_PORTFOLIO | {"and", "&"}
    return all(w.lower() in common for w in words[:-1])


def ministry_units(state: State) -> list[Candidate]:
    """GovernmentAgency candidates for portfolio-named units."""
    out = []
    for m in _UNIT_RE.finditer(state.text):
        name = m.group("name")
        words = name.split()
        while len(words) > 2 and not portfolio_unit(" ".join(words)):
            words = words[1:]  # "The Power Division": the sentence's first word is none of it
        name = " ".join(words)
        if "\n" in m.group("name") or not portfolio_unit(name) or state.gaz.lookup(name) is not None:
            continue
        start = m.end("name") - len(name)
        if state.text[start:m.end("name")] != name:
            continue
        out.append(Candidate(start, m.end("name"), name, "GovernmentAgency", "rule"))
    return out
