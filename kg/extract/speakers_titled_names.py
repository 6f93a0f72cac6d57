"""A named person at the end of a titled subject: "said Minister of Trade Ana Ruz".

The parser often makes the title's head ("Minister") the subject of "said" and
hangs the name somewhere under its "of" phrase, where the apposition and
compound checks do not look. When only capitalised portfolio words stand
between the title and a person's name, the name is the speaker; without this
the title became an unnamed speaker labelled "Minister of Ana Ruz".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.state import State

# " of Trade ", " for Industry and Trade ", " of Foreign Affairs, Trade and Development "
_PORTFOLIO_RE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|and|&))*\s+")


def titled_subject_name(state: State, token: Token, quotes: list[tuple[int, int]]) -> str | None:
    """The person named right after ``token``'s title and portfolio, if ``token`` is a title word."""
    if token.lower_ not in lexicon.words("title_core"):
        return None
    title_end = token.idx + len(token.text)
    for t in token.subtree:
        if t.i <= token.i or any(s <= t.idx < e for s, e in quotes):
            continue
        m = state.mention_at(t.idx, t.idx + len(t.text), {"Person"})
        if m is None or state.entities[m.key].unnamed or m.start < title_end:
            continue
        gap = state.text[title_end:m.start]
        # "Minister of Trade and Finnish President X": a second title, a second person
        if _PORTFOLIO_RE.fullmatch(gap) and not lexicon.words("title_core") & set(gap.lower().split()):
            return m.key
        return None  # the first name under the title decides
    return None
