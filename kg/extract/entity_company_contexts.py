"""Companies the words around give away (round-27 class A2).

* "the Ruse refinery run by Petrotrans": a name after "run / operated / owned
  by" whose object is a plant, a line or a field is the firm that runs it;
* "Petrotrans, in which Austria's Voestkraft holds a majority stake,": a name
  someone holds a stake in is a company;
* "Shellbridge and Norvika, which hold the licence for Block 4,": names that
  hold a licence, a concession or a stake are companies (both of a pair);
* "Slovenian operator NAFTEX raised its tariff": a bare "operator" after a
  demonym describes a company (the descriptor rules take "operator" only after
  a network word, since a person may operate a boat);
* "the state railway Zeleznice Srbije and Ferrovie Nord were still arguing":
  the second of a pair joined to a described company is one as well;
* "Kestrix said in a statement": a single unknown word or acronym that issues a
  statement and is no person's name (no given name, no surname of a person the
  text names in full) is an organisation.

The NER often calls such names people or places, or misses them at the start
of a sentence; the context decides. A known given name first keeps a name
out ("the bakery run by Marta Ruiz" is a person's).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_companies import COMPANY_NOUNS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w&'’.-]*[\w&]|{CAP_CLASS}"
_NAME = rf"(?:{_WORD})(?: (?:{_WORD})){{0,5}}"
# What a company runs: plants, lines, fields, terminals (not shops or stalls, which people run).
_ASSETS = (r"refinery|refineries|plant|plants|terminal|terminals|pipeline|pipelines|mine|mines|smelter|field|"
           r"fields|port|ports|railway|line|lines|network|grid|depot|yard|factory|mill|platform|concession|"
           r"licence|license|block|blocks|airport|harbour|harbor|jetty|station|stations|facility|facilities|"
           r"interconnector|cable|dam|reservoir|project|projects|complex|site|service|services|route|routes")
_RUN_BY = re.compile(rf"\b(?:{_ASSETS})\b[^.;:\n]{{0,40}}?\b(?:run|operated|owned|managed|controlled|leased|"
                     rf"built|developed|held)\s+by\s+(?:the\s+)?(?P<name>{_NAME})")
# "X, in which Austria's Y holds a majority stake,"
_STAKE_IN = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME}),\s+in\s+which\s+[^.;\n]{{0,60}}?\b(?:holds?|has|have|owns?|"
                       rf"took|takes|bought|acquired)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"(?:stake|share|shares|interest|holding)\b")
# "X and Y, which hold the licence for Block 4," / "X, which operates the line,"
_HOLDERS = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME})(?:,?\s+and\s+(?P<second>{_NAME}))?,\s+which\s+"
                      rf"(?:jointly\s+)?(?:hold|holds|own|owns|operate|operates|run|runs|held|owned|operated)\s+"
                      rf"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?:licen[cs]e|licen[cs]es|concession|concessions|stake|majority|rights|permit|contract|"
                      rf"refinery|terminal|pipeline|plant|mine|field|block)\b")
# "Slovenian operator NAFTEX", "Croatian state operator Janaf"
_DEMONYM_OPERATOR = re.compile(rf"(?<![\w’'-])(?P<demonym>{CAP_CLASS}[\w-]+)\s+(?:(?:state|state-owned|national|"
                               rf"private|pipeline|oil|gas|rail|power)\s+)?operator\s+(?P<name>{_NAME})")
# "the state railway A and B were": the pair after a company noun
_DESCRIBED_PAIR = re.compile(rf"(?<![\w’'-])(?:{COMPANY_NOUNS})s?\s+(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})"
                             rf"(?=\s+(?:were|are|have|had|say|said|will|would|could|signed|agreed|disagree|"
                             rf"disagreed|continue|continued|remain|remained)\b|[,.;])")
_STATEMENT = re.compile(r"\s+said\s+in\s+a\s+(?:written\s+|brief\s+|short\s+|separate\s+|joint\s+)?"
                        r"(?:statement|press\s+release|filing|communiqu[eé])\b")
_NOT_NAME = frozenset("The A An This That These Those Its Their It He She They We I In On At For With And But Or "
                      "After Before When If As While Since From By To Of".split())


def _name_ok(name: str, state: State) -> bool:
    """Could ``name`` be a company's (no clause word, no person's given name, no title, no known
    person, place or country)?"""
    words = name.split()
    if not words or words[0] in _NOT_NAME or "\n" in name:
        return False
    if words[0] in lexicon.given_names() and not words[0].isupper():
        return False
    titles = lexicon.words("title_core") | lexicon.words("title_heads")
    if any(w.lower() in titles for w in words):
        return False
    if any(w.endswith(("'s", "’s")) for w in words):
        return False
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type in {"Person", "Place", "Country"}:
        return False
    # "the Ethiopian Shipping ...": a demonym first describes, the name is longer than the pattern took
    return state.gaz.demonyms.get(words[0].lower()) is None


def _trim(name: str) -> str:
    """The name without a sentence's full stop ("run by Petrotrans.")."""
    return name.rstrip(".")


def context_company_names(state: State) -> list[Candidate]:
    """Organization candidates for names the context says are companies."""
    text = state.text
    out: list[Candidate] = []

    def add(m: re.Match, group: str, paired: bool = False) -> None:
        name = _trim(m.group(group))
        start = m.start(group)
        after = text[start + len(name):start + len(name) + 8]
        if re.match(r"\s+(?:and|of|for|&|de|du|des)\s+[A-ZÀ-Ý]|-", after) and not paired or re.match(r" [A-ZÀ-Ý]", after):
            return  # "operated by Shipping and Logistics Services": a longer name the pattern cannot hold
        if _name_ok(name, state) and not state.is_skipped(start, start + len(name)):
            out.append(Candidate(start, start + len(name), name, "Organization", "rule"))

    for m in _RUN_BY.finditer(text):
        add(m, "name")
    for m in _STAKE_IN.finditer(text):
        add(m, "name")
    for m in _HOLDERS.finditer(text):
        add(m, "name", paired=m.group("second") is not None)
        if m.group("second"):
            add(m, "second")
    for m in _DEMONYM_OPERATOR.finditer(text):
        if state.gaz.demonyms.get(m.group("demonym").lower()) is not None:
            add(m, "name")
    for m in _DESCRIBED_PAIR.finditer(text):
        add(m, "first", paired=True)
        add(m, "second")
    return _unique(out)


def _unique(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int, int]] = set()
    out = []
    for c in cands:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out


def statement_issuers(found: list[Candidate], state: State) -> None:
    """'Kestrix said in a statement': a one-word name or acronym typed as a person or a place
    that issues a statement, and is nobody's name, is an organisation (in place)."""
    text = state.text
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Person", "Place"} or " " in cand.text.strip():
            continue
        if not _STATEMENT.match(text, cand.end):
            continue
        word = cand.text.strip()
        if word in lexicon.given_names() or not _name_ok(word, state):
            continue
        if re.search(rf"(?<![\w’'-]){CAP_CLASS}[\w'’-]+ {re.escape(word)}(?![\w’'-])", text):
            continue  # the surname of a person the text names in full ("Tomas Berg ... Berg said in a statement")
        if state.gaz.by_surname.get(word):
            continue  # a known person's surname
        cand.type = "Organization"
