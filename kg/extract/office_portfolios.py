"""Titles with a list of portfolios before a name.

"Latvian Minister of Transport and Communications Ilze Ozola",
"Bolivia's Minister of Foreign Affairs and Regional Integration, Marco Mamani,",
"the Minister of Lands, Housing and Human Settlements Grace Kimaro",
"Minister of State in charge of East African Affairs, Ruth Wanjiku":
a ministerial title word, "of"/"for" (or "of State in charge of"), then
capitalised portfolio words joined by commas and "and" run up to the
holder's name. The words of that list may be any words, not only those the
lexicon knows, and the model often glues the last of them to the name
("Mines Pablo Vera") or calls a piece an organisation ("Regional Integration").

``portfolio_run_start`` finds the title word such a run starts at (the title
rules take the run as the title); ``mend_title_names`` runs before the
offices step and cuts the run's words off the names they were glued to, and
drops organisations and "people" that are only words of the run.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.context_edit import absorb, drop_mention, rename_span
from kg.extract.office_base import ORG_TYPES, token_at
from kg.extract.state import State
from kg.iris import slugify

# Ministerial title words that take a list of portfolios after "of"/"for" ("Director
# General of Roads and Bridges", "Director of Ports and Harbours" too).
_RUN_CORES = frozenset("minister secretary undersecretary under-secretary commissioner director "
                       "director-general".split())
_JOINERS = frozenset({"and", "&", ",", "the", "-"})
_MAX_RUN = 16  # tokens between the title word and the name


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("’", "").replace("'", "").isalpha()


def portfolio_run_start(state: State, i: int) -> int | None:
    """The index of the title word ("Minister") of a portfolio run that ends just
    before token ``i`` (one comma between run and name allowed), or None.

    The walk back crosses capitalised words, commas, "and", "the" and
    "in charge of", and must reach "<Title> of/for" (a title word followed by
    "of"/"for"); another title word in the list stops it ("Secretary of State
    and Foreign Minister X" is no list of portfolios)."""
    doc = state.doc
    if i <= 0 or i >= len(doc):
        return None
    sent_start = doc[i].sent.start if i < len(doc) else 0
    j = i - 1
    if doc[j].text == ",":
        j -= 1
    words = 0
    while j > sent_start and i - j <= _MAX_RUN:
        tok = doc[j]
        low = tok.lower_
        if low in {"of", "for"}:
            prev = doc[j - 1]
            if prev.lower_ in _RUN_CORES and prev.text[:1].isupper():
                return j - 1 if words else None
            if prev.lower_ == "general" and j - 2 > sent_start and doc[j - 2].lower_ in _RUN_CORES \
                    and doc[j - 2].text[:1].isupper():
                return j - 2 if words else None  # "Director General of Roads and Bridges"
            if prev.lower_ == "charge" and j - 2 > sent_start and doc[j - 2].lower_ == "in":
                j -= 3  # "Minister of State in charge of ..."
                continue
            if _capitalised(prev):
                j -= 1  # "Minister of Foreign Affairs of ..." / "of State for ..."
                continue
            return None
        if _capitalised(tok):
            if low in lexicon.words("title_core") or low in _RUN_CORES:
                return None  # a second title word: a list of titles, not of portfolios
            words += 1
        elif low not in _JOINERS:
            return None
        j -= 1
    return None


def mend_title_names(state: State) -> None:
    """Cut portfolio words off the names after a portfolio run and drop the
    organisations and people that are only words of a run."""
    portfolio = lexicon.words("portfolio_words") | lexicon.words("connectors")
    given = lexicon.given_names()
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or m.start < state.body_start or entity.unnamed or entity.same_as \
                or entity.type not in {"Person", *ORG_TYPES} or state.gaz.lookup(entity.label) is not None:
            continue
        first = token_at(state, m.start)
        if first is None:
            continue
        given_word = _given_word_before(state, first, portfolio)
        if given_word is not None and portfolio_run_start(state, given_word.i) is not None:
            # "Deputy Minister for Industry and Trade Emil Dor": "Emil" is no portfolio, it is the name's
            _rename(state, m.key, m.start, m.end, given_word.idx)
            continue
        if entity.type in ORG_TYPES and _single_portfolio(state, m, first):
            # "Hungary's Minister of Agriculture Jan Horak": the one portfolio word, no body (round-29 O2)
            drop_mention(state, m.key, m.start, m.end)
            if not state.entities[m.key].mentions:
                del state.entities[m.key]
            continue
        if portfolio_run_start(state, first.i) is None:
            continue
        tokens = [t for t in state.doc[first.i:] if t.idx < m.end]
        words = [t for t in tokens if t.text not in {"and", "&", ","}]
        if not words:
            continue
        cut = _name_cut(tokens, portfolio, given)
        if cut is not None:
            _rename(state, m.key, m.start, m.end, tokens[cut].idx)
        elif not {t.text for t in words} & (lexicon.words("org_heads") | lexicon.words("org_lead")) and (
                entity.type in ORG_TYPES or all(t.lower_ in portfolio or _demonym(state, t) for t in words)):
            # "Regional Integration", "African Affairs": words of the title, no actor (a body with
            # a head word, "the Department of Foreign Affairs", stays)
            drop_mention(state, m.key, m.start, m.end)
            if not state.entities[m.key].mentions:
                del state.entities[m.key]


# "Joint Secretary in the Ministry of External Affairs Anil Rao": a body's name (a head word, "of"
# or "for", its portfolio) that the name finder ran on into the holder's name after it
_BODY_NAME_RE = re.compile(r"(?P<body>(?:Ministry|Department|Directorate|Secretariat|Office|Division|Bureau)\s+(?:of|for)\s+"
                           r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*)*?)"
                           r"\s+(?P<name>(?![A-Z][\w-]*\s+(?:and|&)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_TITLE_IN_RE = re.compile(r"\b(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s*\([^()]{1,40}\))?\s+(?:in|at|of)\s+(?:the\s+)?$")


def split_body_names(state: State) -> None:
    """'Joint Secretary in the Ministry of External Affairs Anil Rao led the Indian side': the
    body ends at its last portfolio word; the two or three capitalised words after it are the
    holder's name (round-34 O2). Only after a title ("<Title> in the"), so a body named alone
    keeps its words."""
    portfolio = lexicon.words("portfolio_words")
    stop = portfolio | lexicon.words("title_core") | lexicon.words("org_heads") | lexicon.words("connectors")
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in ORG_TYPES or m.start < state.body_start \
                or state.gaz.lookup(entity.label) is not None:
            continue
        hit = _BODY_NAME_RE.fullmatch(state.text, m.start, m.end)
        cut = _body_name_cut(state.text[m.start:m.end], portfolio, stop)
        if hit is None or cut is None:
            continue
        lead = _TITLE_IN_RE.search(state.text, max(0, m.start - 80), m.start)
        if lead is None or not any(w.lower() in lexicon.words("title_core")
                                   for w in re.findall(r"[A-Za-z-]+", lead.group(0))):
            continue
        kind, (body_end, name_start) = entity.type, (m.start + cut[0], m.start + cut[1])
        rename_span(state, m.start, body_end, " ".join(state.text[m.start:body_end].split()), kind)
        rename_span(state, name_start, m.end, " ".join(state.text[name_start:m.end].split()), "Person")


def _body_name_cut(label: str, portfolio: frozenset[str], stop: frozenset[str]) -> tuple[int, int] | None:
    """(end of the body, start of the name) in ``label``: the name is its last two or three
    words, none a portfolio, title or body word; the body before them ends in a portfolio word."""
    spans = [w for w in re.finditer(r"\S+", label)]
    for n in (2, 3):
        if len(spans) - n < 4:
            continue
        name, body_last = spans[-n:], spans[-n - 1]
        if body_last.group(0).lower() in portfolio and not any(w.group(0).lower() in stop for w in name) \
                and all(w.group(0)[:1].isupper() for w in name):
            return body_last.end(), name[0].start()
    return None


def _single_portfolio(state: State, m, first: Token) -> bool:
    """An organisation mention that is only the portfolio of "<Minister> of X" right before
    the holder's name ("Minister of Agriculture Jan Horak")."""
    doc = state.doc
    i = first.i
    if i >= 3 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in {"of", "for"}:
        i -= 1  # "Minister of the Interior Aino Rautio" (round-37 O3)
    if i < 2 or doc[i - 1].lower_ not in {"of", "for"}:
        return False
    core = doc[i - 2]
    if core.lower_ not in _RUN_CORES or not core.text[:1].isupper():
        return False
    after = re.match(r"[ \t]+", state.text[m.end:m.end + 3])
    if after is None:
        return False
    person = state.mention_at(m.end + after.end(), m.end + after.end() + 1, {"Person"})
    if person is None or person.start != m.end + after.end():
        return False
    words = state.entities[m.key].label.split()
    return len(words) <= 3 and not set(words) & (lexicon.words("org_heads") | lexicon.words("org_lead"))


def _given_word_before(state: State, first: Token, portfolio: frozenset[str]) -> Token | None:
    """The capitalised word glued before a one-word name that is no portfolio word
    while the word before it is ("... and Trade | Emil | Dor"): the holder's given name."""
    doc = state.doc
    if first.i < 3:
        return None
    prev, before = doc[first.i - 1], doc[first.i - 2]
    if not _capitalised(prev) or prev.lower_ in portfolio or prev.lower_ in lexicon.words("title_core") \
            or prev.lower_ in lexicon.words("title_heads") or not prev.whitespace_ or _demonym(state, prev):
        return None
    if not _capitalised(before) or before.lower_ not in portfolio:
        return None
    if state.mention_at(prev.idx, prev.idx + len(prev.text)) is not None:
        return None  # a name of its own ("... Trade Tosa ..."): not a given name
    return prev


def _demonym(state: State, tok: Token) -> bool:
    return state.gaz.demonyms.get(tok.lower_) is not None


def _name_cut(tokens: list[Token], portfolio: frozenset[str], given: frozenset[str]) -> int | None:
    """The index in ``tokens`` where the holder's name starts after portfolio words
    glued to it ("Mines | Pablo Vera", "Human Settlements | Grace Kimaro"), or None
    when the mention is a name alone or no name at all. The name keeps two or
    three words; the words cut are portfolio words, or any capitalised words
    when the name starts with a known given name."""
    if len(tokens) < 3 or tokens[0].text in given:
        return None
    for k in range(1, len(tokens) - 1):
        head, name = tokens[:k], tokens[k:]
        if len(name) > 3 or not all(_capitalised(t) for t in name):
            continue
        if any(t.lower_ in portfolio for t in name):
            continue
        if not all(_capitalised(t) or t.text in {"and", "&", ","} for t in head) or head[-1].text in {"and", "&", ","}:
            continue
        if name[0].text in given or all(t.lower_ in portfolio for t in head if t.text not in {"and", "&", ","}):
            return k
    return None


def _rename(state: State, key: str, start: int, end: int, name_start: int) -> None:
    """The mention ``start:end`` of ``key`` names a person from ``name_start`` on."""
    entity = state.entities[key]
    label = " ".join(state.text[name_start:end].split())
    if slugify(label) in state.entities and state.entities[slugify(label)].type != "Person":
        return
    drop_mention(state, key, start, end)
    new = rename_span(state, name_start, end, label, "Person")
    if key in state.entities and key != new.key:
        if entity.type == "Person" and state.entities[key].mentions:
            absorb(state, key, new.key)  # later short mentions ("Vera said") are the same person
        elif not state.entities[key].mentions:
            del state.entities[key]
    new.aliases.discard(entity.label)
    if new.type == "Person":
        _absorb_short_names(state, new.key)


def _absorb_short_names(state: State, key: str) -> None:
    """"Deputy Minister of Foreign Affairs of Georgia Levan Beridze ... Beridze said": the name
    is cut out of a longer mention after resolution ran, so the later surname-only person
    ("Beridze", "Ospino Ruiz") is the same person, unless another full name of the text ends on
    the same words (round-31 O1)."""
    words = state.entities[key].label.split()
    if len(words) < 2:
        return
    tails = {" ".join(words[k:]) for k in range(1, len(words))}
    for other_key, other in list(state.entities.items()):
        if other_key == key or other.type != "Person" or other.unnamed or other.label not in tails:
            continue
        rivals = [e for k, e in state.entities.items() if k not in (key, other_key) and e.type == "Person"
                  and len(e.label.split()) > len(other.label.split()) and e.label.endswith(" " + other.label)]
        if not rivals:
            absorb(state, other_key, key)


# "Zambian Mines, Energy and Water Minister Chanda Mulenga": a country's demonym (or name), a
# comma list of capitalised portfolios joined by "and", the title word, the holder (round-36 O2)
_LISTED_BEFORE_RE = re.compile(r"(?P<side>[A-Z][\w-]+(?:['’]s)?)\s+(?P<title>(?P<list>[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)+,?\s+(?:and|&)\s+"
                               r"[A-Z][\w-]+)\s+(?:Minister|Secretary|Cabinet\s+Secretary|Minister\s+of\s+State))\s+$")


def _listed_before(state: State, start: int) -> re.Match | None:
    """The listed-portfolio title ending right before ``start`` (a person's name), if any."""
    lead = state.text[max(state.body_start, start - 160):start]
    hit = _LISTED_BEFORE_RE.search(lead)
    if hit is None:
        return None
    side = hit.group("side")
    side = side[:-2] if side.endswith(("'s", "’s")) else side
    entry = state.gaz.country_of_demonym(side)
    if entry is None:
        entry = state.gaz.lookup(side)
        entry = entry if entry is not None and entry.type == "Country" else None
    return hit if entry is not None else None


def drop_listed_portfolio_names(state: State) -> None:
    """The portfolio list of "Zambian Mines, Energy and Water Minister X" names no actor: a
    person or body the name finder read in it ("Zambian Mines") goes (round-36 O2)."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Person" or entity.unnamed or m.start < state.body_start:
            continue
        hit = _listed_before(state, m.start)
        if hit is None:
            continue
        base = m.start - len(state.text[max(state.body_start, m.start - 160):m.start])
        lo, hi = base + hit.start("side"), base + hit.end("list")
        for other in list(state.mentions_in(lo, hi, {"Person", *ORG_TYPES})):
            if other.key == m.key or state.entities[other.key].unnamed:
                continue
            drop_mention(state, other.key, other.start, other.end)
            if other.key in state.entities and not state.entities[other.key].mentions:
                del state.entities[other.key]


def listed_portfolio_title(state: State, mention) -> "Office | None":
    """'Zambian Mines, Energy and Water Minister Chanda Mulenga': the whole listed title, held
    for the country the demonym names (round-36 O2)."""
    from kg.extract.office_base import Office, sentence_bounds
    from kg.extract.sides import country_key_for_word
    hit = _listed_before(state, mention.start)
    if hit is None:
        return None
    base = mention.start - len(state.text[max(state.body_start, mention.start - 160):mention.start])
    side = hit.group("side")
    end = base + hit.start("side") + len(side) - (2 if side.endswith(("'s", "’s")) else 0)
    country = country_key_for_word(state, base + hit.start("side"), end)
    first = token_at(state, mention.start)
    if country is None or first is None:
        return None
    return Office(mention.key, hit.group("title"), (base + hit.start("title"), base + hit.end("title")), country,
                  sentence_bounds(state, first))
