"""Parties named in an agreement's title.

"The three governments signed the Agreement on the Construction of the
China–Kyrgyzstan–Uzbekistan Railway": a signed agreement whose title joins three or more
countries by dashes binds each of them (the third state too, not only the report's two
sides). A title naming two ("the Kessa–Tarvia Railway") is left to the other rules.
"""

from __future__ import annotations

import re

from kg.extract.agreement_status import agreement_status
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.state import State

_CHAIN_RE = re.compile(r"[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)*(?:\s?[–—-]\s?[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)*){2,}")
_SIGNED_RE = re.compile(r"\b(?:signed|inked|concluded|ratified)\b")


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or entity.unnamed:
            continue
        body = body_mentions(state, key)
        if not body or agreement_status(state, key) == "prospective":
            continue
        chain = _CHAIN_RE.search(entity.label)
        if chain is None:
            continue
        countries = []
        for name in re.split(r"\s?[–—-]\s?", chain.group(0)):
            k = _country(state, name.split())
            if k is None:
                break
            countries.append(k)
        else:
            if len(set(countries)) < 3:
                continue
            signed = any(r.subject == key and r.predicate == "dateSigned" for r in state.relations) or any(
                _SIGNED_RE.search(state.sentence_of(m.start).text) for m in body)
            if not signed:
                continue
            for c in countries:
                state.add_relation(c, "partyTo", evidence_for(state, body[0]), obj=key)


def _country(state: State, words: list[str]) -> str | None:
    """The country a chain's part names ("Uzbekistan Railway": its leading words)."""
    for n in range(len(words), 0, -1):
        entry = state.gaz.lookup(" ".join(words[:n]))
        if entry is not None and entry.type == "Country":
            return country_key(state, entry.label)
    return None
