"""partyTo of agreements: "the agreement between A and B", "which A and B
reached", "X buys power from Y under the treaty", a boundary agreement or a
signed agreement in a sentence naming both sides."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from kg.extract.agreement_actors import BOTH, acting_actor
from kg.extract.agreement_exchanges import parties_right_after
from kg.extract.agreement_countries import (
    BETWEEN_GOVERNMENTS_RE,
    capitals_between,
    name_countries,
)
from kg.extract.agreement_status import agreement_status, past_governor
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.sides import main_sides
from kg.extract.state import State
from kg.model import ORG_TYPES

_SIDE_TYPES = {"Country"}


# -- partyTo / negotiates ---------------------------------------------------------
def _agreement_sentences(state: State):
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if agreements:
            yield sent, agreements


def party_to(state: State, sides: list[str]) -> None:
    for key, entity in state.entities.items():
        if entity.type != "Agreement":
            continue
        entry = state.gaz.lookup(entity.label)
        body = body_mentions(state, key)
        if entry is not None and body:
            for party in entry.parties:
                pk = country_key(state, party)
                if pk:
                    state.add_relation(pk, "partyTo", evidence_for(state, body[0]), obj=key)
    for sent, agreements in _agreement_sentences(state):
        text = sent.text
        parties: list[str] = []
        from_both = False
        between = re.search(r"\bbetween\b", text)
        if between:
            after = sent.start_char + between.end()
            parties = [m.key for m in state.mentions_in(after, sent.end_char, _SIDE_TYPES)][:2]
            if not parties:
                parties = capitals_between(state, after, sent.end_char)
            if not parties:
                parties = _body_and_government_between(state, after, sent.end_char)
        if not parties:
            parties = _two_people_sides(state, sent)
        if not parties:
            parties = two_named_orgs(state, sent)  # "The two grid operators exchange power under X"
        if not parties and (BOTH.search(text) or re.search(r"\btheir (?:\w+ ){0,2}(?:agreement|deal|pact|accord|treaty)", text, re.I)):
            parties = sides if len(sides) == 2 else []
            from_both = True
        own = {m.key: found for m in agreements if (found := parties_right_after(state, m, sent.end_char))}
        for a in dict.fromkeys(m.key for m in agreements):
            if agreement_status(state, a) == "prospective":
                continue  # not signed yet: the parties negotiate it
            if from_both and any(r.predicate == "partyTo" and r.object == a for r in state.relations):
                continue  # "both countries' agencies share data under the deal": its parties were named before
            # "Under a 1902 treaty between A and B, and a 1972 exchange of notes between C and D": with
            # several agreements, each takes the pair right after its own "between"
            for p in own.get(a) or ([] if own and between else parties):
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)
    _party_by_verb(state)
    _party_by_clause(state)
    _party_by_name(state)
    _party_by_under(state)
    _party_by_signing_bodies(state)
    _party_by_both_sides(state, sides)
    _party_by_boundary(state, sides)
    # The agreement a bilateral article is about binds its two sides, unless the text said otherwise.
    main = main_agreement(state)
    if main is not None and len(sides) == 2 and agreement_status(state, main) != "prospective" \
            and not [r for r in state.relations if r.predicate == "partyTo" and r.object == main]:
        first = body_mentions(state, main)[0]
        for p in sides:
            state.add_relation(p, "partyTo", evidence_for(state, first), obj=main)


# "... and the Kessan government": the other side, a demonym's government
_AND_GOVERNMENT_RE = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][\w’'-]+)\s+(?:government|Government)\b")


def _body_and_government_between(state: State, start: int, end: int) -> list[str]:
    """'the 1973 compensation agreement between the Tarvian Federal Council and the
    Kessan government': the body named right after 'between' is a party (not its
    country), the demonym's government stands for its country."""
    lead = re.match(r"\s*(?:the\s+)?", state.text[start:end])
    body = state.mention_at(start + lead.end(), start + lead.end() + 1, ORG_TYPES - {"MediaOrganization"})
    if body is None or body.start != start + lead.end():
        return []
    other = _AND_GOVERNMENT_RE.match(state.text, body.end, end)
    country = state.gaz.country_of_demonym(other.group(1)) if other is not None else None
    key = country_key(state, country.label) if country is not None else None
    return [body.key, key] if key is not None and key != body.key else []


def _two_people_sides(state: State, sent) -> list[str]:
    """'[A, Peru's minister, ... B, Ecuador's minister.] The two signed a memorandum':
    a bare 'the two' subject means the two people just named; their countries
    are the parties (not the document's main sides, which may differ)."""
    subj = next((t for t in sent if t.dep_ == "nsubj" and t.lower_ in {"two", "both"}
                 and t.head.lemma_.lower() in _PARTY_VERBS), None)
    if subj is None:
        return []
    from kg.extract.meetings import last_two_people  # meetings imports offices, which imports this module's peers

    countries = []
    for person in last_two_people(state, subj.idx):
        own = [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]
        if own:
            countries.append(own[0])
    return countries if len(countries) == 2 and countries[0] != countries[1] else []


# "the two grid operators", "both utilities": a group of two bodies, not of two countries
_ORG_GROUP_NOUNS = frozenset("operators companies utilities firms groups producers carriers railways airlines "
                             "agencies regulators banks ports operator".split())


def two_named_orgs(state: State, sent) -> list[str]:
    """'Latvenergo and Elering are finishing a line. The two grid operators exchange power
    under the 2017 memorandum': a subject "the two <...> operators" (or "both companies")
    means the two organisations the sentence before has as its coordinated subject."""
    subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in _ORG_GROUP_NOUNS
                 and any(c.lower_ in {"two", "both"} for c in t.children)), None)
    if subj is None or sent[0].i == 0:
        return []
    prev = state.doc[sent[0].i - 1].sent
    for t in prev:
        if t.dep_ not in {"nsubj", "nsubjpass"} or not t.conjuncts:
            continue
        found = [k for c in (t, *t.conjuncts) if (k := _operator(state, c)) is not None]
        found = list(dict.fromkeys(found))
        return found if len(found) == 2 and len(t.conjuncts) == 1 else []
    return []


def _operator(state: State, tok: Token) -> str | None:
    """The organisation a coordinated subject names, once the text calls the pair
    operators or companies: an organisation mention; a name the entity step took
    for a place it does not know ("Litgrid") or left out is an organisation."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if m is not None:
        type_ = state.entity_type(m.key)
        if type_ in ORG_TYPES - {"MediaOrganization"}:
            return m.key
        if type_ == "Place" and state.gaz.lookup(state.entities[m.key].label) is None \
                and not any(r.subject == m.key or r.object == m.key for r in state.relations):
            state.entities[m.key].type = "Organization"
            return m.key
        return None
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    start = min(c.idx for c in (tok, *[c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]))
    end = tok.idx + len(tok.text)
    if state.gaz.lookup(state.text[start:end]) is not None:
        return None
    key = state.add_entity(state.text[start:end], "Organization").key
    state.add_mention(key, start, end)
    return key


def _party_by_name(state: State) -> None:
    """'the Treaty on the Peruvian-Bolivian State Border', 'the Agreement on X
    between the Government of A and the Government of B': the two countries the
    agreement's own name (or its 'between the Governments' tail) names are its parties."""
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or agreement_status(state, key) == "prospective":
            continue
        for m in body_mentions(state, key):
            end = m.end
            tail = BETWEEN_GOVERNMENTS_RE.match(state.text, m.end)
            if tail and tail.end() <= state.sentence_of(m.start).end_char:
                end = tail.end()
            countries = name_countries(state, m.start, end)
            if len(countries) == 2:
                for c in countries:
                    state.add_relation(c, "partyTo", evidence_for(state, m), obj=key)
                break


_PARTY_VERBS = frozenset("sign reach conclude strike seal ink ratify".split())
# "buys power from Y under X", "divided by A and B under X": who acts under an agreement
_UNDER_PREPS = frozenset("from with to by".split())


def _party_by_under(state: State) -> None:
    """'Utility X buys power from Y under a power purchase agreement signed in
    2021' / 'the seabed was divided by A and B under the X Treaty': the subject
    of a verb acting under a (not unsigned) agreement and its partners ("from",
    "with", "to", a passive's "by") are the agreement's parties: companies for a
    commercial deal, countries for a treaty."""
    for sent, agreements in _agreement_sentences(state):
        for tok in sent:
            if tok.lower_ != "under" or tok.dep_ != "prep" or tok.head.pos_ not in {"VERB", "AUX"}:
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            target = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Agreement"}) if pobj is not None else None
            if target is None or agreement_status(state, target.key) == "prospective":
                continue
            verb = tok.head
            heads = [c for c in verb.children if c.dep_ == "nsubj"]
            heads += [p for c in verb.children if (c.dep_ == "prep" and c.lower_ in _UNDER_PREPS) or c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
            parties = [k for h in heads for t in (h, *h.conjuncts) if (k := acting_actor(state, t)) is not None
                       and state.entity_type(k) in {"Country"} | ORG_TYPES]
            if len(set(parties)) < 2 and not (parties and agreement_status(state, target.key) == "existing"
                                              and state.entity_type(parties[0]) in ORG_TYPES):
                continue  # one country alone may only be covered by a treaty; a company pays under its own deal
            for p in dict.fromkeys(parties):
                if p != target.key:
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=target.key)


def _party_by_verb(state: State) -> None:
    """'the understanding, which Manila and Beijing reached last July' / 'the
    United States, which signed a treaty with the Philippines': the countries
    that sign or reach an agreement are its parties."""
    for sent, agreements in _agreement_sentences(state):
        for tok in sent:
            if tok.lemma_.lower() not in _PARTY_VERBS or tok.pos_ != "VERB" \
                    or any(c.lower_ in {"not", "never"} for c in tok.children):
                continue
            if _future_signing(state, tok):
                continue  # "Peru is expected to sign the X with Chile": it negotiates, no party yet
            target = None
            if tok.dep_ == "relcl":  # "<agreement>, which A and B reached"
                target = state.mention_at(tok.head.idx, tok.head.idx + len(tok.head.text), {"Agreement"})
            for obj in tok.children:
                if target is None and obj.dep_ == "dobj":
                    target = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Agreement"})
            if target is None:
                continue
            parties: list[str] = []
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in {"which", "who", "that"} and tok.dep_ == "relcl":
                subj = tok.head  # "the United States, which signed ..."
            governor = past_governor(tok)
            if subj is None and governor is not None:  # "A and B agreed ..., signing X": A and B sign
                subj = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                parties += [k for t in (subj, *subj.conjuncts) if (k := acting_actor(state, t)) is not None]
                parties += _leaders_of(state, subj)
                if not parties and subj.lower_ == "they":
                    parties += _they_parties(state, subj)
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            for prep in [*tok.children, *[g for o in objs for g in o.children]]:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    parties += [k for p in prep.children if p.dep_ == "pobj"
                                for t in (p, *p.conjuncts) if (k := acting_actor(state, t)) is not None]
            sides = main_sides(state)
            for p in dict.fromkeys(parties):
                # a capital stands for its country only when that country is a side ("London and
                # Brussels signed": Brussels is the EU's seat here, not Belgium)
                if p != target.key and state.entity_type(p) == "Country" and (p in sides or any(
                        state.mention_at(t.idx, t.idx + len(t.text), {"Country"}) is not None
                        and state.mention_at(t.idx, t.idx + len(t.text), {"Country"}).key == p
                        for t in sent)):
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=target.key)


# "<agreement>, which the A Coast Guard and its Romanian counterpart, the B Directorate, signed"
_WHICH_SIGNED_RE = re.compile(r"\s*,?\s+(?:which|that)\s+(?P<subj>[^.;]{3,160}?)\s+(?:(?:jointly|formally|first)\s+)?"
                              r"(?:signed|concluded|inked)\b"
                              # "<agreement>, signed by the A Coast Guard and the B Directorate in 2017"
                              r"|\s*,?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:jointly\s+|first\s+)?"
                              r"(?:signed|concluded)\s+(?:in\s+[^,.;]{2,30}?\s+)?by\s+(?P<agent>[^.;]{3,160}?)"
                              r"(?=\s+(?:in|on|at)\s|[,.;]|$)")


def _party_by_signing_bodies(state: State) -> None:
    """'the Protocol on Joint Patrols, which the Varna Coast Guard and its Romanian
    counterpart, the Constanța Maritime Directorate, signed in Mangalia in 2017': the
    bodies named as the signers of the relative clause are the parties (not their
    countries): two or more bodies and no country or person among the names."""
    for sent, agreements in _agreement_sentences(state):
        for m in agreements:
            hit = _WHICH_SIGNED_RE.match(state.text, m.end, sent.end_char)
            if hit is None or agreement_status(state, m.key) == "prospective":
                continue
            group = "subj" if hit.group("subj") else "agent"
            named = state.mentions_in(hit.start(group), hit.end(group))
            types = {state.entity_type(x.key) for x in named}
            bodies = list(dict.fromkeys(x.key for x in named if state.entity_type(x.key) in ORG_TYPES - {"MediaOrganization"}
                                        and not state.entities[x.key].unnamed))
            if len(bodies) < 2 or types & {"Country", "Person", "Agreement"}:
                continue
            for b in bodies:
                state.add_relation(b, "partyTo", state.sentence_span(sent), obj=m.key)


_MODALS = frozenset("will would shall could should may might must".split())


def _future_signing(state: State, tok: Token) -> bool:
    """'is expected to sign', 'aim to sign', 'will sign', 'once signed': a signing still to
    come (a base-form verb after "to" or a modal, or a conditional participle)."""
    from kg.extract.agreement_status import not_yet_signed

    if tok.tag_ == "VB" and any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in _MODALS) for c in tok.children):
        return True
    return tok.tag_ in {"VBN", "VBD"} and not_yet_signed(state, tok)


# "<agreement> in which A, B and C first committed to ...", "..., to which A and B are parties"
_CLAUSE_RE = re.compile(r"(?:\s+of\s+understanding)?\s*,?\s+(?:(?:in|under|by|through)\s+which\s+([A-Z][^.;]{0,120}?)\s+"
                        r"(?:first\s+|jointly\s+|formally\s+)?(?:committed|agreed|pledged|promised|undertook|decided)\b"
                        r"|to\s+which\s+([A-Z][^.;]{0,120}?)\s+(?:are|were|became|is)\s+(?:\w+\s+)?(?:parties|party|signatories)\b)")


def _party_by_clause(state: State) -> None:
    """'The 2007 memorandum of understanding in which A, B and C first committed to
    study the canal': every country the defining clause's subject lists is a party."""
    for sent, agreements in _agreement_sentences(state):
        for m in agreements:
            if agreement_status(state, m.key) == "prospective":
                continue
            hit = _CLAUSE_RE.match(state.text, m.end, sent.end_char)
            if hit is None:
                continue
            start, end = hit.span(1) if hit.group(1) else hit.span(2)
            for c in dict.fromkeys(x.key for x in state.mentions_in(start, end, {"Country"})):
                state.add_relation(c, "partyTo", state.sentence_span(sent), obj=m.key)


def _they_parties(state: State, subj: Token) -> list[str]:
    """'A, X's minister, and her Y counterpart, B, met ... . They signed a memorandum':
    "they" are the sentence before's subjects, two countries or two people acting
    for two different countries (their countries sign)."""
    first = subj.sent[0]
    if first.i == 0 or subj.i - first.i > 3:
        return []  # only a "they" opening its sentence refers back to the last one's subjects
    prev = state.doc[first.i - 1].sent
    root = prev.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return []
    named = {k for t in subjects for c in (t, *t.conjuncts) if (k := acting_actor(state, c)) is not None
             and state.entity_type(k) == "Country"}
    if len(named) == 2:
        return list(named)
    lo = min(t.left_edge.idx for t in subjects)
    hi = max(t.right_edge.idx + len(t.right_edge.text) for t in subjects)
    people = dict.fromkeys(m.key for m in state.mentions_in(lo, hi, {"Person"}) if not state.entities[m.key].unnamed)
    if not people and any(t.lower_ in {"two", "both"} or any(c.lower_ in {"two", "both"} for c in t.children)
                          for t in subjects):
        from kg.extract.meetings import last_two_people  # meetings imports offices, which imports this module's peers

        people = dict.fromkeys(last_two_people(state, lo))  # "The two ministers met ... . They signed X"
    if len(people) != 2:
        return []
    countries = []
    for person in people:
        own = [o for o in state.objects(person, "represents") if state.entity_type(o) == "Country"]
        if len(own) != 1:
            return []
        countries.append(own[0])
    return countries if countries[0] != countries[1] else []


_LEADER_NOUNS = frozenset("leaders heads presidents governments representatives ministers delegations".split())


def _leaders_of(state: State, subj: Token) -> list[str]:
    """'The leaders of A, B and C signed X': every country listed after the
    group noun signs, not only the first."""
    if subj.lower_ not in _LEADER_NOUNS:
        return []
    found: list[str] = []
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += [k for t in (pobj, *pobj.conjuncts) if (k := acting_actor(state, t)) is not None]
    return found


def _party_by_both_sides(state: State, sides: list[str]) -> None:
    """'Under the Treaty of X, signed in 1904, Bolivia ceded its coast to Chile':
    a signed agreement in a sentence that names both sides binds both."""
    if len(sides) != 2:
        return
    for sent, agreements in _agreement_sentences(state):
        named = {m.key for m in state.mentions_in(sent.start_char, sent.end_char, {"Country"})}
        if not set(sides) <= named:
            agreements = [m for m in agreements if _under_old_generic(state, m)]
        for a in dict.fromkeys(m.key for m in agreements):
            entry = state.gaz.lookup(state.entities[a].label)
            if agreement_status(state, a) != "existing" or (entry is not None and entry.parties):
                continue
            if any(r.predicate == "partyTo" and r.object == a for r in state.relations):
                continue  # the text named the parties already
            for p in sides:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)


def _under_old_generic(state: State, m) -> bool:
    """'Under the 2008 fisheries protocol, Moroccan boats pay ...': a dated agreement
    with no name of its own that something happens under, in a two-country report
    (the sides' own arrangement; a named convention may be anyone's)."""
    label = state.entities[m.key].label
    if label[:1].isupper() or not re.search(r"\b(?:1[89]|20)\d{2}\s+\S+", state.text[m.start:m.end]):
        return False
    return re.search(r"\bunder\s+(?:the|its|their)\s+$", state.text[max(0, m.start - 12):m.start], re.I) is not None


_BOUNDARY_VERBS = frozenset("extend draw fix define delimit delineate demarcate set establish settle mark move "
                            "redraw".split())
_BOUNDARY_NOUNS = frozenset("boundary border line frontier".split())


def _party_by_boundary(state: State, sides: list[str]) -> None:
    """'A separate 1976 agreement extended the boundary to the Gulf': a signed
    agreement that draws or extends the border binds the two countries the
    article is about (whose border it is)."""
    if len(sides) != 2 or not all(state.entity_type(s) == "Country" for s in sides):
        return
    for sent, agreements in _agreement_sentences(state):
        for m in agreements:
            span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or agreement_status(state, m.key) != "existing":
                continue
            label_words = set(re.findall(r"[a-z]+", state.entities[m.key].label.lower()))
            if label_words & _BOUNDARY_NOUNS and state.gaz.lookup(state.entities[m.key].label) is None \
                    and not name_countries(state, m.start, m.end) \
                    and not any(r.predicate == "partyTo" and r.object == m.key for r in state.relations):
                # "a separate treaty on the border line, signed in July 2022": the two sides' border
                for p in sides:
                    state.add_relation(p, "partyTo", state.sentence_span(sent), obj=m.key)
                continue
            head = span.root
            verb = head.head
            if head.dep_ != "nsubj" or verb.lemma_.lower() not in _BOUNDARY_VERBS \
                    or not any(c.dep_ == "dobj" and c.lemma_.lower() in _BOUNDARY_NOUNS for c in verb.children):
                continue
            if any(r.predicate == "partyTo" and r.object == m.key for r in state.relations):
                continue  # the text named the parties already
            for p in sides:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=m.key)


def main_agreement(state: State) -> str | None:
    counts = Counter(m.key for m in state.mentions
                     if m.start >= state.body_start and state.entity_type(m.key) == "Agreement")
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    return key if n >= 2 and (not rest or rest[0][1] < n) else None
