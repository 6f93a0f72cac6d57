"""A short quoted phrase in a sentence that gives someone's view without a
speech verb: 'In his view, the memorandum is "the easy half" of the work.' The
quoted words are the direct statement of the person the possessive means (the
last person of that gender named before).
"""

from __future__ import annotations

import re

from kg.extract.genders import gender_of, of_gender
from kg.extract.quote_spans import trim_span
from kg.extract.speakers import last_person
from kg.extract.state import State
from kg.model import Statement

# 'In his view,' 'In her words,' 'To his mind,' 'As she sees it,' opening the sentence.
_VIEW_LEAD = re.compile(
    r"(?:In|To|For)\s+(?P<pron>his|her)\s+(?:own\s+)?(?:view|opinion|words|estimation|judg(?:e)?ment|assessment|"
    r"reading|mind|telling)\s*,|As\s+(?P<pron2>he|she)\s+(?:sees|saw|puts|put)\s+it\s*,")


def view_statements(state: State, quotes: list[tuple[int, int]], marks: list[tuple[int, int]]) -> None:
    """Add a direct statement for each quote, nobody's yet, in a sentence opened
    by 'In his/her view,'."""
    for qs, qe in quotes:
        start, end = trim_span(state.text, qs, qe)
        if end <= start or any(st.quote_span.start < end and start < st.quote_span.end for st in state.statements):
            continue
        sent = state.sentence_of(start)
        lead = _VIEW_LEAD.match(state.text, sent.start_char)
        if lead is None or lead.end() > qs:
            continue
        pron = (lead.group("pron") or lead.group("pron2")).lower()
        gender = "f" if pron in {"her", "she"} else "m"
        speaker = _of_gender_before(state, sent.start_char, marks, gender) \
            or of_gender(state, last_person(state, sent.start_char, marks), sent.start_char, marks, gender)
        if speaker is None:
            continue
        state.statements.append(Statement(
            speaker=speaker, quote=" ".join(state.text[start:end].split()), kind="direct",
            quote_span=state.span(start, end), evidence=state.sentence_span(sent)))


def _of_gender_before(state: State, before: int, marks: list[tuple[int, int]], gender: str) -> str | None:
    """The person named last before ``before`` (within a few sentences) whose
    name or pronouns show the pronoun's gender ('Petra Vuk ... Marko Ban ... In her
    view' -> Petra Vuk); None when none does."""
    wanted = {"f", "f?"} if gender == "f" else {"m", "m?"}
    for m in reversed([m for m in state.mentions if m.end <= before and before - m.start < 600]):
        if any(s <= m.start < e for s, e in marks):
            continue
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed and gender_of(state, m.key) in wanted:
            return m.key
    return None
