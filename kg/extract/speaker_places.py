"""A town the text also places things in stays a town when it 'speaks':

    The talks in Kessabad ended late. Kessabad insists that the debt be paid first.

A capital standing for its government ('Kessabad insists', 'Velora wants') is
a Place in the gold, and such a sentence is no statement of anyone. A name the
gazetteer does not know was retyped a person as soon as it spoke; a name the
text also uses after a locative preposition ('in Kessabad', 'near Kessabad') is
a place whatever verb follows it elsewhere, so it keeps its type (and the
statement, whose speaker must be an actor, is dropped with the others).
"""

from __future__ import annotations

import re

from kg.extract.state import State

# not "from" or "to": "a statement from X", "according to X" introduce speakers
_LOCATIVE = r"(?:in|near|outside|into|towards|toward|via|across)"


def placed_by_text(state: State, key: str) -> bool:
    """Is the Place ``key`` named after a locative preposition somewhere in the text?"""
    entity = state.entities.get(key)
    if entity is None or entity.type != "Place" or entity.unnamed or entity.label.isupper():
        return False  # an acronym ("in MINCETUR's view") names a body
    names = {entity.label, *getattr(entity, "aliases", ())}
    names = [n for n in names if n and n[:1].isupper()]
    if not names:
        return False
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # "in Kessabad." / "in Kessabad," / "to Kessabad on Monday": the name alone, not "in Kessabad Mokoena's ..."
    pattern = re.compile(rf"\b{_LOCATIVE}\s+(?:{alternation})(?![\w'’-])(?!\s+[A-ZÀ-Þ])")
    return pattern.search(state.text, state.body_start) is not None
