"""One position per title (round-29 O1).

"Austrian Transport Minister Petra Novak and her Slovak counterpart, Jan Horak," gives
Horak the counterpart's office for Slovakia ("Transport Minister of Slovakia"); a later
"Jan Horak, Slovak Minister of Transport" names the same office in other words.
"Transport Minister" and "Minister of Transport" are one title (the words, in any
order, without "of"/"the"/"affairs"), and a title copied from a counterpart yields to
the explicit title of the same rank ("minister") the text gives the person. The person
keeps one Position; the other's names stay on it as aliases (either wording is found).
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.state import State

_FILLERS = frozenset("of for the and & affairs ministry".split())


def _words(state: State, position: str) -> frozenset[str]:
    """The words of a position's bare title (its shortest alias), side words dropped."""
    entity = state.entities[position]
    names = sorted(entity.aliases, key=len) or [entity.label]
    return frozenset(w.strip(",").lower() for w in names[0].split()) - _FILLERS


def _rank(words: frozenset[str]) -> frozenset[str]:
    return words & lexicon.words("title_core")


def _sides(state: State, position: str) -> set[str]:
    return set(state.objects(position, "positionIn"))


def merge_same_titles(state: State) -> None:
    """A person holding two positions that are one office keeps one of them."""
    held: dict[str, list] = {}
    for r in state.relations:
        if r.predicate == "holdsPosition" and r.object in state.entities \
                and state.entities[r.object].type == "Position":
            held.setdefault(r.subject, []).append(r)
    for person, rels in held.items():
        if len(rels) < 2:
            continue
        kept = [rels[0]]
        for r in rels[1:]:
            twin = next((k for k in kept if _same_office(state, k.object, r.object)), None)
            if twin is None:
                kept.append(r)
                continue
            keep, drop = (twin, r) if _explicit(state, twin.object) or not _explicit(state, r.object) else (r, twin)
            _fold(state, person, keep, drop)
            kept[kept.index(twin)] = keep


def _explicit(state: State, position: str) -> bool:
    """The text names this office somewhere (a counterpart's copied title has no mention)."""
    return bool(state.entities[position].mentions)


def _same_office(state: State, a: str, b: str) -> bool:
    if a == b:
        return False
    sa, sb = _sides(state, a), _sides(state, b)
    if sa and sb and not sa & sb:
        return False  # offices of two sides
    wa, wb = _words(state, a), _words(state, b)
    if not _rank(wa) or _rank(wa) != _rank(wb):
        return False
    if wa == wb:
        return True  # "Transport Minister" / "Minister of Transport"
    # a copied counterpart title yields to the person's own title of the same rank
    # ("foreign minister" copied, "Minister of Foreign Affairs and Cooperation" given)
    return _explicit(state, a) != _explicit(state, b) and len(wa & wb) >= 1 and _plain(wa, wb)


def _plain(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Neither title carries a rank word the other lacks ("deputy", "vice", "state")."""
    marks = frozenset("deputy vice assistant acting junior state first second chief general under".split())
    return (wa & marks) == (wb & marks)


def _fold(state: State, person: str, keep, drop) -> None:
    """Drop ``person``'s holding of ``drop.object``; its names go to ``keep.object``."""
    old, new = state.entities[drop.object], state.entities[keep.object]
    state.remove_relation(drop)
    for name in {old.label, *old.aliases}:
        if name != new.label:
            new.aliases.add(name)
    if state.positions.get(person) == drop.object:
        state.positions[person] = keep.object
    if not any(r.predicate == "holdsPosition" and r.object == drop.object for r in state.relations):
        for r in [r for r in state.relations if drop.object in (r.subject, r.object)]:
            state.remove_relation(r)
        if not old.mentions:
            del state.entities[drop.object]
