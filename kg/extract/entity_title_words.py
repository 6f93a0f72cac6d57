"""Words of a title the model reads as a body (session 31, H4).

"Anurag Malhotra, Joint Secretary in the Ministry of External Affairs": the model tags
"Joint" as an organisation, and the office reader then builds "Secretary of Joint" and
makes the person act for it. A rank word of a title ("Joint", "Additional", "Deputy" ...,
``title_rank_words`` in the lexicon) right before a title's head word is part of the
title, never a body.

"X, Commissioner for Customs Services at the Zambia Revenue Authority": the words after
"<title> for" that the text then places "at"/"in" a named body are the office's portfolio
(the title's words), not a body of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ORG_KINDS = frozenset({"Organization", "GovernmentAgency"})
_BODY_AFTER_RE = re.compile(r"\s+(?:at|in|of)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("title_heads"))


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    return frozenset(lexicon.words("title_rank_words"))


def _rank_before_title(cand: Candidate, text: str) -> bool:
    """'Joint' of 'Joint Secretary'."""
    if cand.text not in _ranks():
        return False
    nxt = re.match(r" ([A-Z][\w-]*)", text[cand.end:cand.end + 40])
    return nxt is not None and nxt.group(1).lower() in _heads()


def _portfolio_before_body(cand: Candidate, text: str) -> bool:
    """'Customs Services' of 'Commissioner for Customs Services at the ZRA'."""
    before = re.search(r"\b([A-Za-z][\w-]*) for $", text[max(0, cand.start - 40):cand.start])
    if before is None or before.group(1).lower() not in _heads():
        return False
    return _BODY_AFTER_RE.match(text, cand.end) is not None


def drop_title_words(found: list[Candidate], state: State) -> list[Candidate]:
    """The candidates without the model's bodies that are words of a title."""
    text = state.text
    return [c for c in found
            if c.source == "gaz" or c.type not in _ORG_KINDS
            or not (c.source == "ner" and _rank_before_title(c, text) or _portfolio_before_body(c, text))]
