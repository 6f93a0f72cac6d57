"""Long formal titles of agreements and plans.

* "the Agreement on Border Trade, Transport and Good Neighbourliness, signed
  ...": a title's subject may be a comma list closed by "and"; the list is part
  of the title (the NER stops at the first comma and calls the rest a person);
* "the Joint Development Plan for the Danube Border Region": a plan, programme
  or strategy named for an area runs on through "for/of the <Name>";
* "... Bridge over the Lielupe River": the river inside an agreement's title is
  a place of its own as well (the title keeps its whole name);
* "the National Recovery Plan", "the Development Strategy for the X Delta":
  named plans the NER misses or cuts (typed Organization, as the gold does);
* "the Baltic-Nordic Energy summit": a hyphenated pair of names before a
  gathering noun is a modifier, no place.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, agreement_nouns
from kg.extract.state import State

_CAPS = rf"{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*)*"
# ", Transport and Good Neighbourliness" / ", Transport, and Good Neighbourliness"
_LIST_TAIL_RE = re.compile(rf"(?:,\s+{_CAPS})+,?\s+and\s+{_CAPS}(?![\w'’])")
# Heads of programme-like names that take an area after "for/of the".
_PLAN_HEADS = frozenset("Plan Programme Program Strategy Project Initiative Roadmap Agenda Scheme Framework".split())
_PLAN_TAIL_RE = re.compile(rf"\s+(?:for|of)\s+the\s+({_CAPS})")
# Natural features that stay places of their own inside a title.
_FEATURE_TAILS = frozenset("River Sea Lake Gulf Bay Strait Straits Ocean Lagoon Delta Estuary".split())
_INNER_PLACE_RE = re.compile(
    rf"\b(?:over|across|along|in|on|at|from|to)\s+the\s+((?:Gulf|Bay|Sea|Lake)\s+of\s+{_CAPS})"
    rf"|\b(?:over|across|along|in|on|of|at|from|to)\s+the\s+({_CAPS})")


def extend_title(cand: Candidate, state: State) -> None:
    """Run a title on through a comma list closed by 'and' (agreements whose name
    has a subject, 'on/of ...'), or a plan through 'for the <Area>'."""
    if cand.source == "gaz":
        return
    text = state.text
    kinds = "|".join(sorted(agreement_nouns(), key=len, reverse=True))
    if cand.type == "Agreement" and re.search(rf"\b(?:{kinds})\s+(?:on|of)\s", cand.text):
        m = _LIST_TAIL_RE.match(text, cand.end)
        if m and "\n" not in m.group(0) and _plain_list(m.group(0), state):
            cand.end = m.end()
            cand.text = text[cand.start:cand.end]
            cand.gaz = state.gaz.lookup(cand.text)
        return
    words = cand.text.split()
    if cand.type in {"Organization", "GovernmentAgency", "Place"} and words and words[-1] in _PLAN_HEADS:
        m = _PLAN_TAIL_RE.match(text, cand.end)
        if m and "\n" not in m.group(0):
            cand.end = m.end()
            cand.text = text[cand.start:cand.end]
            cand.type = "Organization"  # a plan is no agency, whatever words name its area
            cand.gaz = state.gaz.lookup(cand.text)


def _plain_list(tail: str, state: State) -> bool:
    """The listed words are subjects (Transport, Good Neighbourliness), not
    countries, places or people ("..., Norway and Russia agreed")."""
    items = [i.strip() for i in re.split(r",|\band\b", tail) if i.strip()]
    for item in items:
        if re.search(r"['’]s\b", item) or state.gaz.lookup(item) is not None or item.split()[0] in lexicon.given_names():
            return False
    return True


def inner_places(kept: list[Candidate], state: State) -> list[Candidate]:
    """Natural features named inside agreement titles ('... over the Lielupe
    River'), as place candidates nested in the title."""
    out: list[Candidate] = []
    for c in kept:
        if c.type != "Agreement" or c.source == "gaz":
            continue
        for m in _INNER_PLACE_RE.finditer(c.text):
            name = m.group(1) or m.group(2)
            start = c.start + (m.start(1) if m.group(1) else m.start(2))
            words = name.split()
            if m.group(2) and (len(words) < 2 or words[-1] not in _FEATURE_TAILS):
                continue
            entry = state.gaz.lookup(name)
            out.append(Candidate(start, start + len(name), name, entry.type if entry else "Place",
                                 "gaz" if entry else "rule", entry))
    return out


# Lower-case nouns of gatherings and formats that a compound of names modifies
# ("the Baltic-Nordic Energy summit", "the Polish-Czech rail forum").
_EVENT_NOUNS = frozenset("summit summits forum conference talks meeting meetings dialogue format session "
                         "consultations negotiations exercise exercises drills festival games".split())
# Nouns of two sides' dealings a hyphenated pair of names modifies ("the A-B trade dispute").
_RELATION_NOUNS = frozenset("dispute disputes row relations ties rivalry rapprochement standoff spat feud".split())
_PAIR_RE = re.compile(rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}[\w'’]*)+")


def compound_modifier(cand: Candidate, state: State, region_adjectives: frozenset[str]) -> bool:
    """True for a name that is only a modifier: a hyphenated pair of names before
    a gathering noun ('the Alpine-Danube Energy summit'), or a region adjective
    inside such a pair ('Baltic' of 'Baltic-Nordic'). The pair names no place."""
    text = state.text
    if cand.source == "gaz":
        return cand.text in region_adjectives and (
            re.match(rf"-{CAP_CLASS}", text[cand.end:cand.end + 2]) is not None
            or re.search(rf"{CAP_CLASS}[\w'’]*-$", text[max(0, cand.start - 30):cand.start]) is not None)
    first = cand.text.split()[0] if cand.text.split() else ""
    if cand.type not in {"Place", "Organization", "Person"} or not _PAIR_RE.fullmatch(first):
        return False
    after = re.match(r"\s+([a-z]+)\b", text[cand.end:cand.end + 30])
    if after is not None and after.group(1) in _EVENT_NOUNS:
        return True
    # "the Tarvia-Kessa leaders' meeting", "the Kessa-Tarvia trade dispute": up to two modifiers
    # (a possessive plural among them) before a gathering or relation noun
    nouns = "|".join(sorted(_EVENT_NOUNS | _RELATION_NOUNS))
    return re.match(rf"\s+(?:[a-z]+(?:s['’])?\s+){{1,2}}?(?:{nouns})\b", text[cand.end:cand.end + 50]) is not None


_PLAN_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{CAP_CLASS}[\w'’-]*\s+){{1,4}}(?:Plan|Programme|Program|Strategy|Roadmap))"
    rf"(?P<tail>\s+(?:for|of)\s+the\s+{_CAPS})?(?![\w'’-])(?!\s+{CAP_CLASS})")
_NOT_PLAN_LEAD = frozenset("The A An This That These Those Its Their Under In On At For With And But Or By From".split())


def plan_names(state: State) -> list[Candidate]:
    """'the National Recovery Plan for the Northern Region', 'the Development
    Strategy': a named plan or strategy (typed as an organisation's work, Organization)."""
    out = []
    for m in _PLAN_NAME_RE.finditer(state.text):
        start = m.start()
        words = m.group(0).split()
        while words and words[0] in _NOT_PLAN_LEAD:
            start = state.text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if len(words) < 2 or "\n" in state.text[start:m.end()] or state.gaz.demonyms.get(words[0].lower()) is not None \
                and len(words) == 2:
            continue
        out.append(Candidate(start, m.end(), state.text[start:m.end()], "Organization", "rule"))
    return out
