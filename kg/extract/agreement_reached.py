"""Titles said to have been reached or concluded on a date were signed then.
"the Kessa-Tarvo Principled Consensus on the Lumi Sea Issue, reached on June 18, 2008" /
"the Tarvo Accord, concluded in 1994," / "the Joint Statement, which was agreed on 3 May 2011":
a past participle of "reach", "conclude" or "agree" right after an agreement's name, with a
date after "in" / "on", is the date the text was settled: its dateSigned (the signing verbs of
the date step miss "reached"; "the two sides reached a deal on Monday" has no title before the
verb and is not read here).
"""

from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.evidence import evidence_for
from kg.extract.state import State

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}},?\s+(?:1[89]|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:1[89]|20)\d\d|"
         rf"{_MONTH}\s+(?:1[89]|20)\d\d|(?:1[89]|20)\d\d)")
_REACHED_RE = re.compile(rf"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+|first\s+)?"
                         rf"(?:reached|concluded|agreed(?:\s+upon)?|struck|hammered\s+out)\s+(?:in|on)\s+({_DATE})\b")


def apply(state: State) -> None:
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Agreement":
            continue
        if any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            continue
        hit = _REACHED_RE.match(state.text, m.end)
        if hit is None or "\n" in hit.group(0):
            continue
        value = dates.resolve(hit.group(1), state.document.date)
        if value:
            state.add_relation(m.key, "dateSigned", evidence_for(state, m), literal=value)
