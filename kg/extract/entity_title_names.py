"""A person's name right after a long portfolio title, no comma between
(round-27 class A1).

"Slovak Minister of Transport and Construction Pavol Hudák met ...": the NER
misses the name after such a title (or reads it as a place), and the office step then reads "Pavol" as a word of
the portfolio; later "Hudák said" is left a place or an organisation.

The words after "<Title> of/for" are the portfolio, then the name: from the
end back, the name's words are those that are no portfolio word. A word is a
portfolio word when the lexicon lists it, when it closes the portfolio's list
(right after "and", "&" or a comma) or when it has the ending of an abstract
noun ("Transformation", "Procurement", "Security"). Two or three name words
make a Person where no rule or model read a person there; other readings across
the name go.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w'’-]*"
# "Sayyid Badr bin Hamad Al Busaidi", "María de los Ángeles Duarte": a name runs on past these
_PARTICLES = r"(?:bin|bint|ibn|ben|abu|al|el|de|da|das|dos|do|del|della|di|du|la|le|los|las|van|von|der|den|ter|y|e)"
_TITLE = (r"(?:(?:Deputy|Vice|Assistant|Acting|First Deputy|State)[ -])?"
          r"(?:Minister|Secretary|Minister of State|Secretary of State|Undersecretary|Under-Secretary|Commissioner)")
# the title, "of/for", then capitalised words (with list joiners) up to a lower-case word or a stop
# a particle may stand inside the name ("Minister of Infrastructure Sanne de Wit", round-30 S1)
_RE = re.compile(rf"(?<![\w’'-]){_TITLE}\s+(?:of|for)\s+(?:the\s+)?"
                 rf"(?P<run>{_W}(?:(?:,\s+|\s+(?:and|&)\s+|\s+(?:{_PARTICLES}\s+){{0,2}}|\s+){_W})+)"
                 rf"(?=\s*[,.;:)]|\s+(?!{_PARTICLES}\s)[a-z]|\s*$)")
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ity|ism|ure|ics|ance|ence|ness|ship)$")
_NOT_NAME = frozenset("The A An And Of For In On At To".split())


def _portfolio_word(word: str, after_joiner: bool) -> bool:
    bare = word.rstrip(",")
    if bare in lexicon.given_names():
        return False
    return after_joiner or bare.lower() in lexicon.words("portfolio_words") or bool(_ABSTRACT.search(bare.lower())) \
        or word.endswith(",")


def titled_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with a Person for each name after a long title, and readings across it gone."""
    text = state.text
    titles = lexicon.words("title_core") | lexicon.words("title_heads")
    people = []
    for m in _RE.finditer(text):
        if "\n" in m.group(0):
            continue
        tokens = list(re.finditer(r"\S+", m.group("run")))
        words = [t.group(0) for t in tokens]
        # "... Sanne de Wit and Germany's State Secretary ...": a possessive after "and" opens the next title
        cut = next((i for i in range(1, len(words) - 1)
                    if words[i] in {"and", "&"} and words[i + 1].endswith(("'s", "’s"))), None)
        if cut is not None:
            tokens, words = tokens[:cut], words[:cut]
        name: list[int] = []
        for i in range(len(words) - 1, -1, -1):
            after_joiner = i > 0 and (words[i - 1] in {"and", "&"} or words[i - 1].endswith(","))
            if words[i] in {"and", "&"} or _portfolio_word(words[i], after_joiner):
                break
            name.insert(0, i)
        particles = sum(1 for i in name if re.fullmatch(_PARTICLES, words[i]))
        if not 2 <= len(name) - particles <= 3 or len(name) == len(words) or re.fullmatch(_PARTICLES, words[name[0]]):
            continue  # no portfolio left, or no name after it
        name_words = [words[i] for i in name]
        if any(w in _NOT_NAME or w.lower() in titles or w.endswith(("'s", "’s")) for w in name_words):
            continue
        entry = state.gaz.lookup(" ".join(name_words))
        if entry is not None and entry.type != "Person":
            continue
        places = [state.gaz.lookup(w) for w in name_words]
        if any(e is not None and e.type in {"Country", "Place"} for e in places):
            continue
        start = m.start("run") + tokens[name[0]].start()
        end = m.start("run") + tokens[name[-1]].end()
        if state.is_skipped(start, end):
            continue
        people.append(Candidate(start, end, text[start:end], "Person", "rule"))
    if not people:
        return found
    # a reading that runs into the name from the title's side ("Construction Li Wei"), or covers only a
    # part of it, goes; a reading of the title before it stays
    # a reading that runs on past the name knows better: the name is left to it
    people = [p for p in people if not any(c.start < p.end < c.end and c.start >= p.start for c in found)]
    # a person the model or another rule read there stays theirs: only a name nobody read as a person is added
    # (a person read there with the very span is the name confirmed: readings across it go all the same)
    people = [p for p in people if not any(c.type == "Person" and c.start < p.end and p.start < c.end
                                           and (c.start, c.end) != (p.start, p.end) for c in found)]
    kept = [c for c in found if not any(c.start < p.end and p.start < c.end and (c.start, c.end) != (p.start, p.end)
                                        and not (c.source == "gaz" and c.type == "Person") for p in people)]
    return kept + [p for p in people if not any((k.start, k.end) == (p.start, p.end) for k in kept)]
