"""The outlet a text speaks for: 'told us', 'told me' address it.

    THE HARBOUR TIMES | INTERVIEW ...
    Dushi told us the goal was "realistic".           -> addressee Harbour Times

The outlet is the one media organisation the masthead or strap at the top of
the text names, or the one the text says did the talking ('The Harbour Times
spoke to ...', '... told the Harbour Times in an interview' is named anyway).
With none, or several, 'us' stays nobody.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# '<Outlet> spoke to / talked to / interviewed / sat down with <guest>'
_TALKED_RE = re.compile(r"\s+(?:spoke|talked|speaks|talks)\s+(?:to|with)\b|\s+interviewed\b|\s+sat\s+down\s+with\b")


def own_outlet(state: State) -> str | None:
    """The key of the text's own outlet, if the text names exactly one."""
    cached = state.__dict__.get("_own_outlet", "")
    if cached != "":
        return cached
    found = []
    top = state.text.find("\n\n", state.body_start)
    top = min(len(state.text), max(top if top >= 0 else 0, state.body_start + 200))
    for m in state.mentions_in(0, len(state.text), {"MediaOrganization"}):
        if state.entities[m.key].unnamed:
            continue
        if m.start < top or _TALKED_RE.match(state.text, m.end) is not None:
            found.append(m.key)
    keys = set(found)
    out = keys.pop() if len(keys) == 1 else None
    state.__dict__["_own_outlet"] = out
    return out
