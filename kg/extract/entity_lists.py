"""Names typed by a descriptor that is not right beside every one of them.

* "The grid operators Elering and Fingrid sent ...", "the carriers Wizz,
  Ryanair and Smartwings": a plural lower-case descriptor before a list of
  names types every name of the list (companies, places, media);
* "Kolejlink (KLK), the national railway company,": an apposed descriptor after
  the name's acronym in brackets;
* "Podgrodzie, known by its acronym PGD, the joint border post,": an apposed
  descriptor after a "known as" aside (the name and the acronym are typed).

The NER calls such one-word names persons; the descriptor says what they are.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Plural descriptors and the type they give the names listed after them.
_PLURALS = {
    "Organization": ("companies|utilities|firms|corporations|carriers|airlines|railways|refiners|insurers|lenders|"
                     "producers|suppliers|distributors|miners|manufacturers|conglomerates|operators|banks|"
                     "shipping lines|ferry lines|hauliers|haulers|shipping companies|telecoms|energy groups|groups"),
    "Place": ("ports|towns|cities|villages|crossings|border crossings|border posts|terminals|airports|substations|"
              "harbours|harbors|municipalities|islands|rivers|stations|checkpoints|interconnectors|pipelines"),
    "MediaOrganization": "broadcasters|newspapers|dailies|papers|outlets|news agencies|news outlets|channels|websites|portals",
}
# Singular descriptors apposed after an acronym or a "known as" aside.
_SINGULARS = {
    "Organization": ("company|utility|firm|corporation|carrier|airline|railway|operator|enterprise|monopoly|"
                     "railway company|rail company|rail operator|railway operator|producer|supplier"),
    "Place": ("border post|border crossing|crossing|terminal|container terminal|bridge|port|checkpoint|substation|"
              "interconnector|pipeline|cable|harbour|harbor|airport|station|dam"),
    "MediaOrganization": "broadcaster|newspaper|daily|news agency|news portal|news site|radio station|television channel",
}
_WORD = rf"(?:{CAP_CLASS}|[a-z]+(?=[A-Z]))[\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*"  # "airBaltic" too
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_LIST = rf"(?P<list>{_NAME}(?:, {_NAME})*,? and {_NAME})"
# Words that start clauses and titles; never a listed name.
_NOT_NAME = frozenset("The A An This That These Those Its Their It He She They We I In On At For With And But Or "
                      "After Before When If As While Since From By To Of".split())


def _usable(name: str, state: State) -> bool:
    """An unknown name: not a clause word, title, demonym or a name the gazetteer types."""
    words = name.split()
    if not words or words[0] in _NOT_NAME or state.gaz.lookup(name) is not None:
        return False
    if any(re.fullmatch(rf"(?:{dates.CALENDAR_NAMES})", w) for w in words):
        return False  # "signed the papers Monday and Tuesday": days, not names
    if state.gaz.demonyms.get(name.lower()) is not None:
        return False
    titles = lexicon.words("title_core") | lexicon.words("title_heads")
    if any(w.lower() in titles for w in words):
        return False
    return not (len(words) >= 2 and words[0] in lexicon.given_names())


def listed_names(state: State) -> list[Candidate]:
    """Candidates for every name of a list after a plural descriptor."""
    text = state.text
    out: list[Candidate] = []
    for type_, nouns in _PLURALS.items():
        for m in re.finditer(rf"(?<![\w'’-])(?:{nouns}),? {_LIST}(?![\w'’-])", text):
            if "\n" in m.group("list"):
                continue
            base = m.start("list")
            for part in re.finditer(_NAME, m.group("list")):
                name = part.group(0)
                if not _usable(name, state):
                    continue
                start = base + part.start()
                out.append(Candidate(start, start + len(name), name, type_, "rule"))
    return out


_ASIDE = r"(?:\s+\([A-Z][A-Za-z]{1,9}\)|,\s+(?:also\s+)?known\s+(?:by\s+(?:its|the)\s+(?:acronym|abbreviation|initials)|as)\s+[A-Z][\w-]*)"


def _descriptor_type(after: str) -> str | None:
    """The type an apposed descriptor at the start of ``after`` (', the national
    railway company,') gives the name before it."""
    for type_, nouns in _SINGULARS.items():
        if re.match(rf",\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{nouns})(?=\s*[,.;:)]|\s+(?:that|which|"
                    rf"said|says|based|owned|run|on|in|at|between|near|of)\b)", after):
            return type_
    return None


def aside_names(state: State) -> list[Candidate]:
    """'Kolejlink (KLK), the national railway company,': the name before the
    aside, which the NER often misses at a sentence's start."""
    out = []
    for m in re.finditer(rf"(?<![\w'’.-])(?P<name>{_NAME})(?={_ASIDE})", state.text):
        words = m.group("name").split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        name = " ".join(words)
        if not name or not _usable(name, state) or "\n" in m.group("name"):
            continue
        aside = re.match(_ASIDE, state.text[m.end():m.end() + 80])
        type_ = _descriptor_type(state.text[m.end() + aside.end():m.end() + aside.end() + 80])
        if type_ is not None:
            start = m.end() - len(name)
            out.append(Candidate(start, m.end(), name, type_, "rule"))
    return out


def apposed_after_aside(cand: Candidate, state: State) -> str | None:
    """'X (ABC), the national railway company,' / 'X, known by its acronym ABC,
    the joint border post,': the type the apposed descriptor gives X, or None."""
    if cand.source == "gaz" or cand.type not in {"Person", "Place", "Organization", "GovernmentAgency"}:
        return None
    m = re.match(_ASIDE, state.text[cand.end:cand.end + 80])
    if m is None:
        return None
    type_ = _descriptor_type(state.text[cand.end + m.end():cand.end + m.end() + 80])
    if type_ == "Organization" and cand.type == "GovernmentAgency":
        return None  # the name says it is the state's
    return type_


def aside_acronyms(state: State) -> list[tuple[int, int, str]]:
    """'known by its acronym PGD': (start, end, acronym) of acronyms given in words."""
    return [(m.start(1), m.end(1), m.group(1)) for m in re.finditer(
        r"known\s+(?:by\s+(?:its|the)\s+(?:acronym|abbreviation|initials)|as)\s+([A-Z]{2,8})\b", state.text)]
