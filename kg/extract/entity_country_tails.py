"""Organisation names that end in a country's name (round-15 class A2).

"Transparency Watch Latvia", "Publish What You Earn Lithuania", "Save the
Baltic Estonia": national chapters of NGOs name their country last. The
country is part of the name; alone it would take the NGO's statements.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START, REGION_ADJECTIVES
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’&-]*"
_JOINERS = frozenset("the of and for".split())
# Capitalised words of direction or size that make "Northern Latvia" a region, not a name.
_PLACE_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater "
                         "Inner Outer Coastal Rural Urban Old New".split())


def country_tail_orgs(state: State) -> list[Candidate]:
    """Candidates for two or more capitalised words (joiners allowed inside)
    ending in a country the gazetteer knows."""
    text = state.text
    out = []
    for start, end, entry in state.gaz.finditer(text):
        if entry.type != "Country" or re.match(r"['’]s\b|-", text[end:end + 2]) or start < state.body_start:
            continue
        if _title_case_line(text, start):
            continue  # a headline or heading in title case: every word is capitalised
        run = re.search(rf"(?:(?<=\s)|^)((?:{_WORD}|the|of|and|for)(?: (?:{_WORD}|the|of|and|for))*) $",
                        text[max(0, start - 80):start])
        if run is None or "\n" in run.group(1):
            continue
        words = run.group(1).split()
        while words and (words[0] in _JOINERS or words[0] in NOT_NAME_START):
            words = words[1:]  # "In Latvia", "the Transparency ...": a clause word opens the run
        if len([w for w in words if w not in _JOINERS]) < 2 or words[-1] in _JOINERS:
            continue
        if not _name_words(words, state):
            continue
        name_start = start - len(" ".join(words)) - 1
        if text[name_start:start - 1] != " ".join(words):
            continue
        if not _SPEAKS_AFTER.match(text, end):
            continue  # only where the name speaks ("X Latvia said"); other mentions follow from resolution
        label = text[name_start:end]
        out.append(Candidate(name_start, end, label, classify_org(label), "rule"))
    return out


_SPEAKS_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|called|warned|argued|urged|welcomed|criticised|criticized|"
                           r"described|claimed|added|objected|opposed|protested|complained|rejected)\b"
                           # "Transport and Logistics Hungary, which speaks for hauliers," (round-35 A4)
                           r"|,\s+which\s+(?:speaks|represents|lobbies|groups|brings)\b"
                           r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:group|association|lobby|federation|union|alliance|"
                           r"network|body|organisation|organization|NGO|chamber)\b")


def _name_words(words: list[str], state: State) -> bool:
    """Words of an organisation's own name: none a title, a demonym, a known
    name, a direction word or a day; at least one is no name of a place."""
    titles = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")
    own = 0  # words that name no place: "Save" of "Save the Baltic Lithuania"
    for w in words:
        if w in _JOINERS:
            continue
        if w.lower() in titles or w in _PLACE_WORDS:
            return False
        entry = state.gaz.lookup(w)
        if entry is not None and entry.type not in {"Place"} or state.gaz.demonyms.get(w.lower()) is not None:
            return False
        own += entry is None and w not in REGION_ADJECTIVES
        if w.endswith(("'s", "’s")) or w.isdigit():
            return False
        if w in lexicon.given_names():
            return False  # "Anna Ozola Latvia" is no name; a person before a country
    return own > 0


def _title_case_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` written in title case (most words capitalised)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    words = re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", text[line_start:line_end if line_end >= 0 else len(text)])
    small = {"a", "an", "the", "of", "and", "for", "in", "on", "to", "at", "by", "with", "from", "or"}
    content = [w for w in words if w not in small]
    return len(content) >= 4 and sum(w[0].isupper() for w in content) / len(content) > 0.7
