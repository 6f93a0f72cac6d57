"""Who is doing the talking: from a speech verb to an entity key.

A verb's grammatical subject is followed up the tree when the verb has none
("..., calling it a 'productive meeting'" borrows the subject of the main
clause). The subject token then becomes an entity: a named mention covering it,
a pronoun resolved to the last person named, an office ("the prime minister")
resolved to its holder in this document, or an unnamed speaker ("a Canadian
official") created as a document-scoped node with the side it represents.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.state import State

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"xcomp", "advcl", "conj", "ccomp", "relcl", "acl", "pcomp", "dep", "parataxis"}
PERSONAL = {"he", "she", "him", "her"}
_PLURAL = {"they", "them"}
_FIRST = {"i", "we", "you", "me", "us"}
SPEAKER_TYPES = {"Person", "Organization", "GovernmentAgency", "MediaOrganization", "Country", "Place"}


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through clause links when it has none."""
    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        for child in token.children:
            if child.dep_ in _SUBJ and not (child.dep_ == "nsubjpass"):
                return child
        if token.dep_ in _CLIMB and token.head is not token:
            token = token.head
        else:
            return None
    return None


def entity_for_token(
    state: State,
    token: Token,
    quotes: list[tuple[int, int]],
    *,
    before: int | None = None,
) -> str | None:
    """The entity key the (subject) token refers to, creating unnamed speakers."""
    mention = state.mention_at(token.idx, token.idx + len(token.text), SPEAKER_TYPES)
    if mention is not None:
        return mention.key
    lower = token.lower_
    if lower in _FIRST or token.pos_ == "PRON" and lower not in PERSONAL | _PLURAL:
        return None
    limit = before if before is not None else token.idx
    if lower in PERSONAL:
        return last_person(state, limit, quotes)
    if lower in _PLURAL:
        last = state.statements[-1].speaker if state.statements else None
        if last and state.entities[last].unnamed:
            return last
        return None
    # A name token not covered by a mention: one of its compounds may be.
    for child in token.children:
        if child.dep_ in {"compound", "appos"}:
            m = state.mention_at(child.idx, child.idx + len(child.text), {"Person"})
            if m is not None:
                return m.key
    holder = office_holder(state, token)
    if holder is not None:
        return holder
    if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _role_nouns():
        return unnamed_speaker(state, token)
    return None


def _role_nouns() -> frozenset[str]:
    return lexicon.words("role_nouns")


def last_person(state: State, before: int, quotes: list[tuple[int, int]]) -> str | None:
    """The person named last before ``before``, ignoring names inside quotes."""
    best = None
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type != "Person" or entity.unnamed:
            continue
        if any(qs <= m.start < qe for qs, qe in quotes):
            continue
        best = m.key
    return best


def office_holder(state: State, token: Token) -> str | None:
    """'the prime minister said' -> the person holding that office in this text."""
    if not any(c.lower_ in {"the", "this"} for c in token.children if c.dep_ == "det"):
        return None
    words = [t.lower_ for t in token.subtree if t.dep_ in {"compound", "amod"} or t is token]
    title = " ".join(words)
    if token.lower_ not in lexicon.words("title_core"):
        return None
    for person, position in state.positions.items():
        label = state.entities[position].label.lower()
        if title in label or all(w in label for w in words):
            return person
    return None


def unnamed_speaker(state: State, token: Token) -> str:
    """A node for 'a Canadian official' / 'local officials', with its side."""
    from kg.extract.sides import side_of_description  # avoid an import cycle

    left = [t for t in token.subtree if t.i < token.i and t.dep_ not in {"det", "predet", "punct", "poss", "case", "nummod"}]
    # keep the contiguous stretch of modifiers just before the noun
    words = []
    for t in reversed(left):
        if words and t.i != words[0].i - 1:
            break
        words.insert(0, t)
    label_tokens = [*words, token]
    label = " ".join(t.text for t in label_tokens)
    label = label.replace("’s", "'s")
    side = side_of_description(state, token)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at", "from", "with"}:
            for obj in prep.children:
                m = state.mention_at(obj.idx, obj.idx + len(obj.text))
                if m is not None:
                    label = f"{label} {prep.lower_} {state.entities[m.key].label}"
                    side = side or m.key
    entity = state.add_entity(label, "Person", unnamed=True)
    start = label_tokens[0].idx
    end = token.idx + len(token.text)
    state.add_mention(entity.key, start, end, alias=False)
    if side and side != entity.key:
        state.add_relation(entity.key, "represents", state.sentence_span(token.sent), obj=side)
    return entity.key
