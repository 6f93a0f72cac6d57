"""Companies named by a descriptor: 'the state power company CELEC', 'Peru's
national utility, Electroperú,', 'Transelec, the grid operator,'.

A capitalised name (or an acronym) right after a lower-case company noun, or
apposed to one, is a company: the descriptor says what the name is, whatever
the NER thought (it often calls a one-word company a person or a place, or
misses an acronym altogether). Whether the state owns it is decided later
(``entities._state_company``); here it is an Organization.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Lower-case nouns that describe a company ("the grid operator", "a state utility").
# Nouns a person may also be ("trader", "contractor", "boat operator") stay out,
# and "operator" counts only after a word for the network it runs.
_INSTITUTIONAL = ("company|utility|firm|corporation|carrier|conglomerate|monopoly|enterprise|airline|railway|"
                  "refiner|insurer|lender|"
                  r"(?:grid|network|system|transmission|distribution|port|pipeline|ferry|rail|railway|state|national|"
                  r"telecom|telecoms|mobile|terminal|airport|canal|power|electricity|gas|water|dam|satellite)\s+operator")
COMPANY_NOUNS = _INSTITUTIONAL + "|producer|supplier|distributor|miner"  # "the oil producer X" (before a name only)
_NAME_WORD = CAP_CLASS + r"[\w&'’-]*(?:\.(?=\w))?[\w&'’-]*"
_PARTICLE = r"(?:de|del|de la|du|des|da|do|dos|das|y|e|et|&)"
# "the state power company CELEC", "Peru's national utility, Electroperú,": the noun, an
# optional comma, then one to four capitalised words (Romance particles inside).
_AFTER_NOUN = re.compile(rf"(?<![\w’'-])(?:{COMPANY_NOUNS})(?P<comma>,?)\s(?P<name>{_NAME_WORD}"
                         rf"(?:\s(?:{_PARTICLE}\s)?{_NAME_WORD}){{0,3}})")
# "Transelec, the grid operator,": the name, then the apposed descriptor.
# An optional capitalised word first is kept only when it is a demonym
# ("Fingrid, the Finnish transmission company,"; see ``_apposed_at``).
_APPOSED = re.compile(rf",\s+(?:the|a|an|its|their)\s+(?:(?P<demonym>{CAP_CLASS}[\w-]*)\s+)?"
                      rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{_INSTITUTIONAL})"
                      rf"(?=\s*[,.;:)]|\s+(?:that|which|said|says|based|owned|run|known|also)\b)")
_CALENDAR = re.compile(rf"(?:{dates.CALENDAR_NAMES})")
# Capitalised words that start clauses or titles; never a company's first word.
_NOT_NAME = frozenset("The A An This That These Those Its Their It He She They We I In On At For With And But Or "
                      "After Before When If As While Since From By To Of CEO CFO COO".split())


def _not_a_name(words: list[str], state: State) -> bool:
    """Words after the noun that are no company name: a clause word, a date, a
    title ("the company Chairman X"), a person or a place the data knows."""
    first = words[0]
    if first in _NOT_NAME or _CALENDAR.fullmatch(first):
        return True
    titles = lexicon.words("title_core") | lexicon.words("title_heads")
    if any(w.lower() in titles for w in words):
        return True
    if first in lexicon.given_names() and not first.isupper():
        return True
    entry = state.gaz.lookup(" ".join(words))
    return entry is not None and entry.type in {"Person", "Place", "Country"}


def descriptor_company_names(state: State) -> list[Candidate]:
    """Candidates for the names right after a company noun."""
    text = state.text
    out = []
    for m in _AFTER_NOUN.finditer(text):
        words = m.group("name").split()
        while words and re.fullmatch(_PARTICLE, words[-1]):
            words.pop()
        if not words or "\n" in m.group("name") or _not_a_name(words, state):
            continue
        if any(w.endswith(("'s", "’s")) for w in words):
            continue  # "the company Norway's ...": an owner, not a name
        start = m.start("name")
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue
        if m.group("comma") and not re.match(r"\s*(?:[,.;:)]|\s(?:and|said|says|which|that|has|had|is|was|will)\b)",
                                             text[end:end + 8]):
            continue  # "the company, Ana said ...": an apposed name ends at a comma or a verb
        out.append(Candidate(start, end, text[start:end], "Organization", "rule"))
    return out


_APPOSED_NAME = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME_WORD}(?: (?:{_PARTICLE} )?{_NAME_WORD}){{0,2}})(?={_APPOSED.pattern})")


def _apposed_at(text: str, pos: int, state: State) -> bool:
    """Does an apposed company descriptor start at ``pos``? A capitalised word
    inside it must be a demonym the gazetteer knows ("the Latvian utility"),
    not a name ("the Baltic Grid operator" is another company)."""
    m = _APPOSED.match(text, pos)
    return m is not None and _demonym_ok(m, state)


def _demonym_ok(m: re.Match, state: State) -> bool:
    word = m.group("demonym")
    return word is None or state.gaz.demonyms.get(word.lower()) is not None


def apposed_company_names(state: State) -> list[Candidate]:
    """'Transelec, the grid operator, said': a name the NER missed before an
    apposed company descriptor (a sentence's first word is often untagged)."""
    out = []
    for m in _APPOSED_NAME.finditer(state.text):
        if not _demonym_ok(m, state):
            continue
        words = m.group("name").split()
        while words and words[0] in _NOT_NAME:
            words = words[1:]
        if not words or "\n" in m.group("name") or any(w.endswith(("'s", "’s")) for w in words) \
                or _not_a_name(words, state) or _surname(" ".join(words), state):
            continue
        start = m.end("name") - len(" ".join(words))
        out.append(Candidate(start, m.end("name"), state.text[start:m.end("name")], "Organization", "rule"))
    return out


def _surname(name: str, state: State) -> bool:
    """Is ``name`` the tail of a longer capitalised name ("Berg" of "Tomas Berg")?"""
    return re.search(rf"(?<![\w’'-]){CAP_CLASS}[\w'’-]+ {re.escape(name)}(?![\w’'-])", state.text) is not None


def company_by_descriptor(cand: Candidate, state: State) -> bool:
    """Is ``cand`` typed by a company noun right before it, or apposed after it?
    A personal name (a known given name first, or the surname of a person the
    text names in full) is never one."""
    if cand.source == "gaz" or cand.type not in {"Person", "Place", "Organization"}:
        return False
    words = cand.text.split()
    if not words or _not_a_name(words, state):
        return False
    if cand.type == "Person" and len(words) > 1 and not cand.text.isupper():
        # "the firm's lawyer, Ana Ruiz": a full personal name; but "Elektrum Tikls, the Estonian
        # grid operator known as EGO,": an unknown two-word name apposed to a company noun is one
        return words[0] not in lexicon.given_names() and _apposed_at(state.text, cand.end, state) \
            and len(words) <= 3
    if cand.type == "Person" and _surname(cand.text, state):
        return False  # a surname: "Tomas Berg ... Berg, the operator,"
    before = re.search(rf"(?<![\w’'-])(?:{COMPANY_NOUNS}),?\s$", state.text[max(0, cand.start - 40):cand.start])
    return bool(before) or _apposed_at(state.text, cand.end, state)
