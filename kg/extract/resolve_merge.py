"""The merge primitive of within-document resolution: one entity absorbs another
(its mentions and names); shared by resolution and the later context pass."""

from __future__ import annotations

from kg.extract.state import MentionRef, State


def absorb(state: State, source: str, target: str) -> None:
    """Make ``source`` another name of ``target``: its mentions and names move over."""
    if source == target or source not in state.entities or target not in state.entities:
        return
    src, dst = state.entities.pop(source), state.entities[target]
    state.mentions = [MentionRef(m.start, m.end, target) if m.key == source else m for m in state.mentions]
    dst.mentions = sorted([*dst.mentions, *src.mentions], key=lambda sp: sp.start)
    dst.aliases |= {n for n in (src.label, *src.aliases) if n != dst.label}
    for iri in src.same_as:
        if iri not in dst.same_as:
            dst.same_as.append(iri)


def absorb_linked(state: State, source: str, target: str) -> None:
    """``absorb`` after the relation steps have run: the relations and the statements' topics
    of ``source`` move to ``target`` too (a relation that would link ``target`` to itself goes)."""
    absorb(state, source, target)
    for r in [x for x in state.relations if source in (x.subject, x.object)]:
        state.remove_relation(r)
        subject, obj = (target if k == source else k for k in (r.subject, r.object))
        if subject != obj:
            state.add_relation(subject, r.predicate, r.evidence, obj=obj, literal=r.literal)
    for statement in state.statements:
        statement.about = list(dict.fromkeys(target if k == source else k for k in statement.about))
