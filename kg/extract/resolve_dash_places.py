"""A dash-joined place's single part with the same head is the place (round-23 class A7).

"the Sèmè-Kpodji terminal ... the Sèmè terminal handles most cargo": a text
names a facility or border post by both its towns once, then by one of them
with the same lower-case head. The short form is an alias of the full one,
not a second place. "Chacalluta–Santa Rosa" and "Chacalluta-Santa Rosa" (en
dash and hyphen) are one name too.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_DASHES = re.compile(r"\s*[-–]\s*")


def _name_and_head(label: str) -> tuple[str, str]:
    """'Sèmè-Kpodji terminal' -> ('Sèmè-Kpodji', 'terminal'): the lower-case tail is the head."""
    words = label.split()
    i = len(words)
    while i > 1 and words[i - 1].islower():
        i -= 1
    return " ".join(words[:i]), " ".join(words[i:])


def dash_short_places(state: State, absorb) -> None:
    """Absorb '<part> <head>' into '<part>-<other> <head>' when one such place is named."""
    places = [(k, e) for k, e in state.entities.items() if e.type == "Place" and not e.unnamed]
    by_form: dict[str, list[str]] = {}
    for key, entity in places:
        name, head = _name_and_head(entity.label)
        if _DASHES.search(name) is None:
            continue
        for alias in (entity.label, *entity.aliases):
            by_form.setdefault(_DASHES.sub("-", alias), []).append(key)
        for part in _DASHES.split(name):
            if part:
                by_form.setdefault(f"{part} {head}".strip() if head else "\0" + part, []).append(key)
    for key, entity in places:
        if key not in state.entities:
            continue
        form = _DASHES.sub("-", entity.label) if _DASHES.search(entity.label) else entity.label
        targets = [t for t in dict.fromkeys(by_form.get(form, [])) if t != key and t in state.entities]
        if len(targets) == 1 and (_DASHES.search(entity.label) or _name_and_head(entity.label)[1]):
            absorb(state, key, targets[0])
