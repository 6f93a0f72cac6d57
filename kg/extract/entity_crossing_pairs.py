"""A crossing named by the places on its two sides (round-29 class A12).

"the Nong Nok Khiene-Trapeang Kriel border post", "the Kittsee-Jarovce
motorway crossing", "the Klobuk–Ilino Brdo border crossing": two place names
joined by a hyphen or an en dash before a crossing word (after up to two
lower-case modifiers: border, motorway, rail ...) name the crossing, a Place
with its full label ("Kittsee-Jarovce motorway crossing", not "... motorway").
A side the text also names on its own ("Trapeang Kriel, in Stung Treng
province, opens at seven") is a Place, nested in that label too (never a
person "Trapeang Kriel" or an organisation "Ilino Brdo"); a side named only
inside the pair makes no entity (round-23 A7, round-6 S10). A pair of
countries ("the Chile-Peru border crossing") names no crossing here.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w'’]*"
_NAME = rf"{_W}(?:[ \t]+{_W}){{0,2}}"
_MODIFIERS = r"(?:border|motorway|highway|road|rail|railway|international|main|new|old|pedestrian|truck|cargo|ferry|river|bridge|land|customs)"
_HEADS = r"(?:border[ \t]+crossing|crossing[ \t]+point|crossing|border[ \t]+post|checkpoint|border[ \t]+point|" \
         r"border[ \t]+station|border[ \t]+gate|post|point)"
_PAIR_RE = re.compile(rf"(?<![\w'’-])(?P<a>{_NAME})[-–](?P<b>{_NAME})(?P<tail>(?:[ \t]+{_MODIFIERS}){{0,2}}[ \t]+{_HEADS})(?![\w-])")


def _sides(m: re.Match, state: State) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the two sides; leading words of no name ("The", a demonym, a country) are cut."""
    words = list(re.finditer(r"\S+", m.group("a")))
    while words and (words[0].group(0) in NOT_NAME_START or state.gaz.demonyms.get(words[0].group(0).lower()) is not None
                     or len(words) > 1 and state.gaz.country(words[0].group(0)) is not None):
        words = words[1:]
    if not words:
        return None
    return (m.start("a") + words[0].start(), m.end("a")), m.span("b")


def crossing_pairs(state: State) -> tuple[list[Candidate], list[Candidate]]:
    """The crossings (to compete with other candidates) and their sides (nested, added after)."""
    text = state.text
    crossings, sides = [], []
    for m in _PAIR_RE.finditer(text):
        found = _sides(m, state)
        if found is None or "\n" in m.group(0) or state.is_skipped(m.start(), m.end()):
            continue
        (a0, a1), (b0, b1) = found
        kinds = [state.gaz.lookup(text[x:y]) for x, y in ((a0, a1), (b0, b1))]
        if any(k is not None and k.type not in {"Place"} for k in kinds):
            continue  # "the Chile-Peru border crossing": two countries
        crossings.append(Candidate(a0, m.end(), text[a0:m.end()], "Place", "rule"))
        for (x, y), entry in zip(((a0, a1), (b0, b1)), kinds):
            side = text[x:y]
            elsewhere = [h for h in re.finditer(rf"(?<![\w'’-]){re.escape(side)}(?![\w'’-])", text)
                         if not a0 <= h.start() < m.end()
                         and not re.match(rf"(?:[ \t]+{_MODIFIERS})*[ \t]+{_HEADS}\b", text[h.end():])]
            if elsewhere:  # "Klobuk, on the Serbian side, ...": a side the text names on its own is a place
                sides.append(Candidate(x, y, side, "Place", "gaz" if entry else "rule", entry))
    return crossings, sides
