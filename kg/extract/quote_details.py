"""A statement's details read from the words around its speech verb: the
addressee ('told reporters'), the medium ('in an interview', 'on X'), the date
('on Tuesday'), and whether a description names the speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.quote_outlets import own_outlet
from kg.extract.speakers import subject_of
from kg.extract.state import State
from kg.model import Statement

_NON_ADDRESSEE = {"it", "them", "him", "her", "me", "us", "you", "that", "this", "so"}
# ("notified both governments" keeps its addressee: a gold names "the two governments" so)
_SIDE_NOUNS = frozenset({"side", "party"})


def fill_details(state, statement: Statement, verb, outside, quote_range, marks) -> None:
    """Addressee, medium, date and topics of a statement."""
    qa, qb = quote_range
    if verb is not None:
        statement.addressee = _addressee(state, verb, marks)
    vs = verb.sent if verb is not None else None
    window = [t for t in outside if vs is None or vs.start <= t.i < vs.end]
    statement.medium = _medium(state, window, verb)
    if statement.medium and statement.addressee and statement.medium == state.entities[statement.addressee].label:
        statement.addressee = None
    statement.stated_on = _date(state, window, verb)
    about = [m.key for m in state.mentions_in(qa, qb)
             if state.entities[m.key].type not in {"Position"} and not state.entities[m.key].unnamed]
    if not about:
        sent = statement.evidence
        about = [m.key for m in state.mentions_in(sent.start, sent.end)
                 if m.key not in {statement.speaker, statement.addressee}
                 and state.entities[m.key].type in {"Person", "Agreement", "Place", "Organization", "GovernmentAgency"}
                 and not state.entities[m.key].unnamed
                 and not _describes_speaker(state, statement.speaker, m.key)]
    statement.about = list(dict.fromkeys(about))


def _describes_speaker(state: State, speaker: str, key: str) -> bool:
    """The speaker's own side or office is not what the statement is about."""
    return state.has_relation(speaker, "represents", key) or any(
        r.subject == speaker and r.object == key for r in state.relations
    )


# Verbs whose object is the one told ('told / informed / notified the two ministries that ...').
_TOLD_VERBS = frozenset("tell assure inform brief warn remind urge ask promise notify".split())


def _addressee(state: State, verb: Token, marks) -> str | None:
    cands: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dative", "dobj", "iobj"} and verb.lemma_ in _TOLD_VERBS:
            cands.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"to"}:
            cands.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dative":
            cands.extend(c for c in child.children if c.dep_ == "pobj")
    if not cands:
        # "Speaking to Radio Maputo, X said ...": the one spoken to, when named
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.i < verb.i and clause.lemma_.lower() in {"speak", "talk"}:
                for prep in clause.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}:
                        for obj in prep.children:
                            if obj.dep_ != "pobj":
                                continue
                            # 'Speaking to the public broadcaster YLE': the outlet in apposition
                            for t in [obj, *(c for c in obj.children if c.dep_ in {"appos", "compound"} and c.i > obj.i)]:
                                m = state.mention_at(t.idx, t.idx + len(t.text), {"MediaOrganization", "Person"})
                                if m is not None and not state.entities[m.key].unnamed:
                                    return m.key
    if not cands:
        interviewer = _interviewing_outlet(state, verb)
        if interviewer is not None:
            return interviewer
    # "told the newspaper Postimees": a named candidate before a common noun
    # "told host Gareth Price": the role word is an office (a Position mention),
    # the person named after it is the one told
    cands.sort(key=lambda t: _rank(state, t))
    for tok in cands:
        if tok.lower_ in {"us", "me"} and not any(s <= tok.idx < e for s, e in marks) and own_outlet(state):
            return own_outlet(state)  # 'Dushi told us ...': the outlet the text speaks for
        if any(s <= tok.idx < e for s, e in marks) or tok.lower_ in _NON_ADDRESSEE:
            continue
        if tok.tag_ == "NNS" and tok.lemma_.lower() in _SIDE_NOUNS:
            continue  # "urged both sides to sign": the two parties, no one addressed of its own
        m = state.mention_at(tok.idx, tok.idx + len(tok.text))
        if m is not None and state.entities[m.key].type not in {"Agreement", "Position"}:
            return m.key
        for child in tok.children:  # "told the Danish broadcaster TV2": the outlet named in apposition
            if child.dep_ == "compound" and child.i < tok.i and tok.lower_ in _OUTLET_NOUNS:
                # "told Kan radio", "told Yle television": the outlet's name before the medium word
                m = state.mention_at(child.idx, child.idx + len(child.text))
                if m is not None and state.entities[m.key].type in {"MediaOrganization", "Organization"} \
                        and not state.entities[m.key].unnamed:
                    return m.key
            if child.dep_ in {"appos", "compound"} and child.i > tok.i:
                m = state.mention_at(child.idx, child.idx + len(child.text))
                if m is not None and state.entities[m.key].type != "Agreement" and not state.entities[m.key].unnamed:
                    return m.key
        named = _outlet_named_after(state, tok, marks)
        if named is not None:
            return named
        if tok.pos_ in {"NOUN", "PROPN"}:
            media = lexicon.mapping("media")
            phrase = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "amod"} or t.i == tok.i)
            if tok.lemma_.lower() in media or tok.lower_ in media or any(
                    phrase.endswith(k) for k in media if " " in k):
                continue  # "told a joint press conference": the medium, not an addressee
            words, label = _addressee_words(tok)
            # "told state radio", "told the newspaper": an outlet nobody names is still
            # an outlet, never a person
            kind = "MediaOrganization" if _is_outlet_noun(phrase) else "Person"
            entity = state.add_entity(label, kind, unnamed=True)
            state.add_mention(entity.key, words[0].idx if words else tok.idx, tok.idx + len(tok.text), alias=False)
            return entity.key
    return None


@lru_cache(maxsize=1)
def _outlet_cue_re() -> re.Pattern[str]:
    # a bare "agency" is as often a government body as a news agency
    cues = sorted(lexicon.words("media_cues") - {"agency"}, key=len, reverse=True)
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(c) for c in cues)})$")


def _is_outlet_noun(phrase: str) -> bool:
    """The addressee's noun with its modifiers ('state radio', 'the news agency')
    ends in an outlet word."""
    return _outlet_cue_re().search(phrase) is not None


def _interviewing_outlet(state: State, verb: Token) -> str | None:
    """'In an interview with France Culture on Tuesday, she called the talks "..." and
    said ...': the outlet that interviewed the speaker (a named MediaOrganization) is
    the one spoken to, for the verb and the verbs coordinated with it."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"}:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in {"interview", "conversation"}:
                continue
            for with_ in noun.children:
                if with_.dep_ != "prep" or with_.lower_ not in {"with", "on", "to"}:
                    continue
                for obj in with_.children:
                    if obj.dep_ != "pobj":
                        continue
                    for t in [obj, *(c for c in obj.children if c.dep_ in {"appos", "compound"})]:
                        m = state.mention_at(t.idx, t.idx + len(t.text), {"MediaOrganization"})
                        if m is not None and not state.entities[m.key].unnamed:
                            return m.key
    return None


# Medium words an outlet's name may stand before ('Kan radio', 'Yle television').
_OUTLET_NOUNS = frozenset("radio television tv channel newspaper daily station broadcaster network".split())


def _outlet_named_after(state: State, tok: Token, marks) -> str | None:
    """'told the state news agency IRNA on Sunday that ...': the outlet's name right
    after the outlet noun, which the parser may hang elsewhere (even read as the
    clause told); its letters name a MediaOrganization when no rule found it."""
    if tok.lower_ not in _OUTLET_NOUNS | {"agency"} or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if not nxt.text[:1].isupper() or any(s <= nxt.idx < e for s, e in marks):
        return None
    m = state.mention_at(nxt.idx, nxt.idx + len(nxt.text))
    if m is not None:
        ok = state.entities[m.key].type in {"MediaOrganization", "Organization"} and not state.entities[m.key].unnamed
        return m.key if ok else None
    if nxt.text.isupper() and nxt.text.isalpha() and len(nxt.text) >= 3:
        entity = state.add_entity(nxt.text, "MediaOrganization")
        state.add_mention(entity.key, nxt.idx, nxt.idx + len(nxt.text))
        return entity.key
    return None


def _rank(state: State, tok: Token) -> int:
    """Named candidates first, offices ('host', 'presenter') after them, common nouns last."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if m is None:
        return 2
    return 1 if state.entities[m.key].type == "Position" else 0


def _addressee_words(tok: Token) -> tuple[list[Token], str]:
    """The words naming an unnamed addressee and its label: the noun and its
    modifiers before it, with a named owner kept ("told Latvia's parliament" ->
    "Latvia's parliament", "the parliament's defence committee" -> "parliament's
    defence committee"); articles and owning pronouns ("his cabinet") go. The
    owner's words keep their case, the rest is lower case."""
    owned: set[int] = set()
    for t in tok.subtree:
        if t.i < tok.i and t.dep_ == "poss" and t.tag_ not in {"PRP$", "WP$"} and t.head.i <= tok.i:
            owned.update(x.i for x in t.subtree if x.dep_ not in {"det", "punct"})
    words = [t for t in tok.subtree if t.i <= tok.i and (t.i in owned or t.dep_ not in {"det", "poss", "punct", "case"})]
    if not words:
        return [], tok.lower_
    parts = []
    for t in words:
        text = t.text if t.i in owned and (t.pos_ == "PROPN" or t.dep_ == "case") else t.lower_
        parts.append(text + (t.whitespace_ if t is not words[-1] else ""))
    return words, "".join(parts).strip()


# the word before a "post" that is a place: "border post", "customs post", "trading post"
_PLACE_POST_RE = re.compile(r"\b(?:border|customs|frontier|police|army|military|guard|observation|command|"
                            r"trading|checkpoint|control|lookout|outpost)\s+$")


def _medium(state: State, window: list[Token], verb: Token | None) -> str | None:
    media = {**lexicon.mapping("message_media"), **lexicon.mapping("media")}
    if verb is not None and verb.lemma_.lower() == "tweet":
        return "tweet"
    subj = subject_of(verb) if verb is not None else None
    if subj is not None and subj.pos_ == "NOUN":
        # "a joint statement said": the medium as a phrase when the table has it
        phrases = [f"{c.lower_} {subj.lower_}" for c in subj.children if c.dep_ in {"amod", "compound"}]
        medium = next((media[p] for p in phrases if p in media), None)
        if medium is not None:
            return medium
    if subj is not None and subj.pos_ == "NOUN" and (subj.lower_ in media or subj.lemma_.lower() in media):
        return media.get(subj.lower_) or media[subj.lemma_.lower()]  # "A statement from X said": in a statement
    text = "".join(t.text_with_ws for t in window).lower()
    names = "|".join(re.escape(k) for k in sorted(media, key=len, reverse=True))
    found = list(re.finditer(
        rf"\b(?:in|on|at|during|via|through|from|told|to|before|by)\s+(?:a|an|the|his|her|their|its|this|that)?\s*"
        rf"(?:[\w'’-]+\s+){{0,2}}?({names})\b",
        text,
    ))
    # "told X in a telephone call ..., according to a statement": the statement reports
    # the call; the medium the words were said in comes first
    # "at the Bari border post": a place where someone stands, not a social-media post
    found = [m for m in found if not (m.group(1) == "post" and _PLACE_POST_RE.search(text, 0, m.start(1)))]
    own = [m for m in found if not re.search(r"\baccording\s+$", text[max(0, m.start() - 12):m.start()])]
    if own or found:
        return media[(own or found)[0].group(1)]
    if re.search(r"\b(?:on|to) twitter\b", text):
        return "tweet"
    if re.search(r"\b(?:on|to) x\b", text):
        return "post on X"  # the platform's own word since 2023; the text says "post", not "tweet"
    return None


def _date(state: State, window: list[Token], verb: Token | None) -> str | None:
    seen: set[int] = set()
    best = None
    for t in window:
        if t.ent_type_ == "DATE" and t.i not in seen:
            ent = next((e for e in state.doc.ents if e.start <= t.i < e.end), None)
            if ent is None:
                continue
            seen.update(range(ent.start, ent.end))
            prefix = state.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            value = dates.resolve(f"{prefix} {ent.text}", state.document.date)
            if value:
                if best is None or (verb is not None and abs(ent.start - verb.i) < abs(best[0] - verb.i)):
                    best = (ent.start, value)
    return best[1] if best else None
