"""Who is doing the talking: from a speech verb to an entity key.

A verb's grammatical subject is followed up the tree when the verb has none
("..., calling it a 'productive meeting'" borrows the subject of the main
clause). The subject token then becomes an entity: a named mention covering it,
a pronoun resolved to the last person named, an office ("the prime minister")
resolved to its holder in this document, or an unnamed speaker ("a Canadian
official") created as a document-scoped node with the side it represents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.genders import FEMALE_PRONOUNS, gender_of, of_gender
from kg.extract.joint_texts import is_joint_text, joint_author, unsigned_text
from kg.extract.speakers_descriptions import describing_phrase, misread_noun_subject
from kg.extract.speakers_envoys import envoy_holder
from kg.extract.speakers_capitals import capital_body
from kg.extract.speakers_job_titles import job_title_of_org
from kg.extract.speakers_texts import earlier_text, farther_issuer, issuer_subject
from kg.extract.speakers_titled_names import titled_subject_name
from kg.extract.speakers_orgs import FUNCTION_NOUNS, recent_org_subject
from kg.extract.speakers_courts import court_speaker
from kg.extract.speakers_gender_titles import holders_of_gender
from kg.extract.speakers_pronoun_subjects import subject_of_naming
from kg.extract.speakers_it import previous_speaking_body
from kg.extract.speakers_partitive import group_member_speaker, partitive_speaker
from kg.extract.speakers_particles import particle_surname
from kg.extract.speakers_fronted_names import fronted_clause_subject
from kg.extract.speakers_officials import official_just_quoted
from kg.extract.speakers_stance import stance_subject
from kg.extract.speakers_agents import skip_asking_agent
from kg.extract.speakers_embassies import embassy_speaker
from kg.extract.speakers_municipal import municipal_speaker
from kg.extract.speaker_places import placed_by_text
from kg.extract.state import State
from kg.iris import slugify
from kg.model import ACTOR_TYPES, ORG_TYPES, Entity

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"xcomp", "advcl", "conj", "ccomp", "relcl", "acl", "pcomp", "dep", "parataxis"}
PERSONAL = {"he", "she", "him", "her"}
_PLURAL = {"they", "them"}
_FIRST = {"i", "we", "you", "me", "us"}
# Places too: a capital speaking stands for its country (_capital_as_country).
SPEAKER_TYPES = ACTOR_TYPES | {"Place"}


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through clause links when it has none."""
    fronted = fronted_clause_subject(verb)  # 'Speaking to Radio X, Ana Ruz, ..., said'
    if fronted is not None:
        return fronted
    found = _climbed_subject(verb)
    return found if found is not None or verb.dep_ != "ROOT" else _apposed_name_before(verb)


def _apposed_name_before(verb: Token) -> Token | None:
    """'In Virolahti, where ..., the chair of the council, Pekka Ruotsalainen, said ...':
    the parser hung the speaker's name as an apposition inside the opening phrase and
    left the verb with no subject; the proper name closing the stretch right before
    ', said' is the subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.dep_ not in {"appos", "conj"}:
        return None
    return name


def _climbed_subject(verb: Token) -> Token | None:
    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        for child in token.children:
            if child.dep_ == "csubj" and child.tag_ in {"VBN", "VBD"} \
                    and not any(a.dep_ in {"aux", "auxpass"} for a in child.children):
                # "Diplomats briefed on the meeting said": the parser took the participle for the subject
                noun = next((c for c in child.children if c.dep_ == "nsubj" and c.i == child.i - 1
                             and c.pos_ == "NOUN"), None)
                if noun is not None:
                    return noun
            misread = misread_noun_subject(child)
            if misread is not None:
                return misread  # "Aid groups on the coast said": 'Aid' read as a verb, 'groups' its object
            if child.dep_ in _SUBJ and not (child.dep_ == "nsubjpass"):
                return child
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
            # "Leis opened by saying that ...": through the preposition to the verb it hangs on
            token = token.head.head
            if token.lemma_.lower() in {"quote", "cite"}:
                # "Ozola was quoted by Delfi as saying ...": the one quoted is the speaker
                passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                if passive is not None:
                    return passive
                # "The broadcaster quoted him as saying ...": the one quoted, not the broadcaster
                quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
                if quoted is not None:
                    return quoted
        elif token.dep_ in _CLIMB and token.head.i != token.i:
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
    capital = capital_body(state, token)
    if capital is not None:
        return capital  # 'the ministry in Maputo': Mozambique's, whatever ministry came last
    mention = state.mention_at(token.idx, token.idx + len(token.text), SPEAKER_TYPES)
    if mention is not None:
        if state.entities[mention.key].type in {"Organization", "GovernmentAgency"}:
            # "The Department of Foreign Affairs, Maria Santos-Cruz, said": the person speaks.
            for child in token.children:
                if child.dep_ == "appos":
                    m = state.mention_at(child.idx, child.idx + len(child.text), {"Person"})
                    if m is not None and not state.entities[m.key].unnamed:
                        return m.key
        return _capital_as_country(state, mention.key)
    lower = token.lower_
    particled = particle_surname(state, token)  # '"...," al-Jubouri said': 'al' is the subject
    if particled is not None:
        return particled
    if lower == "it" and token.pos_ == "PRON":
        # "It called the result ... and said ...": the organisation that spoke last.
        last = state.statements[-1].speaker if state.statements else None
        if last and state.entities[last].type in _ORG_SPEAKERS and before is not None \
                and before - state.statements[-1].evidence.end < 400:
            return last
        return previous_speaking_body(state, token, lambda t: entity_for_token(state, t, quotes, before=t.idx))
    court = court_speaker(state, token, lambda t: entity_for_token(state, t, quotes, before=t.idx))
    if court is not None:
        return court  # 'In paragraph 41 the judges wrote that ...': the ruling court's words
    member = group_member_speaker(state, token, lambda t: entity_for_token(state, t, quotes, before=before))
    if member is not None:
        return member  # 'Local leaders welcomed it, though several said ...': the group's words
    if lower in _FIRST or token.pos_ == "PRON" and lower not in PERSONAL | _PLURAL:
        return None
    limit = before if before is not None else token.idx
    if lower in PERSONAL:
        gender = "f" if lower in FEMALE_PRONOUNS else "m"
        quotes = quotes + _addressed_media(state, limit)
        last = last_person(state, limit, quotes)
        # 'She was asked by MP X whether ... She said': not the one who asked
        last = skip_asking_agent(state, last, limit, lambda at: last_person(state, at, quotes))
        owner = clause_owner(state, last, limit)
        if owner != last and gender_of(state, owner) in ({"f", "f?", None} if gender == "f" else {"m", "f?", None}):
            named = owner  # the subject whose clause named someone else: unless the text shows otherwise
        elif last is not None and gender_of(state, last) is None and _just_spoke(state, last, limit):
            # '"...," Mukamana said. "..." She said ...': the speaker just quoted, whose
            # gender nothing shows, rather than an older person of known gender
            named = last
        else:
            named = of_gender(state, last, limit, quotes, gender)
        # 'The minister had flown to meet X's Secretary, Giulia Ferri, ... "...," he said': the subject
        named = subject_of_naming(state, named, limit, gender, lambda t: office_holder(state, t)) or named
        # (the unnamed subject the sentence just before brings in -- 'An official in Kampala
        # offered a different view.' -- before an unnamed speaker quoted earlier)
        recent = unnamed_subject_since(state, limit, quotes, named, gender) \
            or _recent_unnamed_speaker(state, limit, quotes, named)
        return recent or _titled_subject_since(state, limit, quotes, named) or named
    if lower in _PLURAL:
        last = state.statements[-1].speaker if state.statements else None
        if last and state.entities[last].unnamed:
            return last
        return None
    # A name token not covered by a mention: one of its compounds may be
    # ("Brazil's power regulator ANEEL said": the organisation itself).
    for child in token.children:
        if child.dep_ in {"compound", "appos"}:
            # an organisation only after the noun ("regulator ANEEL"), not as its
            # modifier ("a Lakeland official" speaks for Lakeland, is not Lakeland)
            types = ORG_TYPES | {"Person"} if child.i > token.i else {"Person"}
            m = state.mention_at(child.idx, child.idx + len(child.text), types)
            if m is not None and not state.entities[m.key].unnamed:
                return m.key
            if child.dep_ == "appos" and child.i > token.i:
                # "The Port of Lomé's operator, Lomé Container Terminal Ltd, said": the apposed
                # name as a whole, when the mention does not reach the word the parser made its head
                apposed = _apposed_name(state, child, types, quotes)
                if apposed is not None:
                    return apposed
    # "A spokeswoman for Chile's Ministry of Energy, Camila Soto, said": the
    # parser may hang the apposed name on the organisation inside the subject.
    for t in token.subtree:
        if t.dep_ == "appos" and t.i != token.i and not any(s <= t.idx < e for s, e in quotes):
            m = state.mention_at(t.idx, t.idx + len(t.text), {"Person"})
            if m is not None and not state.entities[m.key].unnamed:
                return m.key
    titled_name = _title_conj_name(state, token, quotes) or titled_subject_name(state, token, quotes)
    if titled_name is not None:
        return titled_name
    if is_joint_text(token):
        return joint_author(state, token)  # 'a joint communique released afterwards said'
    written = text_source(state, token, quotes)
    if written is not None:
        return written
    unsigned = unsigned_text(state, token)
    if unsigned is not None:
        return unsigned
    earlier = earlier_text(token, WRITTEN_TEXTS)
    if earlier is not None:  # 'The statement said ...' after 'according to a joint statement by ...'
        found = joint_author(state, earlier) if is_joint_text(earlier) else text_source(state, earlier, quotes)
        issuer = issuer_subject(earlier) if found is None else None
        if issuer is not None:  # 'X released a statement on Friday. The statement said ...'
            m = state.mention_at(issuer.idx, issuer.idx + len(issuer.text), _SOURCE_TYPES - {"MediaOrganization"})
            found = m.key if m is not None and not state.entities[m.key].unnamed else None
        if found is not None:
            return found
    issuer = farther_issuer(token, WRITTEN_TEXTS) if earlier is None else None
    if issuer is not None:  # 'X said in a statement.' paragraphs before: 'the statement added ...'
        m = state.mention_at(issuer.idx, issuer.idx + len(issuer.text), _SOURCE_TYPES - {"MediaOrganization"})
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
    counterpart = _demonym_counterpart(state, token, quotes)
    if counterpart is not None:
        return counterpart
    municipal = municipal_speaker(state, token)  # 'Utsjoki municipality said in a statement that ...'
    if municipal is not None:
        return municipal
    described = _described_org(state, token)
    if described is not None:
        return described
    holder = office_holder(state, token) or envoy_holder(state, token)  # 'the envoy': the Special Representative
    if holder is not None:
        return holder
    titled = _country_title(state, token)
    if titled is not None:
        return titled
    office = _person_office(state, token)
    if office is not None:
        return office
    one_of = partitive_speaker(state, token) or _one_of(state, token)
    if one_of is not None:
        return one_of
    if _possessed_role(token):
        return unnamed_speaker(state, token)
    if _complaining_people(token):
        return unnamed_speaker(state, token)  # 'Hauliers in Tallinn complain that ...'
    if token.pos_ in {"NOUN", "PROPN"} and (token.lemma_.lower() in _role_nouns()
                                            or token.tag_ == "NNS" and token.lower_ in _role_nouns()):
        # a listed plural whose singular is left out ('operators', 'carriers': 'the operator' is a firm)
        earlier = _earlier_unnamed(state, token)
        if earlier is not None:
            state.add_mention(earlier, token.idx, token.idx + len(token.text), alias=False)
            return earlier
        official = official_just_quoted(state, token, quotes)
        if official is not None:
            return official  # '"...," she said. The official said ...': the deputy director just quoted
        return unnamed_speaker(state, token)
    if job_title_of_org(state, token):
        return unnamed_speaker(state, token)  # 'The project manager for KRC, who declined to be named, said'
    return None


def _apposed_name(state: State, child: Token, types: set[str], quotes: list[tuple[int, int]]) -> str | None:
    """The one named actor mentioned inside an apposition's words (none quoted)."""
    start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
    if any(s < end and start < e for s, e in quotes):
        return None
    keys = {m.key for m in state.mentions_in(start, end, types) if not state.entities[m.key].unnamed}
    return keys.pop() if len(keys) == 1 else None


# Quantity words that pick speakers out of a group ('one of the officials', 'two of the diplomats').
_PICKERS = frozenset("one two three four several some many most".split())


def _one_of(state: State, token: Token) -> str | None:
    """'One of the officials said ...': an unnamed speaker of the group's kind,
    singular for 'one' ("official"), the group's plural otherwise."""
    from kg.extract.sides import side_of_description  # avoid an import cycle

    if token.lower_ not in _PICKERS or token.pos_ not in {"NUM", "PRON", "ADJ", "DET", "NOUN"}:
        return None
    group = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == token.i + 1
                  for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
    if group is None or not (group.lower_ in _role_nouns() or group.lemma_.lower() in _role_nouns()
                             or PERSON_NOUN_RE.fullmatch(group.lower_) is not None) \
            or group.lower_ in _NOT_PEOPLE_PLURAL:
        return None
    m = state.mention_at(group.idx, group.idx + len(group.text))
    if m is not None and not state.entities[m.key].unnamed:
        return None
    mods = [t for t in group.children if t.dep_ in {"amod", "compound"} and t.i < group.i]
    noun = group.lemma_.lower() if token.lower_ == "one" else group.lower_
    label = " ".join([*(t.text for t in mods), noun])
    entity = state.add_entity(label, "Person", unnamed=True)
    state.__dict__.setdefault("_unnamed_heads", {})[entity.key] = noun
    state.add_mention(entity.key, token.idx, group.idx + len(group.text), alias=False)
    side = side_of_description(state, group)
    if side and side != entity.key:
        state.add_relation(entity.key, "represents", state.sentence_span(token.sent), obj=side)
    return entity.key


# Verbs a group of people claims with ('Hauliers in Tallinn complain that ...').
_CLAIM_VERBS = frozenset("complain argue warn say insist claim fear".split())
# Plurals the person-noun ending also matches that are not people.
_NOT_PEOPLE_PLURAL = frozenset(
    "orders borders waters numbers sectors corridors others papers letters matters quarters meters metres "
    "chapters registers counters charters covers powers rivers centers centres corners figures layers "
    "barriers containers trailers tankers computers markers filters factors motors doors floors".split())


def _title_conj_name(state: State, token: Token, quotes: list[tuple[int, int]]) -> str | None:
    """'said Kenyan Minister of Roads and Public Works Amina Odhiambo': the parser
    makes the title word the subject and hangs the name as a conj at the end of
    its subtree; the named person at that end is the speaker."""
    if token.lower_ not in lexicon.words("title_core") or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [t for t in token.subtree if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    if last.i <= token.i or any(s <= last.idx < e for s, e in quotes):
        return None
    # the name must hang on the title as a conj
    conj = next((t for t in (last, last.head) if t.dep_ == "conj" and t.i > token.i), None)
    if conj is None or not any(a.i == token.i for a in conj.ancestors):
        return None
    m = state.mention_at(last.idx, last.idx + len(last.text), {"Person"})
    if m is None or state.entities[m.key].unnamed or m.start <= token.idx:
        return None
    # a real coordination ("the minister and Ozola said") puts the name right
    # after "and"/","; the misparse has title words before it ("... Works Amina")
    first = next((t for t in words if t.idx >= m.start), None)
    if first is None or first.i == 0 or first.doc[first.i - 1].dep_ == "cc" or first.doc[first.i - 1].is_punct:
        return None
    # "... of Trade and Finnish President Sauli Niinisto": a title of its own after
    # the "and" makes the name a second person, not the end of the first title
    ccs = [t for t in words if t.dep_ == "cc" and token.i < t.i < first.i]
    if ccs and any(t.lower_ in lexicon.words("title_core") for t in words if ccs[-1].i < t.i < first.i):
        return None
    return m.key


def _complaining_people(token: Token) -> bool:
    """A plural common noun for people ('hauliers', 'exporters', 'farmers') as the
    subject of complain/argue/warn/say: an unnamed group speaker."""
    return token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() in _CLAIM_VERBS and token.lower_ not in _NOT_PEOPLE_PLURAL \
        and PERSON_NOUN_RE.fullmatch(token.lower_) is not None and token.lower_.endswith("s")


def _demonym_counterpart(state: State, token: Token, quotes: list[tuple[int, int]]) -> str | None:
    """'Her Lithuanian counterpart said ...': the named office holder representing
    the demonym's country; of several, the one whose office has the same title as
    the office of the person named last before (whose counterpart this is)."""
    if token.lemma_.lower() != "counterpart" or token.tag_ != "NN":
        return None
    demonym = next((state.gaz.demonyms.get(c.lower_) for c in token.children
                    if c.dep_ in {"amod", "compound"} and state.gaz.demonyms.get(c.lower_) is not None), None)
    if demonym is None:
        return None
    holders = [p for p in state.positions if not state.entities[p].unnamed
               and any(state.entities[o].label == demonym.label for o in state.objects(p, "represents"))]
    if not holders:  # no office read for that side: the one person who represents it
        people = {k for k, e in state.entities.items() if e.type == "Person" and not e.unnamed
                  and any(state.entities[o].label == demonym.label for o in state.objects(k, "represents"))}
        return people.pop() if len(people) == 1 else None
    if len(holders) == 1:
        return holders[0]
    other = last_person(state, token.idx, quotes)
    if other is None or other not in state.positions:
        return None
    title = _bare_title(state, other)
    same = [p for p in holders if _bare_title(state, p) == title]
    return same[0] if len(same) == 1 else None


def _bare_title(state: State, person: str) -> str:
    """The title of a person's office without its country ('Transport Minister of
    Estonia', 'Latvia Minister of Transport' -> 'transport minister', 'minister of transport')."""
    label = state.entities[state.positions[person]].label.lower()
    for country in state.objects(person, "represents"):
        name = state.entities[country].label.lower()
        label = label.removesuffix(f" of {name}").removeprefix(f"{name} ")
    return label


# Written words a body issues: 'a statement from the ministry said' is the ministry's.
WRITTEN_TEXTS = frozenset(
    "statement communique communiqué release declaration letter note memo memorandum post tweet email "
    "e-mail readout notice bulletin".split())
_SOURCE_TYPES = ORG_TYPES | {"Person"}


def text_source(state: State, token: Token, quotes: list[tuple[int, int]]) -> str | None:
    """'A statement from Kenya's Ministry of Energy, carried by KNA, said ...',
    'a communiqué issued by the Foreign Office said', 'the ministry's statement
    said': the author of a written text that speaks (the body before its country,
    never the outlet that carried it)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in WRITTEN_TEXTS and token.lower_ not in WRITTEN_TEXTS:
        return None
    sources: list[Token] = []
    for child in token.children:
        if child.dep_ == "poss" or child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
            sources.append(child)  # "the ministry's statement", "a Ministry of Transport statement"
        elif child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            sources.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "acl" and child.lower_ in {"issued", "released", "published", "signed", "sent"}:
            sources.extend(c for prep in child.children if prep.dep_ == "agent" or prep.lower_ == "by"
                           for c in prep.children if c.dep_ == "pobj")
    if not sources:
        # 'A statement posted on the Ministry of Trade's website said': the site's owner wrote it
        sources = _site_owners(token)
    for source in sources:
        sub = list(source.subtree)
        found = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
                 if not state.entities[m.key].unnamed and not any(s <= m.start < e for s, e in quotes)]
        # (an outlet only when nobody else is named: 'a statement published by the state
        # newspaper X said' is the paper's own, 'a statement from A, carried by X' is A's)
        for types in (_SOURCE_TYPES - {"MediaOrganization"}, {"Country"}, {"MediaOrganization"}):
            hits = [m for m in found if state.entities[m.key].type in types]
            if hits:
                return hits[0].key
    for source in sources:
        if source.lower_ in _AGENCY_NOUNS and state.mention_at(
                source.idx, source.idx + len(source.text)) is None:
            # 'a statement issued by the Omani foreign ministry said': the body its speaker
            # would be if it 'said' it itself (a ministry of the demonym's country)
            body = entity_for_token(state, source, quotes, before=source.idx)
            if body is not None and state.entities[body].type == "GovernmentAgency":
                return body
    return None


_SITE_NOUNS = frozenset("website site page account channel portal feed".split())


def _site_owners(token: Token) -> list[Token]:
    """The owner of the website a text was posted on: 'a statement (posted) on the
    ministry's website', '... on the website of the ministry'."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}]
    preps += [p for acl in token.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
              for p in acl.children if p.dep_ == "prep" and p.lower_ in {"on", "to"}]
    out = []
    for prep in preps:
        for site in prep.children:
            if site.dep_ != "pobj" or site.lemma_.lower() not in _SITE_NOUNS:
                continue
            for c in site.children:
                if c.dep_ == "poss" or c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN":
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    out.extend(o for o in c.children if o.dep_ == "pobj")
    return out


_ORG_SPEAKERS = ORG_TYPES | {"Country"}
_ORG_HEAD_NOUNS = frozenset(
    "court centre center chamber ministry department agency commission council committee bank union office "
    "foundation institute association organisation organization company board authority tribunal "
    "secretariat bureau federation alliance utility operator carrier".split()
) | frozenset(  # 'the service said' after 'Russia's Federal Customs Service', 'the cooperative' likewise
    "service cooperative co-operative directorate inspectorate corporation".split())


def _described_org(state: State, token: Token) -> str | None:
    """'the court found', 'the chamber estimates': the organisation named last
    whose name has that head word ('International Court of Justice')."""
    firm = _firm_description(token)
    if token.lower_ not in _ORG_HEAD_NOUNS | FUNCTION_NOUNS and not firm or not any(
            c.lower_ in {"the", "this", "that"} for c in token.children if c.dep_ == "det"):
        return None
    if not firm and any(c.dep_ in {"amod", "compound", "poss"} and c.lower_ not in {"same", "said"}
                        for c in token.children):
        return None  # "the Serbian government's office": a description of its own ("the same court" is not)
    head = token.lower_
    if firm:
        # 'X has cancelled departures ... The ferry line, which connects A with B, said
        # ...': the company last the subject of a sentence, else the company named last
        return _company_in_sentence(state, token) or _company_subject(state, token) \
            or _last_company(state, token)
    named = _last_before(state, token, lambda e: e.type in {"Organization", "GovernmentAgency"} and not e.unnamed
                         and head in {w.lower().strip(",.") for w in e.label.split()})
    if named is None and head in _COMPANY_NOUNS:
        named = _company_in_sentence(state, token) or _last_company(state, token)
    if named is None:
        # 'The Grain Board did not respond. ... the regulator said': the body just the subject
        named = recent_org_subject(state, token)
    return named


# "AST will build a line, the company said": a company noun stands for the one company
# (an organisation, not an agency) its sentence names before it, else the company named last.
_COMPANY_NOUNS = frozenset("company firm utility operator carrier".split())


# Trades a company noun may carry ('the ferry line', 'the bus company', 'the state-owned operator').
_FIRM_HEADS = frozenset("company firm operator carrier airline line".split())
_LINE_TRADES = frozenset("ferry shipping bus cruise container freight coach".split())


def _firm_description(token: Token) -> bool:
    """'the ferry line', 'the airline', 'the bus company', 'the private operator':
    a company noun with only lower-case trade words or adjectives before it (no
    demonym or owner: 'the Serbian company' or 'the government's firm' is another
    description). 'line' counts only with a shipping trade before it."""
    if token.lower_ not in _FIRM_HEADS or token.pos_ != "NOUN":
        return False
    mods = [c for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    if any(c.dep_ == "poss" or c.dep_ == "nmod" or not c.text[:1].islower() for c in mods):
        return False
    if token.lower_ == "line":
        return any(c.dep_ == "compound" and c.lower_ in _LINE_TRADES for c in mods)
    return token.lower_ == "airline" or bool(mods)


def _company_subject(state: State, token: Token) -> str | None:
    """The organisation that is the subject of one of the three sentences before
    ``token``'s, the nearest first ('Ferrolink has cancelled ...')."""
    sent = token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = state.doc[sent.start - 1].sent
        for t in sent:
            if t.dep_ not in {"nsubj", "nsubjpass"} or t.head.dep_ != "ROOT":
                continue
            words = list(t.subtree)
            m = state.mention_at(words[0].idx, t.idx + len(t.text), {"Organization"})
            if m is not None and not state.entities[m.key].unnamed:
                return m.key
    return None


def _last_company(state: State, token: Token) -> str | None:
    """'... by Moravska Energetika, the state grid operator. The company said in a
    statement ...': the organisation named last before (not long before); a body
    typed as an agency only when named in the sentence before."""
    company = _last_before(state, token, lambda e: e.type == "Organization" and not e.unnamed)
    if company is not None and token.idx - max(m.start for m in state.entities[company].mentions
                                               if m.start < token.idx) < 1500:
        return company
    sent = token.sent
    if sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
    bodies = [m.key for m in state.mentions_in(prev.start_char, token.idx, {"GovernmentAgency"})
              if not state.entities[m.key].unnamed]
    return bodies[-1] if bodies else None


def _company_in_sentence(state: State, token: Token) -> str | None:
    """The one organisation the sentence names before ``token``, if it is also the
    first name there after any owning country ("Latvia's grid operator AST ...")."""
    sent = token.sent
    named = [m for m in state.mentions_in(sent.start_char, token.idx) if not state.entities[m.key].unnamed]
    keys = {m.key for m in named if state.entities[m.key].type == "Organization"}
    first = next((m.key for m in named if state.entities[m.key].type != "Country"), None)
    return first if len(keys) == 1 and first in keys else None


def _capital_as_country(state: State, key: str) -> str:
    """'Belgrade said', 'La Paz argues': a capital speaking stands for its country."""
    entity = state.entities[key]
    if entity.type != "Place":
        return key
    entry = state.gaz.lookup(entity.label)
    if entry is None or not entry.capital or not entry.country:
        return key
    country = state.gaz.lookup(entry.country)
    return state.add_entity(entry.country, "Country", same_as=country.same_as if country else []).key


_COLLECTIVES = frozenset("group groups number crowd delegation coalition handful dozens hundreds".split())
_AGENCY_NOUNS = frozenset(
    "ministry department agency embassy police coastguard navy army".split()
)


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Role nouns as listed, and the singular of each listed plural ('delegates' -> 'delegate')."""
    listed = lexicon.words("role_nouns")
    return listed | {w[:-1] for w in listed if w.endswith("s") and not w.endswith(("ss", "ies", "sses"))
                     and " " not in w and w[:-1] not in _FIRM_ROLES} | lexicon.words("speaker_role_nouns")


# Singular role nouns that as often name a company ('the operator said'): not derived.
_FIRM_ROLES = frozenset("operator carrier manufacturer shipper owner producer exporter importer".split())


def _just_spoke(state: State, person: str, before: int) -> bool:
    """``person`` is the speaker of the statement that ends last before ``before``
    (close by, in the same paragraph)."""
    earlier = [s for s in state.statements if s.evidence.end <= before]
    if not earlier:
        return False
    last = max(earlier, key=lambda s: s.evidence.end)
    return last.speaker == person and before - last.evidence.end < 300 \
        and "\n" not in state.text[last.evidence.end:before]


def _recent_unnamed_speaker(state: State, before: int, quotes: list[tuple[int, int]], named: str | None) -> str | None:
    """'..., a Cameroonian diplomat told reporters. He said ...': "he" is the
    unnamed speaker just quoted when no person was named after that statement."""
    # Direct quotes are found before reported speech: the statement just before, not the last found.
    earlier = [s for s in state.statements if s.evidence.end <= before]
    if not earlier:
        return None
    last = max(earlier, key=lambda s: s.evidence.end)
    entity = state.entities[last.speaker]
    if not entity.unnamed or entity.type != "Person" or unnamed_head(state, last.speaker).endswith("s") \
            or before - last.evidence.end > 300:
        return None
    if named is not None and any(
            m.start >= last.evidence.start and m.start < before and not any(qs <= m.start < qe for qs, qe in quotes)
            for m in state.entities[named].mentions):
        return None  # a person named since then is nearer
    return last.speaker


def _earlier_unnamed(state: State, token: Token) -> str | None:
    """'the diplomat said' after 'a Cameroonian diplomat said': the same unnamed person."""
    if not any(c.lower_ == "the" for c in token.children if c.dep_ == "det") or \
            any(c.dep_ in {"amod", "compound", "poss", "prep"} for c in token.children):
        return None
    noun = token.lower_
    return _last_before(state, token, lambda e: e.unnamed and e.type == "Person" and unnamed_head(state, e.key) == noun)


def unnamed_head(state: State, key: str) -> str:
    """The head noun of an unnamed speaker's label ('people familiar with the talks' -> 'people')."""
    return state.__dict__.get("_unnamed_heads", {}).get(key) or state.entities[key].label.lower().split()[-1]


def _last_before(state: State, token: Token, match: Callable[[Entity], bool]) -> str | None:
    """The entity mentioned last before ``token`` that ``match`` accepts."""
    best = None
    for m in state.mentions:
        if m.start >= token.idx:
            break
        if match(state.entities[m.key]):
            best = m.key
    return best


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


def _addressed_media(state: State, before: int) -> list[tuple[int, int]]:
    """The spans of people named as the presenter or reporter someone spoke to
    ("she told presenter Niamh Walsh"): the interviewer is not whom a later
    "she" means, so the pronoun rules pass over them as over names in quotes."""
    out = []
    for m in state.mentions:
        if m.start >= before:
            break
        if state.entities[m.key].type == "Person" \
                and _ADDRESSED_MEDIA_RE.search(state.text, max(0, m.start - 60), m.start):
            out.append((m.start, m.end))
    return out


# A presenter or reporter addressed right before a name ('told host X', 'to correspondent X')
_ADDRESSED_MEDIA_RE = re.compile(
    r"\b(?:told|tells|telling|to|asked)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:presenter|host|co-host|anchor|newsreader|correspondent|reporter|interviewer|journalist)\s+$")


def reported_clause_speaker(state: State, token: Token, named: str, at: int) -> str | None:
    """The named person whose speech verb reports the clause ``token`` stands in
    ('Bassani told Il Sole 24 Ore that the Brenner toll would not rise'): a name
    inside what someone reported is not whom the next 'he' means; the reporter is."""
    verbs = lexicon.words("reported_verbs")
    for anc in [token, *token.ancestors]:
        # inside the reported clause, or the one told ('told Il Sole 24 Ore that ...')
        if anc.dep_ not in {"ccomp", "dobj", "dative"} or anc.head.lemma_.lower() not in verbs \
                or anc.dep_ != "ccomp" and not any(c.dep_ == "ccomp" for c in anc.head.children):
            continue
        subj = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        # the subject's words ('ROME, May 5 - Italy's minister Marco Bassani': the parser may
        # take the dateline for the subject and hang the name on it)
        words = list(subj.subtree)
        owners = {m.key for m in state.mentions_in(words[0].idx, words[-1].idx + len(words[-1].text), {"Person"})
                  if m.key != named and not state.entities[m.key].unnamed and m.end <= at}
        return owners.pop() if len(owners) == 1 else None
    return None


def clause_owner(state: State, named: str | None, before: int) -> str | None:
    """'Ilze Berzina, who chairs Litgrid's board, was blunter. "...," she said':
    a name inside a relative clause or an apposition about a named person is not
    whom the next pronoun means; that person is. ``named`` is the person named
    last before ``before``."""
    if named is None:
        return None
    mention = max((m for m in state.entities[named].mentions if m.start < before), key=lambda m: m.start, default=None)
    if mention is None:
        return named
    span = state.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return named
    token = span.root
    reporter = reported_clause_speaker(state, token, named, mention.start)
    if reporter is not None:
        return reporter  # 'X told Il Sole 24 Ore that the Brenner toll ... He said': X
    inside_clause = False
    for anc in [token, *token.ancestors]:
        if anc.dep_ in {"relcl", "acl", "appos"}:
            inside_clause = True
            continue
        if not inside_clause or anc.i in range(span.start, span.end):
            continue
        owner = state.mention_at(anc.idx, anc.idx + len(anc.text), {"Person"})
        if owner is not None and owner.key != named and not state.entities[owner.key].unnamed \
                and owner.end <= mention.start:
            return owner.key
    return named


# Speaker nouns that show the other gender than a pronoun ("the spokeswoman ... he said" is not her).
_GENDERED_NOUNS = {"spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "woman": "f",
                   "spokesman": "m", "chairman": "m", "businessman": "m", "man": "m"}


def unnamed_subject_since(state: State, before: int, quotes: list[tuple[int, int]], named: str | None,
                          gender: str) -> str | None:
    """'One trader at a shipping house said buyers were resisting. "...," he said':
    the singular unnamed subject of a speech verb in the sentence just before the
    quote, after the last person named, is whom the pronoun means (its reported
    statement is not found yet when the quote is attributed)."""
    if before <= 0:
        return None
    # the char before a quote's words is its mark; before a subject ("He said"), a space
    # that belongs to the sentence before: then the subject's own sentence is meant
    at = before if state.text[before - 1].isspace() and before < len(state.text) else before - 1
    span = state.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    if sent.start == 0:
        return None
    prev = state.doc[sent.start - 1].sent
    if "\n\n" in state.text[prev.end_char:before].rstrip():
        return None  # another paragraph
    since = prev.start_char
    if named is not None:
        since = max([since, *(m.end for m in state.entities[named].mentions
                              if m.start < before and not any(qs <= m.start < qe for qs, qe in quotes))])
    verbs = lexicon.words("reported_verbs")
    for token in prev:
        if token.idx < since or token.dep_ != "nsubj" or token.tag_ != "NN" or token.pos_ != "NOUN":
            continue
        if any(qs <= token.idx < qe for qs, qe in quotes) or token.head.dep_ not in {"ROOT", "conj"} \
                or token.head.lemma_.lower() not in verbs and not stance_subject(token):
            continue
        word = token.lower_
        if word not in _role_nouns() and PERSON_NOUN_RE.fullmatch(word) is None or word in lexicon.mapping("media"):
            continue
        if _GENDERED_NOUNS.get(word, gender) != gender:
            continue
        m = state.mention_at(token.idx, token.idx + len(token.text))
        if m is not None and not state.entities[m.key].unnamed:
            continue
        key = entity_for_token(state, token, quotes, before=token.idx)
        if key is not None and state.entities[key].unnamed and state.entities[key].type == "Person":
            return key
    return None


def _titled_subject_since(state: State, before: int, quotes: list[tuple[int, int]], named: str | None) -> str | None:
    """'Asked about X, the undersecretary was firm. "...," she told reporters': a
    title-only subject ("the undersecretary") after the last person named is whom
    the pronoun means: the document's holder of that title."""
    since = state.body_start
    if named is not None:
        since = max((m.end for m in state.entities[named].mentions
                     if m.start < before and not any(qs <= m.start < qe for qs, qe in quotes)), default=since)
    for token in reversed(state.tokens):
        if token.idx >= before or token.idx < since:
            continue
        if token.dep_ not in {"nsubj", "nsubjpass"} or any(qs <= token.idx < qe for qs, qe in quotes):
            continue
        if state.mention_at(token.idx, token.idx + len(token.text)) is not None:
            continue
        holders = office_holders(state, token)
        if len(holders) == 1 and state.entity_type(holders[0]) == "Person":
            return holders[0]  # only an unambiguous title
    return None


def office_holder(state: State, token: Token) -> str | None:
    """'the prime minister said' -> the person holding that office in this text
    (of several, the one named last before the words)."""
    holders = office_holders(state, token)
    if len(holders) > 1:
        holders = holders_of_gender(state, token, holders)  # 'In her remarks, the Minister said'
    if len(holders) > 1:
        last = {h: max((m.start for m in state.entities[h].mentions if m.start < token.idx), default=-1)
                for h in holders}
        return max(holders, key=lambda h: last[h])
    return holders[0] if holders else None


def office_holders(state: State, token: Token) -> list[str]:
    """Everyone in this text holding the office 'the <title>' names, in order."""
    if not any(c.lower_ in {"the", "this"} for c in token.children if c.dep_ == "det"):
        return []
    # the title's own words, not those of a name coordinated or apposed to it ("The Minister of
    # Fisheries of Sri Lanka, Kamal Silva, who joined the talks, said": "Kamal" is no title word)
    words = [t.lower_ for t in token.subtree if t.i == token.i or t.dep_ in {"compound", "amod"} and _own_word(t, token)]
    title = " ".join(words)
    if token.lower_ not in lexicon.words("title_core"):
        return []
    found = []
    bare = all(w == token.lower_ or w in state.gaz.demonyms for w in words)
    for person, position in state.positions.items():
        label = state.entities[position].label.lower()
        if bare and any(f"{w} {token.lower_}" in label for w in _HEAD_OF_GOVERNMENT):
            continue  # "the Peruvian minister" is not Peru's prime minister
        if title in label or all(w in label or _demonym_in(state, w, label) or _side_word(state, w, person)
                                 for w in words):
            found.append(person)  # "the Nigerian minister" -> the holder of "Foreign Minister of Nigeria"
    return found


def _own_word(t: Token, token: Token) -> bool:
    """Whether ``t`` hangs on ``token`` through no coordination, apposition or clause."""
    while t.i != token.i and t.head.i != t.i:
        if t.dep_ in {"conj", "appos", "relcl", "acl", "cc"}:
            return False
        t = t.head
    return t.i == token.i


# Words that make "minister" a head of government's title of its own.
_HEAD_OF_GOVERNMENT = ("prime", "first", "chief")


def _demonym_in(state: State, word: str, label: str) -> bool:
    country = state.gaz.demonyms.get(word)
    return country is not None and country.label.lower() in label


def _side_word(state: State, word: str, person: str) -> bool:
    """'the Peruvian minister': a demonym of the country the office holder represents
    (the position itself may be named after a ministry, not the country)."""
    country = state.gaz.demonyms.get(word)
    return country is not None and any(state.entities[o].label == country.label
                                       for o in state.objects(person, "represents"))


def unnamed_speaker(state: State, token: Token) -> str:
    """A node for 'a Canadian official' / 'local officials', with its side."""
    from kg.extract.sides import side_of_description  # avoid an import cycle

    # a count stays ('two people familiar with the talks'), other determiners go
    left = [t for t in token.subtree if t.i < token.i and t.dep_ not in {"det", "predet", "punct", "poss", "case", "nummod"}
            or _kept_count(t, token)]
    # keep the contiguous stretch of modifiers just before the noun
    words = []
    for t in reversed(left):
        if words and t.i != words[0].i - 1:
            break
        words.insert(0, t)
    if (misread := misread_noun_subject(token.head)) is not None and misread.i == token.i:
        words.insert(0, token.head)  # "Aid groups": the first noun the parser read as a verb
    label_tokens = [*words, token]
    label = _owned_body_label(state, token, words) or " ".join(t.text for t in label_tokens)
    label = label.replace("’s", "'s")
    side = side_of_description(state, token)
    for prep in [] if _coordinated_group(state, token) is not None else token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at", "from", "with"}:
            for obj in prep.children:
                m = state.mention_at(obj.idx, obj.idx + len(obj.text))
                if m is not None:
                    label = f"{label} {prep.lower_} {_owner_of(state, obj, m) or state.entities[m.key].label}"
                    side = side or m.key
                elif prep.lower_ == "of" and token.lower_ in _COLLECTIVES and obj.pos_ == "NOUN":
                    label = f"{label} of {obj.text}"  # "a group of protesters": who they are
                elif token.lower_ in _BODY_SPEAKERS and obj.lower_ in _body_heads():
                    # "a spokesman for Lithuania's foreign ministry": the owned body, unnamed
                    body = _owned_body(state, obj)
                    if body is not None:
                        label = f"{label} {prep.lower_} {body[0]}"
                        side = side or body[1]
    start = label_tokens[0].idx
    end = token.idx + len(token.text)
    place = _in_place(state, token)
    if place is not None:
        # 'Farmers in the Ural region say ...': where the group is says who they are
        # (and the place is not read as the group's own location)
        label = f"{label} in {state.entities[place[0]].label}"
        end = place[1]
    group = _coordinated_group(state, token)
    if group is not None:
        # "environmental groups and fishing associations (from the delta) warned": one speaker, both kinds
        label = state.text[start:group.idx + len(group.text)]
        end = group.idx + len(group.text)
    phrase = describing_phrase(token) if label == " ".join(t.text for t in label_tokens).replace("’s", "'s") else []
    if phrase:  # 'people with knowledge of the talks', 'officials from the two governments'
        label = f"{label} {state.text[phrase[0].idx:phrase[-1].idx + len(phrase[-1].text)]}"
        end = phrase[-1].idx + len(phrase[-1].text)
    post = _post_modifier(token)
    if post and not phrase and not any(c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "from", "with"} for c in token.children):
        # "people familiar with the talks", "a source close to the minister": who they are
        label = f"{label} {state.text[post[0].idx:post[-1].idx + len(post[-1].text)]}"
        end = post[-1].idx + len(post[-1].text)
    mission = embassy_speaker(state, token, side)
    if mission is not None:
        return mission  # "Japan's embassy in Hanoi said": the Embassy of Japan in Vietnam
    if side and state.entity_type(side) == "Country" and token.lower_ in _AGENCY_NOUNS \
            and token.i > 0 and token.doc[token.i - 1].lower_ != "government" and len(words) >= 1:
        # "the Polish interior ministry": an agency of that country, not a person
        agency = state.add_entity(label[:1].upper() + label[1:], "GovernmentAgency")
        state.add_mention(agency.key, start, end, alias=False)
        state.add_relation(agency.key, "partOf", state.sentence_span(token.sent), obj=side)
        return agency.key
    first = label_tokens[0]
    if first.is_sent_start and not first.ent_type_ and first.pos_ != "PROPN":
        # "Officials said ..." and "... officials said" are the same kind of speaker
        label = label[:1].lower() + label[1:]
    # "the trade ministry said" with no country named: still a body, not a person
    kind = "GovernmentAgency" if token.lower_ in _AGENCY_NOUNS else "Person"
    entity = state.add_entity(label, kind, unnamed=True)
    state.__dict__.setdefault("_unnamed_heads", {})[entity.key] = token.lower_
    state.add_mention(entity.key, start, end, alias=False)
    if side is None and _possessed_role(token):
        side = _owner_place_country(state, token)  # "its harbour master": the town's country
    if side and side != entity.key:
        state.add_relation(entity.key, "represents", state.sentence_span(token.sent), obj=side)
    return entity.key


def _kept_count(t: Token, head: Token) -> bool:
    """'two people', 'three officials': a cardinal above one on a plural speaker noun."""
    if t.dep_ != "nummod" or t.head.i != head.i or head.tag_ != "NNS" or t.lower_ not in _COUNTS:
        return False
    # 'the two ministers', 'two leaders': an office whose named holders speak (plural_speakers)
    single = head.lemma_.lower()
    return single not in lexicon.words("title_core") and single not in {"leader", "head", "chief"}


_COUNTS = frozenset("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10".split())


def _coordinated_group(state: State, token: Token) -> Token | None:
    """'environmental groups and fishing associations': the last plural common noun
    coordinated right after the plural speaker noun (only modifiers, commas and
    'and' between, no named actor), whose kind the unnamed speaker's label keeps."""
    if token.tag_ != "NNS":
        return None
    chain = [token]  # "A, B and C": each conj hangs on the one before
    while True:
        conjs = [c for c in chain[-1].children if c.dep_ == "conj" and c.i > chain[-1].i]
        if len(conjs) != 1:
            break
        chain.append(conjs[0])
    if len(chain) < 2:
        return None
    conj = chain[-1]
    ids = {t.i for t in chain}
    if any(c.dep_ == "prep" and c.i < conj.i for t in chain for c in t.children):
        return None  # "groups from A and associations": each has its own description
    for t in chain[1:]:
        if t.tag_ != "NNS" or t.pos_ != "NOUN" or t.lower_ in _NOT_PEOPLE_PLURAL:
            return None
    for t in token.doc[token.i + 1:conj.i]:
        if not (t.dep_ in {"cc", "punct"} and t.head.i in ids or t.i in ids
                or t.dep_ in {"amod", "compound"} and t.head.i in ids and t.pos_ in {"ADJ", "NOUN", "PROPN"}):
            return None
    if state.mentions_in(token.idx, conj.idx + len(conj.text)):
        return None
    return conj


# Speaker nouns that speak for a body: "<country>'s foreign ministry spokesperson".
_BODY_SPEAKERS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Nouns that end the name of a body ('ministry', 'service', 'board', 'government')."""
    return frozenset(w.lower() for w in lexicon.words("org_heads") | lexicon.words("agency_words")) | _AGENCY_NOUNS


def _possessor(state: State, token: Token) -> str | None:
    """The owner named by a possessive ('Lithuania's' -> 'Lithuania's'), when
    it is an entity named in the text; as it is written, with its "'s"."""
    m = state.mention_at(token.idx, token.idx + len(token.text))
    if m is None or m.end > token.idx + len(token.text):
        return None
    case = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    mark = case.text if case is not None and case.dep_ == "case" else "'s"
    return f"{state.text[m.start:m.end]}{mark}"


def _owned_body_label(state: State, token: Token, words: list[Token]) -> str | None:
    """"Lithuania's foreign ministry spokesperson" -> "spokesperson for
    Lithuania's foreign ministry": a spokesperson of a body owned by a named
    country or organisation keeps the owner (the label otherwise loses it)."""
    if token.lower_ not in _BODY_SPEAKERS or not words or words[-1].lower_ not in _body_heads():
        return None
    poss = next((c for t in [token, *words] for c in t.children if c.dep_ == "poss"), None)
    # the owner stands right before the body's words: "<owner> 's <words> <speaker>"
    if poss is None or poss.i + 2 != words[0].i:
        return None
    owner = _possessor(state, poss)
    if owner is None:
        return None
    return f"{token.text} for {owner} {' '.join(t.text for t in words)}"


def _owned_body(state: State, obj: Token) -> tuple[str, str] | None:
    """"Lithuania's foreign ministry" (no name of its own): the words as written
    with their named owner, and the owner's key; None without a named owner."""
    mods = [c for c in obj.children if c.dep_ in {"compound", "amod"} and c.i < obj.i]
    words = [t for t in mods if t.i > max((c.i for c in obj.children if c.dep_ == "poss"), default=-1)] + [obj]
    if any(b.i != a.i + 1 for a, b in zip(words, words[1:])):
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.i + 2 == words[0].i), None)
    owner = _possessor(state, poss) if poss is not None else None
    m = state.mention_at(poss.idx, poss.idx + len(poss.text), ACTOR_TYPES) if owner is not None else None
    if m is None:
        return None
    return f"{owner} {' '.join(t.text for t in words)}", m.key


def _owner_of(state: State, obj: Token, m) -> str | None:
    """"a spokesman for Latvia's Revenue Service": the body as written with its
    owner ("Latvia's Revenue Service"), when a named owner precedes it."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.i < obj.i), None)
    if poss is None or m.start < poss.idx + len(poss.text):
        return None
    owner = _possessor(state, poss)
    if owner is None or poss.i + 2 > obj.i or state.doc[poss.i + 2].idx != m.start:
        return None  # something stands between the owner and the body's name
    return f"{owner} {state.text[m.start:m.end]}"


def _in_place(state: State, token: Token) -> tuple[str, int] | None:
    """The place (not a country) a plural group noun is placed in by 'in', and
    where its phrase ends; None for other nouns."""
    if token.tag_ != "NNS":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == token.i + 1:
            for obj in prep.children:
                m = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Place"})
                if obj.dep_ == "pobj" and m is not None and not state.entities[m.key].unnamed:
                    return m.key, max(m.end, obj.idx + len(obj.text))
    return None


def _post_modifier(token: Token) -> list[Token]:
    """The words after a speaker noun that say who they are: an adjective or
    participle with its own phrase ('familiar with the talks', 'involved in the
    negotiations', 'briefed on the meeting')."""
    cands = [c for c in token.children if c.i == token.i + 1 and c.dep_ in {"amod", "acl"}]
    head = token.head
    if token.dep_ == "nsubj" and head.dep_ == "csubj" and head.i == token.i + 1:
        cands.append(head)  # "Diplomats briefed on the meeting said" parsed as a clausal subject
    for mod in cands:
        if not (mod.pos_ == "ADJ" or mod.pos_ == "VERB" and mod.tag_ in {"VBN", "VBD"}) \
                or not any(c.dep_ == "prep" for c in mod.children) \
                or mod.lemma_.lower() in lexicon.words("reported_verbs"):  # '..., the two governments announced on ...'
            continue
        # ('an official familiar with the talks called the file ...' parsed with the speech
        # verb hung on 'talks': the verb's words are not the speaker's description)
        said = {t.i for v in mod.subtree if v.i != mod.i and v.pos_ == "VERB"
                and v.lemma_.lower() in lexicon.words("speech_verbs") for t in v.subtree}
        sub = sorted([t for t in mod.subtree if t.i > token.i and t.i not in said], key=lambda t: t.i)
        if sub and sub[0].i == token.i + 1 and len(sub) <= 7 and sub[-1].i - sub[0].i == len(sub) - 1 \
                and not any(t.is_punct or t.is_space for t in sub):
            return sub
    return []


_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _possessed_role(token: Token) -> bool:
    """'its harbour master told local radio': a common noun owned by 'its'/'their'
    speaking is a role of the body or place named before (an unnamed speaker)."""
    word = token.lower_
    person = word in _role_nouns() or token.lemma_.lower() in lexicon.words("title_core") \
        or PERSON_NOUN_RE.fullmatch(word) is not None
    return person and token.pos_ == "NOUN" and token.dep_ in {"nsubj", "pobj"} \
        and word not in lexicon.mapping("media") and token.lemma_.lower() not in lexicon.mapping("media") \
        and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in token.children)


# Nouns for people by their ending ("harbour master", "lawyer", "negotiator", "chairman")
PERSON_NOUN_RE = re.compile(r"[a-z-]*(?:er|or|ist|man|woman|person|ian|master|chief|officer|official)s?")


def _owner_place_country(state: State, token: Token) -> str | None:
    """The country of the place 'its' points back to (the last place named in the sentence)."""
    sent = token.sent
    places = [m for m in state.mentions_in(sent.start_char, token.idx, {"Place", "Country"})]
    if not places:
        return None
    entity = state.entities[places[-1].key]
    if entity.type == "Country":
        return places[-1].key
    entry = state.gaz.lookup(entity.label)
    if entry is None or not entry.country:
        return None
    key = slugify(entry.country)
    return key if key in state.entities and state.entities[key].type == "Country" else None


def _country_title(state: State, token: Token) -> str | None:
    """"India's High Commissioner in Colombo told reporters": a title with a
    possessive country and no name: the person holding that office for that
    country in this text, else an unnamed speaker with the title as label."""
    if token.lower_ not in lexicon.words("title_core") or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    country = None
    if poss is not None:
        m = state.mention_at(poss.idx, poss.idx + len(poss.text), {"Country"})
        country = m.key if m is not None else None
    if country is None:
        return None
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in {"compound", "amod"} and t.i > poss.i] + [token]
    title = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    for person, position in state.positions.items():
        label = state.entities[position].label.lower()
        if title.lower() in label and state.has_relation(person, "represents", country):
            return person
    # "Lithuania's foreign ministry spokesperson": the spokesperson of the country's ministry
    label = _owned_body_label(state, token, [t for t in words if t is not token]) or title
    entity = state.add_entity(label.replace("’s", "'s"), "Person", unnamed=True)
    state.__dict__.setdefault("_unnamed_heads", {})[entity.key] = token.lower_
    state.add_mention(entity.key, words[0].idx, token.idx + len(token.text), alias=False)
    state.add_relation(entity.key, "represents", state.sentence_span(token.sent), obj=country)
    return entity.key


def _person_office(state: State, token: Token) -> str | None:
    """"Kovac's office said" / "the press office of Ana Kovac said": the named
    person's office speaks, not the person. An unnamed speaker "office of <person>"
    that represents the person's country (the person said nothing here)."""
    if token.lower_ != "office" or token.pos_ != "NOUN":
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.i < token.i]
    owners += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == token.i + 1
               for o in p.children if o.dep_ == "pobj"]
    person = None
    for owner in owners:
        m = state.mention_at(owner.idx, owner.idx + len(owner.text), {"Person"})
        if m is not None and not state.entities[m.key].unnamed:
            person = m.key
            break
    if person is None:
        return None
    # "press office": the office's own modifiers, right before it
    mods: list[Token] = []
    for t in reversed([c for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i]):
        if t.i == (mods[0].i if mods else token.i) - 1:
            mods.insert(0, t)
    label = " ".join([*(t.lower_ for t in mods), "office of", state.entities[person].label])
    entity = state.add_entity(label, "Organization", unnamed=True)
    state.add_mention(entity.key, (mods[0] if mods else token).idx, token.idx + len(token.text), alias=False)
    for country in state.objects(person, "represents"):
        if state.entity_type(country) == "Country":
            state.add_relation(entity.key, "represents", state.sentence_span(token.sent), obj=country)
            break
    return entity.key


def speakers_are_actors(state: State) -> None:
    """Whoever a quote is attributed to speaks (bn:speaker ranges over actors): a
    name an earlier rule typed as a place ('"...," Mokoena told reporters' after
    the surname was read as a town) is a person. Capitals were already turned
    into their countries when the speaker was chosen."""
    for statement in state.statements:
        entity = state.entities.get(statement.speaker)
        if entity is not None and entity.type not in ACTOR_TYPES and not entity.unnamed \
                and not placed_by_text(state, statement.speaker):  # "talks in Kessabad ... Kessabad insists" (s29)
            # an acronym ("according to a statement from MINCETUR") names a body, not a person
            acronym = entity.label.isupper() and " " not in entity.label and len(entity.label) >= 3
            entity.type = "Organization" if acronym else "Person"


def forget_entity(state: State, key: str) -> None:
    """Take back an unnamed node no statement or relation needs any more."""
    for r in [r for r in state.relations if key in {r.subject, r.object}]:
        state.remove_relation(r)
    state.mentions[:] = [m for m in state.mentions if m.key != key]
    del state.entities[key]
