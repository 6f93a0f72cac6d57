"""Repairs of statistical NER spans: cut at prepositions and line breaks,
strip titles, possessives and honorifics, split a person glued to an office,
and tell people, places and title fragments apart by the words around.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_honorific_names import styles_end
from kg.extract.entity_types import (
    BUILDING_WORDS,
    LANDFORM_TAILS,
    PLACE_ONLY_LABELS,
    Candidate,
    classify_org,
    type_of_ner,
)
from kg.extract.state import State

# Lower-case words that never sit inside a name: an NER span running over one
# ("the Safe Third Country Agreement with Alejandro Mayorkas") is two names.
_CUT_WORDS = frozenset("with to in from at by after before over near into against via".split())


# Lower-case joiners a span cannot end in.
_TRAILING_JOINERS = frozenset("of and the for on in to de del da".split())


# Legal and generational suffixes after a comma belong to the name ("X, Inc.", "Y, Jr.").
_COMMA_SUFFIXES = frozenset("Jr Jr. Sr Sr. Inc Inc. Ltd Ltd. LLC LLP PLC plc AG SA S.A. GmbH Co Co. Corp Corp. II III".split())


def _comma_pieces(ent: SpacySpan) -> list[SpacySpan] | None:
    """'from Maribor, Horvat replied' tagged ORG 'Maribor, Horvat': a comma between
    two short runs of capitalised words, no "and" after it and no organisation
    word in the span, parts two names (round-25 A12)."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ not in {"ORG", "PERSON"} or len(commas) != 1:
        return None
    left, right = ent.doc[ent.start:commas[0]], ent.doc[commas[0] + 1:ent.end]
    if not len(left) or not 1 <= len(right) <= 3:
        return None
    if any(t.text in lexicon.words("org_heads") or t.text in _COMMA_SUFFIXES for t in ent):
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in [*left, *right]):
        return None  # "Ministry of Energy, Water and ...", "X, D.C."
    return [SpacySpan(ent.doc, left.start, left.end, label=ent.label_),
            SpacySpan(ent.doc, right.start, right.end, label=ent.label_)]


def cut_at_prepositions(ent: SpacySpan) -> list[SpacySpan]:
    comma = _comma_pieces(ent)
    if comma is not None:
        return [p for piece in comma for p in cut_at_prepositions(piece)]
    pieces, start = [], ent.start
    # "Normandy and Brittany": two places, unless an organisation word makes it one name.
    org_name = any(t.text in lexicon.words("org_heads") for t in ent)
    # "Catch & Quay Weekly", "Hale & Sons": an ampersand joins one organisation's name, "and" may join two
    cut = _CUT_WORDS | ({"and", "&"} if ent.label_ in {"GPE", "LOC"} else {"and"} if not org_name and ent.label_ == "ORG"
                        else set())
    for tok in ent:
        if tok.text in cut:  # case-sensitive: "To" may start a title; "Normandy and Brittany"
            if tok.i > start:
                pieces.append(ent.doc[start:tok.i])
            start = tok.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        pieces.append(ent.doc[start:ent.end])
    return [SpacySpan(ent.doc, p.start, p.end, label=ent.label_) for p in pieces]


# Adverbs that open a sentence and that the NER runs into the name after them.
_SENTENCE_ADVERBS = frozenset("Later Earlier Recently Separately Currently Previously Initially Eventually Finally "
                              "Instead Likewise Similarly Additionally Moreover Furthermore Meanwhile Afterwards "
                              "Nonetheless Nevertheless Still Yesterday Today Then Now".split())


# Kinds of land a description names before "of <Name>": "the Norwegian Arctic
# archipelago of Svalbard", "the remote island of X", "the peninsula of Y".
_LAND_KINDS = frozenset("archipelago island islands isle peninsula atoll islet islets enclave exclave".split())


def _after_kind_of(tokens: list) -> list:
    """'Norwegian Arctic archipelago of Svalbard' -> 'Svalbard'; a description
    with no name after it ('Danish Arctic archipelago') -> nothing. Only when
    the words before the kind describe (demonyms, region adjectives, lower case)."""
    from kg.extract.entity_patterns import is_descriptor_word  # late: entity_patterns is heavier

    for k, tok in enumerate(tokens):
        if tok.text.islower() and tok.lower_ in _LAND_KINDS and k > 0:
            if not all(t.text.islower() or is_descriptor_word(t.text) for t in tokens[:k]):
                return tokens
            rest = tokens[k + 1:]
            if not rest:
                return []
            if rest[0].lower_ != "of":
                return tokens
            rest = rest[1:]
            while rest and rest[0].lower_ == "the":
                rest = rest[1:]
            return rest if rest and rest[0].text[:1].isupper() else tokens
    return tokens


def from_ner(ent: SpacySpan, state: State) -> list[Candidate]:
    """Clean one NER span into zero, one or two candidates."""
    tokens = list(ent)
    # Cut at a line break: headlines and bylines fuse with the next line.
    for i, tok in enumerate(tokens):
        if "\n" in tok.text or (i < len(tokens) - 1 and "\n" in tok.whitespace_):
            tokens = tokens[: i + 1] if "\n" not in tok.text else tokens[:i]
            break
    while tokens and (tokens[-1].text in {"'s", "’s", "'", "’"} or tokens[-1].is_punct
                      or len(tokens) > 1 and tokens[-1].text in _TRAILING_JOINERS):
        tokens = tokens[:-1]  # "the X Agreement of" (the year after "of" was cut): the joiner names nothing
    # "NATO-led", "EU-mediated": the name is the part before the hyphen.
    while len(tokens) >= 3 and tokens[-2].text == "-" and tokens[-1].text.islower() \
            and not (ent.label_ == "PERSON" and _name_syllable(tokens[-1].text)):
        tokens = tokens[:-2]  # ... but "Park Ji-hoon", "Yoon Se-ra" keep their given name
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    while len(tokens) >= 2 and tokens[0].text in _SENTENCE_ADVERBS and tokens[0].is_sent_start:
        tokens = tokens[1:]  # "Later Tamm Saar told reporters": the adverb opens the sentence, not the name
    # "K. Ayvalık": an initial (of a person's name, abbreviated) is no part of a place name.
    if (ent.label_ in {"GPE", "LOC", "FAC"} and len(tokens) >= 2 or ent.label_ == "ORG" and len(tokens) == 2
            and tokens[1].text not in lexicon.words("org_heads")) and re.fullmatch(r"[A-Z]\.", tokens[0].text):
        tokens = tokens[1:]
    # "Bangladesh's Ministry of Water Resources": the owner is a name of its own.
    for k, tok in enumerate(tokens[:4]):
        if tok.text in {"'s", "’s"} and k + 1 < len(tokens):
            tokens = tokens[k + 1:]
            break
    tokens = _after_kind_of(tokens)
    if not tokens:
        return []
    # "Governor Ana Sofía Paredes" tagged "Sofía Paredes": a given name just
    # before the span belongs to the name.
    doc = tokens[0].doc
    while ent.label_ in {"PERSON", "ORG"} and tokens[0].i > 0 and doc[tokens[0].i - 1].text in lexicon.given_names() \
            and not doc[tokens[0].i - 1].whitespace_ == "" and doc[tokens[0].i - 1].pos_ == "PROPN" \
            and len(tokens) <= 3:
        tokens = [doc[tokens[0].i - 1], *tokens]
    # "Boulogne" of "Boulogne-sur-Mer": a name goes on across hyphens.
    doc = tokens[0].doc
    while tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == "-" and not tokens[-1].whitespace_ \
            and not doc[tokens[-1].i + 1].whitespace_ and doc[tokens[-1].i + 2].is_alpha \
            and (doc[tokens[-1].i + 2].text[:1].isupper()  # "NATO-led" stops; "Boulogne-sur-Mer" goes on
                 or tokens[-1].i + 3 < len(doc) and doc[tokens[-1].i + 3].text == "-") \
            and state.gaz.lookup(doc[tokens[-1].i + 2].text) is None:  # "US-Canada" stays two
        tokens = [*tokens, doc[tokens[-1].i + 1], doc[tokens[-1].i + 2]]
    surface = " ".join(t.text for t in tokens)
    # "posted on X.": the tokenizer keeps a one-letter word's full stop, as for an initial
    if surface in lexicon.words("not_entities") or surface.rstrip(".") in lexicon.words("not_entities") \
            or not tokens[0].text[:1].isupper():
        return []
    if _owner_modifier(tokens, state):
        return []  # "State-owned miner X", "Family-run firm Y": a common noun of a compound adjective
    if len(tokens) == 1 and tokens[0].tag_ == "NNS" and tokens[0].pos_ == "NOUN" and ent.label_ in {"ORG", "PERSON"} \
            and (tokens[0].is_sent_start or tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].text in {'"', "“", "‘", ":"}) \
            and not surface.isupper() and state.gaz.lookup(surface) is None:
        return []  # "Farmers across the island protested", "Kalnins: Pilots will ...": a plural common noun opening a sentence
    if len(tokens) == 1 and tokens[0].is_sent_start and tokens[0].i + 1 < len(tokens[0].doc) \
            and _group_modifier(tokens[0], state):
        return []  # "Lorry drivers said ...": the first word of a group's description, not a name
    if tokens[-1].text in _EVENT_HEADS and state.gaz.lookup(surface) is None:
        return []  # "the Belgrade-Pristina Dialogue", "the Madrid Summit": a process or event, not an actor
    if state.gaz.demonyms.get(surface.lower()) is not None:
        # "the Bangladeshi stretch", "her Moldovan counterpart", "Sri Lankan waters":
        # a demonym (of one word or more) is no actor and no place
        return []
    if len(tokens) == 1 and _demonym_adjective(tokens[0], state):
        return []  # "the Tyrolean limits", "between Bavarian and Tyrolean authorities" (round-23 class A11)
    if ent.label_ in {"ORG", "PERSON"} and (_inside_title(tokens, state) or _title_conjunct(tokens, ent.label_, state)):
        return []  # "Energy and Mining" of "Secretary of Energy and Mining"
    if ent.label_ == "ORG" and tokens[0].lower_ in lexicon.words("title_core") and len(tokens) > 1 \
            and tokens[1].lower_ in {"of", "for"}:
        return []  # "Minister of Industry": an office, not an organisation
    for k in range(1, min(len(tokens) - 1, 4)):
        # "Policy of the Department of Foreign Affairs" (after "Undersecretary for"): the
        # portfolio words before "of the <Department>" belong to a title
        if tokens[k].lower_ == "of" and tokens[k + 1 if tokens[k + 1].lower_ != "the" else k + 2].text in lexicon.words("org_lead") \
                and all(t.lower_ in lexicon.words("portfolio_words") | {"policy", "affairs"} for t in tokens[:k]):
            tokens = tokens[k + 1:]
            while tokens and tokens[0].lower_ == "the":
                tokens = tokens[1:]
            break
    label = ent.label_
    if label == "PERSON" and tokens[-1].text in lexicon.words("org_heads"):
        label = "ORG"  # "Development Board" tagged PERSON
    label = _relabel_as_place(label, tokens, state)
    if label in {"PERSON", "ORG", "PRODUCT", "EVENT"} and len(surface.replace(" - ", "-").split()) <= 2 \
            and _after_place_preposition(tokens[0]) \
            and not surface.isupper():  # "from KFOR": an acronym is an organisation
        if not {t.text for t in tokens} & lexicon.words("org_heads") and state.gaz.lookup(
            " ".join(t.text for t in tokens)
        ) is None and not _looks_like_person(tokens) and not _titled_name(tokens, state):
            label = "GPE"  # "in Calais", "at Tromsø"; not "from Petar Ivanov, the mayor of ..."
    if label == "ORG" and len(tokens) == 1 and tokens[0].i >= 2 and tokens[0].doc[tokens[0].i - 1].lower_ == "of" \
            and tokens[0].doc[tokens[0].i - 2].lower_ in _TOWN_OFFICES and state.gaz.lookup(surface) is None:
        label = "GPE"  # "the mayor of Orestiada": a town, not an organisation
    if label == "PERSON" and _counterpart_modifier(tokens):
        if _DEMONYM_SUFFIX_RE.search(surface) or surface in lexicon.words("region_demonyms"):
            return []  # "her Equatoguinean counterpart": a people's adjective, no place of its own
        label = "GPE"  # "her Kavarna counterpart": the town whose office the counterpart holds
    if label == "NORP" or label in PLACE_ONLY_LABELS:
        return []  # demonyms are read by the offices step, not entities themselves
    if label == "PERSON":
        tokens = _strip_honorifics(tokens)
        if not tokens or all(t.lower_ in STYLE_WORDS for t in tokens):
            return []  # "Tan Sri" tagged alone: the name follows
    else:
        split = _split_glued_person(tokens, state)
        if split is not None:
            return split
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = state.text[start:end]
    if label != "PERSON" and _is_title_fragment(tokens, state):
        return []
    type_ = type_of_ner(label, text, state)
    if type_ == "Organization" and (_looks_like_person(tokens) or _titled_name(tokens, state)
                                    or _personal_counterpart(tokens, state) or _styled_name(tokens, state)):
        type_ = "Person"  # "Alejandro Mayorkas" tagged ORG; "foreign minister Murat Güneşli"
    if type_ == "Place" and label in {"GPE", "LOC", "FAC"} and _person_slot(tokens, state):
        type_ = "Person"  # "his Swedish counterpart, Ebba Busch, in Stockholm" tagged GPE (or FAC)
    if type_ is None and label == "WORK_OF_ART" and (_looks_like_person(tokens) or _person_slot(tokens, state)):
        type_ = "Person"  # '"...," Kayode Olatunji, the managing director of the NRC, said': a name after a quote
    if type_ is None:
        return []
    return [Candidate(start, end, text, type_, "ner")]


# "State-owned", "Government-run", "Family-controlled": a common noun and a participle of ownership.
_OWNER_PARTICIPLES = frozenset("owned run backed controlled funded financed operated managed held".split())
_COMMON_OWNERS = frozenset("state government family city municipality municipal council county region province "
                           "community employee worker farmer church army military party foreign private public "
                           "privately publicly locally wholly partly jointly majority minority".split())


def _owner_modifier(tokens: list, state: State) -> bool:
    """One capitalised common word fused to an ownership participle ("State-owned
    miner X" opening a sentence): the model's organisation "State" names nothing
    (round-25 A9). A name before such a participle ("Kremlin-backed") is kept
    unless it is one of these common owner words."""
    if len(tokens) != 1 or tokens[0].lower_ not in _COMMON_OWNERS or state.gaz.lookup(tokens[0].text) is not None:
        return False
    doc = tokens[0].doc
    i = tokens[0].i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not tokens[0].whitespace_ \
        and doc[i + 2].lower_ in _OWNER_PARTICIPLES


_DEMONYM_SUFFIX_RE = re.compile(r"(?:ian|ean|ese|ish)$")


def _demonym_adjective(token, state: State) -> bool:
    """A regional demonym used as an adjective: 'the Bavarian measures', 'the
    Tyrolean limits', 'Slovak mainland', 'Bavarian and Tyrolean authorities'. The
    gazetteer's country demonyms are dropped already; regions and peoples come
    from the lexicon or from their suffix when the tagger says adjective. A word
    the gazetteer names ("Pakistan") or a name before a capitalised noun ("the
    Tyrolean Alps") stays."""
    word = token.text
    if state.gaz.lookup(word) is not None and state.gaz.demonyms.get(word.lower()) is None:
        return False
    if not (word in lexicon.words("region_demonyms") or state.gaz.demonyms.get(word.lower()) is not None
            or _DEMONYM_SUFFIX_RE.search(word) and token.tag_ == "JJ"):
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.is_alpha and nxt.text.islower() and nxt.pos_ in {"NOUN", "ADJ", "PROPN"} and nxt.lower_ not in {"and", "or"}:
        return True  # "Tyrolean limits"
    # "Bavarian and Tyrolean authorities": the first of two coordinated adjectives
    if nxt.lower_ in {"and", "or", ","} and token.i + 3 < len(doc):
        other, noun = doc[token.i + 2], doc[token.i + 3]
        return other.text[:1].isupper() and noun.is_alpha and noun.text.islower() and noun.pos_ in {"NOUN", "ADJ"} and (
            other.text in lexicon.words("region_demonyms") or state.gaz.demonyms.get(other.lower_) is not None
            or _DEMONYM_SUFFIX_RE.search(other.text) is not None)
    return False


def _group_modifier(token, state: State) -> bool:
    """A capitalised word opening a sentence as the modifier of a lower-case
    plural noun ("Rice traders say", "Lorry drivers said") that the gazetteer
    and the given-name list do not know."""
    nxt = token.doc[token.i + 1]
    return (nxt.tag_ == "NNS" and nxt.text.islower() and token.head.i == nxt.i and token.dep_ in {"compound", "amod", "nmod"}
            and not token.text.isupper() and token.text not in lexicon.given_names()
            and state.gaz.lookup(token.text) is None and state.gaz.demonyms.get(token.lower_) is None)


# Prepositions after which a lone capitalised word is a place, not a person:
# "farmers on Mindanao", "boats off Zanzibar", "herders across Borneo".
_LOCATIVE_PREPS = frozenset("on in across off near at throughout around".split())
# After these an organisation name is common ("on Twitter"), so only people and
# unknown groups are retyped.
_ORG_LOCATIVE_PREPS = frozenset("off across throughout".split())
_PLATFORMS = frozenset("Twitter Facebook Instagram YouTube TikTok Telegram WhatsApp LinkedIn Weibo WeChat "
                       "Threads Bluesky Signal Snapchat Reddit Douyin VKontakte Truth X".split())
# Names that do follow "the": "the Dalai Lama", "the Aga Khan", "the Emir of Qatar".
_STYLED_TITLES = frozenset("Lama Khan Pope Emir Sultan Prince Princess King Queen Sheikh Ayatollah Patriarch Mahdi "
                           "Prophet Duke Duchess Archbishop Cardinal Imam Mufti Maharaja Raja Rajah Shah Caliph".split())
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "ean")


def _relabel_as_place(label: str, tokens: list, state: State) -> str:
    """GPE for NER spans whose slot in the sentence is a place's, not a person's:
    a one-word name after a locative preposition (or coordinated with one:
    "on Sulawesi and Java"), and a name right after a bare "the" ("the flow of
    the Syr Darya"): news never writes "the Aisha Rahman"."""
    if label not in {"PERSON", "NORP", "ORG", *PLACE_ONLY_LABELS} or not tokens:
        return label
    surface = " ".join(t.text for t in tokens)
    if state.gaz.lookup(surface) is not None or surface.isupper():
        return label
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and (nxt.text in {"'s", "’s", "'", "’", "-", "–", "/"} or nxt.pos_ in {"NOUN", "PROPN"}):
        return label  # "in Widodo's cabinet", "the Biden administration": an owner or a modifier
    if len(tokens) <= 2 and _linked_place(first, last, state):
        return "GPE"  # "the road links Tumbo, in Zambia's north, with Kasama"
    if label in PLACE_ONLY_LABELS:
        return label  # other repairs are for people and organisations
    prep = _locative_slot(first) if len(tokens) == 1 else None
    if prep is not None:
        if label == "PERSON":
            return "GPE"
        if label == "NORP" and prep.lower_ in {"on", "off", "across"} and not surface.lower().endswith(_DEMONYM_ENDINGS):
            return "GPE"  # "on Sumatra" tagged NORP; "in Swahili" is a language
        if label == "ORG" and (prep.lower_ in _ORG_LOCATIVE_PREPS or prep.lower_ == "on" and surface not in _PLATFORMS):
            return "GPE"  # "on Kelapura"; not "on Telegram"
        return label
    if label == "PERSON" and first.i >= 1 and doc[first.i - 1].lower_ == "the" \
            and not (first.i >= 2 and doc[first.i - 2].lower_ in {"the", "late"}) \
            and first.tag_ != "NNPS" and last.tag_ != "NNPS" and not (len(tokens) == 1 and last.text.endswith("s")) \
            and not {t.text for t in tokens} & _STYLED_TITLES \
            and not (len(tokens) >= 2 and first.text in lexicon.given_names()):
        return "GPE"  # "the level of the Amu Darya"; not "the Kennedys", "the late Ahmed Bello"
    return label


def _linked_place(first, last, state: State) -> bool:
    """A name a road, line or bridge joins: the object of link/connect/join
    ("links Tumbo with ..."), the name after "with" that such a verb governs, or a
    name placed by ", in <Country>'s ..." / ", in northern <Country>"."""
    doc = first.doc
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and _connect_verb(prev):
        return True
    if prev is not None and prev.lower_ in {"with", "to"} and _connect_verb(prev.head):
        return True
    after = state.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    m = re.match(r",\s+in\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|"
                 r"south-eastern|south-western)\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", after)
    if m is None:
        return False
    entry = state.gaz.lookup(re.sub(r"['’]s$", "", m.group(1)))
    return entry is not None and entry.type in {"Country", "Place"}


def _connect_verb(token) -> bool:
    """'links', 'connected', 'linking' (the tagger sometimes reads 'links' as a
    noun); not 'join', whose object is often a person ('she joined Ruto')."""
    return token.lower_ in {"link", "links", "linked", "linking", "connect", "connects", "connected", "connecting"}


def _locative_slot(token):
    """The locative preposition ``token`` follows, directly or through a list of
    capitalised words ("on Sulawesi and Java", "in Ica, Puno and Cusco"); None
    when there is none."""
    doc = token.doc
    i = token.i - 1
    for _ in range(6):
        if i < 0:
            return None
        prev = doc[i]
        if prev.lower_ in _LOCATIVE_PREPS:
            return prev if prev.text.islower() or prev.is_sent_start else None
        if prev.text in {"and", "or", ","} and i >= 1 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN":
            i -= 2  # step over the conjunct before
            while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i + 1].pos_ == "PROPN" \
                    and doc[i].lower_ not in _LOCATIVE_PREPS:
                i -= 1  # a two-word conjunct: "on New Guinea and Java"
            continue
        return None
    return None


_TOWN_OFFICES = frozenset("mayor mayors governor governors deputy-mayor".split())
_EVENT_HEADS = frozenset("Dialogue Summit Talks Process Round Meeting".split())


def _after_place_preposition(token) -> bool:
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if re.fullmatch(r"[A-Z]\.", prev.text) and prev.i > 0:
        prev = token.doc[prev.i - 1]  # "from K. Ayvalık": look past a stripped initial
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text in {"'s", "’s"}:
        return False
    return prev.lower_ in lexicon.words("place_preps") and prev.dep_ == "prep" or (
        prev.lower_ in {"in", "at", "near"}
    )


# Lower-case words after a hyphen that make an English compound ("NATO-led"),
# not the second syllable of a given name ("Ji-hoon", "Se-ra").
_HYPHEN_WORDS = frozenset("led run born era style like based backed owned made wide long term level scale "
                          "type free rich poor sized".split())


def _name_syllable(word: str) -> bool:
    return word.isalpha() and len(word) <= 5 and word not in _HYPHEN_WORDS and not word.endswith(("ed", "ing"))


def _name_words(tokens: list) -> list[str]:
    """The words of a span with hyphenated parts joined: 'Paul - Henri Mbarga' -> ['Paul-Henri', 'Mbarga']."""
    words: list[str] = []
    glue = False
    for t in tokens:
        if t.text == "-" and words:
            words[-1] += "-"
            glue = True
            continue
        if glue:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = False
    return words


def _looks_like_person(tokens: list) -> bool:
    """Two to four capitalised words led by a known given name (hyphenated ones too: 'Jean-Claude')."""
    words = _name_words(tokens)
    if not 2 <= len(words) <= 4:
        return False
    first = words[0]
    return (
        (first in lexicon.given_names() or first.split("-")[0] in lexicon.given_names())
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not set(words) & lexicon.words("org_heads")
        and not set(words[1:]) & BUILDING_WORDS  # "the Kalev Hotel": a given name can name a building (round-37 A7)
    )


def _titled_name(tokens: list, state: State) -> bool:
    """Two or three capitalised words, none an organisation or media word, right
    after an office word ("foreign minister Murat Güneşli") or before an apposed
    office (", director-general of ..."): a person the model called an organisation."""
    if not _plain_name(_name_words(tokens), state):
        return False
    doc = tokens[0].doc
    prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if prev is not None and prev.lower_ in _apposition_titles():
        return True
    if prev is not None and prev.text == "," and prev.i > 0 \
            and doc[prev.i - 1].lower_ in _apposition_titles():
        return True  # "Turkey's trade minister, Murat Güneşli,": the name apposed to the office
    if prev is not None and prev.text == "," and _OFFICE_OF_BEFORE.search(state.text[max(0, prev.idx - 80):prev.idx]):
        return True  # "A spokesperson for the Latvian ministry, Ilze Kalnina,": the office's holder
    if prev is not None and prev.text == "," and _owned_office_before(state.text[max(0, prev.idx - 110):prev.idx]):
        return True  # "Haiti's director of border cooperation, Ziku Tupor,"
    after = state.text[tokens[-1].idx + len(tokens[-1].text):tokens[-1].idx + len(tokens[-1].text) + 50].lower()
    m = re.match(r",\s+(the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", after)
    if m is None:
        return False
    # "X, a deputy foreign minister responsible for ...": after an article the title may be
    # any of the first three words (modifiers first), up to a preposition; without one only
    # the first word ("X, whose head office ..." is no office of X's)
    for word in m.group(2).split() if m.group(1) else m.group(2).split()[:1]:
        if word in lexicon.words("title_core") or word in apposed_roles():
            return True
        if word in _NOT_TITLE_LEADS:
            return False
    return False


@lru_cache(maxsize=None)
def _apposition_titles() -> frozenset[str]:
    """Office words a name may be apposed to or follow ("minister, X", "Minister X")."""
    return lexicon.words("title_core") | {"minister", "secretary"}


@lru_cache(maxsize=None)
def _non_person_words() -> frozenset[str]:
    """Words of agencies, media and portfolios: a name holding one is no person's."""
    return lexicon.words("agency_words") | lexicon.words("media_words") | lexicon.words("portfolio_words")


def _plain_name(words: list[str], state: State) -> bool:
    """Two or three capitalised words the gazetteer does not know, none a word of
    organisations, media or portfolios: the shape of a person's name."""
    if not 2 <= len(words) <= 3 or state.gaz.lookup(" ".join(words)) is not None:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    lowered = {w.lower() for w in words}
    return not (set(words) & lexicon.words("org_heads") or lowered & _non_person_words())


# Burmese styles stay in the name as the golds and the press write it ("U Thein Zaw Oo"),
# but they show that the words after them are a person's name.
_KEPT_STYLES = frozenset({"U", "Daw"})


def _styled_name(tokens: list, state: State) -> bool:
    """'Brigadier Anvei Lavdo', 'U Tin Maung Oo': a rank or style the model took into an
    organisation's name, then the words of a person's name (a rank is cut later)."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    name_start = tokens[1].idx if len(tokens) > 1 and tokens[0].text in _KEPT_STYLES else styles_end(state.text, start, end)
    return name_start != start and _plain_name(_name_words([t for t in tokens if t.idx >= name_start]), state)


# "a spokesperson for the Latvian ministry", "the director of the port authority": an
# office of a body, the comma after it then the name of the person holding it.
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|director|"
    r"head|chief|chairman|chairwoman|chair|president|minister|secretary|adviser|advisor|official|negotiator|"
    r"director-general|deputy|commissioner|governor|mayor|ambassador|envoy)\s+(?:for|of|at|to|in)\s+"
    r"(?:the\s+)?[\w'’ -]{1,60}$")
# "Haiti's director of border cooperation", "Burundi's Minister of Foreign Affairs and
# Development Cooperation", "the programme's presenter": an office owned by a named
# country or body (or a thing owned by "the"), then the comma and its holder. The model
# often calls an unfamiliar holder's name an organisation; where the name starts with no
# listed given name, this office is the only sign it is a person.
_OWNED_OFFICE_BEFORE = re.compile(
    rf"(?:\b[Tt]he\s+[\w-]+|{CAP_CLASS}[\w.-]*(?:\s{CAP_CLASS}[\w.-]*){{0,2}})['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<title>[\w-]+)(?:\s+(?:for|of|at|to|in|on)\s+(?:the\s+)?[\w'’ -]{{1,70}})?$")


@lru_cache(maxsize=1)
def apposed_roles() -> frozenset[str]:
    """Roles of the press (office_media's) and of research that head such an apposition beside the offices."""
    return lexicon.words("programme_hosts") | lexicon.words("press_roles") | lexicon.words("expert_roles")


def _owned_office_before(text: str) -> bool:
    """Whether ``text`` (up to a comma) ends with an owned office: "Haiti's director of
    border cooperation", "the programme's presenter" (not "Haiti's capital, ...")."""
    if "\n" in text:
        text = text.rsplit("\n", 1)[1]
    m = _OWNED_OFFICE_BEFORE.search(text)
    if m is None:
        return False
    title = m.group("title").lower()
    return title in _apposition_titles() or title in apposed_roles()


# Lower-case titles that, right before a capitalised name, make it a person's ("foreign
# minister Margus Tsahkna"); "head", "chief", "leader" are left out ("the regional head Kampala")
LOWER_TITLES_BEFORE_NAMES = frozenset("minister secretary president premier chancellor ambassador envoy governor "
                                       "mayor commissioner spokesman spokeswoman spokesperson".split())


def _person_slot(tokens: list, state: State) -> bool:
    """One to three capitalised words the gazetteer does not know, right after a
    capitalised office word ("Interior Minister Catalin Predoiu") or apposed to
    a counterpart or an office ("his Swedish counterpart, Ebba Busch,"): a
    person, whatever place-like words follow ("..., in Stockholm")."""
    words = _name_words(tokens)
    if not 1 <= len(words) <= 3 or state.gaz.lookup(" ".join(words)) is not None:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return False
    lowered = {w.lower() for w in words}
    if set(words) & (lexicon.words("org_heads") | lexicon.words("street_suffixes") | LANDFORM_TAILS) \
            or lowered & _non_person_words():
        return False
    doc = tokens[0].doc
    prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if prev is None:
        return False
    titles = _apposition_titles()
    if prev.lower_ in titles and (prev.text[:1].isupper() or prev.lower_ in LOWER_TITLES_BEFORE_NAMES):
        return True  # "Interior Minister Catalin Predoiu", "foreign minister Margus Tsahkna"
    if prev.text == "," and prev.i > 0 and doc[prev.i - 1].lower_ in titles | {"counterpart", "counterparts"}:
        return True
    return _apposed_title_after(tokens[-1], titles)


_OWNERS = frozenset("his her their its 's ’s".split())


def _counterpart_modifier(tokens: list) -> bool:
    """'her Kavarna counterpart', 'the mayor's Brasov counterpart': one or two capitalised
    words between an owner and "counterpart" qualify the counterpart (a town, a body);
    they are not the counterpart's name."""
    doc = tokens[0].doc
    i, j = tokens[0].i, tokens[-1].i + 1
    if len(tokens) > 2 or i == 0 or j >= len(doc) or doc[j].lower_ not in {"counterpart", "counterparts"}:
        return False
    return doc[i - 1].lower_ in _OWNERS and all(t.is_alpha and t.text[:1].isupper() for t in tokens)


def _personal_counterpart(tokens: list, state: State) -> bool:
    """'her Tarvik counterpart, Ondrej Halas,': two or three name words apposed to a
    counterpart that "his" or "her" owns are a person, though the model calls them an
    organisation ("its counterpart, Velto Rail" stays a company)."""
    doc = tokens[0].doc
    i = tokens[0].i
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].lower_ not in {"counterpart", "counterparts"}:
        return False
    words = _name_words(tokens)
    if not 2 <= len(words) <= 3 or any(w.isupper() for w in words) or not _person_slot(tokens, state):
        return False
    return any(t.lower_ in {"his", "her"} for t in doc[max(0, i - 6):i - 2]) or words[0] in lexicon.given_names()


_NOT_TITLE_LEADS = frozenset("of the a an in at on for from to with by".split())


def _apposed_title_after(last, titles: set[str]) -> bool:
    """'Le Thi Mai, the spokeswoman of the ministry,' / 'X, a deputy minister,': the office
    apposed after the name makes it a person (the model sometimes calls such a name a
    facility); a few modifiers may stand between ('the chief negotiator'), no 'of' phrase."""
    doc = last.doc
    i = last.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"the", "a", "an"}:
        return False
    j = last.i
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
        j -= 1
    if j > 0 and doc[j - 1].pos_ in {"ADP", "VERB"}:
        return False  # "Speaking to Dolvenik, the minister said": no apposition, a new clause
    for tok in doc[i + 2:i + 6]:
        if tok.lower_ in titles:
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # "X, the minister said": the title opens a clause of its own
            return after is None or (after.text not in {"'s", "’s", "-"} and after.pos_ not in {"VERB", "AUX"})
        if tok.is_punct or tok.lower_ in _NOT_TITLE_LEADS or tok.is_digit:
            return False
    return False


def _is_title_fragment(tokens: list, state: State) -> bool:
    """'British Business' / 'External Affairs' (of '... Secretary X'): portfolio
    words, maybe after a demonym, right before a title word are part of a title,
    not an organisation."""
    if state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    words = [t for t in tokens if t.text not in {"'s", "’s"}]
    if words and state.gaz.country_of_demonym(words[0].text) is not None:
        words = words[1:]
    if not words:
        return False
    last = tokens[-1]
    portfolio = lexicon.words("portfolio_words") | lexicon.words("connectors") | lexicon.words("title_heads")
    doc = last.doc
    k = last.i + 1
    # "Energy" of "Energy and Environment Minister X": more portfolio words, joined by
    # "and" or commas, may come between the piece and the title word
    while k < len(doc) and k - last.i <= 6 and doc[k].lower_ not in lexicon.words("title_core") and (
            doc[k].text in {"and", "&", ","} or doc[k].text[:1].isupper() and doc[k].lower_ in portfolio):
        k += 1
    followed_by_title = k < len(doc) and doc[k].lower_ in lexicon.words("title_core") and doc[k - 1].text != ","
    return followed_by_title and all(t.lower_ in portfolio for t in words)  # "Chief Cabinet" of "... Secretary"


def _inside_title(tokens: list, state: State) -> bool:
    """Portfolio words after an office word and 'of/for/and' belong to the title:
    'Minister for Infrastructure and Regional Development', 'Secretary of Energy
    and Mining'. Names the gazetteer knows and organisation names stay."""
    if state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    if any(t.text in lexicon.words("org_heads") for t in tokens):
        return False
    portfolio = lexicon.words("portfolio_words") | lexicon.words("connectors")
    if not all(t.lower_ in portfolio or t.is_punct for t in tokens):
        return False
    doc = tokens[0].doc
    j = tokens[0].i - 1
    joined = False
    while j >= 0 and tokens[0].i - j <= 12:
        tok = doc[j]
        low = tok.lower_
        if low in lexicon.words("title_core") or low in {"minister", "secretary", "undersecretary", "commissioner"}:
            return joined
        if low in {"of", "for", "and", ",", "&"}:
            joined = True
        elif low not in portfolio and low != "the":
            return False
        j -= 1
    return False


def _title_conjunct(tokens: list, label: str, state: State) -> bool:
    """'Aquaculture' of 'Deputy Minister of Fisheries and Aquaculture': the last
    conjunct of an office's portfolio list, whatever its words, is part of the
    title (the walk back crosses only capitalised words, commas and 'and' to
    'of/for' after an office word)."""
    if len(tokens) > 3 or any(t.text in lexicon.words("org_heads") for t in tokens) \
            or state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    if label == "PERSON" and (len(tokens) > 1 or tokens[0].text in lexicon.given_names()):
        return False
    doc = tokens[0].doc
    j = tokens[0].i - 1
    if j < 1 or doc[j].text not in {"and", "&"}:
        return False
    j -= 1
    seen_of = False
    while j >= 0 and tokens[0].i - j <= 12:
        tok = doc[j]
        low = tok.lower_
        if seen_of and (low in lexicon.words("title_core") or low in {"minister", "secretary", "undersecretary", "commissioner"}):
            return True
        if low in {"of", "for"}:
            seen_of = True
        elif not (tok.text in {",", "and", "&"} or tok.text[:1].isupper() and tok.text not in lexicon.words("org_heads")):
            return False
        j -= 1
    return False


# Malay, Indonesian and Brunei styles of address ("Datuk Seri", "Tan Sri",
# "Dato'", "Haji"): never part of the name itself.
STYLE_WORDS = frozenset("datuk dato dato' dato’ datin seri sri tan tun toh puan encik haji hajah hajjah pehin "
                        "yang berhormat yb".split())


def _strip_honorifics(tokens: list) -> list:
    honorifics = lexicon.words("honorifics")
    after_style = False
    while len(tokens) > 1 and (tokens[0].lower_ in honorifics or _is_style(tokens)
                               or after_style and tokens[0].lower_ in {"seri", "sri", "puan"} and len(tokens) >= 3):
        after_style = tokens[0].lower_ in STYLE_WORDS
        tokens = tokens[1:]
    return tokens


def _is_style(tokens: list) -> bool:
    """A Malay style word ("Datuk", "Tan Sri") leading a name of at least two more words."""
    low = tokens[0].lower_
    if low not in STYLE_WORDS:
        return False
    if low in {"tan", "seri", "sri", "toh"}:  # "Tan" is also a surname, "Sri" a given name
        return len(tokens) >= 3 and tokens[1].lower_ in STYLE_WORDS
    return len(tokens) >= 3 or len(tokens) == 2 and tokens[1].lower_ not in STYLE_WORDS


# Last words of a state's official long name ("United Tarvian States", "Federal Republic").
_STATE_FORM_TAILS = frozenset("States Emirates Kingdom Republic Federation Nations Islands Provinces".split())


# Last words of outlets' names ("Daily News", "Morning Post"): a name ending so is no person glued on.
_OUTLET_TAILS = frozenset("news times post journal tribune herald gazette telegraph chronicle courier daily "
                          "express mirror star sun observer examiner inquirer standard dispatch".split())


_TITLE_OF_RE = re.compile(r"([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _title_portfolio(state: State, start: int) -> bool:
    """Is the text at ``start`` a title's portfolio ("Deputy Minister of | Transport Anton Varga")?
    Then it names the office, no agency of its own (s30)."""
    m = _TITLE_OF_RE.search(state.text[max(0, start - 40):start])
    return m is not None and m.group(1).lower() in lexicon.words("title_heads")


def _split_glued_person(tokens: list, state: State) -> list[Candidate] | None:
    """'Homeland Security Alejandro Mayorkas' -> office/agency + person."""
    if len(tokens) < 3:
        return None
    markers = lexicon.words("portfolio_words") | lexicon.words("title_heads")
    for cut in range(len(tokens) - 2, 0, -1):
        head, tail = tokens[:cut], tokens[cut:]
        if len(tail) > 3 or not all(t.text[:1].isupper() and t.is_alpha for t in tail):
            continue
        if tokens[cut - 1].lower_ not in markers:
            continue
        if not any(t.pos_ == "PROPN" for t in tail):
            continue
        if tail[-1].text in _STATE_FORM_TAILS:
            continue  # "the Governments of the United Kessan States": a country's long name, no person
        if tail[-1].lower_ in _OUTLET_TAILS and len(tail) >= 2:
            continue  # "the Gulf Daily News": an outlet's name, no person "Daily News" (round-28 A4)
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        ts, te = tail[0].idx, tail[-1].idx + len(tail[-1].text)
        tail_text = state.text[ts:te]
        tail_entry = state.gaz.lookup(tail_text)
        if tail_entry is not None and tail_entry.type != "Person":
            continue
        out = [Candidate(ts, te, tail_text, "Person", "ner")]
        head_entry = state.gaz.lookup(state.text[hs:he])
        if head_entry is not None:
            out.append(Candidate(hs, he, state.text[hs:he], head_entry.type, "gaz", head_entry))
        elif tokens[cut - 1].lower_ not in lexicon.words("title_heads") and not _title_portfolio(state, hs):
            out.append(Candidate(hs, he, state.text[hs:he], classify_org(state.text[hs:he]), "ner"))
        return out
    return None
