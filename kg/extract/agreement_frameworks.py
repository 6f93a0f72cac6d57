"""A body's or programme's acronym with "framework" is no agreement of its own.

"Sudan and South Sudan returned to the AUHIP framework": the framework of a mediation panel
(or a programme) is the way talks are run, not a text; it is an agreement only when the report
says it was signed, negotiated or agreed ("the two signed the IGAD framework in May").
"""

from __future__ import annotations

import re

from kg.extract.state import State

_ACRONYM_FRAMEWORK_RE = re.compile(r"(?:[A-Z][A-Za-z&-]*\s+)?[A-Z][A-Z&-]{1,9}[a-z]?\s+(?:framework|process|roadmap|road\s+map)")
_TEXT_VERB_RE = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|negotiat\w*|conclud\w*|ratif\w*|initial(?:s|led|ed)|"
                           r"draft(?:s|ed|ing)?|agreed|adopt(?:s|ed|ing)?|enter(?:s|ed)?\s+into\s+force)\b", re.I)


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or entity.same_as or not _ACRONYM_FRAMEWORK_RE.fullmatch(entity.label):
            continue
        refs = [m for m in state.mentions if m.key == key]
        if any(_TEXT_VERB_RE.search(state.sentence_of(m.start).text) for m in refs if m.start >= state.body_start):
            continue  # "signed the X framework": a text after all
        state.entities.pop(key)
        state.mentions[:] = [m for m in state.mentions if m.key != key]
        for r in [r for r in state.relations if key in {r.subject, r.object}]:
            state.remove_relation(r)
        for s in state.statements:
            s.about = [k for k in s.about if k != key]
