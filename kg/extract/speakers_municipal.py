"""A town's local government that speaks (round-29 class C7).

    Utsjoki municipality said in a statement that the crossing would run daily.
    The Tromsø municipality said ...
    Oulu city council said on Monday that ...

'<Town> municipality / city council / town council / commune' as the subject of
a speech verb is the town's local government: a GovernmentAgency with the words
of the text as its name ('Utsjoki municipality'; the town stays a Place), the
name the entity step found for it when it found one. A bare 'the municipality'
names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# the head nouns of a local government, and the words that may stand between the town and it
_HEADS = frozenset("municipality council commune municipio prefecture".split())
_BETWEEN = frozenset("city town municipal district county village regional rural".split())


def municipal_speaker(state: State, token: Token) -> str | None:
    """The GovernmentAgency '<Town> municipality' the subject ``token`` names, else None."""
    if token.lower_ not in _HEADS or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [t for t in token.doc[token.left_edge.i:token.i] if t.dep_ in {"compound", "amod", "poss", "case"}
             or t.lower_ in _BETWEEN]
    places = [t for t in words if t.lower_ not in _BETWEEN and t.dep_ != "case"]
    if not places:
        return None
    first = places[0]
    m = state.mention_at(first.idx, first.idx + len(first.text), {"Place"})
    if m is None or state.entities[m.key].unnamed:
        return None
    if any(t.lower_ not in _BETWEEN and t.dep_ != "case" and not m.start <= t.idx < m.end for t in words):
        return None  # 'the Utsjoki fisheries council': more than a town before the noun
    start, end = m.start, token.idx + len(token.text)
    label = " ".join(state.text[start:end].replace("’s", "'s").split())
    found = state.mention_at(start, end, {"GovernmentAgency", "Organization"})
    if found is not None and found.start <= start and end <= found.end:
        return found.key
    agency = state.add_entity(label, "GovernmentAgency")
    state.add_mention(agency.key, start, end, alias=False)
    return agency.key
