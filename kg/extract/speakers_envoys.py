"""'the envoy said' -> the envoy the text named (round-34 class C7).

    Annelie Vos, the EU Special Representative for the Belgrade-Pristina
    Dialogue, chaired the meeting. ... The crossings would reopen in June, the
    European envoy said. "...," the envoy said.

'Envoy' names no office word for word: the person is a Special Representative,
a Special Envoy, a mediator or an ambassador. A definite 'the envoy' / 'the
mediator' (with at most a demonym or a body's short name before it: 'the
European envoy', 'the UN envoy') is the one named person in the text holding
such a post (of the side the demonym names, when there is one), not an unnamed
'envoy' node. Two such people and no demonym to choose: nobody (the other rules
go on).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State

# The nouns that stand for a diplomatic go-between's post, and the words its title holds.
_ENVOY_NOUNS = frozenset({"envoy", "mediator", "emissary", "representative"})
_TITLE_WORDS = frozenset({"special", "personal", "peace", "chief"})
_ENVOY_TITLES = re.compile(r"\b(?:envoy|special representative|high representative|mediator|emissary)\b", re.I)


def envoy_holder(state: State, token: Token) -> str | None:
    """The named person 'the (European) envoy' stands for, None when there is none or several."""
    if token.lower_ not in _ENVOY_NOUNS or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
        return None
    mods = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i
            and c.lower_ not in _TITLE_WORDS]  # ('the special envoy': the title's own word)
    if len(mods) > 1 or token.lower_ == "representative" and not mods:
        return None  # ('the representative' alone may be anyone's: left to the other rules)
    holders = []
    for person, position in state.positions.items():
        if state.entities[person].unnamed or not _ENVOY_TITLES.search(state.entities[position].label):
            continue
        if not any(m.start < token.idx for m in state.entities[person].mentions):
            continue  # named before the words
        if mods and not _side_matches(state, mods[0].text, person, position):
            continue
        holders.append(person)
    return holders[0] if len(holders) == 1 else None


def _side_matches(state: State, word: str, person: str, position: str) -> bool:
    """'European' / 'EU' / 'UN' / 'Norwegian': the body or country the envoy speaks for."""
    sides = {*state.objects(person, "represents"), *state.objects(position, "positionIn")}
    labels = {state.entities[k].label.lower() for k in sides if k in state.entities}
    labels |= {a.lower() for k in sides if k in state.entities for a in state.entities[k].aliases}
    low = word.lower()
    country = state.gaz.demonyms.get(word)
    if country is not None and country.label.lower() in labels:
        return True
    if low in {"european", "eu"}:
        return any("european union" in lab for lab in labels)
    if low in {"un", "u.n."}:
        return any("united nations" in lab for lab in labels)
    return low in labels or f"the {low}" in labels
