"""The link a connect verb speaks of when its subject is not a name next to it.

* "When the Unity Bridge opened in 2010, it carried forty vehicles a day across the
  river, linking Mtambaswala in Tanzania's Mtwara Region with Negomano in Mozambique's
  Cabo Delgado province.": the participle has no subject of its own; the clause's "it"
  is the bridge named before, so the bridge connects the two towns (never the region
  the first town lies in).
* "The new Vemo Bridge will be built 400 metres downstream and will link Ama, in the
  municipality of Othón P. Blanco, with Lumi, in Tarvia's Kessa District.": a verb
  joined to another by "and" shares its subject; the asides may hold a dotted name.
* "The Tosa Pass is high. The road over it links the town of Ama with Lumi": a road
  over/through a named link (or "it" for one) is that link's way: the pass connects.

A fallback after the connect rules: a sentence whose ends are already linked is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.connects import LINK_KINDS, _PLACE_NAME, _dateline_word, place_key_at
from kg.extract.state import State

# what a link may be called: a structure, a way, a mountain pass
_LINK_WORDS = LINK_KINDS | {"pass", "causeway", "ferry", "viaduct", "motorway", "expressway", "checkpoint"}
_TOWN_OF = r"(?:the\s+(?:(?:border\s+|port\s+|market\s+)?(?:town|city|village|port|settlement)\s+of\s+))"
# an aside locating an end: ", in the municipality of Othón P. Blanco," / " in Tanzania's Mtwara Region"
_ASIDE = r"(?:,\s+in\s+[^,;\n]{3,80}?,|\s+in\s+[^,;\n]{3,60}?(?=\s+(?:with|and|to)\s))"
_ENDS_RE = re.compile(rf"(?:links?|linking|linked|connects?|connecting|connected)\s+(?:{_TOWN_OF})?(?P<a>{_PLACE_NAME})"
                      rf"{_ASIDE}?\s+(?:with|and|to)\s+(?:{_TOWN_OF})?(?P<b>{_PLACE_NAME})")
_VERBS = frozenset("link connect".split())


def apply(state: State) -> None:
    for token in state.tokens:
        if token.idx < state.body_start or token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in _VERBS:
            continue
        hit = _ENDS_RE.match(state.text, token.idx)
        if hit is None or hit.end() > token.sent.end_char:
            continue
        ends = [place_key_at(state, hit.start(g), hit.end(g)) for g in ("a", "b")]
        if None in ends or ends[0] == ends[1] or any(state.entity_type(k) == "Country" for k in ends):
            continue
        if any(state.has_relation(x, "connects", y) or state.has_relation(y, "connects", x)
               for x in ends for y in ends) or _has_link_to(state, ends):
            continue  # the connect rules read it
        link = _link_of(state, token)
        if link is None or link in ends:
            continue
        evidence = state.sentence_span(token.sent)
        for key in ends:
            state.add_relation(link, "connects", evidence, obj=key)


def _has_link_to(state: State, ends: list[str]) -> bool:
    """Does a link already connect both ends (read by another rule)?"""
    links = [{r.object for r in state.relations if r.predicate == "connects" and r.subject == s}
             for s in {r.subject for r in state.relations if r.predicate == "connects"}]
    return any(set(ends) <= objs for objs in links)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it hangs on ("and will link", ", linking")."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and not _dateline_word(c)), None)
        if subj is not None:
            return subj
        if tok.dep_ not in {"conj", "advcl", "xcomp"} or tok.head is tok:
            return None
        tok = tok.head
    return None


def _link_of(state: State, verb: Token) -> str | None:
    subj = _subject(verb)
    if subj is None:
        return None
    if subj.lower_ == "it":
        return _link_before(state, subj.idx, _previous_sentence_start(state, verb))
    m = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Place"})
    if m is not None:
        return m.key if _is_link(state, m.key) else None
    if subj.lower_ in {"road", "railway", "highway", "route", "line", "track"}:
        # "The road over it": the way over a pass is the pass's
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in {"over", "through", "across"}):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.lower_ == "it":
                return _link_before(state, pobj.idx, _previous_sentence_start(state, verb))
            named = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Place"})
            if named is not None and _is_link(state, named.key):
                return named.key
    return None


def _previous_sentence_start(state: State, verb: Token) -> int:
    sent = verb.sent
    if sent.start > 0:
        sent = state.doc[sent.start - 1].sent
    return max(sent.start_char, state.body_start)


def _is_link(state: State, key: str) -> bool:
    return state.entities[key].label.split()[-1].lower() in _LINK_WORDS


def _link_before(state: State, pos: int, start: int) -> str | None:
    """The link (bridge, pass, road ...) named last before ``pos`` from ``start`` on."""
    found = [m.key for m in state.mentions if start <= m.start and m.end <= pos
             and state.entity_type(m.key) == "Place" and _is_link(state, m.key)]
    return found[-1] if found else None
