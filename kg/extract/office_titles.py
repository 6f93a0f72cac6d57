"""Title parsing: the patterns that find an office next to a person's name
(a title before or after the name, an owner's apposed title, a spokesperson,
"who heads X", "his Japanese counterpart", "ministers, X of A and Y of B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State
from kg.iris import slugify

ORG_TYPES = {"Organization", "GovernmentAgency"}
_DETS = {"the", "a", "an", "former", "then", "current", "newly", "appointed", "new", "'s", "’s", "acting", "outgoing", "incoming"}
# Courtesy titles between an office and a name (not offices themselves).
_HONORIFICS = frozenset("hon h.e excellency dr mr mrs ms prof professor sir dame engr eng amb "
                        "datuk dato dato' dato’ datin seri tun pehin sheikh sheikha haji hajah".split())


@dataclass
class Office:
    person: str
    title: str | None  # the words of the title, None for a glued agency without a known title
    title_span: tuple[int, int] | None
    side: str | None  # entity key of the country or organisation
    evidence: tuple[int, int]
    secondary: bool = False  # a role from a relative clause ("who chairs X"): not the main office
    country: str | None = None  # the country the words name when ``side`` is an organisation
    org: str | None = None  # an organisation the title names besides a country side
    org_is_employer: bool = False  # ``org`` is the body the person heads or works in: they act for it too
    # the words tie the office to a body of its own (a company, an NGO: "the utility's chief"),
    # so no country is taken from the sentence around it
    no_context: bool = False


def token_at(state: State, char: int) -> Token | None:
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# Styles of address before a name, not part of it nor an office ("Datuk Seri", "Tan Sri", "Hon.").
STYLES = (r"(?:(?:Tan\s+Sri|Toh\s+Puan|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Seri|\s+Sri)?|Datin(?:\s+Paduka)?|Tun|"
          r"Pehin(?:\s+Orang\s+Kaya)?|Sheikh|Sheikha|Haji|Hajah|Hon\.?|H\.\s?E\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)")
# Offices of a town or region (the place names the office, the country is the one it lies in).
LOCAL_OFFICES = frozenset("mayor intendente intendant prefect prefeito alcalde alcaldesa burgomaster reeve "
                          "governor lord-mayor deputy-mayor".split())


def _vocab() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("portfolio_words") | lexicon.words("connectors") \
        | LOCAL_OFFICES


def _is_core(word: str) -> bool:
    return word in lexicon.words("title_core") or word in LOCAL_OFFICES


def _local_office(tokens: list[Token]) -> bool:
    """'mayor', 'deputy mayor', 'intendente': the office of a town or region."""
    return bool(tokens) and any(t.lower_ in LOCAL_OFFICES for t in tokens) \
        and all(t.lower_ in LOCAL_OFFICES or t.lower_ in {"deputy", "vice", "acting", "-", "the", "a", "an"}
                for t in tokens)


# Capitalised words before "Mayor" that are part of the title or a generic noun, not a town.
_NOT_TOWNS = frozenset("City Town Village Municipal County District Regional Local Lord Deputy Acting Former "
                       "The A An Then Vice".split())
# Offices only a town has: a name owning one is a town, whatever the name finder guessed.
_TOWN_OFFICES = frozenset("mayor intendente intendant prefeito alcalde alcaldesa burgomaster reeve".split())


def _local_place(state: State, tok: Token, office: list[str] | None = None) -> MentionRef | None:
    """The named town or region ending at ``tok`` ("Bauska" in "Bauska mayor X").
    With a town's ``office`` words, a name read as a person or organisation that
    nothing else ties to is retyped a Place ("Voruste's mayor")."""
    if not tok.text[:1].isupper():
        return None
    found = state.mention_at(tok.idx, tok.idx + len(tok.text))
    if found is None and office and set(office) & _TOWN_OFFICES and tok.text not in _NOT_TOWNS \
            and (tok.pos_ == "PROPN" or tok.is_sent_start and tok.pos_ == "NOUN"):
        # "Kalnciems mayor X": a town the name finder missed
        k = tok.i
        while k - 1 >= tok.sent.start and tok.doc[k - 1].pos_ == "PROPN" and tok.doc[k - 1].text[:1].isupper() \
                and tok.doc[k - 1].text not in _NOT_TOWNS \
                and state.mention_at(tok.doc[k - 1].idx, tok.doc[k - 1].idx + 1) is None:
            k -= 1
        start, end = tok.doc[k].idx, tok.idx + len(tok.text)
        entity = state.add_entity(state.text[start:end], "Place")
        state.add_mention(entity.key, start, end, alias=False)
        found = state.mention_at(start, end, {"Place"})
    if found is None or state.entities[found.key].unnamed or found.end != tok.idx + len(tok.text):
        return None
    entity = state.entities[found.key]
    if entity.type in {"Person", "Organization"} and office and set(office) & _TOWN_OFFICES \
            and not state.gaz.lookup(entity.label) and not any(found.key in (r.subject, r.object) for r in state.relations) \
            and found.key not in state.positions and not any(x.speaker == found.key for x in state.statements):
        entity.type = "Place"
    return found if entity.type == "Place" else None


def title_before(state: State, mention: MentionRef) -> Office | None:
    first = token_at(state, mention.start)
    if first is None or first.i == 0:
        return None
    doc = state.doc
    vocab = _vocab()
    j = first.i - 1
    if doc[j].lower_ == "of":
        return None  # "the president of Nordpetro": the name owns the title, it does not hold it
    title_tokens: list[Token] = []
    side: str | None = None
    named_org: str | None = None
    glued_org: MentionRef | None = None
    owned = False
    possessed = False  # the token just passed was "'s": an organisation before it owns the title
    # "Minister ..., Hon. Esi Mensah-Owusu" / "H.E. Komla Agbeko": honorifics are not the title.
    while j > first.sent.start and (doc[j].lower_.rstrip(".") in _HONORIFICS or (
            doc[j].text == "." and doc[j - 1].lower_.rstrip(".") in _HONORIFICS)):
        j -= 2 if doc[j].text == "." else 1
    if j - 4 >= first.sent.start and doc[j].text == "," and doc[j - 1].text == ")" and doc[j - 3].text == "(" \
            and re.fullmatch(r"[A-Z][A-Za-z.]{1,11}", doc[j - 2].text) \
            and state.mention_at(doc[j - 4].idx, doc[j - 4].idx + len(doc[j - 4].text), ORG_TYPES) is not None:
        j -= 3  # "the head of the UN Office for West Africa (UNOWA), Marie Diallo": the acronym aside
        acronym_aside = True
    else:
        acronym_aside = False
    if acronym_aside or j >= first.sent.start and doc[j].text == "," and j - 1 >= first.sent.start and (
        doc[j - 1].lower_ in lexicon.words("title_core") or doc[j - 1].lower_ in vocab
        or state.mention_at(doc[j - 1].idx, doc[j - 1].idx + len(doc[j - 1].text), ORG_TYPES) is not None
    ):
        j -= 1  # "Egypt's Minister of Water Resources, Hossam Farouk,": skip the comma
    if j >= first.sent.start and doc[j].lower_ in {"and", "or", "&"}:
        return None  # "A, Malaysia's minister, and B, ...": a list, the title before is A's
    while j >= first.sent.start:
        tok = doc[j]
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), ORG_TYPES)
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) if tok.text[:1].isupper() else None
        if org is not None and side is None and possessed and title_tokens:
            side = named_org = org.key  # "ZESA's chief executive": the owner, not part of the title
            break
        possessed = False
        if org is not None and side is None and title_tokens and state.entities[org.key].label == tok.text:
            fuller = _body_by_head(state, tok, org.start)
            if fuller is not None:  # "Authority spokesman X" after "the East African ... Authority"
                side = named_org = fuller
                j -= 1
                break
        if org is not None and side is None:
            if not title_tokens:
                glued_org = org
            side = named_org = org.key
            org_first = token_at(state, org.start)
            org_tokens = list(doc[org_first.i: tok.i + 1]) if org_first is not None else [tok]
            # "US Secretary of Homeland Security X": the agency words may be part of a title.
            title_tokens = [*org_tokens, *title_tokens]
            j = (org_first.i if org_first is not None else tok.i) - 1
            continue
        if country is None and tok.text[:1].isupper() and j - 1 >= first.sent.start \
                and doc[j - 1].text[:1].isupper() and org is None \
                and state.gaz.country_of_demonym(f"{doc[j - 1].text} {tok.text}") is not None:
            # "South Korean Industry Minister X": a two-word demonym
            country = country_key_for_word(state, doc[j - 1].idx, tok.idx + len(tok.text))
            if country is not None:
                j -= 1
        if country is not None:
            side = country if side is None or state.entity_type(side) != "Country" else side
            j -= 1
            break
        place = _local_place(state, tok, [t.lower_ for t in title_tokens]) \
            if side is None and _local_office(title_tokens) else None
        if place is not None:
            # "Bauska mayor X": the town's officer; the country it lies in is decided later
            regional_officers(state).add(mention.key)
            side = place.key
            break
        low = tok.lower_
        if low in {"’s", "'s"} or low in {"'", "’"} and j > 0 and doc[j - 1].text.endswith("s") \
                and not doc[j - 1].whitespace_:  # "the Netherlands' foreign minister"
            anaphor = _anaphor_side(state, doc[j - 1]) if j > 0 else None
            if anaphor is not None and side is None:
                side = anaphor
                break
            owner = _owner_org(state, doc[j - 1]) if j > 0 and side is None and _heads_body(title_tokens) else None
            if owner is not None:
                side = named_org = owner  # "Nordpetro's President, Ana Lind": the company's president
                break
            if j > 0 and side is None and title_tokens and (org_anaphor(doc[j - 1]) or _non_country_owner(state, doc[j - 1])):
                owned = True  # "the state utility's chief", "Nordpetro's president": the body's office
            possessed = True
            j -= 1
            continue
        if low == "its" and title_tokens and side is None and _has_core(title_tokens):
            owner = _its_owner(state, tok)
            if owner is not None:  # "Bulgargaz said ... . Its chief executive, X, told": the company's
                side = named_org = owner
                owned = state.entity_type(owner) in ORG_TYPES
            break
        if low in vocab and not tok.is_punct:
            title_tokens.insert(0, tok)
            j -= 1
            continue
        if tok.text == "-" and not tok.whitespace_ and j > first.sent.start and not doc[j - 1].whitespace_ \
                and title_tokens:
            title_tokens.insert(0, tok)  # "director-general" split by the tokenizer
            j -= 1
            continue
        if tok.text == "," and title_tokens and j - 1 >= first.sent.start and doc[j - 1].lower_ in vocab \
                and any(t.lower_ in {"and", "&"} for t in title_tokens) \
                and not any(_is_core(t.lower_) for t in title_tokens):
            title_tokens.insert(0, tok)  # "Minister of Trade, Agribusiness and Industry"
            j -= 1
            continue
        break
    # A country just before the title ("US Secretary ...", "Canada's ...") was consumed above.
    title_tokens = _clean_title(title_tokens)
    if side is None and len(title_tokens) > 1:
        body = _body_by_head(state, title_tokens[0], mention.start)
        if body is not None and _has_core(title_tokens[1:]):
            # "Commission spokesperson Eva Berg" after "the European Commission": that body's
            side = named_org = body
            title_tokens = title_tokens[1:]
    if title_tokens and any(_is_core(t.lower_) for t in title_tokens):
        start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
        # "The Paraguayan director-general of Itaipu Binacional": the country, and the company too
        country = side if side is not None and state.entity_type(side) == "Country" else None
        org = named_org if country is not None and named_org != side else None
        return Office(mention.key, state.text[start:end], (start, end), side, sentence_bounds(state, first),
                      country=country, org=org, no_context=owned and side is None)
    if glued_org is not None:
        return Office(mention.key, None, (glued_org.start, glued_org.end), glued_org.key, sentence_bounds(state, first))
    return None


SPOKES = r"spokes(?:person|man|woman)|representative|press secretary|press officer|official"


def _its_owner(state: State, its: Token) -> str | None:
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
            for t in (tok, *[c for c in tok.subtree if c.dep_ in {"poss", "compound", "appos"}]):
                m = state.mention_at(t.idx, t.idx + len(t.text), ORG_TYPES | {"Country"})
                if m is not None and state.entity_type(m.key) != "MediaOrganization" and not state.entities[m.key].unnamed:
                    return m.key
            return None
    return None


_BODY_HEAD_WORDS = frozenset("Commission Ministry Secretariat Council Agency Authority Board Bureau Committee "
                             "Department Directorate Company Corporation".split())


def _body_by_head(state: State, tok: Token, before: int) -> str | None:
    """The one organisation named before ``before`` whose name ends in the head
    word ``tok`` ('Commission' -> 'European Commission')."""
    if tok.text not in _BODY_HEAD_WORDS:
        return None
    found = {m.key for m in state.mentions
             if m.start < before and state.entities[m.key].type in ORG_TYPES and not state.entities[m.key].unnamed
             and len(state.entities[m.key].label.split()) > 1 and state.entities[m.key].label.split()[-1] == tok.text}
    return found.pop() if len(found) == 1 else None


def spokesperson_title(state: State, mention: MentionRef) -> Office | None:
    """'A spokeswoman for Chile's Ministry of Energy, Camila Soto, said': the
    person speaks for the organisation (and the organisation's country)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    before = state.text[max(sent_start, mention.start - 200):mention.start]
    m = re.search(rf"\b({SPOKES})\s+(?:for|of|at|from)\s+(?:the\s+)?(.+?),\s*(?:(?:Hon|Dr|H\.E|Mr|Ms|Mrs)\.?\s+)?$", before, re.I)
    if not m:
        # "The Department of Foreign Affairs, Maria Santos-Cruz, said": the
        # organisation's voice, named in apposition, is its spokesperson.
        org = state.mention_at(mention.start - 3, mention.start - 2, ORG_TYPES)
        if org is None or not re.fullmatch(r",\s*", state.text[org.end:mention.start]) \
                or not re.match(r",\s+(?:said|says|told|added|stated|announced|confirmed|noted)\b",
                                state.text[mention.end:mention.end + 20]):
            return None
        lead = state.text[sent_start:org.start].strip().lower()
        if lead not in {"", "the", "a", "an"} and not lead.endswith(("'s", "’s")):
            return None
        return Office(mention.key, "spokesperson", None, org.key, sentence_bounds(state, first))
    base = mention.start - len(before)
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), ORG_TYPES | {"Country"})
    if not orgs:
        # "A spokesman for the Cambodian government, Keo Sam,": the country its demonym names
        # "A spokesperson for the Finnish ministry, X," / "for the Estonian delegation"
        words = re.match(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:[a-z][\w-]*\s+){0,2}?(?:government|authorities|cabinet|"
                         r"presidency|administration|state|ministry|department|embassy|delegation|side|mission|"
                         r"negotiating\s+team|foreign\s+office)\s*$", m.group(2))
        country = country_key_for_word(state, base + m.start(2), base + m.start(2) + len(words.group(1))) \
            if words is not None and state.gaz.country_of_demonym(words.group(1)) is not None else None
        if country is None:
            return None
        return Office(mention.key, m.group(1), None, country, sentence_bounds(state, first))
    org = orgs[-1]
    return Office(mention.key, m.group(1), None, org.key, sentence_bounds(state, first))


def who_leads_title(state: State, mention: MentionRef) -> Office | None:
    """'X, who heads the water programme at the Centre for Y,' / 'X, who chairs
    Azerbaijan's State Commission': the person holds the lead of that body."""
    m = re.match(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?who\s+(?:also\s+)?"
                 r"(directs|heads|leads|chairs|runs|manages|coordinates)\s+(?:the\s+)?([^,.;]{3,100})",
                 state.text[mention.end:mention.end + 170])
    if not m:
        return None
    base = mention.end
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), ORG_TYPES)
    owned = re.match(r"([A-Z][\w-]+)['’]s\s", m.group(2))
    if not orgs and owned:
        # "who chairs Litgrid's management board": the owner is a body, whatever the name finder guessed
        owner_tok = token_at(state, base + m.start(2) + owned.start(1))
        owner = _owner_org(state, owner_tok) if owner_tok is not None else None
        found = state.mention_at(base + m.start(2), base + m.start(2) + owned.end(1), ORG_TYPES) \
            if owner is not None else None
        orgs = [found] if found is not None else []
    if not orgs:
        # "the engineer who chairs the commission this year": the commission named before
        earlier = _earlier_body(state, m.group(2).split()[0], mention.start) \
            if state.text[base + m.start(2) - 4:base + m.start(2)].lower() == "the " else None
        if earlier is None:
            return None
        first = token_at(state, mention.start)
        if first is None:
            return None
        verb = {"directs": "Director", "chairs": "Chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
        office = Office(mention.key, f"{verb} of {state.entities[earlier].label}", None, earlier,
                        sentence_bounds(state, first), secondary=True)
        office.org, office.org_is_employer = earlier, True  # they act for the body they chair
        return office
    first = token_at(state, mention.start)
    if first is None:
        return None
    phrase = re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(m.group(2).split()))  # "... Studies (CAPS)"
    verb = {"directs": "Director", "chairs": "Chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
    return Office(mention.key, f"{verb} of {phrase}", None, orgs[0].key, sentence_bounds(state, first), secondary=True)


_BODY_KINDS = frozenset("commission committee council board authority agency tribunal secretariat panel "
                        "organisation organization".split())


def _earlier_body(state: State, word: str, before: int) -> str | None:
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


_COURTESY = r"(?:(?:Ambassador|Amb\.|Dr\.?|Hon\.?|H\.E\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Judge|Gen\.)\s+)?"
_APPOSED_RE = re.compile(
    r"(?:^|[\s(])(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<title>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,7}?)\s*,\s*" + _COURTESY + r"$"
)


def apposed_title(state: State, mention: MentionRef) -> Office | None:
    """"Bolivia's consul general in Santiago, Ambassador X" / "the EU's Special
    Representative for the Y Dialogue, Dr. X": an owner's title set off by a
    comma before the name (a courtesy title between them is not the office)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    m = _APPOSED_RE.search(state.text[max(sent_start, mention.start - 160):mention.start])
    if not m:
        return None
    base = max(sent_start, mention.start - 160)
    if state.mentions_in(base + m.start("title"), base + m.end("title"), {"Person"}) \
            or re.search(r"\b(?:counterparts?|opposite\s+numbers?)$", m.group("title"), re.I):
        # "Latvia's Energy Minister A and his Lithuanian counterpart, B": the words name A's
        # office and a counterpart, not B's title (``counterpart_title`` reads B's office)
        return None
    title = re.sub(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w\s-]*$", "", m.group("title"))  # "... in Santiago": a post
    if not any(_is_core(w.lower()) for w in title.split()):
        return None
    owner_start = base + m.start("owner")
    words = [w.lower() for w in title.split()]
    if set(words) & _TOWN_OFFICES and all(w in LOCAL_OFFICES or w in {"deputy", "vice", "acting"} for w in words):
        owner_tok = token_at(state, base + m.end("owner") - 1)
        town = _local_place(state, owner_tok, words) if owner_tok is not None else None
        if town is not None and town.start == owner_start:
            # "Voruste's mayor, X": the town's officer (its country is decided once places are read)
            regional_officers(state).add(mention.key)
            start = base + m.start("title")
            return Office(mention.key, title, (start, start + len(title)), town.key, sentence_bounds(state, first))
    owner = state.mention_at(owner_start, base + m.end("owner"), ORG_TYPES | {"Country"})
    side = owner.key if owner is not None else country_key_for_word(state, owner_start, base + m.end("owner"))
    if side is not None and any(w in lexicon.words("honorifics") and w[:1].islower() for w in title.split()[:1]):
        return None
    if side is None and _heads_body(title.split()):
        owner_tok = token_at(state, base + m.end("owner") - 1)
        side = _owner_org(state, owner_tok) if owner_tok is not None else None  # "Nordpetro's President, X"
    regional = False
    if side is None:
        # "Tacna's governor, Ana Ruiz": a region's or town's officer (the country it lies in is
        # known only once places are read; ``regional_officers`` records the person for that)
        place = state.mention_at(owner_start, base + m.end("owner"), {"Place"})
        if place is None or place.start != owner_start or state.entities[place.key].unnamed:
            return None
        side, regional = place.key, True
    start = base + m.start("title")
    if regional:
        regional_officers(state).add(mention.key)
    return Office(mention.key, title, (start, start + len(title)), side, sentence_bounds(state, first))


_LOCAL_OF_RE = re.compile(r"\b(?P<title>(?:(?:deputy|vice|acting)[ -])?(?:" + "|".join(sorted(LOCAL_OFFICES)) + r"))"
                          r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s(?:(?:de|del|do|da|la)\s)?[A-Z][\w’'-]*)*)"
                          r"\s*,\s*" + STYLES + r"?$", re.I)


def local_of_title(state: State, mention: MentionRef) -> Office | None:
    """'The mayor of Arica, Carla Munoz,': the town's officer (the country it lies in
    is decided once places are read)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    base = max(first.sent.start_char, mention.start - 120)
    m = _LOCAL_OF_RE.search(state.text, base, mention.start)
    if m is None or m.group("place")[:1].islower():
        return None
    place = state.mention_at(m.start("place"), m.end("place"), {"Place"})
    if place is None or place.start != m.start("place") or state.entities[place.key].unnamed:
        return None
    regional_officers(state).add(mention.key)
    return Office(mention.key, m.group("title"), (m.start("title"), m.end("title")), place.key,
                  sentence_bounds(state, first))


def regional_officers(state: State) -> set[str]:
    """People whose office belongs to a named region or town ("Tacna's governor"):
    they speak for the country that place lies in (decided after locatedIn is read)."""
    return state.__dict__.setdefault("_regional_officers", set())


_COUNTERPART_RE = re.compile(r"\b(?i:his|her|their|its)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+counterpart,?\s*"
                             + STYLES + r"*$")


# "his Lithuanian counterpart, Defence Minister X" / "her counterpart from Malawi, Dr X":
# the demonym (or the country after "from") names the side, a title may stand before the name
_COUNTERPART_TITLED_RE = re.compile(
    r"\b(?i:his|her|their|its)\s+(?:(?P<dem>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+)?"
    r"(?P<noun>counterparts?|opposite\s+numbers?)"
    r"(?:\s+from\s+(?:the\s+)?(?P<from>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*))?\s*,?\s+"
    r"(?P<title>(?:[\w.,-]+\s+){0,14}?)$")


def counterpart_country(state: State, mention: MentionRef) -> str | None:
    """'Her Malian counterpart, Issa Konate, the minister of ...' / 'his Lithuanian
    counterpart, Defence Minister X': the country the demonym names (whatever
    office the words around the name give)."""
    base = max(0, mention.start - 160)
    m = _COUNTERPART_TITLED_RE.search(state.text[base:mention.start])
    if not m or not (m.group("dem") or m.group("from")):
        return None
    between = m.group("title")
    if m.group("noun").endswith("s"):
        # "their Lithuanian counterparts, Defence Minister X and Interior Minister Y": the
        # people listed before this one are counterparts too
        for p in reversed(state.mentions_in(base + m.start("title"), mention.start, {"Person"})):
            between = between[:p.start - base - m.start("title")] + between[p.end - base - m.start("title"):]
        between = re.sub(r"(?:,|\band\b)", " ", between)
    elif "," in between:
        return None
    words = [w.lower().rstrip(".") for w in between.split()]
    allowed = _vocab() | _HONORIFICS | lexicon.words("title_core")
    if any(w not in allowed for w in words):
        return None  # other words between: the counterpart is someone else
    if m.group("dem"):
        if state.gaz.country_of_demonym(m.group("dem")) is None:
            return None
        key = country_key_for_word(state, base + m.start("dem"), base + m.end("dem"))
    else:
        c = state.mention_at(base + m.start("from"), base + m.end("from"), {"Country"})
        key = c.key if c is not None else None
    return key if key is not None and state.entity_type(key) == "Country" else None


def counterpart_title(state: State, mention: MentionRef) -> Office | None:
    """'... Minister X held talks with his Japanese counterpart, Kenji Moriyama':
    the same office, for the other country."""
    base = max(0, mention.start - 60)
    m = _COUNTERPART_RE.search(state.text[base:mention.start])
    if not m:
        return None
    country = state.gaz.country_of_demonym(m.group(1))
    first = token_at(state, mention.start)
    if country is None or first is None:
        return None
    sent = first.sent
    side = country_key_for_word(state, base + m.start(1), base + m.end(1))
    for other, position in state.positions.items():
        if other != mention.key and any(x.key == other for x in state.mentions_in(sent.start_char, mention.start)):
            title = state.entities[position].aliases and sorted(state.entities[position].aliases)[0]
            if title and side:
                return Office(mention.key, title, None, side, sentence_bounds(state, first))
    # "Estonia's Energy Minister A flew to Helsinki. She met her Finnish counterpart, B": the
    # pronoun stands for the office holder named last before, in the sentence or the one before
    lead = state.text[sent.start_char:base + m.start()]
    if side is None or state.mentions_in(sent.start_char, base + m.start(), {"Person"}) \
            or not re.match(r"\s*(?:(?:On|Later|Then|Earlier)\b[^,]{0,30},\s*)?(?:He|She)\b", lead):
        return None
    earlier = [x for x in state.mentions_in(max(state.body_start, sent.start_char - 400), sent.start_char, {"Person"})
               if not state.entities[x.key].unnamed]
    if not earlier or earlier[-1].key == mention.key or earlier[-1].key not in state.positions:
        return None
    if side in state.objects(earlier[-1].key, "represents"):
        return None  # a counterpart acts for the other side
    position = state.positions[earlier[-1].key]
    title = state.entities[position].aliases and sorted(state.entities[position].aliases)[0]
    return Office(mention.key, title, None, side, sentence_bounds(state, first)) if title else None


def listed_title(state: State, mention: MentionRef) -> Office | None:
    """'the two countries' foreign ministers, Yoko Sakamoto of Japan and Priya Mendis of Australia'."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)", state.text[mention.end:mention.end + 40])
    if not after:
        return _listed_owned_title(state, mention) or _respective_title(state, mention)
    start = mention.end + after.start(1)
    side = country_key_for_word(state, start, mention.end + after.end(1))
    first = token_at(state, mention.start)
    if side is None or first is None:
        return None
    before = state.text[first.sent.start_char:mention.start]
    plural = re.search(r"((?:[a-z]+\s+){0,2}(?:ministers|secretaries|ambassadors|envoys|negotiators|presidents|leaders))\s*,[^.]*$", before)
    title = None
    if plural:
        words = plural.group(1).split()
        words[-1] = {"secretaries": "secretary"}.get(words[-1], words[-1][:-1])
        title = " ".join(w for w in words if w not in {"the", "two", "both", "countries'", "their"})
    if title is None:
        return None
    return Office(mention.key, title, None, side, sentence_bounds(state, first))


_PLURAL_OFFICE_RE = re.compile(
    r"\b((?:[a-z][\w-]*\s+){0,2}?(ministers|secretaries|ambassadors|envoys|negotiators|presidents|"
    r"premiers|chancellors|spokespeople|spokespersons|directors|heads|commissioners|chiefs))\s*,\s*$")


def _listed_owned_title(state: State, mention: MentionRef) -> Office | None:
    """'The energy ministers, Latvia's A and Lithuania's B, met': each holds the
    office the plural names (singular) and acts for the country that owns the name."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    owner = re.search(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)['’]s\s+$", state.text[max(first.sent.start_char, mention.start - 40):mention.start])
    if owner is None:
        return None
    owner_start = mention.start - len(owner.group(0))
    side = country_key_for_word(state, owner_start, owner_start + len(owner.group(1)))
    if side is None or state.entity_type(side) != "Country":
        return None
    # only other "<Country>'s <Name>" items (and commas, "and") between the plural office and this name
    before = state.text[first.sent.start_char:owner_start]
    cut = len(before)
    for m in reversed(state.mentions_in(first.sent.start_char, owner_start, {"Person", "Country"})):
        gap = before[m.end - first.sent.start_char:cut]
        if not re.fullmatch(r"(?:['’]s)?\s*(?:,\s*)?(?:and\s+)?", gap):
            break
        cut = m.start - first.sent.start_char
    plural = _PLURAL_OFFICE_RE.search(before[:cut])
    if plural is None:
        return None
    words = [w for w in plural.group(1).split() if w not in {"the", "two", "both", "their", "countries'", "nations'"}]
    head = words[-1]
    words[-1] = {"secretaries": "secretary", "spokespeople": "spokesperson", "chiefs": "chief"}.get(head, head[:-1])
    return Office(mention.key, " ".join(words), None, side, sentence_bounds(state, first))


def _respective_title(state: State, mention: MentionRef) -> Office | None:
    """'The energy ministers of Estonia and Finland, Anna Tamm and Maria Virtanen,':
    the names follow the countries in order."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    names = [m for m in state.mentions_in(sent_start, first.sent.end_char, {"Person"}) if not state.entities[m.key].unnamed]
    idx = next((i for i, m in enumerate(names) if m.start == mention.start), None)
    if idx is None:
        return None
    # the pair of names this one belongs to: "A and B" right after "..., "
    for i in (idx - 1, idx):
        if i < 0 or i + 1 >= len(names) or not re.fullmatch(r"\s+and\s+", state.text[names[i].end:names[i + 1].start]):
            continue
        before = state.text[sent_start:names[i].start]
        hit = re.search(r"\b((?:[a-z][\w-]*\s+){0,2}?(?:ministers|secretaries|ambassadors|envoys|negotiators|presidents|"
                        r"premiers|chancellors|spokespeople|directors|heads|commissioners|chiefs))\s+of\s+(?:the\s+)?"
                        r"(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
                        r"\s*,\s*$", before)
        if hit is None:
            continue
        group = "a" if names[i].start == mention.start else "b"
        side = country_key_for_word(state, sent_start + hit.start(group), sent_start + hit.end(group))
        other = country_key_for_word(state, sent_start + hit.start("b" if group == "a" else "a"),
                                     sent_start + hit.end("b" if group == "a" else "a"))
        if side is None or other is None or side == other or state.entity_type(side) != "Country":
            return None
        words = [w for w in hit.group(1).split() if w not in {"the", "two", "both", "their"}]
        head = words[-1]
        words[-1] = {"secretaries": "secretary", "spokespeople": "spokesperson", "chiefs": "chief"}.get(head, head[:-1])
        return Office(mention.key, " ".join(words), None, side, sentence_bounds(state, first))
    return None


def _clean_title(tokens: list[Token]) -> list[Token]:
    tokens = [t for t in tokens]
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].lower_ in lexicon.words("connectors")):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in lexicon.words("connectors"):
        tokens = tokens[:-1]
    honorific_only = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "hon", "hon.", "h.e.", "h.e"}
    return [t for t in tokens if t.lower_ not in honorific_only]


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
}


def _anaphor_side(state: State, tok: Token) -> str | None:
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
    last = state.last_mention_before(tok.idx, types)
    return last.key if last is not None else None


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


def _non_country_owner(state: State, tok: Token) -> bool:
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


def _heads_body(words) -> bool:
    """A title that heads a company or other body ('President', 'chief executive')."""
    return any((w if isinstance(w, str) else w.text).lower() in _BODY_HEAD_TITLES for w in words)


def _owned_head_title(doc, j: int, title_tokens: list[Token]) -> bool:
    """The name at ``j`` owns the head-of-body title around it: 'Nordpetro's President'
    (the title follows "'s") or 'the president of Nordpetro' (the title ends in "of")."""
    if j + 1 < len(doc) and doc[j + 1].text in {"'s", "’s"}:
        after = []
        for tok in doc[j + 2:j + 6]:
            if tok.is_punct or tok.pos_ in {"VERB", "AUX"}:
                break
            after.append(tok)
        return not title_tokens and _heads_body(after)
    return bool(title_tokens) and title_tokens[-1].lower_ == "of" and _heads_body(title_tokens)


def _owner_org(state: State, tok: Token) -> str | None:
    """The organisation owning a head-of-body title ('Nordpetro's president'): a
    capitalised name that is no country, place or person the text knows. A
    one-word 'person' the name finder guessed becomes an organisation; a name it
    missed is added as one."""
    if not _non_country_owner(state, tok):
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


def title_after(state: State, mention: MentionRef) -> Office | None:
    last = token_at(state, mention.end - 1)
    doc = state.doc
    if last is None or last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    vocab = _vocab()
    j = last.i + 2
    if j < len(doc) and doc[j].lower_ in {"and", "or", "but", "while", "whose", "whom", "which"}:
        return None  # "X, and Paraguay's Foreign Minister, Y": a list, not an apposition
    title_tokens: list[Token] = []
    side: str | None = None
    country_side: str | None = None
    org_side: str | None = None
    closed = False  # after the side or "at"/"in", the words describe the body, not the title
    paren_org: str | None = None
    while j < min(len(doc), last.i + 20):
        tok = doc[j]
        if tok.text == "(" and closed and country_side is not None and j + 1 < len(doc):
            # "director-general of Peru's customs administration (SUNAT)": the body, named
            inner = state.mention_at(doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1].text), ORG_TYPES)
            paren_org = inner.key if inner is not None else None
        if tok.text == "," and not closed and _has_core(title_tokens) \
                and any(t.lower_ in {"of", "for"} for t in title_tokens):
            listed = _portfolio_list(state, j)
            if listed is not None:  # "the minister of mines, energy and water": one office
                title_tokens.extend(doc[j:listed])
                j = listed
                continue
        if tok.text in {",", ".", ";", ":", "(", ")", "—", "–"} or tok.is_space:
            break
        if tok.text == "-" and not tok.whitespace_ and not doc[j - 1].whitespace_ and title_tokens:
            if not closed:
                title_tokens.append(tok)  # "director-general", split by the tokenizer
            j += 1
            continue
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "relcl":
            return None  # a clause, not a title ("Fraser, who said ...")
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), ORG_TYPES)
        if org is None and org_side is None and side is None and tok.text[:1].isupper() \
                and _owned_head_title(doc, j, title_tokens):
            owner = _owner_org(state, tok)  # "X, Nordpetro's President," / "X, the president of Nordpetro,"
            if owner is not None:
                org_side = owner
                closed = _has_core(title_tokens)
                j += 2 if j + 1 < len(doc) and doc[j + 1].text in {"'s", "’s"} else 1
                continue
        # A country word inside an organisation's name ("the Pakistan-Afghanistan Joint Chamber") is the name.
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) \
            if tok.text[:1].isupper() and org is None else None
        anaphor = _anaphor_side(state, tok)
        if anaphor is not None and side is None:
            side = anaphor
            closed = _has_core(title_tokens)
            j += 2
            continue
        if country is not None and _portfolio_word(doc, j):
            country = None  # "director for Asian affairs": the portfolio, not the side
        after = j + 1
        if country is not None:
            # a hyphenated name is several tokens ("Guinea-Bissau's"): go on after all of it
            named = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Country"})
            while named is not None and after < len(doc) and doc[after].idx < named.end:
                after += 1
        possessive = after < len(doc) and doc[after].text in {"'s", "’s"}
        if country is not None and possessive and country_side is not None and country != country_side \
                and org_side is None:
            country_side = None  # "... for European affairs at Chile's foreign ministry": the owner wins
        if country is not None and country_side is None and org_side is None:
            side = country_side = country
            closed = _has_core(title_tokens)
            j = after
            continue
        if org is not None:
            org_side = org_side or org.key
            closed = _has_core(title_tokens)
            j += 1
            continue
        low = tok.lower_
        if _has_core(title_tokens) and low in {"at", "in", "with"}:
            closed = True  # "head of research at Indus Capital": the title ends here
        if low in _DETS or low in vocab or tok.pos_ in {"NOUN", "ADJ", "ADP", "CCONJ", "DET", "PROPN", "PART"}:
            if not closed:
                title_tokens.append(tok)
            j += 1
            continue
        return None  # the apposition goes on with other words: not a bare title
    if org_side is not None:
        side = org_side  # "spokesperson for China's Ministry of X": the ministry, of China
    while title_tokens and title_tokens[-1].lower_ in {"at", "in", "with", "'s", "’s"}:
        title_tokens = title_tokens[:-1]
    # Leading words before the title core that are not title words ("a senior ...") are fine;
    # trailing prepositions tie to an organisation ("head of Russia's agency").
    title_tokens = _clean_title(title_tokens)
    # "a hydrologist at the University of X": a profession counts as the office at a named employer
    prof = [i for i, t in enumerate(title_tokens) if _PROFESSION_RE.fullmatch(t.lower_)]
    employed = org_side is not None and bool(prof) and not _has_core(title_tokens)
    if employed:
        title_tokens = title_tokens[:prof[-1] + 1]  # "hydrologist at the": the profession ends it
    if not title_tokens or not (employed or any(_is_core(t.lower_) for t in title_tokens)):
        return None
    if side is None and org_side is None:
        local = _local_of_place(state, title_tokens)
        if local is not None:
            # "X, the intendente of Valka": the town's officer (its country is decided later)
            title_tokens, side = local
            regional_officers(state).add(mention.key)
    start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
    office = Office(mention.key, state.text[start:end], (start, end), side, sentence_bounds(state, last),
                    country=country_side if org_side is not None else None)
    if paren_org is not None and org_side is None:
        office.org, office.org_is_employer = paren_org, True
    if side is None and _names_a_body(title_tokens):
        office.no_context = True  # "coordinator of the Lake Fishers' Network": the body's office, not a state's
    return office


def _local_of_place(state: State, tokens: list[Token]) -> tuple[list[Token], str] | None:
    """'mayor of Valka' / "Valka's mayor": the local office words and the named place."""
    for i, t in enumerate(tokens):
        if t.lower_ == "of" and i and _local_office(tokens[:i]) and i + 1 < len(tokens):
            place = _local_place(state, tokens[-1])
            rest = tokens[i + 1:]
            if place is not None and place.start == rest[0].idx + (4 if rest[0].lower_ == "the" else 0):
                return tokens[:i], place.key
    if len(tokens) > 2 and tokens[1].text in {"'s", "’s"} and _local_office(tokens[2:]):
        place = _local_place(state, tokens[0], [t.lower_ for t in tokens[2:]])
        if place is not None and place.start == tokens[0].idx:
            return tokens[2:], place.key
    return None


_LIST_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ", "DET", "ADP", "PART"})


def _portfolio_list(state: State, comma: int) -> int | None:
    """After 'minister of mines' the comma at ``comma`` opens the rest of a list
    of portfolios ('..., energy and water'): the index just past its last word,
    or None when the words after it are no such list (a clause, a name)."""
    doc = state.doc
    j, segments = comma, 0
    while j < len(doc) and doc[j].text == "," and segments < 5:
        k = j + 1
        words = []
        while k < len(doc) and doc[k].text not in {",", ".", ";", ":", "(", ")", "—", "–"} and not doc[k].is_space:
            words.append(doc[k])
            k += 1
        if not words or len(words) > 5 or any(
                t.pos_ not in _LIST_POS or t.lower_ in {"who", "which", "whose", "his", "her", "its", "their"}
                or state.mention_at(t.idx, t.idx + len(t.text), {"Person", "Country"}) is not None
                for t in words):
            return None
        segments += 1
        if words[0].lower_ in {"and", "&"} and len(words) > 1:
            return k  # "..., and water" (the serial comma)
        if any(t.lower_ in {"and", "&"} for t in words[1:-1]):
            return k  # "..., energy and water": the list ends here
        j = k
    return None


def _names_a_body(tokens: list[Token]) -> bool:
    """A title ending in an organisation's capitalised name ('... of the X Fishers' Network')."""
    heads = lexicon.words("org_heads")
    for i, t in enumerate(tokens):
        if t.lower_ in {"of", "at", "with", "for"} and i + 1 < len(tokens):
            rest = [w for w in tokens[i + 1:] if w.lower_ != "the"]
            if rest and all(w.text[:1].isupper() or w.text in {"'", "’", "'s", "-", "&", "and", "of"} for w in rest) \
                    and rest[-1].text in heads:
                return True
    return False


_PROFESSION_RE = re.compile(r"[a-z]*(?:ologist|onomist|ographer|icist|chemist|engineer|scientist|analyst|"
                            r"researcher|lecturer|professor|specialist|economist|organi[sz]er|activist|campaigner|advocate|consultant|"
                            r"expert|lawyer|planner|manager|officer)")


_PORTFOLIO_NOUNS = frozenset("affairs relations desk division bureau region".split())


def _portfolio_word(doc, j: int) -> bool:
    """A demonym that names a portfolio ("South American affairs", "Asian desk"), not a side."""
    for k in range(j + 1, min(len(doc), j + 3)):
        if doc[k].lower_ in _PORTFOLIO_NOUNS:
            return True
        if not doc[k].text[:1].isupper() and doc[k].lower_ not in {"and", "&"}:
            return False
    return False


def _has_core(tokens: list[Token]) -> bool:
    return any(_is_core(t.lower_) for t in tokens)


def sentence_bounds(state: State, token: Token) -> tuple[int, int]:
    span = state.sentence_span(token.sent)
    return span.start, span.end
