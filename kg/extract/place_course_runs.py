"""connects from a link's course, the phrasings the other connect rules miss.

* "The Tosa pipeline leaves Ama and runs 440 km to Lumi" / "The pipeline starts in Ama and runs
  to Lumi" / "From Ama, the line runs 300 km to Lumi" / "runs from Ama to Lumi": the link
  connects where it starts and where it runs to. The subject is the link named there, or the
  one "the pipeline" / "the electrified line" refers to (the last link of that kind named before).
* "The X Road, which links the city with the Argentine town of Lumi": "the city" (or town, port)
  is the place of that kind named last before, so the road connects it too.
* "Brazil imports gas from Bolivia through the Gasbol pipeline": a link goods pass through
  between two places (countries too) connects them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.connects import LINK_KINDS
from kg.extract.place_courses import ANAPHOR_KINDS, connect_ends, last_link
from kg.extract.state import State

_RUN_KINDS = LINK_KINDS | {"interconnector"}

_PLACE = {"Place", "Country"}
_RUN_VERBS = frozenset("run stretch extend continue head wind snake".split())
_START_VERBS = frozenset("start begin originate leave depart".split())
_TRADE_VERBS = frozenset("import export ship send pump deliver supply buy sell move carry transport".split())
_TOWN_WORDS = frozenset("city town port village capital".split())


def apply(state: State) -> None:
    _courses(state)
    _the_city_ends(state)
    _traded_through(state)


def _place_of(state: State, tok: Token, types=_PLACE) -> str | None:
    """The place a noun names: its own mention, or the name after "the town of"."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), types)
    if m is not None:
        return m.key
    if tok.lower_ in _TOWN_WORDS:
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                m = state.mention_at(obj.idx, obj.idx + len(obj.text), types)
                if m is not None:
                    return m.key
    return None


def _prep_place(state: State, verb: Token, preps: set[str], types=_PLACE) -> str | None:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = _place_of(state, obj, types)
            if key is not None:
                return key
    return None


def _link_subject(state: State, verb: Token) -> str | None:
    """The named link subject of a verb (or of the verb it is joined to), or the link a
    "the pipeline" subject refers to."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    for subj in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
        m = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Place"})
        if m is not None:
            label = state.entities[m.key].label.split()
            return m.key if label and label[-1].lower() in _RUN_KINDS else None
        kinds = ANAPHOR_KINDS.get(subj.lemma_.lower())
        if kinds is None or not any(c.lower_ in {"the", "this"} for c in subj.children):
            return None
        return last_link(state, subj.idx, kinds, {"Place"}, reach=1500)
    return None


def _courses(state: State) -> None:
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.pos_ != "VERB" or tok.lemma_.lower() not in _RUN_VERBS:
            continue
        end = _prep_place(state, tok, {"to", "into"}, {"Place"})
        if end is None:
            continue
        start = _prep_place(state, tok, {"from"}, {"Place"})  # also a fronted "From Ama, the line runs ..."
        if start is None:
            # "leaves Ama and runs ... to Lumi", "starts in Ama and runs to Lumi": the verb it is joined to
            other = tok.head if tok.dep_ == "conj" else None
            if other is not None and other.lemma_.lower() in _START_VERBS:
                start = _prep_place(state, other, {"in", "at", "from"}, {"Place"})
                if start is None:
                    for obj in (c for c in other.children if c.dep_ == "dobj"):
                        start = _place_of(state, obj, {"Place"})
        if start is None:
            continue
        link = _link_subject(state, tok)
        if link is not None:
            connect_ends(state, link, [start, end], tok.sent)


def _the_city_ends(state: State) -> None:
    """'..., which links the city with the Argentine town of Lumi': "the city" is the place named before."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lemma_.lower() not in {"link", "connect", "join"} or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in _TOWN_WORDS or not any(c.lower_ == "the" for c in obj.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            continue
        other = _prep_place(state, tok, {"with", "to", "and"}, {"Place"})
        if other is None:
            continue
        link = None
        if tok.dep_ == "relcl":
            m = state.mention_at(tok.head.idx, tok.head.idx + len(tok.head.text), {"Place"})
            link = m.key if m is not None else None
        link = link or _link_subject(state, tok)
        if link is None:
            continue
        sent_start = tok.sent.start_char
        prev = [m for m in state.mentions if m.end <= obj.idx and m.start >= max(state.body_start, sent_start - 400)
                and state.entity_type(m.key) == "Place" and m.key not in {link, other}
                and not state.entities[m.key].label.split()[-1].lower() in LINK_KINDS]
        if not prev:
            continue
        connect_ends(state, link, [prev[-1].key, other], tok.sent)


def _traded_through(state: State) -> None:
    """'Brazil imports gas from Bolivia through the Gasbol pipeline': the link between the two."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.pos_ != "VERB" or tok.lemma_.lower() not in _TRADE_VERBS:
            continue
        link = None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"through", "via", "along", "by"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Place"})
                if m is not None and state.entities[m.key].label.split()[-1].lower() in {"pipeline", "railway", "line",
                                                                                             "interconnector", "corridor"}:
                    link = m.key
        if link is None:
            continue
        other = _prep_place(state, tok, {"from", "to"})
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        own = _place_of(state, subj) if subj is not None else None
        if other is None or own is None:
            continue
        connect_ends(state, link, [own, other], tok.sent, countries=True)
