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
            bare = _bare_of(_words(state, keep.object), _words(state, drop.object))
            if bare:
                keep, drop = drop, keep  # the bare rank yields to the full title
            _fold(state, person, keep, drop, names=not (bare or _bare_of(_words(state, drop.object),
                                                                         _words(state, keep.object))))
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
    if _bare_of(wa, wb) or _bare_of(wb, wa):
        return True  # "Vice-Minister Laura Gómez" ... "Vice-Minister of Foreign Affairs" (round-31 O2)
    if not _rank(wa) or _rank(wa) != _rank(wb):
        return False
    if wa == wb:
        return True  # "Transport Minister" / "Minister of Transport"
    # a copied counterpart title yields to the person's own title of the same rank
    # ("foreign minister" copied, "Minister of Foreign Affairs and Cooperation" given)
    return _explicit(state, a) != _explicit(state, b) and len(wa & wb) >= 1 and _plain(wa, wb)


def _bare_of(short: frozenset[str], full: frozenset[str]) -> bool:
    """``short`` is a bare rank ("Vice-Minister", "Deputy Minister", "Ambassador") whose words all
    stand in the fuller title ``full`` ("Vice-Minister of Foreign Affairs"): a short form of it."""
    parts = lambda words: frozenset(p for w in words for p in w.split("-") if p)  # noqa: E731
    ps, pf = parts(short), parts(full)
    core = lexicon.words("title_core")
    marks = frozenset("deputy vice assistant acting junior first second chief general under senior".split())
    return bool(ps & core) and ps <= core | marks and ps < pf


def _plain(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Neither title carries a rank word the other lacks ("deputy", "vice", "state")."""
    marks = frozenset("deputy vice assistant acting junior state first second chief general under".split())
    return (wa & marks) == (wb & marks)


def _fold(state: State, person: str, keep, drop, names: bool = True) -> None:
    """Drop ``person``'s holding of ``drop.object``; its names go to ``keep.object`` (not those of
    a bare rank: "Vice-Minister of Colombia" is no name of the full office)."""
    old, new = state.entities[drop.object], state.entities[keep.object]
    state.remove_relation(drop)
    for name in {old.label, *old.aliases} if names else ():
        if name != new.label:
            new.aliases.add(name)
    if state.positions.get(person) == drop.object:
        state.positions[person] = keep.object
    if not any(r.predicate == "holdsPosition" and r.object == drop.object for r in state.relations):
        for r in [r for r in state.relations if drop.object in (r.subject, r.object)]:
            state.remove_relation(r)
        if not old.mentions:
            del state.entities[drop.object]
