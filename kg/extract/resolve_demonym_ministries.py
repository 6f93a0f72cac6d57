"""'the <Demonym> ministry' in lower case is a back-reference (round-20 A3).

"The Merovian Ministry of Railways signed ... Paul Gren, head of freight at the
Merovian ministry, said": the lower-case "ministry" after a demonym names the
one ministry of that country the text has named in full, not a new body
"Merovian ministry" (nor the country). With two or more such ministries the
reference is ambiguous and nothing changes.
"""

from __future__ import annotations

import re

from kg.extract.context_edit import drop_mention
from kg.extract.state import State

_REF_RE = re.compile(r"\b[Tt]he\s+(?P<dem>[A-Z][\w'’-]+)\s+ministry\b(?!\s+(?:of|for)\b)")


def _ministries_of(state: State, demonym: str) -> list[str]:
    """Keys of the ministries whose name (label or alias) starts with ``demonym``."""
    out = []
    for key, entity in state.entities.items():
        if entity.type not in {"GovernmentAgency", "Organization"} or entity.unnamed:
            continue
        names = [entity.label, *entity.aliases]
        if any(n.startswith(demonym + " ") and "Ministry" in n.split() for n in names) \
                and "ministry" not in entity.label.split():
            out.append(key)
    return out


def demonym_ministries(state: State, absorb) -> None:
    """Point each 'the <Demonym> ministry' at the one ministry of that country."""
    for m in _REF_RE.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()):
            continue
        targets = _ministries_of(state, m.group("dem"))
        if len(targets) != 1:
            continue
        point_at(state, absorb, m.start("dem"), m.end(), targets[0])


def point_at(state: State, absorb, start: int, end: int, target: str) -> None:
    """Make the description at ``start:end`` a mention of ``target`` (no name of it)."""
    for x in [x for x in state.mentions if x.start < end and start < x.end and x.key != target]:
        other = state.entities.get(x.key)
        if other is None:
            continue
        if " ".join(other.label.split()).lower() == " ".join(state.text[start:end].split()).lower():
            label = other.label
            absorb(state, x.key, target)  # the new "Merovian ministry" body is the ministry
            state.entities[target].aliases.discard(label)  # a description, no name of it
        elif other.type in {"Country", "Place"} and len(other.mentions) > 1:
            drop_mention(state, x.key, x.start, x.end)  # the demonym is no mention of the country here
    if target in state.entities:
        state.add_mention(target, start, end, alias=False)
