"""Organisation names with a coordination before their head word (round-16 E1).

"the Eastern Health and Social Care Trust", "The Estonian Tax and Customs
Board (ETCB)": two capitalised word runs joined by "and"/"&" and ended by an
organisation head word are one name. The NER splits them at the "and" (or
cuts "and" when it sees no head word), leaving "Eastern Health" and "Care
Trust"; this rule proposes the whole name, which wins as the longer span.

Two names joined by "and" stay two: when the first conjunct is itself a
known name (a country, a person, a gazetteer entry), is led by a given name,
or already ends in an organisation head ("Ministry of Trade and Customs
Board" is handled by the organisation patterns).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
_WORD = rf"{CAP_CLASS}[\w'’-]*(?<![’']s)"  # a capitalised word, not a possessive ("Latvia's")


def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(lexicon.words("org_heads"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?P<left>{_WORD}(?: {_WORD}){{0,2}}) (?:and|&) "
                      rf"(?P<right>(?:{_WORD} ){{1,3}}?)(?P<head>{heads})(?![\w'’-])")


def coordinated_org_names(state: State) -> list[Candidate]:
    """'<Words> and <Words> <Head>' organisation candidates."""
    text = state.text
    heads = lexicon.words("org_heads")
    given = lexicon.given_names()
    out = []
    for m in _pattern().finditer(text):
        left = m.group("left").split()
        start = m.start("left")
        # the run starts at a name's first word: skip sentence openers ("While", "The")
        while left and (left[0] in NOT_NAME_START or left[0] in {"The", "A", "An"}):
            start += len(left[0]) + 1
            left = left[1:]
        if not left or "\n" in m.group(0):
            continue
        before = text[max(0, start - 12):start]
        if re.search(r"\b(?:of|for|on|and|the)\s+$", before) and not re.search(r"\b[Tt]he\s+$", before):
            continue  # "Ministry of Energy and Water Board": a tail of a longer name
        # "Kenya's Roads and Bridges Authority": an owner's possessive starts the name (round-25 A1)
        if re.search(rf"{CAP_CLASS}[\w'’-]*\s+$", before) and not re.search(r"\b(?:The|A|An)\s+$", before) \
                and not re.search(rf"{CAP_CLASS}[\w-]*['’]s\s+$", before):
            continue  # the capitalised run began earlier than three words back: not sure where the name starts
        if set(left) & heads or left[0] in given:
            continue  # two organisations ("the Senate and Customs Board"), a person and a body
        left_text = " ".join(left)
        entry = state.gaz.lookup(left_text) or state.gaz.lookup(left[-1])
        if entry is not None:
            continue  # "Latvia and Estonian Border Guard": a known name is its own conjunct
        left_end = start + len(left_text)
        if any(e.label_ in _NAME_LABELS and e.start_char < left_end <= e.end_char <= left_end + 1
               for e in state.doc.ents):
            continue  # "... said Tamm and Customs Board staff": the NER reads a person or place there
        if any(w.group(1) in given for w in re.finditer(rf"(\S+) {re.escape(left_text)}(?![\w'’-])", text)):
            continue  # "Kadri Tamm ... Tamm and Revenue Board staff": a surname the text gave in full
        if any(state.gaz.lookup(w) is not None and state.gaz.demonyms.get(w.lower()) is None
               for w in m.group("right").split()):
            continue  # "Tax and Latvia Customs Board": a known name inside the second conjunct
        end = m.end()
        # "the Roads and Transport Directorate of Niger": a country after "of" belongs to the name (round-25 A1)
        tail = re.match(rf" of (?:the )?({_WORD}(?: {_WORD}){{0,2}})(?![\w'’-])", text[end:end + 40])
        if tail and (entry := state.gaz.lookup(tail.group(1))) is not None and entry.type == "Country":
            end += tail.end()
        name = text[start:end]
        out.append(Candidate(start, end, name, classify_org(name), "rule"))
    return out
