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
from kg.extract.sides import country_key_for_word
from kg.extract.speakers import PERSONAL, last_person, subject_of
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
    _connects_by_text(state)
    _date_signed(state)
    sides = main_sides(state)
    _party_to(state, sides)
    _negotiates(state, sides)
    _meetings(state)
    _talks_between(state)


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
        if country is None and entity.type == "GovernmentAgency":
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
        for m in body:
            app = re.match(r",\s+(?:an?|the|part of the)\s+(?:[\w-]+\s+){0,2}?(agency|arm|body|unit|branch|division|department|office|part|member|subsidiary)\s+(?:of|within)\s+(?:the\s+)?",
                           state.text[m.end:m.end + 80])
            if app:
                parent = state.mention_at(m.end + app.end(), m.end + app.end() + 1, _ORGS | {"Country"})
                if parent is not None and parent.key != key:
                    if app.group(1) == "agency" and entity.type == "Organization":
                        entity.type = "GovernmentAgency"
                    state.add_relation(key, "partOf", _evidence_for(state, m), obj=parent.key)


# -- locatedIn -----------------------------------------------------------------
def _located_in(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        gap = state.text[a.end:b.start]
        ta, tb = state.entity_type(a.key), state.entity_type(b.key)
        after = state.text[b.end:b.end + 40]
        in_list = bool(re.match(r"(?:,| and| or) (?:the )?[A-Z]", after)) or bool(
            re.search(r"[A-Z][\w-]*,\s*$", state.text[max(0, a.start - 30):a.start]))
        org_named = ta == "Organization" and bool(set(state.entities[a.key].label.split()) & lexicon.words("org_heads"))
        if gap in {", ", ","} and tb in _PLACE and ta in _PLACE | {"Organization"} and not in_list and not org_named:
            region = state.entities[b.key]
            entry = state.gaz.lookup(region.label)
            if tb == "Country" or (entry is not None and entry.section in {"regions", "countries"}) or ta == "Place":
                if ta == "Organization":
                    state.entities[a.key].type = "Place"  # "Champlain, New York": a town, not an org
                if state.entity_type(a.key) == "Country":
                    continue
                state.add_relation(a.key, "locatedIn", _evidence_for(state, a), obj=b.key)
                state.entities[a.key].aliases.add(state.text[a.start:b.end])
        elif re.fullmatch(r",? in (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|far|rural|coastal) )*(?:\w+ (?:district|region|province|state|county) of )?", gap) and ta == "Place" and tb in _PLACE \
                and not re.match(r"['’]s\s", state.text[b.end:b.end + 3]):  # "in Kenya's X County": the region
            entry_a = state.gaz.lookup(state.entities[a.key].label)
            if entry_a is None or entry_a.section != "countries":
                state.add_relation(a.key, "locatedIn", _evidence_for(state, a), obj=b.key)
    _in_country_region(state)
    _possessive_country_place(state)
    _locality_of(state)
    # Known regions lie in their country.
    for key, entity in list(state.entities.items()):
        if entity.type != "Place":
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is None or not entry.country or entry.section != "regions":
            continue  # provinces and states, not every city a text mentions
        country = _country_key(state, entry.country)
        body = _body_mentions(state, key)
        if country and body:
            state.add_relation(key, "locatedIn", _evidence_for(state, body[0]), obj=country)


def _possessive_country_place(state: State) -> None:
    """"Iran's Chabahar port", "Afghanistan's Nangarhar province": a place owned
    by a country in the possessive lies in it."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for b, c in zip(mentions, mentions[1:]):
        if state.entity_type(b.key) != "Country" or state.entity_type(c.key) != "Place":
            continue
        if not re.fullmatch(r"['’]s\s+", state.text[b.end:c.start]):
            continue
        entry = state.gaz.lookup(state.entities[c.key].label)
        if entry is not None and entry.country and entry.country != state.entities[b.key].label:
            continue  # the gazetteer knows better (a text may say "Russia's Crimea")
        state.add_relation(c.key, "locatedIn", _evidence_for(state, c), obj=b.key)


def _in_country_region(state: State) -> None:
    """'Leuseni, in Moldova's Hincesti District' / 'Mandera, in Kenya's Mandera
    County': the town lies in the region and the region in the country."""
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b, c in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(b.key) != "Country" or state.entity_type(c.key) not in {"Place"}:
            continue
        if not re.fullmatch(r",?\s+in\s+(?:the\s+)?", state.text[a.end:b.start]) or \
                not re.fullmatch(r"['’]s\s+", state.text[b.end:c.start]):
            continue
        if state.entity_type(a.key) in {"Person", "Organization"} and " " not in state.entities[a.key].label:
            state.entities[a.key].type = "Place"
        if state.entity_type(a.key) != "Place":
            continue
        evidence = _evidence_for(state, a)
        state.add_relation(a.key, "locatedIn", evidence, obj=c.key)
        state.add_relation(c.key, "locatedIn", evidence, obj=b.key)


def _locality_of(state: State) -> None:
    """'the Indian state of Sikkim', 'the Rangpur division of Bangladesh',
    'the Benishangul-Gumuz region of Ethiopia' -> locatedIn."""
    nouns = "|".join(sorted(lexicon.words("locality_nouns"), key=len, reverse=True))
    for m in re.finditer(rf"\b(?:[A-Z][\w-]+ )?(?:{nouns}) of ", state.text):
        if m.start() < state.body_start:
            continue
        after = [x for x in state.mentions if x.start == m.end()]
        words = m.group(0).split()
        evidence = _evidence_for(state, after[0]) if after else None
        if len(words) == 3 and after:
            # "<Demonym|Name> state of X": the first word is the container or X's country
            owner = country_key_for_word(state, m.start(), m.start() + len(words[0]))
            name_m = state.mention_at(m.start(), m.start() + len(words[0]))
            target = after[0].key
            if state.entity_type(target) in {"Organization", "Person"}:
                state.entities[target].type = "Place"
            if owner is not None:
                state.add_relation(target, "locatedIn", evidence, obj=owner)
            elif name_m is not None and state.entity_type(name_m.key) in _PLACE | {"Organization", "Person"}:
                # "the Rangpur division of Bangladesh": Rangpur lies in Bangladesh
                if state.entity_type(after[0].key) in _PLACE:
                    state.entities[name_m.key].type = "Place"
                    state.add_relation(name_m.key, "locatedIn", evidence, obj=after[0].key)


# -- connects --------------------------------------------------------------------
def _connects(state: State) -> None:
    verbs = lexicon.words("connect_verbs")
    located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
    for token in state.tokens:
        if token.idx < state.body_start or token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject = _connect_subject(state, token)
        if subject is None:
            continue
        sub = list(token.subtree)
        start = token.idx + len(token.text)
        end = sub[-1].idx + len(sub[-1].text)
        located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
        places = [m for m in state.mentions_in(start, end, _PLACE | {"Organization", "Person"})
                  if not state.entities[m.key].unnamed]
        keys = [m.key for m in places]
        targets = [k for k in keys if not any((other, k) in located for other in keys)]
        if any(state.entity_type(k) != "Country" for k in targets):
            targets = [k for k in targets if state.entity_type(k) != "Country"]
        for k in targets:
            if state.entity_type(k) in {"Organization", "Person"}:
                state.entities[k].type = "Place"  # "connects Folkestone with Coquelles": places
        evidence = state.sentence_span(token.sent)
        for k in dict.fromkeys(targets):
            if k != subject:
                state.add_relation(subject, "connects", evidence, obj=k)


_PLACE_NAME = (r"[A-ZÀ-Ý][\w'’.-]*(?:\s(?:(?:do|da|dos|das|de|del|della|di|la|le|sur|upon|on|am|an|der)\s)?"
               r"[A-ZÀ-Ý][\w'’-]*)*(?:\s\([A-Z][a-z]+\))?")
_LINK_RE = re.compile(
    rf"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:also|now|will|would|could)\s+)?"
    rf"(?:links?|connects?|joins?|runs?\s+between|running\s+between|linking|connecting|joining|between)\s+"
    rf"(?:the\s+(?:towns?|cities|city|ports?\s+of\s+)?\s*)?(?P<a>{_PLACE_NAME})(?:,\s+in\s+[^,.;]{{3,60}},)?"
    rf"\s+(?:and|with|to)\s+(?:the\s+)?(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+)?(?P<b>{_PLACE_NAME})"
)


def _connects_by_text(state: State) -> None:
    """'the Friendship Bridge, which links Foz do Iguaçu and Ciudad del Este',
    'the X Crossing between A and B': read from the words when the parse of
    unfamiliar names fails. The river a bridge spans is not what it connects."""
    kinds = {k.lower() for k in lexicon.words("street_suffixes")} | set(lexicon.mapping("place_nouns"))
    for m in list(state.mentions):
        entity = state.entities[m.key]
        last = entity.label.split()[-1].lower()
        if m.start < state.body_start or entity.type != "Place" or last not in kinds:
            continue
        if last in {"river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "lakes", "island", "islands"}:
            continue
        link = _LINK_RE.match(state.text, m.end)
        if not link:
            continue
        sent = state.sentence_of(m.start)
        if link.end() > sent.end_char:
            continue
        for group in ("a", "b"):
            start, end = link.start(group), link.end(group)
            key = _place_key_at(state, start, end)
            if key is not None and key != m.key:
                state.add_relation(m.key, "connects", state.sentence_span(sent), obj=key)


def _place_key_at(state: State, start: int, end: int) -> str | None:
    """The place named at start:end (an existing mention, retyped, or a new place)."""
    hit = state.mention_at(start, end)
    if hit is not None and hit.start == start:
        entity = state.entities[hit.key]
        if entity.type in {"Organization", "Person"} and not entity.unnamed:
            entity.type = "Place"
        return hit.key if state.entities[hit.key].type in _PLACE else None
    if hit is not None:
        return None
    label = " ".join(state.text[start:end].split())
    entry = state.gaz.lookup(label)
    entity = state.add_entity(entry.label if entry else label, entry.type if entry else "Place",
                              same_as=entry.same_as if entry else [])
    state.add_mention(entity.key, start, end)
    return entity.key


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
            m = state.mention_at(t.idx, t.idx + len(t.text), {"Place", "Organization", "Person"})
            if m is not None and " " not in state.entities[m.key].label or m is not None and state.entity_type(m.key) != "Person":
                state.entities[m.key].type = "Place"  # "The Teesta, which connects ...": a river
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
                year = re.match(r"\w+\s+(?:up\s+(?:to\s+)?)?(?:in|on)\s+(.+?)(?:\s+(?:and|but|by|with|after|before)\b|[,.;]|$)", window)
                value = dates.resolve(year.group(1), None) if year else None
                if value:
                    nearest = min(agreements, key=lambda m: abs(m.start - tok.idx))
                    state.add_relation(nearest.key, "dateSigned", state.sentence_span(sent), literal=value)
                by = re.search(r"\bby\b", state.text[tok.idx: sent.end_char])
                if by:
                    nearest = min(agreements, key=lambda m: abs(m.start - tok.idx))
                    for c in state.mentions_in(tok.idx + by.end(), sent.end_char, {"Country"}):
                        state.add_relation(c.key, "partyTo", state.sentence_span(sent), obj=nearest.key)
    # "the 2002 pact": a year right before a generic agreement word
    for m in state.mentions:
        if state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        ym = re.match(r"(?:the |its |their )?(1[89]\d{2}|20\d{2})\s+[A-Za-z]", state.text[m.start:m.end])
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


_PROSPECTIVE = frozenset("new proposed planned draft future possible eventual would-be prospective envisaged".split())
_RENEGOTIATION = frozenset(
    "negotiate renegotiate renegotiation revise revision amend amendment update modernize modernise "
    "overhaul rework tweak reform renew renewal extend changes".split()
)


def agreement_status(state: State, key: str) -> str | None:
    """'existing' (signed: "signed in 1951", "the 1984 treaty", "which both
    countries signed"), 'prospective' ("a new code", "negotiations on a
    protocol" without a signature) or None when the text does not say."""
    cache = state.__dict__.setdefault("_agreement_status", {})
    if key not in cache:
        cache[key] = _agreement_status(state, key)
    return cache[key]


def _agreement_status(state: State, key: str) -> str | None:
    if any(r.subject == key and r.predicate == "dateSigned" for r in state.relations):
        return "existing"
    prospective = False
    for m in _body_mentions(state, key):
        sent = state.sentence_of(m.start)
        words = state.text[max(sent.start_char, m.start - 40):m.start].lower().split()
        if set(words[-3:]) & _PROSPECTIVE:
            prospective = True
        for tok in sent:
            if tok.lemma_.lower() in {"sign", "ink", "ratify"} and tok.tag_ in {"VBD", "VBN"} \
                    and not any(c.lower_ in {"not", "never", "yet"} for c in tok.children) \
                    and not any(c.lemma_ in {"will", "would", "could", "may", "might", "should"} for c in tok.children):
                if abs(tok.idx - m.start) < 120:
                    return "existing"
        head = state.text[max(sent.start_char, m.start - 60):m.start].lower()
        if re.search(r"\b(?:negotiations?|talks|negotiate|negotiating|discussions?)\s+(?:\w+\s+){0,2}(?:on|over|for|about|towards?)\s+(?:\w+\s+){0,3}$", head) \
                or re.search(r"\b(?:negotiate|negotiating|draft|drafting|finalise|finalize|finish|finishing|conclude|reach|reaching|sign|agree\s+on)\s+(?:a|an|the)?\s*$", head) \
                or re.match(r"\s*,?\s*(?:that|which)\s+(?:has|have|had)\s+been\s+under\s+(?:negotiation|discussion)|\s*,?\s*(?:that|which)\s+(?:is|are)\s+(?:being\s+negotiated|under\s+negotiation)",
                             state.text[m.end:m.end + 60]):
            prospective = True  # "talks on a new code", "will negotiate a protocol", "a treaty under negotiation"
    return "prospective" if prospective else None


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
            if agreement_status(state, a) == "prospective":
                continue  # not signed yet: the parties negotiate it
            for p in parties:
                state.add_relation(p, "partyTo", state.sentence_span(sent), obj=a)
    # The agreement a bilateral article is about binds its two sides, unless the text said otherwise.
    main = _main_agreement(state)
    if main is not None and len(sides) == 2 and agreement_status(state, main) != "prospective" \
            and not [r for r in state.relations if r.predicate == "partyTo" and r.object == main]:
        first = _body_mentions(state, main)[0]
        for p in sides:
            state.add_relation(p, "partyTo", _evidence_for(state, first), obj=main)


def _main_agreement(state: State) -> str | None:
    counts = Counter(m.key for m in state.mentions
                     if m.start >= state.body_start and state.entity_type(m.key) == "Agreement")
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    return key if n >= 2 and (not rest or rest[0][1] < n) else None


def _negotiation_sentences(state: State):
    """Sentences naming an agreement, and (for the main agreement) sentences
    that speak of negotiating without naming it."""
    main = _main_agreement(state)
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        pronoun = re.search(r"\b(?:renew|renewing|renegotiat\w*|revis\w*|amend\w*|updat\w*|extend\w*|negotiat\w*|modernis\w*|moderniz\w*)\s+it\b", sent.text)
        earlier = [m for m in state.mentions if m.start < sent.start_char and sent.start_char - m.start < 300
                   and state.entity_type(m.key) == "Agreement"]
        if pronoun and earlier:
            # "That treaty expires in 2026. Bangladesh has asked for talks on renewing it"
            yield sent, [*earlier[-1:], *agreements], True
        elif agreements:
            yield sent, agreements, True
        elif main is not None:
            yield sent, [m for m in state.mentions if m.key == main][:1], False


def _negotiates(state: State, sides: list[str]) -> None:
    words = lexicon.words("negotiation_words")
    for sent, agreements, named_here in _negotiation_sentences(state):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if not lemmas & words:
            continue
        actors: list[str] = []
        if _BOTH.search(sent.text):
            actors.extend(sides)
        for tok in sent:
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "between"):
                for t in (tok, *tok.conjuncts):
                    key = _actor(state, t)
                    if key is not None:
                        actors.append(key)
        for a in dict.fromkeys(m.key for m in agreements):
            status = agreement_status(state, a)
            if status == "existing" and not lemmas & (_RENEGOTIATION if named_here else _RENEGOTIATION - {"negotiate"}):
                continue  # "talks on the 1979 protocol, which both signed": parties, not negotiators
            if status == "prospective" and len(sides) == 2:
                actors = [*actors, *sides]
            for actor in dict.fromkeys(actors):
                state.add_relation(actor, "negotiates", state.sentence_span(sent), obj=a)


def _actor(state: State, tok: Token) -> str | None:
    """A country or organisation acting; a capital stands for its country."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Country", "Place"} | _ORGS)
    if m is None or state.entity_type(m.key) == "MediaOrganization":
        return None
    if state.entity_type(m.key) == "Place":
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is None or not entry.capital or not entry.country:
            return None
        country = state.gaz.lookup(entry.country)
        return state.add_entity(entry.country, "Country", same_as=country.same_as if country else []).key
    return m.key


# -- metWith / Meeting --------------------------------------------------------------
def _person_at(state: State, tok: Token) -> str | None:
    """The named person a token stands for, also through an apposition
    ("India's commerce minister Piyush Goyal met ...": the subject is 'minister'),
    or a name right after its phrase (", Dr. X") the parser did not attach."""
    for t in (tok, *[c for c in tok.children if c.dep_ in {"appos", "compound"}]):
        m = state.mention_at(t.idx, t.idx + len(t.text), {"Person"})
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.words("title_core") | lexicon.words("role_nouns") \
            or tok.text[:1].isupper() and tok.pos_ == "PROPN":
        end = tok.right_edge.idx + len(tok.right_edge.text)
        gap = re.match(r",\s*(?:(?:Dr|Hon|H\.E|Mr|Mrs|Ms|Prof|Ambassador)\.?\s+)?", state.text[end:end + 20])
        if gap:
            m = state.mention_at(end + gap.end(), end + gap.end() + 1, {"Person"})
            if m is not None and m.start == end + gap.end() and not state.entities[m.key].unnamed:
                return m.key
    return None


_TALK_NOUNS = frozenset("talks meeting meetings discussions negotiations consultations".split())


def _people_at(state: State, tok: Token) -> list[str]:
    """All named people a (subject) token stands for: itself, its apposition
    and their conjuncts ("the two negotiators, X and Y")."""
    heads = [tok, *[c for c in tok.children if c.dep_ in {"appos", "compound"}]]
    out = []
    for h in heads:
        for t in (h, *h.conjuncts):
            p = _person_at(state, t)
            if p is not None:
                out.append(p)
    return list(dict.fromkeys(out))


def _talks_between(state: State) -> None:
    """'talks between X and Y', 'a meeting between X and his counterpart Y'."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lower_ not in _TALK_NOUNS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                people = [p for pobj in prep.children if pobj.dep_ == "pobj" for p in _people_at(state, pobj)]
                people = list(dict.fromkeys(people))
                evidence = state.sentence_span(tok.sent)
                for i, p in enumerate(people):
                    for q in people[i + 1:]:
                        state.add_relation(p, "metWith", evidence, obj=q)


def _meetings(state: State) -> None:
    verbs = lexicon.words("meeting_verbs")
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        a = _person_at(state, subj)
        if a is None and subj.lower_ in PERSONAL:
            a = last_person(state, subj.idx, [])
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
        if tok.lemma_.lower() in {"meet", "talk", "confer", "negotiate"} or (
                tok.lemma_.lower() == "hold" and any(c.dep_ == "dobj" and c.lower_ in _TALK_NOUNS for c in tok.children)):
            # "X and Y met", "the negotiators, X and Y, held talks": co-subjects meet too
            for s_tok in [subj, *[c for c in tok.children if c.dep_ == "nsubj" and c is not subj]]:
                others.extend(p for p in _people_at(state, s_tok) if p != a)  # "Dizon-Reyes" parsed as two
        others = [o for o in dict.fromkeys(others) if o != a]
        if not others:
            continue
        evidence = state.sentence_span(tok.sent)
        everyone = [a, *others]
        for i, p in enumerate(everyone):  # all who met, met each other
            for q in everyone[i + 1:]:
                state.add_relation(p, "metWith", evidence, obj=q)
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
