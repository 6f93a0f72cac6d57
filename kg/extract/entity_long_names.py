"""People with three- and four-part names (round-35 class A1).

"Talks also involved Firmin Nze Ekomi, who governs the province", "On Tuesday,
Rosine Ndong Mba Obiang met ...", "Ndong Mba Obiang said": the model often reads
a long name it does not know (Gabonese, Spanish double surnames, East African
names) as an organisation or a place. Such a name is a person

* when a relative "who" follows it ("X, who governs ...": bodies take "which");
* when it opens with a given name, or has three words or more and is the
  subject of a verb people do (said, met, told ...), and no word of it heads
  a body;
* when its words are the last two or more words of a person named in the text
  ("Nze Ekomi" after "Firmin Nze Ekomi"), so that it resolves to that person;
* when it is coordinated with a person ("Officials including Marie Essono
  Ondo and Rosine Ndong Mba Obiang").

Two neighbouring repairs live here too: a sentence's end inside a span ends the
name ("the state importer SONAPET. The ministry", class A4), and the name after
a local office is the place it serves ("the prefect of Haut-Ogooué", class A6).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.entity_company_heads import COMPANY_HEADS
from kg.extract.entity_orgs import INDUSTRY_WORDS
from kg.extract.entity_types import Candidate, cut_candidate
from kg.extract.state import State

# words of firms', campaigns' and places' names that no person's name has ("Ben Thanh Market")
_BODY_WORDS = lexicon.words("non_person_name_words") | frozenset(INDUSTRY_WORDS)
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+")
# "Rosine Ndong Mba Obiang met ...", "... said": a long plain name doing what people do
_PERSON_VERB_RE = re.compile(r"\s+(?:said|says|told|met|added|visited|urged|warned|stressed|noted|explained|insisted|"
                             r"argued|recalled|admitted|conceded|wrote|travelled|traveled|flew|spoke)\b")
_WHO_RE = re.compile(r",\s+who\s+(?!is\s+(?:a|an|the)\s+(?:company|firm|group)\b)")


@lru_cache(maxsize=1)
def _not_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words of bodies, and lower-cased words of offices, bodies, media and places:
    none is a word of a person's name (built once; read for every candidate)."""
    stop = lexicon.words("org_heads") | lexicon.words("bare_org_heads") | lexicon.words("body_name_tails")
    lower = lexicon.words("title_core") | lexicon.words("portfolio_words") | lexicon.words("agency_words") \
        | lexicon.words("media_words") | lexicon.words("place_nouns") | lexicon.words("street_suffixes")
    return frozenset(stop), frozenset(lower)


def plain_name(cand: Candidate, state: State) -> bool:
    """Capitalised words only, none a word of a body, an office, a place kind or a medium."""
    words = cand.text.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    stop, lower = _not_name_words()
    if any(w in stop or w in _BODY_WORDS or w in COMPANY_HEADS or w.lower() in lower for w in words):
        return False
    if any(state.gaz.lookup(w) is not None and state.gaz.lookup(w).type in {"Country", "Place"} for w in words):
        return False  # "Kenya Ports", "Lake Malawi": a place's name inside
    if any(state.gaz.demonyms.get(w.lower()) is not None for w in words):
        return False
    return state.gaz.lookup(cand.text) is None


def retype_long_name_people(found: list[Candidate], state: State) -> None:
    """Retype such organisation and place readings as people (in place)."""
    given = lexicon.given_names()
    people = [c.text.split() for c in found if c.type == "Person" and len(c.text.split()) >= 3]
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "Place"} or not plain_name(c, state):
            continue
        words = c.text.split()
        tail_of_person = any(len(p) > len(words) and p[-len(words):] == words for p in people)
        # "traders from Moyale Town, who ...": after a preposition the "who" is the people's, not the place's
        who = _WHO_RE.match(state.text, c.end) is not None and not (
            c.type == "Place" and re.search(r"\b(?:in|at|from|of|near|to|around|outside)\s+(?:the\s+)?$",
                                            state.text[max(0, c.start - 12):c.start]))
        given_lead = words[0] in given and len(words) >= 3
        acts = len(words) >= 3 and _PERSON_VERB_RE.match(state.text, c.end) is not None
        if tail_of_person or who or given_lead or acts:
            c.type = "Person"


# "according to the state importer SONAPET. The ministry ...": a sentence's end inside a span ends the
# name (round-35 A4); an initial or a dotted abbreviation ("J. Smith", "U.S. Navy") is no sentence end
_SENTENCE_END_RE = re.compile(r"(?<=[A-Za-zÀ-ÿ]{3})\.\s+(?=(?:The|A|An|This|That|These|It|Its|He|She|They|We|I|But|And|"
                              r"In|On|At|For|Yet|So|Officials|Both)\b)")


def cut_sentence_tail(cand: Candidate, state: State) -> bool:
    """Cut a span at a sentence end inside it; False when nothing of a name is left."""
    if cand.source == "gaz":
        return True
    m = _SENTENCE_END_RE.search(cand.text)
    if m is None:
        return True
    return cut_candidate(cand, state, m.start())


# "the prefect of Haut-Ogooué", "the governor of Woleu-Ntem", "member of parliament for Baalbek": the name
# after a local office is the place it serves (round-35 A6)
_LOCAL_OFFICE_RE = re.compile(r"\b(?:prefect|sub-prefect|governor|lieutenant\s+governor|mayor|deputy\s+mayor|voivode|"
                              r"member\s+of\s+parliament|MP|senator|councillor|councilor)\s+(?:of|for)\s+$", re.I)


# banks and parties a governor or an MP may be "of" / "for"
_NOT_SERVED = frozenset("Banco Banque Banca Bank Central Reserve Labour Conservative Conservatives Liberal Liberals "
                        "Green Greens Democrats Republicans Socialists".split())


def retype_served_places(found: list[Candidate], state: State) -> None:
    """Retype the organisation or person reading of a place a local office serves (in place)."""
    heads = lexicon.words("org_heads") | lexicon.words("bare_org_heads") | lexicon.words("body_name_tails")
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "Person"}:
            continue
        if not _LOCAL_OFFICE_RE.search(state.text[max(0, c.start - 40):c.start]):
            continue
        words = c.text.split()
        if len(words) > 3 or set(words) & (heads | _NOT_SERVED) or any(w[:1].islower() for w in words):
            continue
        c.type = "Place"


_AND_PERSON_RE = re.compile(r"\s*(?:,|and|&)\s*$")


def retype_coordinated_people(found: list[Candidate], state: State) -> None:
    """'Officials including Marie Essono Ondo and Rosine Ndong Mba Obiang': a plain name coordinated
    with a person is a person too (in place)."""
    people = [c for c in found if c.type == "Person"]
    for c in found:
        if c.source == "gaz" or c.type not in {"Organization", "Place"} or not plain_name(c, state):
            continue
        if len(c.text.split()) < 2 or c.text.split()[0] not in lexicon.given_names() and len(c.text.split()) < 3:
            continue
        before = any(p.end <= c.start and c.start - p.end <= 6 and _AND_PERSON_RE.fullmatch(" " + state.text[p.end:c.start])
                     for p in people)
        after = any(c.end <= p.start and p.start - c.end <= 6 and re.fullmatch(r"\s*(?:and|&)\s*", state.text[c.end:p.start])
                    for p in people)
        if before or after:
            c.type = "Person"


def tail_mentions(found: list[Candidate], state: State) -> list[Candidate]:
    """'"...," Ndong Mba Obiang said' after 'Rosine Ndong Mba Obiang': the later short form of a long name
    the model missed is a mention of the person, whole (never "Ndong" and "Mba Obiang" apart)."""
    text = state.text
    out = []
    taken = [(c.start, c.end) for c in found]
    for person in [c for c in found if c.type == "Person" and len(c.text.split()) >= 3]:
        words = person.text.split()
        for n in range(len(words) - 1, 1, -1):  # the longest tail first: "Ndong Mba Obiang", then "Mba Obiang"
            tail = " ".join(words[-n:])
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(tail)}(?![\w'’-])", text):
                s, e = m.span()
                if person.start <= s < person.end or any(a <= s and e <= b for a, b in taken):
                    continue
                if re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", text[max(0, s - 30):s]) and not re.search(
                        r"[.!?\"”:]\s+[A-ZÀ-Ý][\w'’-]*\s+$", text[max(0, s - 30):s]):
                    continue  # a capitalised word before it belongs to another name ("Jean Mba Obiang")
                out.append(Candidate(s, e, tail, "Person", "rule"))
                taken.append((s, e))
    return found + out


# "Kye-Ossi's mayor, Blaise Owona Mvondo, said", "Gabon's Minister of Commerce and Promotion of Small
# and Medium Enterprises, Rosine Ndong Mba, met ...": a name apposed to an office (a clause before the
# comma with an office word) is a person, whole -- the model cuts its first word or misses it
_NAME_WORDS_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,3}")
_FUNCTION_WORDS = frozenset("The A An In On At But And When After Before While As If For From With By Of To Its His Her "
                            "Their This That These Those Mr Mrs Ms Dr".split())


def _office_clause_before(state: State, comma: int) -> bool:
    """The clause before the comma at ``comma`` names an office ("Kye-Ossi's mayor", "The governor of
    X province", "Gabon's Minister of Commerce and ...")."""
    text = state.text
    start = max(text.rfind(",", 0, comma), text.rfind(".", 0, comma), text.rfind("\n", 0, comma), comma - 120) + 1
    words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ-]+", text[start:comma])}
    return bool(words & _office_words())


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    return lexicon.words("title_core") | {"minister", "mayor", "governor", "voivode", "prefect"}


def apposed_office_names(found: list[Candidate], state: State) -> list[Candidate]:
    """Extend a person cut after its first word and add one the model missed (the pattern above)."""
    text = state.text
    given_or_title = lexicon.words("title_core") | lexicon.words("portfolio_words")
    taken = [(c.start, c.end) for c in found]
    for c in found:
        if c.source == "gaz" or c.type != "Person" or len(c.text.split()) < 2:
            continue
        m = re.search(r"(?<=, )([A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+$", text[max(0, c.start - 30):c.start])
        if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1).lower() in given_or_title:
            continue
        start = c.start - (len(text[max(0, c.start - 30):c.start]) - m.start(1))
        if any(a <= start < b for a, b in taken) or state.gaz.lookup(m.group(1)) is not None \
                or state.gaz.demonyms.get(m.group(1).lower()) is not None:
            continue
        if not _office_clause_before(state, start - 2) or not re.match(r"\s*,", text[c.end:]):
            continue
        c.start, c.text = start, text[start:c.end]
    out = []
    for m in re.finditer(r"(?<=, )" + _NAME_WORDS_RE.pattern + r"(?=,)", text):
        s, e = m.span()
        if s < state.body_start or any(a < e and s < b for a, b in taken):
            continue
        cand = Candidate(s, e, m.group(0), "Person", "rule")
        if len(m.group(0).split()) < 3 or not plain_name(cand, state) or m.group(0).split()[0] in _FUNCTION_WORDS:
            continue  # two words are often a place's or a body's name; three plain ones after an office are a person
        if _office_clause_before(state, s - 2):
            out.append(cand)
            taken.append((s, e))
    # "... and South Africa's Minister of International Relations, Naledi Mokoena.": two plain words
    # closing the sentence (or before "said") right after an office clause are a person too (s31)
    for m in _TWO_NAME_WORDS_END_RE.finditer(text, state.body_start):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        cand = Candidate(s, e, m.group(1), "Person", "rule")
        if not plain_name(cand, state) or m.group(1).split()[0] in _FUNCTION_WORDS:
            continue
        if _office_clause_before(state, s - 2) and _formal_title_before(text, s - 2):
            out.append(cand)
            taken.append((s, e))
    return found + out


_TWO_NAME_WORDS_END_RE = re.compile(r"(?<=, )([A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)"
                                    r"(?=\.(?:\s|$)|\s+(?:said|says|told)\b)")


def _formal_title_before(text: str, comma: int) -> bool:
    """The clause before the comma ends in a formal title: "Minister of X", "Director-General of Customs"
    (a capitalised title word, then "of"/"for" and capitalised words up to the comma)."""
    start = max(text.rfind(".", 0, comma), text.rfind("\n", 0, comma), comma - 160) + 1
    return re.search(r"\b[A-Z][\w-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|the|for|[A-Z][\w'’-]*))*$",
                     text[start:comma]) is not None
