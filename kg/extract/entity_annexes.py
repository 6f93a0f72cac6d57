"""Annexes, protocols and chapters named by a letter or a number (round-22 class A2).

"Annex C of the Ondo Treaty", "talks on Annex B", "Protocol II": the part of a
treaty is an Agreement of its own, labelled "Annex C". A wider candidate the
model or a rule made around it ("Talks on Annex B and Protocol", "Annex C of
the Ondo Treaty") is cut: the annex stays, and a capitalised treaty name after
"of/to the" becomes its own candidate.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ANNEX_RE = re.compile(r"(?<![\w'’-])(?:Annex|Appendix|Protocol)\s+"
                       r"(?:[A-Z]|[IVX]{1,5}|\d{1,3}[A-Z]?)(?![\w'’-])")
_TREATY_AFTER_RE = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?(?=[A-Z])")


def annex_candidates(state: State) -> list[Candidate]:
    """Each annex-like name in the body as an Agreement candidate."""
    return [Candidate(m.start(), m.end(), m.group(0), "Agreement", "rule")
            for m in _ANNEX_RE.finditer(state.text, state.body_start)]


def split_around_annexes(found: list[Candidate], annexes: list[Candidate], state: State) -> list[Candidate]:
    """Cut every non-gazetteer candidate wider than an annex it contains down to
    the annex, keeping a capitalised name after 'of/to the' as its own candidate."""
    out: list[Candidate] = []
    for c in found:
        inner = next((a for a in annexes if c.start <= a.start and a.end <= c.end
                      and (c.start, c.end) != (a.start, a.end)), None)
        if inner is None or c.source == "gaz":
            out.append(c)
            continue
        m = _TREATY_AFTER_RE.match(state.text, inner.end)
        if m and m.end() < c.end and inner.start == c.start:
            rest = state.text[m.end():c.end]
            out.append(Candidate(m.end(), c.end, rest, c.type, c.source, state.gaz.lookup(rest)))
    return out + [a for a in annexes if not any(o.start <= a.start and a.end <= o.end and o.source == "gaz" for o in out)]
