"""'The court said in paragraph 12 that ... In paragraph 41 the judges wrote that
...': the judges (or 'the bench', 'the justices') of a ruling speak for the
court the article is about, not as an unnamed group of their own. That court is
the one that already speaks in the text (else the first court named), never a
court mentioned once as background ('the EU court had ruled in 2021').
"""

from __future__ import annotations

import re

from kg.extract.state import State

_BENCH = re.compile(r"(?:the\s+)?(?:judges|justices|bench|panel\s+of\s+judges|three\s+judges|five\s+judges|"
                    r"majority|court's\s+judges)$", re.I)
_COURT = re.compile(r"\b(?:court|tribunal)\b", re.I)
_BODY_TYPES = frozenset({"Organization", "GovernmentAgency"})


def judges_to_court(state: State) -> None:
    """Give the judges' statements to the court whose ruling the text reports."""
    court = None
    for st in state.statements:
        entity = state.entities.get(st.speaker)
        if entity is None or not entity.unnamed or not _BENCH.match(entity.label):
            continue
        court = court or _ruling_court(state)
        if court is None:
            return
        st.speaker = court
        st.about = [k for k in st.about if k != court]


def _ruling_court(state: State) -> str | None:
    """The court that speaks in the text, else the first court named."""
    speaking = [st.speaker for st in state.statements
                if st.speaker in state.entities and _is_court(state, st.speaker)]
    if speaking:
        return speaking[0]
    named = [m for m in sorted(state.mentions, key=lambda m: m.start) if _is_court(state, m.key)]
    return named[0].key if named else None


def _is_court(state: State, key: str) -> bool:
    entity = state.entities[key]
    return not entity.unnamed and entity.type in _BODY_TYPES and bool(_COURT.search(entity.label))
