"""A kind noun beside a name gives its type (round-33 A4, A5).

* an apposition: "Waterschap Noord, the Dutch water board," (an agency),
  "Africa40, the infrastructure fund that leads the financing," (an
  organisation), "the Jadebusen, the shallow bay on the German coast," (a
  place), "Radio Vala, the local broadcaster," (a media organisation);
* a kind noun before the name: "the residents' group Vivre en Vallée d'Ossau",
  "the rail operator Renfe": an organisation, whole over the lower-case
  connectors of another language ("en", "d'");
* a firm's head noun after the name: "the Lürssen Werft shipyard", "the
  Fincantieri yard": the firm (an organisation), not a person or a place.

The name is a run of capitalised words, words with digits ("Africa40"),
connectors of other languages and lower-case words with letters English has
not ("željeznice"); a name the gazetteer knows keeps its own type.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_GOV = ("water board|board|agency|road agency|authority|regulator|ministry|inspectorate|directorate|coast guard|"
        "gendarmerie|police force|police|customs service|public body|state body|state agency|administration")
_ORG = ("fund|company|firm|operator|rail operator|railway|railways|shipyard|yard|bank|lender|consortium|group|developer|"
        "utility|association|union|charity|cooperative|co-operative|NGO|carrier|airline|insurer|producer|miner|"
        "shipbuilder|manufacturer|contractor|builder|investor|exporter|conglomerate|federation|chamber|organisation|"
        "organization|foundation|alliance|network|coalition|movement|institute|university|think tank|think-tank|"
        "residents' group|residents’ group|pressure group|lobby group|campaign group")
_PLACE = ("bay|river|lake|village|town|port town|port city|island|district|valley|estuary|lagoon|harbour|harbor|"
          "peninsula|venue|palace|stadium|square|mountain|plateau|inlet|fjord|sound|strait|channel")
_MEDIA = "broadcaster|newspaper|daily|weekly|news agency|news site|radio station|television channel|TV channel|magazine"
_KINDS = {k: t for t, group in (("GovernmentAgency", _GOV), ("Organization", _ORG), ("Place", _PLACE),
                                ("MediaOrganization", _MEDIA)) for k in group.split("|")}
_KIND_ALT = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
_CONN = r"(?:de|des|du|di|del|della|do|da|dos|das|la|le|les|el|en|pri|na|nad|van|von|der|den|voor|y|et|i|e)"
_CAPW = rf"(?:{CAP_CLASS}[\w'’-]*|[a-z]['’]{CAP_CLASS}[\w'’-]*)"
_FOREIGN = r"[a-zà-ÿ]*[^\x00-\x7f\s,.;:()\"“”'’][\w-]*"
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_CAPW}|\w*\d\w*|{_CONN}(?=[ \t]+{CAP_CLASS})|{_FOREIGN})){{0,5}}"
_APPOSED_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),[ \t]+(?:the|a|an|{CAP_CLASS}[\w-]*['’]s)[ \t]+(?:(?!(?:of|for|at|the|to|with|in|on)\b)[\w-]+[ \t]+){{0,4}}?"
    rf"(?P<kind>{_KIND_ALT})(?=[ \t]*[,.;)]|[ \t]+(?:that|which|who|of|for|in|on|at|whose|leading|responsible|based)\b)")
_LEADS = r"(?:[.!?\"“”(]\s+|\n|^|(?<![\w'’-])(?:[Tt]he|and|or|by|with|from|of|at|to|for|on|that|said|told|between|as)[ \t]+)$"
_BEFORE_RE = re.compile(rf"(?<![\w'’-])[Tt]he[ \t]+(?:[a-z][\w'’-]*[ \t]+)?(?P<kind>{_ORG})[ \t]+(?P<name>{_NAME})(?![\w'’-])")
_FIRM_AFTER_RE = re.compile(rf"(?<![\w'’-])[Tt]he[ \t]+(?P<name>{CAP_CLASS}[\w'’-]*(?:[ \t]+{CAP_CLASS}[\w'’-]*){{0,2}})"
                            r"[ \t]+(?:shipyard|shipyards|shipbuilder)(?![\w'’-])")
def firm_head_spans(state: State) -> set[tuple[int, int]]:
    """Spans of "<Name> shipyard/yard" whose name the firm rule takes: no place of that whole."""
    return {(m.start("name"), m.end()) for m in _FIRM_AFTER_RE.finditer(state.text, state.body_start)
            if state.gaz.lookup(m.group("name")) is None}


def _TITLES() -> frozenset[str]:
    return lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")


_ADVERBIAL = frozenset("In On At From For After Before During Since By With Under Near Across Inside Outside".split())
_SKIP_FIRST = frozenset("The A An In On At But And Or If When While This That These Those It Its Their His Her".split())


def _trim(name: str) -> str:
    """Cut a name back to its last capitalised, digit or foreign word."""
    words = name.split()
    while words and re.fullmatch(_CONN, words[-1]):
        words.pop()
    return " ".join(words)


def apposed_kind_names(state: State) -> list[Candidate]:
    text = state.text
    out: list[Candidate] = []

    def add(start: int, name: str, kind_type: str) -> None:
        name = _trim(name)
        words = name.split()
        if words and words[0] in _ADVERBIAL:
            return  # "In Kessa, the agency, which ...": a place adverbial before the subject, no apposition
        while words and words[0] in _SKIP_FIRST:
            start += text.find(words[1], start + len(words[0])) - start if len(words) > 1 else 0
            words = words[1:]
        name = " ".join(words)
        if not name or "\n" in text[start:start + len(name)] or text[start:start + len(name)] != name:
            return
        if state.is_skipped(start, start + len(name)) or state.gaz.lookup(name) is not None:
            return
        if words[0] in lexicon.given_names() or words[0].lower() in _TITLES():
            return  # "Ana Ruiz, ...", "Chairman Tomas Iversen": a person
        out.append(Candidate(start, start + len(name), name, kind_type, "rule"))

    for m in _APPOSED_RE.finditer(text, state.body_start):
        if not re.search(_LEADS, text[max(0, m.start() - 12):m.start()]) and m.start() != state.body_start:
            continue  # the run must begin the name: after a sentence start, "the" or a preposition
        if _indefinite_person(state, m):
            continue  # "Jeferson Tananta, a boat operator in Puerto Nariño": a person's trade
        add(m.start("name"), m.group("name"), _KINDS[m.group("kind")])
    for m in _BEFORE_RE.finditer(text, state.body_start):
        add(m.start("name"), m.group("name"), "Organization")
    for m in _FIRM_AFTER_RE.finditer(text, state.body_start):
        add(m.start("name"), m.group("name"), "Organization")
    return out


def _indefinite_person(state: State, m: re.Match) -> bool:
    """An indefinite apposition ("a boat operator", "a building contractor") after a name the
    model reads as a person describes that person's trade, not a firm."""
    article = state.text[m.end("name"):m.end()].lstrip(", \t").split()[0].lower()
    if article not in {"a", "an"}:
        return False
    return any(ent.label_ == "PERSON" and ent.start_char <= m.start("name") < ent.end_char for ent in state.doc.ents)
