"""'The minister had flown to Rome to meet Italy's Secretary of State, Giulia
Ferri, and came back with a handshake. "...," he said.': the last person named
is the one the subject met, and the pronoun's gender does not fit her (a weak
sign, her given name, is enough when the sentence's own subject fits): the
pronoun means the subject of the sentence that named her (a person, or the
holder of the title 'the minister' names). Likewise 'she' skips a man named as
the object of a woman's sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.genders import gender_of
from kg.extract.state import State


def subject_of_naming(state: State, named: str | None, before: int, gender: str,
                      holder: Callable[[Token], str | None]) -> str | None:
    """The fitting subject of the sentence where ``named`` was last named before
    ``before``, when ``named`` does not fit the pronoun's ``gender`` ('m'/'f');
    None otherwise. ``holder`` gives the person a title-only subject names."""
    if named is None or not _misfit(gender_of(state, named), gender):
        return None
    mention = max((m for m in state.entities[named].mentions if m.start < before), key=lambda m: m.start, default=None)
    if mention is None:
        return None
    span = state.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    for anc in span.root.ancestors:
        subj = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside
                     and c.i < span.start), None)
        if subj is None:
            continue
        m = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Person"})
        key = m.key if m is not None and not state.entities[m.key].unnamed else holder(subj)
        if key is None or key == named or state.entities[key].type != "Person" \
                or _misfit(gender_of(state, key), gender) or gender_of(state, key) == "f?" and gender == "m":
            return None
        return key
    return None


def _misfit(own: str | None, gender: str) -> bool:
    return own in {"f", "f?"} if gender == "m" else own == "m"
