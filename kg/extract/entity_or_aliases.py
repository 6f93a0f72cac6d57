"""Second names given with "or" (round-28 class A2).

"the Swedish Transport Administration, or Trafikverket, said", "the Norwegian
Public Roads Administration, or Statens vegvesen, ...": a body's name, a
comma, "or" and a name closed by a comma gives the body's other name (often
its own language's, with lower-case words the model cuts: "Statens"). The
other name is a candidate of the body's type wherever the text writes it
("Trafikverket said in a statement"), and resolution makes it an alias of
the body (``resolve_canonical.acronym_labels``).
"""

from __future__ import annotations

import re

from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State
from kg.model import ORG_TYPES

# The other name: a capitalised word and up to three more words of any case, closed by a comma.
OR_NAME_RE = re.compile(r",\s+or\s+(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)(?=,)")


def or_name_after(state: State, cand: Candidate) -> str | None:
    """The other name written right after ``cand`` (", or X,"), if it is one."""
    if cand.type not in ORG_TYPES | {"MediaOrganization"}:
        return None
    m = OR_NAME_RE.match(state.text, cand.end)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in NOT_NAME_START or any(w.lower() in {"the", "a", "an", "and", "or"} for w in words[1:]):
        return None
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type not in ORG_TYPES | {"MediaOrganization"}:
        return None  # "talks with Sweden, or Norway, ...": another actor, no second name
    return name


def or_alias_names(found: list[Candidate], state: State) -> list[Candidate]:
    """Candidates for every mention of the other names (see the module docstring)."""
    out = []
    for cand in found:
        name = or_name_after(state, cand)
        if name is None:
            continue
        pattern = r"\s+".join(re.escape(w) for w in name.split())
        for m in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", state.text):
            out.append(Candidate(m.start(), m.end(), m.group(0), cand.type, "rule"))
    return out
