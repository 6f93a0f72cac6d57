"""'the <Demonym> bank', 'the Kenyan utility' in lower case refer back to a named body.

"The Bank of the Lao PDR will provide the funds ... the Lao bank said": a
demonym and a lower-case head noun describe the one body of that country the
text has named whose name holds a word of that head ("Bank"; "Power",
"Electricity" for a utility; "Railway" for a railway company), not a new body
"Lao bank". The phrase becomes a mention of that body before statements are
read, so it can speak. Ministries have their own step (resolve_demonym_ministries);
heads and their name words are data (lexicon ``demonym_body_heads``). With no
such body, or several, nothing changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.resolve_demonym_ministries import point_at
from kg.extract.state import State

_BODY_TYPES = frozenset({"Organization", "GovernmentAgency"})


@lru_cache(maxsize=1)
def _ref_re() -> re.Pattern:
    heads = lexicon.alternation("demonym_body_heads")
    return re.compile(rf"\b[Tt]he\s+(?P<dem>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+(?P<head>{heads})\b"
                      rf"(?![\w'’-]|\s+(?:of|for)\b|\s+[A-Z])")


@lru_cache(maxsize=None)
def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


def _country_words(state: State, demonym: str) -> list[str] | None:
    entry = state.gaz.country_of_demonym(demonym)
    if entry is None or entry.type != "Country":
        return None
    return [demonym, entry.label, *entry.aliases, *entry.demonyms]


def _bodies_of(state: State, demonym: str, head: str, before: int) -> list[str]:
    """Keys of the bodies named before ``before`` whose names hold a word of ``head`` and name
    the demonym's country."""
    country = _country_words(state, demonym)
    if country is None:
        return []
    name_words = lexicon.mapping("demonym_body_heads")[" ".join(head.split()).lower()]
    out = []
    for key, entity in state.entities.items():
        if entity.type not in _BODY_TYPES or entity.unnamed or not entity.mentions \
                or entity.mentions[0].start >= before:
            continue
        names = [entity.label, *entity.aliases]
        gaz = state.gaz.lookup(entity.label)
        own = gaz is not None and gaz.country in country
        if not any(_word_re(w).search(n) for n in names for w in name_words):
            continue
        if own or any(_word_re(c).search(n) for n in names for c in country):
            out.append(key)
    return out


def demonym_bodies(state: State, absorb) -> None:
    """Point each 'the <Demonym> <head>' at the one named body of that country it describes."""
    for m in _ref_re().finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()) or "\n" in m.group(0):
            continue
        targets = _bodies_of(state, m.group("dem"), m.group("head"), m.start())
        if len(targets) == 1:
            point_at(state, absorb, m.start("dem"), m.end(), targets[0])
