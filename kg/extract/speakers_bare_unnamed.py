"""'"Water is not a gift," the official told reporters' after 'A Tarvian official said
...': the bare 'the official' is the unnamed official met just before, not a second one.

Direct quotes are attributed before reported speech, so when 'the official' of a quote
is resolved the earlier 'a Tarvian official' of a reported clause may not exist yet
(``speakers._earlier_unnamed`` then finds nothing). This pass, run once every statement
is in, joins an unnamed speaker whose only label is the bare noun to the last unnamed
person with the same head noun mentioned before it, when every mention of the bare one
came with 'the' and no other person is named in between.
"""

from __future__ import annotations

from kg.extract.context_edit import drop_mention
from kg.extract.speakers import unnamed_head
from kg.extract.state import State


def join_bare_unnamed(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if not (entity.unnamed and entity.type == "Person" and entity.mentions) or " " in entity.label:
            continue
        first = min(m.start for m in entity.mentions)
        if not all(state.text[max(0, m.start - 4):m.start].lower() == "the " for m in entity.mentions):
            continue  # 'officials said' or 'an official said': a new speaker
        earlier = _earlier_same_head(state, key, entity.label.lower(), first)
        if earlier is not None:
            _join(state, key, earlier)


def _earlier_same_head(state: State, key: str, noun: str, before: int) -> str | None:
    """The unnamed person of head ``noun`` mentioned last before ``before``, if no other
    person is mentioned between it and ``before``."""
    best = None
    for m in sorted(state.mentions, key=lambda m: m.start):
        if m.start >= before:
            break
        other = state.entities.get(m.key)
        if other is None or m.key == key or other.type != "Person":
            continue
        best = m.key if other.unnamed and unnamed_head(state, m.key) == noun else None
    return best


def _join(state: State, old: str, new: str) -> None:
    for m in list(state.entities[old].mentions):
        drop_mention(state, old, m.start, m.end)
        state.add_mention(new, m.start, m.end, alias=False)
    for s in state.statements:
        if s.speaker == old:
            s.speaker = new
        if s.addressee == old:
            s.addressee = new
        s.about = [new if k == old else k for k in s.about]
    for e in state.events:
        e.participants = [new if k == old else k for k in e.participants]
    for r in [r for r in state.relations if old in {r.subject, r.object}]:
        state.remove_relation(r)  # a bare noun carries no side or office of its own to keep
    del state.entities[old]
