"""A feature's bare name after its full name is the feature (round-23 class A12).

"Trade through the Khyber Pass resumed ... more than a million lorries crossed
the Khyber last year": a pass, corridor, tunnel, strait or valley named in full
is later called by its bare name after "the". That "the Khyber" is the pass,
not a second place (a town is never "the Khyber"). A bare name without "the"
("Khyber province", "in Salang") may be the town or district the feature is
named after and stays apart.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# Capitalised heads of features a text shortens to "the <Name>".
_FEATURE_HEADS = frozenset("Pass Corridor Tunnel Gap Strait Straits Canal Valley Desert Plateau Gorge Range Mountains "
                           "Highlands Delta Basin Peninsula Isthmus Channel Sound Glacier Escarpment Massif Hills "
                           "Steppe Lowlands Bight".split())
# Lower-case heads a crossing's name takes ("the Torugart crossing"); its bare name is the crossing only
# where the model read it as no place (round-29 A16).
_LOWER_HEADS = frozenset("crossing checkpoint pass".split())
_THE_RE = re.compile(r"\b[Tt]he\s+$")


def feature_short_names(state: State, absorb) -> None:
    """Make '<the> Name' an alias and mention of 'Name <Head>'."""
    owners: dict[str, list[str]] = {}
    for key, entity in state.entities.items():
        words = entity.label.split()
        if entity.type == "Place" and len(words) >= 2 and (words[-1] in _FEATURE_HEADS or words[-1] in _LOWER_HEADS) \
                and not entity.unnamed:
            owners.setdefault(" ".join(words[:-1]), []).append(key)
    for short, keys in owners.items():
        if len(keys) != 1 or state.gaz.lookup(short) is not None:
            continue
        target = keys[0]
        first = min((m.start for m in state.mentions if m.key == target), default=None)
        if first is None:
            continue
        for key, entity in list(state.entities.items()):
            if key == target or entity.label != short or entity.unnamed or entity.type == "Country":
                continue
            refs = [m for m in state.mentions if m.key == key]
            if refs and all(m.start > first and _THE_RE.search(state.text[max(0, m.start - 6):m.start]) for m in refs):
                absorb(state, key, target)  # "crossed the Khyber"
            elif refs and entity.type in {"Person", "Organization"} and all(m.start > first for m in refs) \
                    and not any(re.match(r"\s+(?:province|district|region|county|town|village|city)\b",
                                         state.text[m.end:m.end + 12]) for m in refs):
                # "Torugart is closed at night" after "the Torugart Pass": the model's person is the pass
                # (round-29 A16); a place of that name (a town the pass is named after) stays apart
                absorb(state, key, target)
        # "the Khyber" the model left unnamed
        for m in re.finditer(rf"\b[Tt]he\s+({re.escape(short)})(?![\w'’-])(?!\s+[A-Z])", state.text):
            start, end = m.span(1)
            if start <= first or state.is_skipped(start, end) or any(
                    x.start < end and start < x.end for x in state.mentions):
                continue
            state.add_mention(target, start, end)
