"""Several speakers saying the same words.

'..., the two foreign ministers said' is one statement for each named person
holding that office in the text, not one for an unnamed 'foreign ministers';
'A, the state utility, and B have each complained that ...' is one statement
for A and one for B.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.speakers import forget_entity
from kg.extract.state import State
from kg.model import ACTOR_TYPES, Statement


def co_speakers(state: State, subj: Token, speaker: str, marks: list[tuple[int, int]]) -> list[str]:
    """The named actors coordinated with the subject ``subj`` (whose entity is
    ``speaker``): 'A and B said', 'A, the state utility, and B, which runs the grid,
    have each complained' (the parser hangs B on A's apposition). Every conjunct
    must be a named actor, else nobody is added."""
    if state.entities[speaker].unnamed:
        return []
    conjs: list[Token] = []
    frontier = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    while frontier:
        head = frontier.pop()
        for c in head.children:
            if c.dep_ == "conj" and c.i > head.i and c.pos_ in {"PROPN", "NOUN"}:
                conjs.append(c)
                frontier.append(c)
    out: list[str] = []
    for conj in conjs:
        if any(s <= conj.idx < e for s, e in marks):
            return []
        m = state.mention_at(conj.idx, conj.idx + len(conj.text), ACTOR_TYPES)
        if m is None or state.entities[m.key].unnamed:
            if head_is_description(conj):
                continue  # 'A, the state utility, and B': the apposition's own noun
            return []
        if m.key != speaker and m.key not in out:
            out.append(m.key)
    return out


def head_is_description(token: Token) -> bool:
    """A common noun with an article ('the state utility'): a description, not a speaker."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)


def plural_holders(state: State, key: str, statement: Statement | None = None) -> list[str]:
    """'the two countries' foreign ministers said': the named people holding that
    office in this text (two to four of them), for an unnamed plural speaker.
    With ``statement``, the words naming the speaker in its sentence decide:
    'ministers from both countries told a news conference' there is an unnamed
    group even when 'the ministers' elsewhere in the text are the named pair."""
    entity = state.entities[key]
    words = entity.label.lower().split()
    if not entity.unnamed or entity.type != "Person" or not words or not words[-1].endswith("s"):
        return []
    head = words[-1][:-3] + "y" if words[-1].endswith("ies") else words[-1][:-1]
    if head not in lexicon.words("title_core") and head not in _LEADERS:
        return []
    mentions = entity.mentions
    if statement is not None:
        here = [m for m in mentions if statement.evidence.start <= m.start < statement.evidence.end]
        mentions = here or mentions
    counted = any(re.search(r"\b(?:two|both)\b[^.;,]{0,30}$|\btheir\s+$", state.text[max(0, m.start - 40):m.start], re.I)
                  for m in mentions)
    # "the energy ministers" alone: only a pair, one from each side, is them
    definite = any(re.search(r"\bthe\s+$", state.text[max(0, m.start - 10):m.start], re.I) for m in mentions)
    if not counted and not definite:
        return []  # only "the two (countries') ministers", "both prime ministers", "their ministers"
    title = [*words[:-1], head]
    holders = [person for person, position in state.positions.items()
               if not state.entities[person].unnamed and (
                   _leads(state.entities[position].label) if head in _LEADERS and len(title) == 1
                   else _same_title(title, state.entities[position].label))]
    first = min(m.start for m in entity.mentions)
    named_before = [h for h in holders if any(m.start < first for m in state.entities[h].mentions)]
    if len(holders) > 2 and len(_sides(state, named_before)) >= 2:
        holders = named_before  # "the ministers": those the text has named so far
    sides = _sides(state, holders)
    if not counted:
        return holders if len(holders) == 2 and len(sides) == 2 else []
    # two holders are the pair; more need their sides to show one from each country
    return holders if len(holders) == 2 or 2 < len(holders) <= 4 and len(sides) >= 2 else []


def _sides(state: State, people: list[str]) -> set[str]:
    """The countries the people represent."""
    return {c for h in people for c in state.objects(h, "represents") if state.entity_type(c) == "Country"}


# "the two leaders": the heads of state or government the text names.
_LEADERS = frozenset({"leader"})
_LEADER_TITLES = ("president", "prime minister", "chancellor", "premier", "king", "emir", "sultan")
_NOT_LEADING = ("vice", "deputy", "former", "acting", "first lady")


def _leads(label: str) -> bool:
    """'President of Brazil', 'Prime Minister of Peru' lead; 'Vice President of Peru' does not."""
    low = label.lower()
    return any(re.match(rf"{t}\b", low) for t in _LEADER_TITLES) and not any(w in low for w in _NOT_LEADING)


def _same_title(title: list[str], label: str) -> bool:
    """'defence minister' names 'Minister of Defence of Peru' as well as 'Defence
    Minister of Bolivia': every word of the title is in the position's label."""
    words = set(re.findall(r"[\w-]+", label.lower()))
    return all(w in words for w in title)


def holders_speak(state: State) -> None:
    """Replace each statement of an unnamed plural office ('the two foreign
    ministers') by one statement per named holder, and drop the unnamed node
    when nothing else needs it."""
    split: set[str] = set()
    for statement in list(state.statements):
        holders = plural_holders(state, statement.speaker, statement)
        if not holders:
            continue
        split.add(statement.speaker)
        at = state.statements.index(statement)
        state.statements[at:at + 1] = [dataclasses.replace(statement, speaker=h,
                                                            about=[k for k in statement.about if k != h])
                                        for h in holders]
    for key in split:
        if not state.voiced(key):
            forget_entity(state, key)
