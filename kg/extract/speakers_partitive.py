"""'One of the people said ...' after 'two people familiar with the talks said':
a speaker picked out of a group of people or sources that has no role noun keeps
its partitive ('one of the people'), a node of its own, not the group and not
a bare 'people'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# Group nouns that name people without a role ('people', 'sources'): only the
# partitive says who speaks.
_PEOPLE_GROUPS = frozenset("people persons sources insiders".split())
_PICKERS = frozenset("one two three four several some".split())


def partitive_speaker(state: State, token: Token) -> str | None:
    """The unnamed speaker 'one of the people' for the subject token 'One'."""
    if token.lower_ not in _PICKERS or token.pos_ not in {"NUM", "PRON", "ADJ", "DET", "NOUN"}:
        return None
    group = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == token.i + 1
                  for o in p.children if o.dep_ == "pobj"), None)
    if group is None or group.lower_ not in _PEOPLE_GROUPS:
        return None
    if state.mention_at(group.idx, group.idx + len(group.text)) is not None:
        return None  # 'one of the people' already a mention of someone's
    start, end = token.idx, group.idx + len(group.text)
    label = " ".join(state.text[start:end].split())
    label = label[:1].lower() + label[1:]
    entity = state.add_entity(label, "Person", unnamed=True)
    state.__dict__.setdefault("_unnamed_heads", {})[entity.key] = token.lower_
    state.add_mention(entity.key, start, end, alias=False)
    return entity.key


# Quantity words that stand for some of a group named just before ('..., though several said ...').
_SOME_OF = frozenset("several some many most others few".split())


def group_member_speaker(state: State, token: Token, resolve) -> str | None:
    """'Local leaders on both sides cautiously welcomed the agreement, though several
    said ...' (round-29 class C9): a bare quantity word as the subject (no 'of the
    ...' after it) speaks for the plural group that is the subject of the clause it
    hangs on, earlier in the sentence. ``resolve`` gives the entity of a subject token."""
    if token.lower_ not in _SOME_OF or token.dep_ != "nsubj" or token.pos_ not in {"ADJ", "DET", "PRON", "NOUN", "NUM"}:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    head = token.head
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        group = next((c for c in head.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if group is not None:
            if group.tag_ in {"NN", "PRP"} or group.lower_ in {"he", "she", "it"}:
                return None  # a group, not one person ('Fishermen' may be tagged a name)
            key = resolve(group)
            if key is not None and state.entities[key].unnamed and state.entities[key].type == "Person":
                return key
            return None
    return None
