"""Relations between entities: partOf, locatedIn, connects, dateSigned,
partyTo, negotiates, metWith (with a Meeting event).

All rules read grammar and layout, never particular names:
* "Champlain, New York" -> locatedIn; a known province/state -> its country;
* "a road that connects A with B" -> connects;
* "signed in 2002" / "the 2002 pact" near an agreement -> dateSigned;
* "the agreement between A and B", "both nations ... the agreement" -> partyTo;
* negotiation words ("renegotiate", "finalize changes", "talks") around an
  agreement with countries as actors -> negotiates;
* "X met (with) Y", "X discussed Z with Y" -> metWith + Meeting.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.speakers import subject_of
from kg.extract.state import MentionRef, State
from kg.iris import slugify

_PLACE = {"Place", "Country"}
_ORGS = {"Organization", "GovernmentAgency", "MediaOrganization"}
_SIDE_TYPES = {"Country"}
_BOTH = re.compile(r"\b(both (?:nations|countries|sides|governments|neighbou?rs)|the two (?:nations|countries|sides|governments|neighbou?rs)|the two)\b", re.I)


def extract_relations(state: State) -> None:
    _part_of(state)
    _located_in(state)
    _connects(state)
    _date_signed(state)
    sides = main_sides(state)
    _party_to(state, sides)
    _negotiates(state, sides)
    _meetings(state)


def _body_mentions(state: State, key: str) -> list[MentionRef]:
    return [m for m in state.mentions if m.key == key and m.start >= state.body_start]


def _evidence_for(state: State, m: MentionRef):
    tok = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    return state.sentence_span(tok[0].sent) if tok is not None and len(tok) else state.span(m.start, m.end)


def _country_key(state: State, label: str | None) -> str | None:
    if not label:
        return None
    key = slugify(label)
    return key if key in state.entities else None


def main_sides(state: State) -> list[str]:
    """The two countries (or blocs) the document is about: the most named ones."""
    counts = Counter(
        m.key for m in state.mentions
        if m.start >= state.body_start and (
            state.entity_type(m.key) == "Country"
            or state.gaz.lookup(state.entities[m.key].label) is not None
            and state.gaz.lookup(state.entities[m.key].label).label in {"European Union"}
        )
    )
    return [k for k, _ in counts.most_common(2)]


# -- partOf ------------------------------------------------------------------
def _part_of(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type not in _ORGS or entity.unnamed or not entity.mentions:
            continue
        body = _body_mentions(state, key)
        if not body:
            continue
        entry = state.gaz.lookup(entity.label)
        country = _country_key(state, entry.country) if entry and entry.country else None
        if country is None:
            # "US Border Patrol", "Canadian Border Services Agency": a country word leads the name.
            first = entity.label.split()[0]
            c = state.gaz.country_of_demonym(first)
            country = _country_key(state, c.label) if c else None
        if country is None:
            # "Canada's border agency" / "Mexico's National Guard"
            for m in body:
                before = state.text[max(0, m.start - 40):m.start]
                pm = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)*)['’]s\s+(?:\w+\s+){0,2}$", before)
                if pm:
                    c = state.gaz.country_of_demonym(pm.group(1))
                    country = _country_key(state, c.label) if c else None
                    if country:
                        break
        if country is not None and entity.type != "MediaOrganization":
            state.add_relation(key, "partOf", _evidence_for(state, body[0]), obj=country)


# -- locatedIn -----------------------------------------------------------------
def _located_in(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        gap = state.text[a.end:b.start]
        ta, tb = state.entity_type(a.key), state.entity_type(b.key)
        if gap in {", ", ","} and tb in _PLACE and ta in _PLACE | {"Organization"}:
            region = state.entities[b.key]
            entry = state.gaz.lookup(region.label)
            if tb == "Country" or (entry is not None and entry.section in {"regions", "countries"}) or ta == "Place":
                if ta == "Organization":
                    state.entities[a.key].type = "Place"  # "Champlain, New York": a town, not an org
                if state.entity_type(a.key) == "Country":
                    continue
                state.add_relation(a.key, "locatedIn", _evidence_for(state, a), obj=b.key)
                state.entities[a.key].aliases.add(state.text[a.start:b.end])
        elif re.fullmatch(r" in (?:the )?", gap) and ta == "Place" and tb in _PLACE:
            entry_a = state.gaz.lookup(state.entities[a.key].label)
            if entry_a is None or entry_a.section != "countries":
                state.add_relation(a.key, "locatedIn", _evidence_for(state, a), obj=b.key)
    # Known regions lie in their country.
    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is None or not entry.country:
            continue
        country = _country_key(state, entry.country)
        body = _body_mentions(state, key)
        if country and body:
            state.add_relation(key, "locatedIn", _evidence_for(state, body[0]), obj=country)


# -- connects --------------------------------------------------------------------
def _connects(state: State) -> None:
    verbs = lexicon.words("connect_verbs")
    located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
    for token in state.doc:
        if token.idx < state.body_start or token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject = _connect_subject(state, token)
        if subject is None:
            continue
        sub = list(token.subtree)
        start = token.idx + len(token.text)
        end = sub[-1].idx + len(sub[-1].text)
        places = [m for m in state.mentions_in(start, end, _PLACE)]
        keys = [m.key for m in places]
        targets = [k for k in keys if not any((other, k) in located for other in keys)]
        evidence = state.sentence_span(token.sent)
        for k in dict.fromkeys(targets):
            if k != subject:
                state.add_relation(subject, "connects", evidence, obj=k)


def _connect_subject(state: State, verb: Token) -> str | None:
    cands = []
    if verb.dep_ == "relcl":
        cands.append(verb.head)
    subj = subject_of(verb)
    if subj is not None:
        cands.append(subj)
    for tok in cands:
        for t in (tok, tok.head if tok.dep_ in {"appos", "nsubj"} else None):
            if t is None:
                continue
            m = state.mention_at(t.idx, t.idx + len(t.text), {"Place"})
            if m is not None:
                return m.key
        if tok.dep_ == "appos" or tok.head.dep_ == "appos":
            head = tok.head
            m = state.mention_at(head.idx, head.idx + len(head.text), {"Place"})
            if m is not None:
                return m.key
    return None


# -- dateSigned -------------------------------------------------------------------
def _date_signed(state: State) -> None:
    for sent in state.doc.sents:
        if sent.start_char < state.body_start:
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if not agreements:
            continue
        for tok in sent:
            if tok.lemma_.lower() in {"sign", "ink", "conclude", "ratify"} and tok.pos_ == "VERB":
                window = state.text[tok.idx: min(sent.end_char, tok.idx + 40)]
                year = re.match(r"\w+\s+(?:in|on)\s+([^,.;]+)", window)
                value = dates.resolve(year.group(1), None) if year else None
                if value:
                    nearest = min(agreements, key=lambda m: abs(m.start - tok.idx))
                    state.add_relation(nearest.key, "dateSigned", state.sentence_span(sent), literal=value)
    # "the 2002 pact": a year right before a generic agreement word
    for m in state.mentions:
        if state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        ym = re.match(r"(?:the |its |their )?(1[89]\d{2}|20\d{2})\s+[a-z]", state.text[m.start:m.end])
        if ym and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            state.add_relation(m.key, "dateSigned", _evidence_for(state, m), literal=ym.group(1))


# -- partyTo / negotiates ---------------------------------------------------------
def _agreement_sentences(state: State):
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if agreements:
            yield sent, agreements


def _party_to(state: State, sides: list[str]) -> None:
    for key, entity in state.entities.items():
        if entity.type != "Agreement":
            continue
        entry = state.gaz.lookup(entity.label)
        body = _body_mentions(state, key)
        if entry is not None and body:
            for party in entry.parties:
                pk = _country_key(state, party)
                if pk:
                    state.add_relation(pk, "partyTo", _evidence_for(state, body[0]), obj=key)
    for sent, agreements in _agreement_sentences(state):
        text = sent.text
        parties: list[str] = []
        between = re.search(r"\bbetween\b", text)
        if between:
            after = sent.start_char + between.end()
            parties = [m.key for m in state.mentions_in(after, sent.end_char, _SIDE_TYPES)][:2]
        if not parties and (_BOTH.search(text) or re.search(r"\btheir (?:\w+ ){0,2}(?:agreement|deal|pact|accord|treaty)", text, re.I)):
            parties = sides if len(sides) == 2 else []
        for a in dict.fromkeys(m.key for m in agreements):
            for p in parties:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)


def _negotiates(state: State, sides: list[str]) -> None:
    words = lexicon.words("negotiation_words")
    for sent, agreements in _agreement_sentences(state):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if not lemmas & words:
            continue
        actors: list[str] = []
        if _BOTH.search(sent.text):
            actors.extend(sides)
        for tok in sent:
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "between"):
                m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Country"} | _ORGS)
                if m is not None and state.entity_type(m.key) != "MediaOrganization":
                    actors.append(m.key)
                if tok.dep_ == "pobj":
                    for conj in tok.conjuncts:
                        m2 = state.mention_at(conj.idx, conj.idx + len(conj.text), {"Country"})
                        if m2 is not None:
                            actors.append(m2.key)
        for a in dict.fromkeys(m.key for m in agreements):
            for actor in dict.fromkeys(actors):
                state.add_relation(actor, "negotiates", state.sentence_span(sent), obj=a)


# -- metWith / Meeting --------------------------------------------------------------
def _person_at(state: State, tok: Token) -> str | None:
    """The named person a token stands for, also through an apposition
    ("India's commerce minister Piyush Goyal met ...": the subject is 'minister')."""
    for t in (tok, *[c for c in tok.children if c.dep_ in {"appos", "compound"}]):
        m = state.mention_at(t.idx, t.idx + len(t.text), {"Person"})
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
    return None


def _meetings(state: State) -> None:
    verbs = lexicon.words("meeting_verbs")
    for tok in state.doc:
        if tok.idx < state.body_start or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        a = _person_at(state, subj)
        if a is None:
            continue
        others: list[str] = []
        about: list[str] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "alongside"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        b = _person_at(state, pobj)
                        if b:
                            others.append(b)
            elif child.dep_ == "dobj":
                b = _person_at(state, child)
                if b and tok.lemma_.lower() in {"meet", "visit", "host", "receive", "welcome", "phone", "call"}:
                    others.append(b)
                else:
                    m = state.mention_at(child.idx, child.idx + len(child.text))
                    if m is not None:
                        about.append(m.key)
                    for prep in child.children:  # "discussed the deal with Y" attached to the object
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for pobj in prep.children:
                                b = _person_at(state, pobj) if pobj.dep_ == "pobj" else None
                                if b:
                                    others.append(b)
        if tok.lemma_.lower() == "meet":
            for conj in subj.conjuncts:
                b = _person_at(state, conj)
                if b:
                    others.append(b)
        others = [o for o in dict.fromkeys(others) if o != a]
        if not others:
            continue
        evidence = state.sentence_span(tok.sent)
        for b in others:
            state.add_relation(a, "metWith", evidence, obj=b)
        date = None
        for ent in tok.sent.ents:
            if ent.label_ == "DATE":
                date = dates.resolve(ent.text, state.document.date)
                if date:
                    break
        participants = [a, *others]
        labels = [state.entities[p].label for p in participants]
        from kg.model import Event  # local: only meetings need it

        state.events.append(Event(
            key=slugify("meeting " + " ".join(labels) + f" {len(state.events) + 1}"),
            type="Meeting",
            label="Meeting of " + " and ".join(labels),
            evidence=evidence,
            participants=participants,
            about=about,
            date=date,
        ))
