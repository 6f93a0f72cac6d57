"""Title parsing: the patterns that find an office next to a person's name
(a title before or after the name, an owner's apposed title, a spokesperson,
"who heads X", "his Japanese counterpart", "ministers, X of A and Y of B").

This module holds the title before and after a name; the other patterns live
in ``office_roles`` (spokesperson, 'who heads', apposed), ``office_counterparts``,
``office_lists`` and ``office_local`` (towns and regions), with the shared
pieces in ``office_base`` and the owner of a title in ``office_owners``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.office_base import (
    HONORIFICS,
    ORG_TYPES,
    RANKS,
    TITLE_DETS,
    Office,
    clean_title,
    has_core,
    is_core,
    sentence_bounds,
    title_vocab,
    token_at,
)
from kg.extract.office_local import (
    local_of_place,
    local_office,
    local_place,
    regional_officers,
)
from kg.extract.office_portfolios import portfolio_run_start
from kg.extract.office_owners import (
    anaphor_side,
    body_by_head,
    heads_body,
    its_owner,
    non_country_owner,
    org_anaphor,
    owned_head_title,
    owner_org,
)
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State


# lower-case words of a local office right after a town's possessive ("Haparanda's municipal commissioner")
_LOCAL_MODIFIERS = frozenset("municipal city town county district regional provincial local".split())


def title_before(state: State, mention: MentionRef) -> Office | None:
    first = token_at(state, mention.start)
    if first is None or first.i == 0:
        return None
    doc = state.doc
    vocab = title_vocab()
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
    while j > first.sent.start and (doc[j].lower_.rstrip(".") in HONORIFICS or (
            doc[j].text in {".", "'", "’"} and doc[j - 1].lower_.rstrip(".") in HONORIFICS)):
        j -= 2 if doc[j].text in {".", "'", "’"} else 1  # "Mr." / "Dato' Sri": the mark is the style's
    j = _skip_apposed_rank(doc, j, first.sent.start)
    if j - 4 >= first.sent.start and doc[j].text == "," and doc[j - 1].text == ")" and doc[j - 3].text == "(" \
            and re.fullmatch(r"[A-Z][A-Za-z.]{1,11}", doc[j - 2].text) \
            and state.mention_at(doc[j - 4].idx, doc[j - 4].idx + len(doc[j - 4].text), ORG_TYPES) is not None:
        j -= 3  # "the head of the UN Office for West Africa (UNOWA), Marie Diallo": the acronym aside
        acronym_aside = True
    else:
        acronym_aside = False
    # "Minister of Lands, Housing and Human Settlements Grace Kimaro": a list of portfolios
    # of any words runs from the title word to the name
    run = portfolio_run_start(state, j + 1)
    if acronym_aside or j >= first.sent.start and doc[j].text == "," and j - 1 >= first.sent.start and (
        run is not None or
        doc[j - 1].lower_ in lexicon.words("title_core") or doc[j - 1].lower_ in vocab
        or state.mention_at(doc[j - 1].idx, doc[j - 1].idx + len(doc[j - 1].text), ORG_TYPES) is not None
    ):
        j -= 1  # "Egypt's Minister of Water Resources, Hossam Farouk,": skip the comma
    if j >= first.sent.start and doc[j].lower_ in {"and", "or", "&"}:
        return None  # "A, Malaysia's minister, and B, ...": a list, the title before is A's
    if run is not None:
        # "the Minister of Agriculture, Forestry and Water Management of Montenegro, X": the
        # country after the portfolio list is the office's side, no word of the title (round-29 O2)
        tail = _country_tail(state, j, run)
        if tail is not None:
            side, j = tail
    while j >= first.sent.start:
        tok = doc[j]
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), ORG_TYPES)
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) if tok.text[:1].isupper() else None
        if org is not None and side is None and possessed and title_tokens:
            side = named_org = org.key  # "ZESA's chief executive": the owner, not part of the title
            break
        if possessed and side is None and org is None and country is None and has_core(title_tokens):
            # "Haparanda's municipal commissioner Sara Berg": the town's officer, whatever the
            # office word; the country it lies in is decided later (round-37 O3)
            place = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Place"})
            if place is not None and place.end == tok.idx + len(tok.text) and not state.entities[place.key].unnamed:
                regional_officers(state).add(mention.key)
                side = place.key
                break
        possessed = False
        if org is not None and side is None and title_tokens and state.entities[org.key].label == tok.text:
            fuller = body_by_head(state, tok, org.start)
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
        if run is not None and j >= run and org is None and country is None:
            title_tokens.insert(0, tok)  # a word of the portfolio list, whatever it is
            j -= 1
            continue
        if country is not None:
            side = country if side is None or state.entity_type(side) != "Country" else side
            j -= 1
            if j >= first.sent.start and doc[j].lower_ in _RANKS_BEFORE_COUNTRY and title_tokens \
                    and doc[j].text[:1].isupper():
                # "Deputy U.S. Trade Representative X": the rank before the country is the title's
                # first word (the office is the deputy's, never the representative's) (round-35 O3)
                title_tokens.insert(0, doc[j])
                j -= 1
            break
        place = local_place(state, tok, [t.lower_ for t in title_tokens]) \
            if side is None and local_office(title_tokens) else None
        if place is not None:
            # "Bauska mayor X": the town's officer; the country it lies in is decided later
            regional_officers(state).add(mention.key)
            side = place.key
            break
        low = tok.lower_
        if low in {"’s", "'s"} or low in {"'", "’"} and j > 0 and doc[j - 1].text.endswith("s") \
                and not doc[j - 1].whitespace_:  # "the Netherlands' foreign minister"
            anaphor = anaphor_side(state, doc[j - 1]) if j > 0 else None
            if anaphor is not None and side is None:
                side = anaphor
                if state.entity_type(anaphor) == "Place" and local_office(title_tokens):
                    # "the town's deputy mayor, X": the town's officer speaks for its country
                    regional_officers(state).add(mention.key)
                break
            group = _group_owner(state, doc, j, first.sent.start) if side is None and title_tokens else None
            if group is not None:
                # "Gwadar traders' leader X": the group's words are the title's (round-28 O6)
                title_tokens[:0] = group[0]
                if group[1] is not None:
                    side = group[1].key  # the town's group: its country is decided once places are read
                    regional_officers(state).add(mention.key)
                owned = group[1] is None
                break
            owner = owner_org(state, doc[j - 1]) if j > 0 and side is None and heads_body(title_tokens) else None
            if owner is not None:
                side = named_org = owner  # "Nordpetro's President, Ana Lind": the company's president
                break
            if j > 0 and side is None and title_tokens and (org_anaphor(doc[j - 1]) or non_country_owner(state, doc[j - 1])):
                owned = True  # "the state utility's chief", "Nordpetro's president": the body's office
            possessed = True
            j -= 1
            continue
        if low == "its" and title_tokens and side is None and has_core(title_tokens):
            owner = its_owner(state, tok)
            if owner is not None:  # "Bulgargaz said ... . Its chief executive, X, told": the company's
                side = named_org = owner
                owned = state.entity_type(owner) in ORG_TYPES
            break
        if j - 2 >= first.sent.start and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ \
                and not doc[j - 2].whitespace_ and is_core(f"{doc[j - 2].lower_}-{low}"):
            title_tokens[:0] = [doc[j - 2], doc[j - 1], tok]  # "Comptroller-General Kofi Mensah": one title word (round-37 O2)
            j -= 3
            continue
        if low in vocab and not tok.is_punct or low in _LOCAL_MODIFIERS and title_tokens and j > first.sent.start \
                and doc[j - 1].text in {"'s", "’s"}:
            title_tokens.insert(0, tok)  # "Haparanda's municipal commissioner X" (round-37 O3)
            j -= 1
            continue
        if tok.text == "-" and not tok.whitespace_ and j > first.sent.start and not doc[j - 1].whitespace_ \
                and title_tokens:
            title_tokens.insert(0, tok)  # "director-general" split by the tokenizer
            j -= 1
            continue
        if tok.text == "," and title_tokens and j - 1 >= first.sent.start and doc[j - 1].lower_ in vocab \
                and any(t.lower_ in {"and", "&"} for t in title_tokens) \
                and not any(is_core(t.lower_) for t in title_tokens):
            title_tokens.insert(0, tok)  # "Minister of Trade, Agribusiness and Industry"
            j -= 1
            continue
        if _portfolio_word_before(state, tok, title_tokens, org, country, mention.start):
            title_tokens.insert(0, tok)  # "Migrant Workers Secretary X": a portfolio of any words
            j -= 1
            continue
        if _opening_field_word(state, tok, title_tokens, org, country):
            title_tokens.insert(0, tok)  # "Project director X said": the sentence's first word (round-29 O6)
        break
    # A country just before the title ("US Secretary ...", "Canada's ...") was consumed above.
    title_tokens = clean_title(title_tokens)
    if side is None and len(title_tokens) > 1:
        body = body_by_head(state, title_tokens[0], mention.start)
        if body is not None and has_core(title_tokens[1:]):
            # "Commission spokesperson Eva Berg" after "the European Commission": that body's
            side = named_org = body
            title_tokens = title_tokens[1:]
    if title_tokens and (any(is_core(t.lower_) for t in title_tokens) or any(
            is_core(w.lower()) for w in state.text[title_tokens[0].idx:title_tokens[-1].idx + len(title_tokens[-1].text)].split())):
        start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
        # "The Paraguayan director-general of Itaipu Binacional": the country, and the company too
        country = side if side is not None and state.entity_type(side) == "Country" else None
        org = named_org if country is not None and named_org != side else None
        return Office(mention.key, state.text[start:end], (start, end), side, sentence_bounds(state, first),
                      country=country, org=org, no_context=owned and side is None)
    if glued_org is not None:
        return Office(mention.key, None, (glued_org.start, glued_org.end), glued_org.key, sentence_bounds(state, first))
    return None


def _country_tail(state: State, j: int, run: int) -> tuple[str, int] | None:
    """At ``doc[j]``, the last word of "... of [the] <Country>" ending a portfolio run that
    starts at ``run``: the country's key and the index before "of", or None."""
    doc = state.doc
    tok = doc[j]
    end = tok.idx + len(tok.text)
    country = state.mention_at(tok.idx, end, {"Country"})
    if country is not None and country.end == end:
        key, k = country.key, j
        while k > run and doc[k - 1].idx >= country.start:
            k -= 1
    else:
        # a country word the entity step left without a mention here ("... Management of Montenegro")
        key, k = country_key_for_word(state, tok.idx, end) if tok.text[:1].isupper() else None, j
        if key is None or state.entity_type(key) != "Country":
            return None
    if k - 1 > run and doc[k - 1].lower_ == "the":
        k -= 1
    if k - 2 <= run or doc[k - 1].lower_ not in {"of", "for"}:
        return None
    return key, k - 2


# Plural nouns that name the sides or officials, not a group of people a leader speaks for
_NOT_GROUPS = frozenset("countries nations states sides governments parties ministries officials ministers leaders "
                        "delegations two both others".split())


def _group_owner(state: State, doc, j: int, sent_start: int) -> tuple[list[Token], MentionRef | None] | None:
    """'traders' leader', 'fishermen's union chief': at the possessive ``doc[j]``, a group
    of people named by a lower-case plural noun owns the title; its words (with the mark)
    and the town named before it ("Gwadar traders'"), or None."""
    if j - 1 < sent_start:
        return None
    noun = doc[j - 1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.tag_ != "NNS" or noun.lower_ in _NOT_GROUPS \
            or noun.lower_ in title_vocab() or state.mentions_in(noun.idx, noun.idx + len(noun.text)):
        return None
    words = [noun, doc[j]]
    k = j - 2
    if k >= sent_start and doc[k].lower_ in title_vocab() | {"local", "small", "street", "market"} \
            and doc[k].text.islower() and doc[k].pos_ in {"ADJ", "NOUN"}:
        words.insert(0, doc[k])  # "the local traders' leader"
        k -= 1
    town = None
    if k >= sent_start and doc[k].text[:1].isupper():
        found = state.mention_at(doc[k].idx, doc[k].idx + len(doc[k].text), {"Place"})
        if found is not None and found.end == doc[k].idx + len(doc[k].text) and not state.entities[found.key].unnamed:
            town = found
    return words, town


# Rank words that may stand before a country inside a title ("Deputy U.S. Trade Representative")
_RANKS_BEFORE_COUNTRY = frozenset("deputy vice acting assistant associate principal senior chief".split())


def _skip_apposed_rank(doc, j: int, sent_start: int) -> int:
    """The index before a run of rank words set off by a comma (", Colonel X", ", Major
    General X"); ``j`` itself when the words before the name are no such run."""
    k = j
    while k > sent_start and (doc[k].lower_ in RANKS or doc[k].text == "-" and not doc[k].whitespace_):
        k -= 1
    if k < j and k >= sent_start and doc[k].text == "," and doc[k + 1].text[:1].isupper() and doc[k + 1].text != "-":
        return k
    return j


_CALENDAR_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|Today|Yesterday|Tomorrow|Then|Now")


def _portfolio_word_before(state: State, tok: Token, title_tokens: list[Token], org, country, name_start: int) -> bool:
    """A capitalised word before a capitalised title ("Migrant Workers Secretary X", "Land
    Transport Minister X"): part of the portfolio, up to three words, when it names nothing of
    its own (no entity, no country, no date or courtesy word)."""
    if not title_tokens or org is not None or country is not None or not tok.text[:1].isupper():
        return False
    if tok.pos_ not in {"PROPN", "NOUN", "ADJ"} or not tok.text.isalpha() or tok.text.isupper():
        return False
    if not all(t.text[:1].isupper() or t.text == "-" for t in title_tokens) or not is_core(title_tokens[-1].lower_):
        return False  # only before a title written as a name ("Secretary", "Minister")
    if sum(1 for t in title_tokens if not (t.lower_ in title_vocab() or is_core(t.lower_))) >= 3:
        return False
    low = tok.lower_
    if low in TITLE_DETS or low in HONORIFICS or low in lexicon.words("honorifics") or _CALENDAR_RE.fullmatch(tok.text):
        return False
    if state.mentions_in(tok.idx, tok.idx + len(tok.text)) or state.gaz.country_of_demonym(tok.text) is not None \
            or tok.ent_type_ in {"NORP", "GPE", "ORG", "PERSON", "LOC", "DATE"}:
        return False  # "Ruritanian Fisheries Minister": a people's adjective is the side, not the portfolio
    if any(e.type in {"Country", "Place"} and len(e.label) >= 4 and tok.text.startswith(e.label[:max(4, len(e.label) - 2)])
           for e in state.entities.values()):
        return False
    return tok.idx < name_start


_NOT_FIELD_WORDS = frozenset("former then ex our their his her its the a an this that new late acting".split())


def _opening_field_word(state: State, tok: Token, title_tokens: list[Token], org, country) -> bool:
    """'Project director X', 'Programme manager X' opening a sentence: the capital is the
    sentence's, the word is the office's field (a lower-case title word follows)."""
    if not title_tokens or org is not None or country is not None or tok.i != tok.sent.start:
        return False
    if not tok.text.istitle() or not tok.text.isalpha() or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return False
    if not title_tokens[0].text.islower() or not is_core(title_tokens[-1].lower_):
        return False
    low = tok.lower_
    if low in _NOT_FIELD_WORDS or low in TITLE_DETS or low in HONORIFICS or _CALENDAR_RE.fullmatch(tok.text):
        return False
    return not state.mentions_in(tok.idx, tok.idx + len(tok.text)) and state.gaz.country_of_demonym(tok.text) is None \
        and tok.ent_type_ not in {"NORP", "GPE", "ORG", "PERSON", "LOC", "DATE"}


def title_after(state: State, mention: MentionRef) -> Office | None:
    last = token_at(state, mention.end - 1)
    doc = state.doc
    if last is None or last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    vocab = title_vocab()
    j = last.i + 2
    if j < len(doc) and doc[j].lower_ in {"and", "or", "but", "while", "whose", "whom", "which"}:
        return None  # "X, and Paraguay's Foreign Minister, Y": a list, not an apposition
    title_tokens: list[Token] = []
    side: str | None = None
    country_side: str | None = None
    org_side: str | None = None
    closed = False  # after the side or "at"/"in", the words describe the body, not the title
    paren_org: str | None = None
    anaphoric = False  # the side is "the group's": a country after the title is only where the post is
    while j < min(len(doc), last.i + 20):
        tok = doc[j]
        if tok.text == "(" and closed and country_side is not None and j + 1 < len(doc):
            # "director-general of Peru's customs administration (SUNAT)": the body, named
            inner = state.mention_at(doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1].text), ORG_TYPES)
            paren_org = inner.key if inner is not None else None
        if tok.text == "," and not closed and has_core(title_tokens) \
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
        if tok.lower_ == "based" and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and has_core(title_tokens):
            # "coordinator of the Lima-based group X": the place says where the body sits, not the
            # office's side; the words from here on describe the body
            while title_tokens and title_tokens[-1].i >= j - 1 - len(
                    [t for t in doc[max(0, j - 4):j - 1] if t.text[:1].isupper()]):
                title_tokens.pop()
            if country_side is not None and side == country_side and doc[j - 2].idx >= (title_tokens[-1].idx if title_tokens else 0):
                side = country_side = None
            closed = True
            j += 1
            continue
        if tok.lower_ == "based" and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not closed:
            # "a Singapore-based power-market analyst at X": where the person sits, neither the
            # office's words nor its side
            while title_tokens and title_tokens[-1].i >= j - 1 - len(
                    [t for t in doc[max(0, j - 4):j - 1] if t.text[:1].isupper()]):
                title_tokens.pop()
            if country_side is not None and side == country_side:
                side = country_side = None
            j += 1
            continue
        if tok.lower_ in {"who", "that"} and has_core(title_tokens) and not closed and title_tokens[0].lower_ == "the":
            break  # "X, the deputy minister who leads its expert team": the title ends at the clause
        if (tok.pos_ in {"VERB", "AUX"} or tok.dep_ == "relcl") and not (
                tok.lower_ in vocab and tok.dep_ in {"amod", "compound"} and not closed):
            # a clause, not a title ("Fraser, who said ..."); a title word the tagger reads as a
            # verb ("managing director") is still the title
            return None
        portfolio_end = _portfolio_tail(state, doc, j, title_tokens) if not closed else None
        if portfolio_end is not None:
            # "special envoy for relations with Armenia" / "coordinator for U.S.-Peru border affairs":
            # the country or pair named inside a "for" portfolio is the office's words, no side (round-36 O2)
            while j < len(doc) and doc[j].idx < portfolio_end:
                title_tokens.append(doc[j])
                j += 1
            continue
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), ORG_TYPES)
        if org is None and org_side is None and side is None and tok.text[:1].isupper() \
                and not _attributive_body(state, tok.idx + len(tok.text)) and not _portfolio_run(doc, j) \
                and owned_head_title(doc, j, title_tokens):
            owner = owner_org(state, tok)  # "X, Nordpetro's President," / "X, the president of Nordpetro,"
            if owner is not None:
                org_side = owner
                closed = has_core(title_tokens)
                j += 2 if j + 1 < len(doc) and doc[j + 1].text in {"'s", "’s"} else 1
                continue
        # A country word inside an organisation's name ("the Pakistan-Afghanistan Joint Chamber") is the name.
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) \
            if tok.text[:1].isupper() and org is None else None
        anaphor = anaphor_side(state, tok)
        if anaphor is not None and side is None:
            side = anaphor
            anaphoric = state.entity_type(anaphor) in ORG_TYPES
            closed = has_core(title_tokens)
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
        if country is not None and anaphoric and closed:
            j = after  # "the group's coordinator in Panama": the body's post there, not Panama's
            continue
        if country is not None and country_side is None and org_side is None:
            side = country_side = country
            closed = has_core(title_tokens)
            j = after
            continue
        if org is not None and not closed and org.start == tok.idx and _board_of_body(state, org):
            # "Chairman of the Board of Directors of the Land Ports Authority": the board is the
            # office's words; the body it governs is the side (round-30 S4)
            while j < len(doc) and doc[j].idx < org.end:
                title_tokens.append(doc[j])
                j += 1
            continue
        if org is not None and not closed and org_side is None and org.start == tok.idx \
                and _attributive_body(state, org.end, org.key):
            # "head of Gulf gas research at Crescent Energy Partners": a name modifying the
            # portfolio's nouns is the portfolio's word; the body named after "at" is the side
            # (round-33 O6)
            while j < len(doc) and doc[j].idx < org.end:
                title_tokens.append(doc[j])
                j += 1
            continue
        if org is not None:
            if org_side is None and not closed:
                title_tokens = _drop_body_description(title_tokens)
            if org_side is not None and org.key != org_side and doc[j - 1].text in {"'s", "’s"} \
                    and org.start == tok.idx and _armed_unit(state, org.key):
                # "commander of the Indonesian Navy's Fleet Command": the owned unit is the post's body
                # (the unit is part of the force; the force's state is still the holder's)
                org_side = org.key
            org_side = org_side or org.key
            closed = has_core(title_tokens)
            j += 1
            continue
        low = tok.lower_
        if has_core(title_tokens) and low in {"at", "in", "with"} and not (
                low == "with" and _WITH_PORTFOLIO_RE.search(state.text[title_tokens[0].idx:tok.idx + 5])
                and any(t.lower_ == "for" for t in title_tokens)):  # "envoy for relations with X" (round-36 O2)
            closed = True  # "head of research at Indus Capital": the title ends here
        if low in TITLE_DETS or low in vocab or tok.pos_ in {"NOUN", "ADJ", "ADP", "CCONJ", "DET", "PROPN", "PART"}:
            if not closed:
                title_tokens.append(tok)
            j += 1
            continue
        return None  # the apposition goes on with other words: not a bare title
    if org_side is None and side is None and title_tokens and j < len(doc) and doc[j].text == ",":
        # "Yao Mensah, president, Aneho Boatmen's Union": a body named alone after the bare title
        # is the title's (round-29 O8)
        org_side = _body_after_comma(state, j)
    if org_side is not None:
        side = org_side  # "spokesperson for China's Ministry of X": the ministry, of China
    while title_tokens and title_tokens[-1].lower_ in {"at", "in", "with", "'s", "’s"}:
        title_tokens = title_tokens[:-1]
    # Leading words before the title core that are not title words ("a senior ...") are fine;
    # trailing prepositions tie to an organisation ("head of Russia's agency").
    title_tokens = clean_title(title_tokens)
    title_tokens = _drop_compound_field(title_tokens, vocab)
    # "a hydrologist at the University of X": a profession counts as the office at a named employer
    prof = [i for i, t in enumerate(title_tokens) if _PROFESSION_RE.fullmatch(t.lower_)]
    employed = org_side is not None and bool(prof) and not has_core(title_tokens)
    if employed:
        title_tokens = title_tokens[:prof[-1] + 1]  # "hydrologist at the": the profession ends it
    if not title_tokens or not (employed or any(is_core(t.lower_) for t in title_tokens) or any(
            is_core(w.lower()) for w in state.text[title_tokens[0].idx:title_tokens[-1].idx + len(title_tokens[-1].text)].split())):
        return None  # ("Comptroller-General" is one word of the title, split by the tokenizer: round-37 O2)
    if side is None and org_side is None:
        local = local_of_place(state, title_tokens)
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


# "for relations with <X>", "for cooperation with <X>": a portfolio naming the other party
_WITH_PORTFOLIO_RE = re.compile(r"(?:relations|cooperation|co-operation|ties|talks|negotiations|dialogue|"
                                r"normali[sz]ation)\s+with\s+(?:the\s+)?$", re.I)
# "for U.S.-Peru border affairs": a name, then up to two lower-case words and a portfolio noun
_NAMED_PORTFOLIO_RE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:affairs|relations|issues|cooperation|matters|desk)\b")


def _portfolio_tail(state: State, doc, j: int, title_tokens: list[Token]) -> int | None:
    """The end of a country's or a body's name at ``j`` that is part of a "for" portfolio of the
    title being read ("special envoy for relations with Armenia", "coordinator for U.S.-Peru
    border affairs"): the name and the portfolio words after it; None otherwise."""
    tok = doc[j]
    if not tok.text[:1].isupper() or not has_core(title_tokens) \
            or not any(t.lower_ == "for" for t in title_tokens):
        return None
    found = state.mention_at(tok.idx, tok.idx + len(tok.text), ORG_TYPES | {"Country", "Place"})
    end = found.end if found is not None and found.start == tok.idx else None
    if end is None:
        return None
    lead = state.text[title_tokens[0].idx:tok.idx]
    if _WITH_PORTFOLIO_RE.search(lead) and re.search(r"\bfor\s", lead):
        return end
    if re.search(r"\bfor\s+$", lead):
        tail = _NAMED_PORTFOLIO_RE.match(state.text, end)
        if tail is not None:
            return tail.end()
    return None


# The last word of a portfolio named in capitals ("Director of Maritime Affairs"): no body's name
_PORTFOLIO_ENDS = frozenset("affairs relations policy planning cooperation co-operation".split())


def _portfolio_run(doc, j: int) -> bool:
    """The capitalised words from ``j`` end in a portfolio word ("Maritime Affairs"): the
    office's own words, not the name of a body owning the title (round-33 O6)."""
    k = j
    while k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k].whitespace_:
        k += 1
    return any(t.lower_ in _PORTFOLIO_ENDS for t in doc[j:k + 1])


_ATTRIBUTIVE_RE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+(?:at|with|for)\s+(?:the\s+)?")


def _attributive_body(state: State, end: int, key: str | None = None) -> bool:
    """The name ending at ``end`` modifies lower-case nouns that a body named after
    "at"/"with"/"for" follows ("Gulf gas research at Crescent Energy Partners"): the
    later body is the post's."""
    m = _ATTRIBUTIVE_RE.match(state.text, end, min(len(state.text), end + 60))
    if m is None:
        return False
    words = m.group().split()
    words = words[:-2] if words[-1] == "the" else words[:-1]
    if any(w in {"at", "with", "for", "and", "or", "of", "in", "the", "a", "an"} for w in words):
        return False
    later = state.mention_at(m.end(), m.end() + 1, ORG_TYPES)
    return later is not None and later.start == m.end() and later.key != key


def _body_after_comma(state: State, comma: int) -> str | None:
    """The organisation named alone right after the comma at ``comma``, ending the apposition."""
    doc = state.doc
    if comma + 1 >= len(doc):
        return None
    start = doc[comma + 1].idx
    if doc[comma + 1].lower_ == "the" and comma + 2 < len(doc):
        start = doc[comma + 2].idx
    org = state.mention_at(start, start + 1, ORG_TYPES)
    if org is None or org.start != start or state.entities[org.key].unnamed:
        return None
    if not re.match(r"\s*(?:[,.;:)\n]|$)", state.text[org.end:org.end + 2]):
        return None
    return org.key


# A body's governing board, named alone ("Board of Directors", "Supervisory Board")
_BOARD_RE = re.compile(r"(?:the\s+)?(?:(?:Executive|Supervisory|Management|Governing|Advisory)\s+)?(?:Board|Council)"
                       r"(?:\s+of\s+(?:Directors|Trustees|Governors|Management|Administration))?")


def _board_of_body(state: State, org: MentionRef) -> bool:
    """``org`` is a board ("Board of Directors") followed by "of [the] <another body>"."""
    if not _BOARD_RE.fullmatch(state.entities[org.key].label) or state.entities[org.key].label in {"Council"}:
        return False
    m = re.match(r"\s+of\s+(?:the\s+)?", state.text[org.end:org.end + 12])
    if m is None:
        return False
    body = state.mention_at(org.end + m.end(), org.end + m.end() + 1, ORG_TYPES)
    return body is not None and body.key != org.key and body.start == org.end + m.end()


_ARMED_UNIT_RE = re.compile(r"\b(?:Command|Division|Brigade|Regiment|Battalion|Fleet|Squadron|Corps|Group|Wing|"
                            r"Force|Forces)\b(?:\s+[IVX]+|\s+\d+)?$")


def _armed_unit(state: State, key: str) -> bool:
    """'Fleet Command', '2nd Infantry Division', 'Air Operations Command I': a military unit."""
    return _ARMED_UNIT_RE.search(state.entities[key].label) is not None


# Kinds of body a lowercase description before a body's name ends in ("the municipal port company")
_BODY_KIND_NOUNS = frozenset("company companies firm operator utility cooperative co-operative association union "
                             "consortium group bank lender insurer carrier airline miner producer exporter importer "
                             "manufacturer corporation enterprise agency authority body network federation chamber "
                             "foundation institute charity organisation organization business".split())


def _drop_body_description(tokens: list[Token]) -> list[Token]:
    """"managing director of the municipal port company Aarhus Havn": the words from "of the"
    describe the body whose name follows, they are no part of the office ("managing director",
    of that body)."""
    for i in range(len(tokens) - 1, 0, -1):
        # ("a spokeswoman for the charity Mar Abierto": "for" too)
        if tokens[i].lower_ in {"of", "at", "for"} and has_core(tokens[:i]) or tokens[i].lower_ in {"of", "at", "for"} \
                and _PROFESSION_RE.fullmatch(tokens[i - 1].lower_):
            rest = tokens[i + 1:]
            if len(rest) >= 2 and rest[0].lower_ in {"the", "a", "an"} and rest[-1].lower_ in _BODY_KIND_NOUNS \
                    and all(t.text[:1].islower() or t.text == "-" for t in rest):
                return tokens[:i]
            return tokens
    return tokens


# Words that make a hyphenated title of their own ("vice-president", "co-chair", "under-secretary")
_RANK_WORDS = frozenset("vice deputy co under chief lord acting assistant associate senior junior general".split())


def _drop_compound_field(tokens: list[Token], vocab) -> list[Token]:
    """"power-market analyst": a hyphenated field before the last word is no part of the
    office, as the gold writes it ("analyst"); a title word inside ("vice-president") keeps it."""
    last = tokens[-1].lower_ if tokens else ""
    if len(tokens) < 4 or not (is_core(last) or _PROFESSION_RE.fullmatch(last)):
        return tokens
    k = len(tokens) - 2  # the last word of the compound, right before the office word
    words = [tokens[k]]
    while k - 2 >= 0 and tokens[k - 1].text == "-" and not tokens[k - 1].whitespace_ and not tokens[k - 2].whitespace_:
        words.append(tokens[k - 2])
        k -= 2
    if len(words) < 2 or any(not w.text.isalpha() or not w.text.islower() or w.lower_ in _RANK_WORDS or is_core(w.lower_)
                             for w in words):
        return tokens
    return tokens[:k] + tokens[-1:]


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
            if words and _of_country_at(state, k):
                break  # "..., Forestry and Water Management of Montenegro": the side, after the list
            if words and doc[k].lower_ in {"at", "with"} and any(t.lower_ in {"and", "&"} for t in words):
                break  # "..., Pacific and African affairs at Indonesia's ministry": the body, after the list
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


def _of_country_at(state: State, k: int) -> bool:
    """``doc[k]`` is "of"/"for" followed by [the] a country's name ending the apposition."""
    doc = state.doc
    if doc[k].lower_ not in {"of", "for"} or k + 1 >= len(doc):
        return False
    n = k + 1 + (doc[k + 1].lower_ == "the")
    if n >= len(doc) or not doc[n].text[:1].isupper():
        return False
    found = state.mention_at(doc[n].idx, doc[n].idx + len(doc[n].text), {"Country"})
    if found is None and state.gaz.country_of_demonym(doc[n].text) is None:
        return False
    if found is not None and found.start == doc[n].idx:
        while n + 1 < len(doc) and doc[n + 1].idx < found.end:
            n += 1
    return n + 1 >= len(doc) or doc[n + 1].text in {",", ".", ";", ")", "—", "–"} or doc[n + 1].is_space


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
