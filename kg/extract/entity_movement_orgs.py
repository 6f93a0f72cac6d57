"""Long organisation names that hold a place or a demonym (round-19 class A8).

"the West Tarvia National Liberation Army", "the Upper Kessa People's Front",
"the Slovene Water Management Enterprise": a run of capitalised words after
"the" that ends in a movement or enterprise head is one organisation. The
model cuts such names where a place or a title-like word sits inside
("Liberation Army" typed a person); the whole run, longer, wins the overlap.
A country's own force ("the Kenya Army") is left to the security-force rule.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HEADS = ("Liberation Army|Liberation Front|Liberation Movement|Army|Front|Movement|Militia|Brigades?|"
          "Enterprise|Enterprises")
_WORD = rf"{CAP_CLASS}[\w-]*(?:['’]s)?"
_RUN_RE = re.compile(rf"\b[Tt]he\s+((?:{_WORD}\s+){{2,6}}?(?:{_HEADS}))(?![\w'’-])")


def movement_orgs(state: State) -> list[Candidate]:
    """Organisation candidates for the runs described in the module docstring."""
    out = []
    for m in _RUN_RE.finditer(state.text):
        name = m.group(1)
        if "\n" in name:
            continue
        words = name.split()
        lead = " ".join(words[:-1]) if words[-1] not in {"Army", "Front", "Movement"} or words[-2] != "Liberation" \
            else " ".join(words[:-2])
        if state.gaz.lookup(lead) is not None and state.gaz.lookup(lead).type == "Country" \
                or state.gaz.country_of_demonym(lead) is not None:
            continue  # "the Kenya Army", "the Kenyan Army": a country's force
        out.append(Candidate(m.start(1), m.end(1), name, "Organization", "rule"))
    return out
