"""Shared pieces of the title rules: the ``Office`` a rule finds, the token and
sentence at a character, the words that make up a title (heads, portfolios,
courtesy titles, styles of address, local offices) and how a title's words are
cleaned.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.state import State

ORG_TYPES = {"Organization", "GovernmentAgency"}
TITLE_DETS = {"the", "a", "an", "former", "then", "current", "newly", "appointed", "new", "'s", "’s", "acting", "outgoing", "incoming"}
# Courtesy titles between an office and a name (not offices themselves).
HONORIFICS = frozenset("hon h.e excellency dr mr mrs ms prof professor sir dame engr eng amb "
                        "datuk dato dato' dato’ datin seri sri tun pehin sheikh sheikha haji hajah tuan puan "
                        "encik".split()) \
    | frozenset("lic lcdo lcda ing sr sra srta dra arq abog mtro mtra mme mlle".split())  # round-31 O6

# Military ranks a civilian office may name before its holder ("the Minister of Transport,
# Colonel X"): the rank is a style of the person; the office is the title before the comma.
# lower-case rank words, for tokens ("Lieutenant-Colonel" is three tokens: the hyphen is its own)
RANKS = frozenset(w.lower() for w in lexicon.words("military_rank_words"))
# one rank word and its space or hyphen: callers allow a run of a few ("Air Vice-Marshal ")
RANKS_RE = rf"(?:(?:{lexicon.alternation('military_rank_words')})(?:\s+|-))"


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
          r"Pehin(?:\s+Orang\s+Kaya)?|Sheikh|Sheikha|Haji|Hajah|Hon\.?|H\.\s?E\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|"
          r"Lic\.|Lcdo\.|Lcda\.|Ing\.|Sra?\.|Srta\.|Dra\.|Arq\.|Abog\.|Mtr[oa]\.|Mme|Mlle)\s+)")
# Offices of a town or region (the place names the office, the country is the one it lies in).
LOCAL_OFFICES = frozenset("mayor intendente intendant prefect prefeito alcalde alcaldesa burgomaster reeve "
                          "governor lord-mayor deputy-mayor alderman alderwoman "  # round-33 O3: aldermen
                          "voivode".split())  # round-35 O3: a Polish province's governor


# Modifiers that only occur inside a title ("Its managing director, X", "Austria's Federal
# Minister for Mobility, X").
_TITLE_MODIFIERS = frozenset({"managing", "federal"})


def title_vocab() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("portfolio_words") | lexicon.words("connectors") \
        | LOCAL_OFFICES | _TITLE_MODIFIERS


def is_core(word: str) -> bool:
    return word in lexicon.words("title_core") or word in LOCAL_OFFICES


def clean_title(tokens: list[Token]) -> list[Token]:
    tokens = [t for t in tokens]
    while tokens and (tokens[0].lower_ in TITLE_DETS or tokens[0].lower_ in lexicon.words("connectors")):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in lexicon.words("connectors"):
        tokens = tokens[:-1]
    honorific_only = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "hon", "hon.", "h.e.", "h.e"}
    return [t for t in tokens if t.lower_ not in honorific_only]


def has_core(tokens: list[Token]) -> bool:
    return any(is_core(t.lower_) for t in tokens)


def sentence_bounds(state: State, token: Token) -> tuple[int, int]:
    span = state.sentence_span(token.sent)
    return span.start, span.end
