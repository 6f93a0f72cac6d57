"""Offices and sides from titles and appositions.

Patterns (general, any country):
* a title before a name: "President Joe Biden", "Canadian Prime Minister Justin
  Trudeau", "Canada's immigration minister Sean Fraser", "US Secretary of
  Homeland Security Alejandro Mayorkas", or an agency glued to the name
  ("Homeland Security Alejandro Mayorkas");
* an apposition after a name: "Sean Fraser, Canada's immigration minister," /
  "Fraser, the immigration minister,".

Each gives ``holdsPosition`` to a Position entity (label "Prime Minister of
Canada"), ``positionIn`` its country or organisation, and ``represents`` the
country the person acts for. A well-known person's country comes from the
gazetteer when the text names the office but not the country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.sides import country_key_for_word, main_sides
from kg.extract.state import MentionRef, State
from kg.iris import slugify

_ORG_TYPES = {"Organization", "GovernmentAgency"}
_DETS = {"the", "a", "an", "former", "then", "current", "newly", "appointed", "new", "'s", "’s", "acting", "outgoing", "incoming"}
# Courtesy titles between an office and a name (not offices themselves).
_HONORIFICS = frozenset("hon h.e excellency dr mr mrs ms prof professor sir dame engr eng amb".split())
_THE_COUNTRIES = {"United States", "United Kingdom", "Netherlands", "Philippines", "European Union",
                  "Democratic Republic of the Congo", "United Arab Emirates", "Czech Republic",
                  "Dominican Republic", "United Nations", "Bahamas", "Gambia"}


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


def extract_offices(state: State) -> None:
    """Add Position entities and holdsPosition / positionIn / represents relations."""
    seen_people: set[str] = set()
    for mention in list(state.mentions):
        entity = state.entities[mention.key]
        if entity.type != "Person" or entity.unnamed or mention.start < state.body_start:
            continue
        spokes = _spokesperson(state, mention)
        before = None if spokes is not None else _apposed_title(state, mention) or _before(state, mention)
        delegation = delegation_country(state, mention)
        offices = [o for o in (spokes, before, _after(state, mention), _counterpart(state, mention),
                               _listed(state, mention), _who_leads(state, mention)) if o is not None]
        for office in offices:
            if delegation is not None and office.country is None and (
                    office.side is None or state.entity_type(office.side) != "Country"):
                office.country = delegation
            _record(state, office)
        if delegation is not None and not offices:
            state.add_relation(mention.key, "represents", state.span(*_sent(state, _token_at(state, mention.start))),
                               obj=delegation)
        seen_people.add(mention.key)
    for key in seen_people:
        _gazetteer_side(state, key)


def _token_at(state: State, char: int) -> Token | None:
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _vocab() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("portfolio_words") | lexicon.words("connectors")


def _is_core(word: str) -> bool:
    return word in lexicon.words("title_core")


def _before(state: State, mention: MentionRef) -> Office | None:
    first = _token_at(state, mention.start)
    if first is None or first.i == 0:
        return None
    doc = state.doc
    vocab = _vocab()
    j = first.i - 1
    title_tokens: list[Token] = []
    side: str | None = None
    named_org: str | None = None
    glued_org: MentionRef | None = None
    # "Minister ..., Hon. Esi Mensah-Owusu" / "H.E. Komla Agbeko": honorifics are not the title.
    while j > first.sent.start and (doc[j].lower_.rstrip(".") in _HONORIFICS or (
            doc[j].text == "." and doc[j - 1].lower_.rstrip(".") in _HONORIFICS)):
        j -= 2 if doc[j].text == "." else 1
    if j >= first.sent.start and doc[j].text == "," and j - 1 >= first.sent.start and (
        doc[j - 1].lower_ in lexicon.words("title_core") or doc[j - 1].lower_ in vocab
        or state.mention_at(doc[j - 1].idx, doc[j - 1].idx + len(doc[j - 1].text), _ORG_TYPES) is not None
    ):
        j -= 1  # "Egypt's Minister of Water Resources, Hossam Farouk,": skip the comma
    while j >= first.sent.start:
        tok = doc[j]
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), _ORG_TYPES)
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) if tok.text[:1].isupper() else None
        if org is not None and side is None:
            if not title_tokens:
                glued_org = org
            side = named_org = org.key
            org_first = _token_at(state, org.start)
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
        low = tok.lower_
        if low in {"’s", "'s"}:
            anaphor = _anaphor_side(state, doc[j - 1]) if j > 0 else None
            if anaphor is not None and side is None:
                side = anaphor
                break
            j -= 1
            continue
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
    if title_tokens and any(_is_core(t.lower_) for t in title_tokens):
        start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
        # "The Paraguayan director-general of Itaipu Binacional": the country, and the company too
        country = side if side is not None and state.entity_type(side) == "Country" else None
        org = named_org if country is not None and named_org != side else None
        return Office(mention.key, state.text[start:end], (start, end), side, _sent(state, first),
                      country=country, org=org)
    if glued_org is not None:
        return Office(mention.key, None, (glued_org.start, glued_org.end), glued_org.key, _sent(state, first))
    return None


_SPOKES = r"spokes(?:person|man|woman)|representative|press secretary|press officer|official"


def _spokesperson(state: State, mention: MentionRef) -> Office | None:
    """'A spokeswoman for Chile's Ministry of Energy, Camila Soto, said': the
    person speaks for the organisation (and the organisation's country)."""
    first = _token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    before = state.text[max(sent_start, mention.start - 200):mention.start]
    m = re.search(rf"\b({_SPOKES})\s+(?:for|of|at|from)\s+(?:the\s+)?(.+?),\s*(?:(?:Hon|Dr|H\.E|Mr|Ms|Mrs)\.?\s+)?$", before, re.I)
    if not m:
        # "The Department of Foreign Affairs, Maria Santos-Cruz, said": the
        # organisation's voice, named in apposition, is its spokesperson.
        org = state.mention_at(mention.start - 3, mention.start - 2, _ORG_TYPES)
        if org is None or not re.fullmatch(r",\s*", state.text[org.end:mention.start]) \
                or not re.match(r",\s+(?:said|says|told|added|stated|announced|confirmed|noted)\b",
                                state.text[mention.end:mention.end + 20]):
            return None
        lead = state.text[sent_start:org.start].strip().lower()
        if lead not in {"", "the", "a", "an"} and not lead.endswith(("'s", "’s")):
            return None
        return Office(mention.key, "spokesperson", None, org.key, _sent(state, first))
    base = mention.start - len(before)
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), _ORG_TYPES | {"Country"})
    if not orgs:
        return None
    org = orgs[-1]
    return Office(mention.key, m.group(1), None, org.key, _sent(state, first))


def _who_leads(state: State, mention: MentionRef) -> Office | None:
    """'X, who heads the water programme at the Centre for Y,' / 'X, who chairs
    Azerbaijan's State Commission': the person holds the lead of that body."""
    m = re.match(r",\s+who\s+(?:also\s+)?(directs|heads|leads|chairs|runs|manages|coordinates)\s+(?:the\s+)?([^,.;]{3,100})",
                 state.text[mention.end:mention.end + 140])
    if not m:
        return None
    base = mention.end
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), _ORG_TYPES)
    if not orgs:
        return None
    first = _token_at(state, mention.start)
    if first is None:
        return None
    phrase = re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(m.group(2).split()))  # "... Studies (CAPS)"
    verb = {"directs": "Director", "chairs": "Chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
    return Office(mention.key, f"{verb} of {phrase}", None, orgs[0].key, _sent(state, first), secondary=True)


_COURTESY = r"(?:(?:Ambassador|Amb\.|Dr\.?|Hon\.?|H\.E\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Judge|Gen\.)\s+)?"
_APPOSED_RE = re.compile(
    r"(?:^|[\s(])(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})['’]s\s+"
    r"(?P<title>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,7}?)\s*,\s*" + _COURTESY + r"$"
)


def _apposed_title(state: State, mention: MentionRef) -> Office | None:
    """"Bolivia's consul general in Santiago, Ambassador X" / "the EU's Special
    Representative for the Y Dialogue, Dr. X": an owner's title set off by a
    comma before the name (a courtesy title between them is not the office)."""
    first = _token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    m = _APPOSED_RE.search(state.text[max(sent_start, mention.start - 160):mention.start])
    if not m:
        return None
    base = max(sent_start, mention.start - 160)
    title = re.sub(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w\s-]*$", "", m.group("title"))  # "... in Santiago": a post
    if not any(_is_core(w.lower()) for w in title.split()):
        return None
    if any(w in lexicon.words("honorifics") and w[:1].islower() for w in title.split()[:1]):
        return None
    owner_start = base + m.start("owner")
    owner = state.mention_at(owner_start, base + m.end("owner"), _ORG_TYPES | {"Country"})
    side = owner.key if owner is not None else country_key_for_word(state, owner_start, base + m.end("owner"))
    if side is None:
        return None
    start = base + m.start("title")
    return Office(mention.key, title, (start, start + len(title)), side, _sent(state, first))


_DELEGATION_RE = re.compile(
    r"\b(?P<who>[A-Z][\w-]+)\s+(?:delegation|side|team|negotiators|negotiating\s+team)\s+"
    r"(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)?(?:led|headed|represented|chaired)?\s*by\b"
)


def delegation_country(state: State, mention: MentionRef) -> str | None:
    """'The Kenyan delegation was led by ... X, and the Somali delegation by ... Y':
    each person leads (and so represents) the side named last before them."""
    first = _token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    hits = list(_DELEGATION_RE.finditer(state.text, sent_start, mention.start))
    if not hits:
        return None
    hit = hits[-1]
    between = state.mentions_in(hit.end(), mention.start, {"Person"})
    if any(not state.entities[m.key].unnamed and m.key != mention.key for m in between):
        return None  # that delegation's leader was named already
    return country_key_for_word(state, hit.start("who"), hit.end("who"))


def owner_country(state: State, org: MentionRef) -> str | None:
    """The country named right before an organisation: "Chile's Ministry of
    Energy", "the Polish interior ministry"."""
    first = state.entities[org.key].label.split()[0]
    entry = state.gaz.country_of_demonym(first) if first[:1].isupper() else None
    if entry is not None:  # "the Armenian Foreign Ministry"
        return _ensure_country(state, entry.label) or state.add_entity(entry.label, entry.type, same_as=entry.same_as).key
    before = state.text[max(0, org.start - 40):org.start]
    pm = re.search(r"([A-Z][\w.]+(?: [A-Z][\w.]+)*)['’]s\s+$|\b([A-Z][a-z]+)\s+$", before)
    if pm:
        word = pm.group(1) or pm.group(2)
        entry = state.gaz.country_of_demonym(word)
        if entry is not None:
            return _ensure_country(state, entry.label) or state.add_entity(entry.label, entry.type, same_as=entry.same_as).key
    return None


def dateline_country(state: State) -> str | None:
    """The country of the capital a report is filed from ('ACCRA, Feb 12 -')."""
    m = re.search(r"(?m)^\s*([A-Z][A-Za-z.'’ -]{2,30}?),\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)"
                  r"(?:,?\s+\d{4})?\s*[-–—]", state.text[state.body_start:state.body_start + 600])
    if not m:
        return None
    entry = state.gaz.lookup(m.group(1).title()) or state.gaz.lookup(m.group(1))
    if entry is not None and entry.capital and entry.country:
        return _ensure_country(state, entry.country)
    return None


def _counterpart(state: State, mention: MentionRef) -> Office | None:
    """'... Minister X held talks with his Japanese counterpart, Kenji Moriyama':
    the same office, for the other country."""
    base = max(0, mention.start - 60)
    m = re.search(r"\b(?:his|her|their|its)\s+([A-Z][\w-]+)\s+counterpart,?\s*$",
                  state.text[base:mention.start])
    if not m:
        return None
    country = state.gaz.country_of_demonym(m.group(1))
    first = _token_at(state, mention.start)
    if country is None or first is None:
        return None
    sent = first.sent
    for other, position in state.positions.items():
        if other != mention.key and any(x.key == other for x in state.mentions_in(sent.start_char, mention.start)):
            title = state.entities[position].aliases and sorted(state.entities[position].aliases)[0]
            side = country_key_for_word(state, base + m.start(1), base + m.end(1))
            if title and side:
                return Office(mention.key, title, None, side, _sent(state, first))
    return None


def _listed(state: State, mention: MentionRef) -> Office | None:
    """'the two countries' foreign ministers, Yoko Sakamoto of Japan and Priya Mendis of Australia'."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)", state.text[mention.end:mention.end + 40])
    if not after:
        return None
    start = mention.end + after.start(1)
    side = country_key_for_word(state, start, mention.end + after.end(1))
    first = _token_at(state, mention.start)
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
    return Office(mention.key, title, None, side, _sent(state, first))


def _clean_title(tokens: list[Token]) -> list[Token]:
    tokens = [t for t in tokens]
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].lower_ in lexicon.words("connectors")):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in lexicon.words("connectors"):
        tokens = tokens[:-1]
    honorific_only = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "hon", "hon.", "h.e.", "h.e"}
    return [t for t in tokens if t.lower_ not in honorific_only]


_ANAPHORS = {
    "group": _ORG_TYPES | {"MediaOrganization"}, "association": _ORG_TYPES, "organisation": _ORG_TYPES,
    "organization": _ORG_TYPES, "agency": _ORG_TYPES, "ministry": _ORG_TYPES, "department": _ORG_TYPES,
    "company": _ORG_TYPES, "body": _ORG_TYPES, "commission": _ORG_TYPES,
    "country": {"Country"}, "nation": {"Country"}, "state": {"Place", "Country"},
    "province": {"Place"}, "island": {"Place"}, "region": {"Place"}, "city": {"Place"},
}


def _anaphor_side(state: State, tok: Token) -> str | None:
    """'the group's vice president' -> the organisation named last before."""
    types = _ANAPHORS.get(tok.lower_)
    if types is None or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in {"the", "this", "that"}:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.text not in {"'s", "’s"}:
        return None
    last = state.last_mention_before(tok.idx, types)
    return last.key if last is not None else None


def _after(state: State, mention: MentionRef) -> Office | None:
    last = _token_at(state, mention.end - 1)
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
            inner = state.mention_at(doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1].text), _ORG_TYPES)
            paren_org = inner.key if inner is not None else None
        if tok.text in {",", ".", ";", ":", "(", ")", "—", "–"} or tok.is_space:
            break
        if tok.text == "-" and not tok.whitespace_ and not doc[j - 1].whitespace_ and title_tokens:
            if not closed:
                title_tokens.append(tok)  # "director-general", split by the tokenizer
            j += 1
            continue
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "relcl":
            return None  # a clause, not a title ("Fraser, who said ...")
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), _ORG_TYPES)
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
        possessive = j + 1 < len(doc) and doc[j + 1].text in {"'s", "’s"}
        if country is not None and possessive and country_side is not None and country != country_side \
                and org_side is None:
            country_side = None  # "... for European affairs at Chile's foreign ministry": the owner wins
        if country is not None and country_side is None and org_side is None:
            side = country_side = country
            closed = _has_core(title_tokens)
            j += 1
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
    if not title_tokens or not any(_is_core(t.lower_) for t in title_tokens):
        return None
    start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
    office = Office(mention.key, state.text[start:end], (start, end), side, _sent(state, last),
                    country=country_side if org_side is not None else None)
    if paren_org is not None and org_side is None:
        office.org, office.org_is_employer = paren_org, True
    return office


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


def _sent(state: State, token: Token) -> tuple[int, int]:
    span = state.sentence_span(token.sent)
    return span.start, span.end


def title_case(title: str) -> str:
    """'immigration minister' -> 'Immigration Minister' (joiners stay lower case)."""
    small = lexicon.words("connectors") | {"at", "in", "with"}
    words = title.split()
    return " ".join(
        w if (w.lower() in small and i > 0) or any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def of_phrase(label: str) -> str:
    return f"the {label}" if label in _THE_COUNTRIES else label


def position_label(title: str, side_label: str | None) -> str:
    """'Prime Minister' + Canada -> 'Prime Minister of Canada'."""
    if not side_label:
        return title
    if side_label.lower() in title.lower():
        return title
    if " of " in title or " for " in title:
        return f"{side_label} {title}"  # "United States Secretary of Homeland Security"
    return f"{title} of {of_phrase(side_label)}"


def _record(state: State, office: Office) -> None:
    if office.title_span is not None and re.search(r"\b(?:former|ex-|then-)\s*(?:[A-Z][\w-]*\s+){0,2}$",
                                                   state.text[max(0, office.title_span[0] - 30):office.title_span[0]]):
        return  # "a former Swedish minister": not the office, nor the side, the person has now
    evidence = state.span(*office.evidence)
    side = office.side
    side_entity = state.entities.get(side) if side else None
    entry = state.gaz.lookup(side_entity.label) if side_entity else None
    title = office.title
    if title is None:
        # A name glued to an agency: the agency's head title if known, else its name.
        title = entry.head_title if entry and entry.head_title else side_entity.label if side_entity else None
        if title is None:
            return
    title = title_case(" ".join(title.split()))
    held = state.positions.get(office.person)
    if held is not None and title.lower() in state.entities[held].label.lower():
        return  # "Ashdown, the defence minister": the office we already have
    side_type = state.entity_type(side) if side else None
    # A regional office ("the state's Chief Minister") acts for the region itself.
    country = office.country or (side if side_type == "Place" else _country_of(state, side))
    person_entry = state.gaz.lookup(state.entities[office.person].label)
    if country is None and person_entry is not None and person_entry.country:
        country = _ensure_country(state, person_entry.country)
    if country is None and side is not None and side_type in _ORG_TYPES:
        org_mentions = [m for m in state.mentions if m.key == side and m.start >= state.body_start]
        for m in org_mentions:
            country = owner_country(state, m)
            if country:
                break
        if country is None and state.entities[side].label.split()[0] in {"Ministry", "Department", "Office", "Minister"}:
            country = dateline_country(state)  # a press release's own ministry
        if country is None and side_type == "GovernmentAgency":
            country = _context_country(state, office)  # a think tank's people speak for no state
    regional_only = False
    if side is None and country is None and set(title.lower().split()) & _REGIONAL_TITLES:
        # "In Neuquén Province, Governor X": a governor or mayor holds office in the region named,
        # not in a country the sentence happens to name; the text does not say whom they speak for
        side = _context_region(state, office)
        regional_only = side is not None
    if country is None and side is None:
        country = _context_country(state, office)
        side = country
    if country is None and side is None:
        country = side = dateline_country(state)
    in_key = side if side_entity is not None and side_entity.type in _ORG_TYPES | {"Country", "Place"} else country
    in_label = state.entities[in_key].label if in_key else None
    if in_key and state.entities[in_key].type in _ORG_TYPES and country:
        if " of " in title or " for " in title:
            # An agency office with its own portfolio: name it after the country
            # ("United States Secretary of Homeland Security").
            in_label = state.entities[country].label
        elif in_label.split()[0] in _BODY_HEADS:
            in_label = f"the {in_label}"  # "Director of the Office for X", "Head of the Federal Agency"
    if office.secondary and (office.person in state.positions or state.objects(office.person, "holdsPosition")):
        # "the deputy prime minister, who chairs X": keep the main office, note the side only
        if country and not state.objects(office.person, "represents"):
            state.add_relation(office.person, "represents", evidence, obj=country)
        return
    label = position_label(title, in_label)
    position = state.add_entity(label, "Position", key=slugify(label))
    position.aliases.add(title)
    if office.title_span is not None and office.title is not None:
        state.add_mention(position.key, *office.title_span, alias=False)
    state.add_relation(office.person, "holdsPosition", evidence, obj=position.key)
    if in_key:
        state.add_relation(position.key, "positionIn", evidence, obj=in_key)
    if regional_only:
        state.positions.setdefault(office.person, position.key)
        return
    ngo = side_type == "Organization"  # a think tank or company: its people speak for it, not a state
    if country and (not ngo or office.country):
        state.add_relation(office.person, "represents", evidence, obj=country)
    if office.org and (state.entity_type(office.org) == "Organization" or office.org_is_employer):
        state.add_relation(office.person, "represents", evidence, obj=office.org)
    if office.country and side_type == "GovernmentAgency" and state.entity_type(office.country) == "Country":
        # "director of the Serbian government's Office for X": the office is the country's
        state.add_relation(side, "partOf", evidence, obj=office.country)
    if side and (not country or ngo or re.match(_SPOKES, title, re.I) and side_type in _ORG_TYPES):
        # A spokesperson speaks for the organisation itself, too.
        state.add_relation(office.person, "represents", evidence, obj=side)
    state.positions.setdefault(office.person, position.key)


_REGIONAL_TITLES = frozenset("governor mayor".split())
_BODY_HEADS = frozenset("Ministry Department Office Agency Bureau Directorate Federal National State Commission "
                        "Authority Service Secretariat Council Board".split())


def _context_region(state: State, office: Office) -> str | None:
    """The region or town named in the sentence before a regional officer's name."""
    start, _ = office.evidence
    person = min((m.start for m in state.mentions if m.key == office.person and m.start >= start), default=start)
    places = [m for m in state.mentions_in(start, person, {"Place"})]
    return places[-1].key if places else None


def _context_country(state: State, office: Office) -> str | None:
    """A title without a country ("Economy Secretary X said ... in Mexico City"):
    the one country the sentence names (a capital counts), else none."""
    start, end = office.evidence
    found: set[str] = set()
    other: str | None = None
    person_end = max((m.end for m in state.mentions if m.key == office.person and start <= m.start < end), default=start)
    for m in state.mentions_in(start, end, {"Country", "Place"}):
        entity = state.entities[m.key]
        if m.start > person_end and re.search(r"\b(?:with|and (?:his|her|their) counterpart)\b", state.text[person_end:m.start]):
            if entity.type == "Country":
                other = other or m.key  # "X held talks with Afghanistan's minister": the other side
            continue
        if entity.type == "Country":
            found.add(m.key)
            continue
        if m.start > person_end:
            continue  # "X held talks in Kabul": where they met, not whom X speaks for
        entry = state.gaz.lookup(entity.label)
        if entry is not None and entry.capital and entry.country:
            key = _ensure_country(state, entry.country)
            if key:
                found.add(key)
    if len(found) == 1:
        return found.pop()
    if not found and other is not None:
        sides = main_sides(state)
        if len(sides) == 2 and other in sides:
            return sides[1 - sides.index(other)]
    return None


def _country_of(state: State, key: str | None) -> str | None:
    if key is None:
        return None
    entity = state.entities[key]
    if entity.type == "Country":
        return key
    entry = state.gaz.lookup(entity.label)
    if entry is not None and entry.country:
        return _ensure_country(state, entry.country)
    for obj in state.objects(key, "partOf"):
        if state.entity_type(obj) == "Country":
            return obj
    return None


def _ensure_country(state: State, label: str) -> str | None:
    """The key of a country the document names (None if it never does)."""
    key = slugify(label)
    if key in state.entities:
        return key
    entry = state.gaz.lookup(label)
    if entry is not None and entry.type in {"Country", "Organization"}:
        for k, e in state.entities.items():
            if e.label == entry.label:
                return k
    return None


def _gazetteer_side(state: State, person: str) -> None:
    """A well-known person represents their country when the text names it too."""
    if state.objects(person, "represents"):
        return
    entry = state.gaz.lookup(state.entities[person].label)
    if entry is None or entry.type != "Person" or not entry.country:
        return
    country = _ensure_country(state, entry.country)
    if country is not None:
        body = [m for m in state.entities[person].mentions if m.start >= state.body_start]
        first = (body or state.entities[person].mentions)[0]
        tok = _token_at(state, first.start)
        evidence = state.sentence_span(tok.sent) if tok is not None else first
        state.add_relation(person, "represents", evidence, obj=country)
