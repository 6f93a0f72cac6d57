"""Whose office a title is: the owner before it ('Acme's chief'), the body a head
word names, an earlier body a pronoun or 'the ministry' points back to, the
country said of an opening place, and organisations that are not countries.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.office_base import ORG_TYPES
from kg.extract.sides import country_key_for_word
from kg.extract.state import State
from kg.iris import slugify


def its_owner(state: State, its: Token, _depth: int = 0) -> str | None:
    """Whom 'its' in "Its chief executive, X," stands for: the organisation (or
    country) its sentence names before it, else the subject of the sentence before."""
    sent = its.sent
    before = [m for m in state.mentions_in(sent.start_char, its.idx, ORG_TYPES | {"Country"})
              if state.entity_type(m.key) != "MediaOrganization" and not state.entities[m.key].unnamed]
    if before:
        return before[-1].key
    if sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
            chained = next((t for t in tok.subtree if t.lower_ == "its" and t.i < tok.i and t.i == prev.start), None)
            if chained is not None and _depth < 3:
                # "Its country manager, A, said ... . Its chief executive, B, agreed.": the same
                # body as the "its" of the sentence before (round-37 O4)
                return its_owner(state, chained, _depth + 1)
            # "The UN refugee agency, UNHCR, says ...": the body's own name (the apposition) before
            # the owner its words name ("UN") (round-34 O4)
            for t in (tok, *[c for c in tok.children if c.dep_ == "appos" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"],
                      *[c for c in tok.subtree if c.dep_ in {"poss", "compound", "appos"}]):
                m = state.mention_at(t.idx, t.idx + len(t.text), ORG_TYPES | {"Country"})
                if m is not None and state.entity_type(m.key) != "MediaOrganization" and not state.entities[m.key].unnamed:
                    return m.key
            return _only_body(state, prev, tok)
    return _opening_body(state, prev)


def _only_body(state: State, sent, subject: Token) -> str | None:
    """"The appeal came from the ECOWAS Commission in Abuja. Its commissioner for trade, X,":
    a subject that is no body nor person ("the appeal") leaves "its" to the one body the
    sentence names (round-30 O3)."""
    if any(state.mention_at(t.idx, t.idx + len(t.text), {"Person"}) is not None or t.lower_ in {"he", "she", "they", "we", "i"}
           for t in subject.subtree):
        return None
    bodies = {m.key for m in state.mentions_in(sent.start_char, sent.end_char, ORG_TYPES | {"Country"})
              if state.entity_type(m.key) != "MediaOrganization" and not state.entities[m.key].unnamed}
    return bodies.pop() if len(bodies) == 1 else None


def _opening_body(state: State, sent) -> str | None:
    """"Norgruve, the state-owned miner, ships its ore through Narvik.": when the parser found
    no subject, the organisation that opens the sentence (its apposition after it) is what the
    sentence is about."""
    lead = re.match(r"\s*(?:The\s+)?", sent.text)
    start = sent.start_char + (lead.end() if lead else 0)
    m = next((m for m in state.mentions_in(start, sent.end_char, ORG_TYPES) if m.start == start), None)
    if m is None or state.entity_type(m.key) == "MediaOrganization" or state.entities[m.key].unnamed:
        return None
    if not re.match(r"\s*(?:,|\s[a-z])", state.text[m.end:m.end + 3]):
        return None
    return m.key


_BODY_HEAD_WORDS = frozenset("Commission Ministry Secretariat Council Agency Authority Board Bureau Committee "
                             "Department Directorate Company Corporation".split())


def body_by_head(state: State, tok: Token, before: int) -> str | None:
    """The one organisation named before ``before`` whose name ends in the head
    word ``tok`` ('Commission' -> 'European Commission')."""
    if tok.text not in _BODY_HEAD_WORDS:
        return None
    found = {m.key for m in state.mentions
             if m.start < before and state.entities[m.key].type in ORG_TYPES and not state.entities[m.key].unnamed
             and len(state.entities[m.key].label.split()) > 1 and state.entities[m.key].label.split()[-1] == tok.text}
    return found.pop() if len(found) == 1 else None


_BODY_KINDS = frozenset("commission committee council board authority agency tribunal secretariat panel "
                        "organisation organization".split())


def earlier_body(state: State, word: str, before: int) -> str | None:
    """'the commission': the body of that kind named last before ``before``."""
    if word not in _BODY_KINDS:
        return None
    best = None
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type in ORG_TYPES and not entity.unnamed and entity.label.split()[-1].lower() == word:
            best = m.key
    return best


_ANAPHORS = {
    "group": ORG_TYPES | {"MediaOrganization"}, "association": ORG_TYPES, "organisation": ORG_TYPES,
    "organization": ORG_TYPES, "agency": ORG_TYPES, "ministry": ORG_TYPES, "department": ORG_TYPES,
    "company": ORG_TYPES, "body": ORG_TYPES, "commission": ORG_TYPES,
    # bodies of their own (D1): "the utility's chief", "the network's coordinator"
    "utility": ORG_TYPES, "firm": ORG_TYPES, "operator": ORG_TYPES, "corporation": ORG_TYPES,
    "authority": ORG_TYPES, "network": ORG_TYPES, "forum": ORG_TYPES, "institute": ORG_TYPES,
    "foundation": ORG_TYPES, "regulator": ORG_TYPES, "council": ORG_TYPES, "board": ORG_TYPES,
    "bank": ORG_TYPES, "union": ORG_TYPES, "federation": ORG_TYPES, "chamber": ORG_TYPES,
    "watchdog": ORG_TYPES, "coalition": ORG_TYPES, "alliance": ORG_TYPES, "charity": ORG_TYPES,
    "producer": ORG_TYPES, "conglomerate": ORG_TYPES, "consortium": ORG_TYPES,
    "country": {"Country"}, "nation": {"Country"}, "state": {"Place", "Country"},
    "province": {"Place"}, "island": {"Place"}, "region": {"Place"}, "city": {"Place"},
    # "Back in Bari, the town's deputy mayor, X": the town named last
    "town": {"Place"}, "village": {"Place"}, "municipality": {"Place"}, "district": {"Place"},
}


def anaphor_side(state: State, tok: Token) -> str | None:
    """'the group's vice president' -> the organisation named last before."""
    types = _ANAPHORS.get(tok.lower_)
    if types is None or tok.i == 0 or _anaphor_det(tok) is None:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.text not in {"'s", "’s"}:
        return None
    if types == {"Country"}:
        opening = _opening_place_country(state, tok)
        if opening is not None:
            return opening
    if types == ORG_TYPES:
        return _org_antecedent(state, tok)
    last = state.last_mention_before(tok.idx, types)
    return last.key if last is not None else None


# Kinds of firm, and the head words of state bodies that are no firm ("the company's chief" is
# never the chief of the Energy Agency the sentence before also names)
_FIRM_WORDS = frozenset("company firm operator corporation utility producer conglomerate consortium".split())
_STATE_BODY_HEADS = frozenset("agency ministry authority department commission directorate office bureau "
                              "government secretariat regulator inspectorate".split())
# a date or a fronted phrase before ", the company" is no name ("In June, the company said")
_NOT_NAME_WORDS = frozenset("In On At By For From After Before Since During Until Last This Earlier Later Then Now "
                            "January February March April May June July August September October November December "
                            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Meanwhile However".split())
_DESCRIBED_WINDOW = 1500  # characters back to the body the noun describes


def _org_antecedent(state: State, tok: Token) -> str | None:
    """'The company's chief executive, X': the organisation the text last described
    with that noun ("Nordkabel, the state-owned company building the cable,"), else
    the last organisation named that can be one (a company is no ministry or agency)."""
    word = tok.lower_
    described = None
    fallback = None
    for m in state.mentions:
        if m.start >= tok.idx:
            break
        entity = state.entities[m.key]
        if entity.type not in ORG_TYPES or entity.unnamed:
            continue
        head = entity.label.split()[-1].lower()
        if word in _FIRM_WORDS and head in _STATE_BODY_HEADS:
            continue
        fallback = m.key
        if tok.idx - m.start > _DESCRIBED_WINDOW:
            continue
        after = re.match(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?" + re.escape(word) + r"",
                         state.text[m.end:m.end + 90])
        before = re.search(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + re.escape(word) + r",?\s+$",
                           state.text[max(0, m.start - 70):m.start])
        if after or before or head == word:
            described = m.key
    chosen = described or fallback
    if chosen is not None:
        # "Vestkraft A/S, the Danish company laying the cable," nearer than the body chosen, with a
        # name the finder missed: the noun stands for that name, no body the text knows
        last = max((m.end for m in state.mentions if m.key == chosen and m.start < tok.idx), default=0)
        for hit in re.finditer(r"[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*)*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
                               + re.escape(word) + r"\b", state.text[last:tok.idx]):
            name = hit.group(0).split(",")[0].split()
            if state.mention_at(last + hit.start(), last + hit.start() + 1) is None \
                    and not set(name) & _NOT_NAME_WORDS and not state.text[:last + hit.start()].rstrip().endswith(
                        tuple(" " + w for w in ("in", "on", "at", "by", "for", "from", "since", "until"))):
                return None
    return chosen


_OPENING_PLACE_RE = re.compile(r"\s*(?:In|From|At|Back\s+in)\s+")


def _opening_place_country(state: State, tok: Token) -> str | None:
    """'In Quito, Luis Vera, the country's mining minister, ...': "the country" is
    the one whose city opens the sentence, not the country named last."""
    sent = tok.sent
    lead = _OPENING_PLACE_RE.match(state.text, sent.start_char, tok.idx)
    if lead is None:
        return None
    place = state.mention_at(lead.end(), lead.end() + 1, {"Place", "Country"})
    if place is None or place.start != lead.end() or not re.match(r"\s*,", state.text[place.end:place.end + 3]):
        return None
    if state.entity_type(place.key) == "Country":
        return place.key
    entry = state.gaz.lookup(state.entities[place.key].label)
    if entry is None or not entry.country:
        return _country_said_of(state, place.key)
    key = slugify(entry.country)
    return key if key in state.entities and state.entities[key].type == "Country" else None


def _country_said_of(state: State, place: str) -> str | None:
    """The one country the text ties a town to where it names it ("Guayaquil,
    Ecuador", "Ecuador's port of Guayaquil", "the Ecuadorian city of Guayaquil",
    "Guayaquil, an Ecuadorian port")."""
    found: set[str] = set()
    for m in [x for x in state.mentions if x.key == place]:
        after = re.match(r",\s+(?:in\s+)?", state.text[m.end:m.end + 6])
        if after:
            c = state.mention_at(m.end + after.end(), m.end + after.end() + 1, {"Country"})
            if c is not None and c.start == m.end + after.end():
                found.add(c.key)
        before = state.text[max(0, m.start - 60):m.start]
        owner = re.search(r"\b([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)(?:['’]s\s+(?:[a-z][\w-]*\s+){0,3}"
                          r"|\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|province|region)\s+of\s+)$", before)
        described = re.match(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?:city|town|port|capital)\b", state.text[m.end:m.end + 80])
        for word in (owner.group(1) if owner else None, described.group(1) if described else None):
            c = state.gaz.country_of_demonym(word) if word else None
            key = slugify(c.label) if c is not None else None
            if key in state.entities and state.entities[key].type == "Country":
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _anaphor_det(tok: Token) -> Token | None:
    """The determiner of 'the group', also across a few lower-case modifiers
    ('the state utility', 'the state-owned power company')."""
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 5:
        t = tok.doc[k]
        if t.lower_ in {"the", "this", "that"}:
            return t
        if not (t.text[:1].islower() or t.text == "-") or t.is_punct and t.text != "-":
            return None
        k -= 1
    return None


def non_country_owner(state: State, tok: Token) -> bool:
    """'Nordpetro's president': a capitalised owner that is no country, place or person
    the text knows (an organisation the parser missed or mistyped)."""
    if not tok.text[:1].isupper() or tok.is_sent_start and tok.lower_ in {"the", "its"}:
        return False
    if country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) is not None:
        return False
    m = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if m is None:
        return tok.pos_ == "PROPN"
    entity = state.entities[m.key]
    if entity.type in {"Country", "Place"}:
        return False
    if entity.type == "Person":
        # a company name NER read as a person is never introduced with a title of its own
        return not any(r.subject == m.key for r in state.relations) and len(entity.label.split()) == 1 \
            and entity.label.lower() not in lexicon.given_names()
    return True


# Titles that head a body: a name owning one ("Nordpetro's president") is an organisation.
_BODY_HEAD_TITLES = frozenset("president vice-president chairman chairwoman chair chairperson chief executive ceo "
                              "director director-general managing manager head founder".split())


def heads_body(words) -> bool:
    """A title that heads a company or other body ('President', 'chief executive')."""
    return any((w if isinstance(w, str) else w.text).lower() in _BODY_HEAD_TITLES for w in words)


def owned_head_title(doc, j: int, title_tokens: list[Token]) -> bool:
    """The name at ``j`` owns the head-of-body title around it: 'Nordpetro's President'
    (the title follows "'s") or 'the president of Nordpetro' (the title ends in "of")."""
    if j + 1 < len(doc) and doc[j + 1].text in {"'s", "’s"}:
        after = []
        for tok in doc[j + 2:j + 6]:
            if tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
                break
            after.append(tok)
        return not title_tokens and heads_body(after)
    return bool(title_tokens) and title_tokens[-1].lower_ == "of" and heads_body(title_tokens)


def owner_org(state: State, tok: Token) -> str | None:
    """The organisation owning a head-of-body title ('Nordpetro's president'): a
    capitalised name that is no country, place or person the text knows. A
    one-word 'person' the name finder guessed becomes an organisation; a name it
    missed is added as one."""
    if not non_country_owner(state, tok):
        return None
    m = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if m is not None:
        entity = state.entities[m.key]
        if entity.type == "Person":
            entity.type = "Organization"
        return m.key if entity.type in ORG_TYPES else None
    doc, k = tok.doc, tok.i
    while k - 1 >= tok.sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
            and state.mention_at(doc[k - 1].idx, doc[k - 1].idx + 1) is None:
        k -= 1  # "Volta Gas's": the whole name
    start, end = doc[k].idx, tok.idx + len(tok.text)
    entity = state.add_entity(state.text[start:end], "Organization")
    state.add_mention(entity.key, start, end, alias=False)
    return entity.key


def org_anaphor(tok: Token) -> bool:
    """'the (state) utility' before "'s": an organisation's own office, whatever was named before."""
    return tok.lower_ in _ANAPHORS and _ANAPHORS[tok.lower_] == ORG_TYPES and _anaphor_det(tok) is not None
