"""Mutable working state shared by the extraction steps of one document.

Steps read the parsed text and the entities found so far, and add entities,
mentions, relations, statements and events through the helpers here, which
keep keys canonical and drop duplicates. Only ``pipeline`` builds a State.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.gazetteer import Gazetteer
from kg.iris import slugify
from kg.model import Document, Entity, Event, Extraction, Relation, Span, Statement

# More specific types win when two steps disagree about one key.
_TYPE_RANK = {
    "Person": 3, "GovernmentAgency": 3, "MediaOrganization": 3, "Country": 3,
    "Agreement": 3, "Position": 3, "Organization": 2, "Place": 2,
}


@dataclass(frozen=True)
class MentionRef:
    """One occurrence of an entity in the text."""

    start: int
    end: int
    key: str


@dataclass
class State:
    document: Document
    doc: Doc
    gaz: Gazetteer
    body_start: int = 0  # text before this offset is the headline
    skipped: list[tuple[int, int]] = field(default_factory=list)  # photo credits etc.
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[MentionRef] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    positions: dict[str, str] = field(default_factory=dict)  # person key -> position key
    _relation_keys: set[tuple[str, str, str]] = field(default_factory=set)

    # -- text helpers -------------------------------------------------
    @property
    def text(self) -> str:
        return self.document.text

    @property
    def tokens(self) -> list:
        """The parsed tokens as one list, built once (iterating the Doc again
        and again creates new Token objects each time, which is slow)."""
        cached = self.__dict__.get("_token_list")
        if cached is None:
            cached = self.__dict__["_token_list"] = list(self.doc)
        return cached

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_span(self, sent: SpacySpan) -> Span:
        start, end = sent.start_char, sent.end_char
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self.span(start, end)

    def body_sentences(self) -> list[SpacySpan]:
        """The sentences after the headline (and layout lines before the body)."""
        return [sent for sent in self.doc.sents if sent.start_char >= self.body_start]

    def sentence_of(self, char: int) -> SpacySpan:
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if token is None or len(token) == 0:
            return self.doc[:].sents.__next__()
        return token[0].sent

    def previous_sentence_start(self, char: int) -> int:
        """Where the sentence before the one holding ``char`` starts (this one's start when it opens
        the body): the window "this sentence or the one before" that back-references search."""
        start = self.sentence_of(char).start_char
        if start > self.body_start:
            start = self.sentence_of(max(self.body_start, start - 2)).start_char
        return start

    def is_skipped(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.skipped)

    # -- entities ------------------------------------------------------
    def add_entity(
        self,
        label: str,
        type_: str,
        *,
        key: str | None = None,
        same_as: list[str] | None = None,
        unnamed: bool = False,
    ) -> Entity:
        """The entity for ``label`` (created, or merged into an existing one)."""
        key = key or slugify(label)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, type=type_, label=label, unnamed=unnamed)
            self.entities[key] = entity
        elif _TYPE_RANK.get(type_, 0) > _TYPE_RANK.get(entity.type, 0):
            entity.type = type_
        for iri in same_as or []:
            if iri not in entity.same_as:
                entity.same_as.append(iri)
        return entity

    def add_mention(self, key: str, start: int, end: int, *, alias: bool = True) -> None:
        """Record that ``key`` is named at ``start:end`` (once per offset pair);
        ``alias`` False for descriptions ("the agreement") that are not names."""
        entity = self.entities[key]
        span = self.span(start, end)
        if any(m.start == start and m.end == end for m in entity.mentions):
            return
        entity.mentions.append(span)
        entity.mentions.sort(key=lambda s: s.start)
        surface = " ".join(span.text.split())
        if alias and surface and surface != entity.label:
            entity.aliases.add(surface)
        bisect.insort(self.mentions, MentionRef(start, end, key), key=lambda m: (m.start, m.end))

    def remove_mention(self, m: MentionRef) -> None:
        """``m``'s entity loses that mention, and goes when it has no other (a longer name
        took the words)."""
        if m in self.mentions:
            self.mentions.remove(m)
        entity = self.entities.get(m.key)
        if entity is None:
            return
        entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
        if not entity.mentions and not any(x.key == m.key for x in self.mentions):
            del self.entities[m.key]

    def mentions_in(self, start: int, end: int, types: set[str] | None = None) -> list[MentionRef]:
        """Mentions lying inside ``start:end`` (optionally of some types)."""
        out = []
        for m in self.mentions:
            if m.start >= end:
                break
            if m.start >= start and m.end <= end:
                if types is None or self.entities[m.key].type in types:
                    out.append(m)
        return out

    def mention_at(self, start: int, end: int, types: set[str] | None = None) -> MentionRef | None:
        """A mention overlapping ``start:end``, the longest one first."""
        hits = [
            m for m in self.mentions
            if m.start < end and start < m.end
            and (types is None or self.entities[m.key].type in types)
        ]
        return max(hits, key=lambda m: m.end - m.start) if hits else None

    def last_mention_before(self, char: int, types: set[str]) -> MentionRef | None:
        best = None
        for m in self.mentions:
            if m.start >= char:
                break
            if self.entities[m.key].type in types and not self.entities[m.key].unnamed:
                best = m
        return best

    def entity_type(self, key: str) -> str:
        return self.entities[key].type

    # -- relations -----------------------------------------------------
    def add_relation(
        self,
        subject: str,
        predicate: str,
        evidence: Span,
        *,
        obj: str | None = None,
        literal: str | None = None,
    ) -> None:
        """Add ``subject predicate obj|literal`` once (the first evidence wins)."""
        target = obj if obj is not None else f"literal:{literal}"
        if subject == obj or (subject, predicate, target) in self._relation_keys:
            return
        self._relation_keys.add((subject, predicate, target))
        self.relations.append(Relation(subject, predicate, evidence, object=obj, literal=literal))

    def remove_relation(self, relation: Relation) -> None:
        """Take back a relation a later step found wrong."""
        self.relations.remove(relation)
        target = relation.object if relation.object is not None else f"literal:{relation.literal}"
        self._relation_keys.discard((relation.subject, relation.predicate, target))

    def has_relation(self, subject: str, predicate: str, obj: str | None = None) -> bool:
        return any(
            s == subject and p == predicate and (obj is None or o == obj)
            for s, p, o in self._relation_keys
        )

    def voiced(self, key: str) -> bool:
        """Does ``key`` speak or get spoken to in a statement (then it is an actor, not a word
        a later step may retype or drop)?"""
        return any(key in (st.speaker, st.addressee) for st in self.statements)

    def objects(self, subject: str, predicate: str) -> list[str]:
        return [r.object for r in self.relations
                if r.subject == subject and r.predicate == predicate and r.object]

    def to_extraction(self) -> Extraction:
        return Extraction(
            document=self.document,
            entities=self.entities,
            relations=self.relations,
            statements=self.statements,
            events=self.events,
        )
