"""Other names given in a relative clause are aliases (round-29 class A14).

"the Tana river, which forms the border ... and is known as Teno in Finnish
and Deatnu in Northern Sámi": the names after "known as" / "called" inside a
"which" clause are other names of the place the clause hangs on (the mention
right before ", which"), with the language after each name; they are no
places of their own.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.resolve_merge import absorb
from kg.extract.state import State

_NAME = rf"{CAP_CLASS}[\w'’-]*(?:[ \t]+{CAP_CLASS}[\w'’-]*){{0,2}}"
_LANG = rf"(?:[ \t]+in[ \t]+(?:the[ \t]+)?{CAP_CLASS}[\w'’-]*(?:[ \t]+{CAP_CLASS}[\w'’-]*)?)?"
_WHICH_RE = re.compile(
    rf",[ \t]+(?:which|that)\b[^.;\n]{{0,120}}?\b(?:is|are|was)[ \t]+(?:also[ \t]+|locally[ \t]+|often[ \t]+)?"
    rf"(?:known[ \t]+as|called)[ \t]+(?P<a>{_NAME}){_LANG}"
    rf"(?:,?[ \t]+(?:and|or)[ \t]+(?:as[ \t]+)?(?P<b>{_NAME}){_LANG})?")


def which_known_as(state: State) -> None:
    """Make the names of such a clause aliases (and mentions) of the place before it."""
    for m in _WHICH_RE.finditer(state.text, state.body_start):
        before = [x for x in state.mentions if x.end == m.start() and state.entity_type(x.key) in {"Place", "Organization"}]
        if not before:
            continue
        referent = before[0].key
        for g in ("a", "b"):
            if not m.group(g):
                continue
            start, end = m.span(g)
            name = m.group(g)
            if state.gaz.lookup(name) is not None and state.gaz.lookup(name).type == "Country":
                continue
            inside = state.mentions_in(start, end)
            for x in inside:
                if x.key != referent and state.entity_type(x.key) in {"Place", "Organization", "Person"}:
                    absorb(state, x.key, referent)
            if not inside:
                state.add_mention(referent, start, end)
            if referent in state.entities and name != state.entities[referent].label:
                state.entities[referent].aliases.add(name)
