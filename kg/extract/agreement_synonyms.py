"""A short reference with another treaty word names the titled agreement of the same name.
"the 1975 Algiers Agreement ... the Algiers treaty" / "the Tarvo Accord ... the Tarvo pact":
agreement, treaty, accord and pact are used for one another in news text; a reference made of
the title's own name words and a lower-case treaty word (the reporter's wording, not a
title) is the titled agreement when the text names exactly one agreement with those name
words. Two capitalised titles ("the Paris Agreement" and "the Paris Treaty") stay apart.
"""

from __future__ import annotations

import re

from kg.extract.agreement_aliases import merge_agreement
from kg.extract.state import State

_SYNONYMS = ("agreement", "agreements", "treaty", "accord", "accords", "pact", "deal")
_REF_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3})(" + "|".join(_SYNONYMS) + r")")
_TITLE_RE = re.compile(r"(?:(?:1[89]|20)\d\d\s+)?((?:[A-Z][\w'’.-]*\s+){1,3})(Agreement|Agreements|Treaty|Accord|Accords|"
                       r"Pact|Deal)")


def apply(state: State) -> None:
    titles: dict[str, list[str]] = {}
    for key, entity in state.entities.items():
        if entity.type != "Agreement":
            continue
        for name in {entity.label, *entity.aliases}:
            hit = _TITLE_RE.fullmatch(name)
            if hit is not None:
                stem = " ".join(hit.group(1).split()).lower()
                if key not in titles.setdefault(stem, []):
                    titles[stem].append(key)
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or key not in state.entities:
            continue
        hit = _REF_RE.fullmatch(entity.label)
        if hit is None:
            continue
        stem = " ".join(hit.group(1).split()).lower()
        targets = [k for k in titles.get(stem, []) if k != key and k in state.entities]
        if len(targets) != 1:
            continue  # no title, or two titles of that name: the reference stays as read
        merge_agreement(state, key, targets[0])
        state.entities[targets[0]].aliases.add(entity.label)
