"""A lone one-word "person" nothing marks as a person is a place (session 29).

    Velora would not agree to the new fees, officials said.
    Kessabad wants the zone's plants on its side of the border.

News introduces a person by full name, a title or a style; a single capitalised
word the model calls a person that the text never gives a first name, a title,
an honorific, an age or an apposition, that no named person carries as a
surname and that is no common given name, is in these texts a capital or town
standing for its government ('Velora would not agree'), which the gold keeps
as a Place. It becomes a Place here; if it later turns out to speak, the
speaker step makes it a person again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.context_cities import person_names
from kg.extract.context_edit import known, personal_name, retype
from kg.extract.state import State

# ", 52," / ", a farmer" / ", who ..." / ", the ...": an apposition or an age marks a person
_APPOSED_RE = re.compile(r"\s*(?:,\s*(?:\d{1,3}\b|a\b|an\b|the\b|who\b|whose\b|aged\b|[a-z]+ (?:of|at|for)\b)|\s*\(\d)")
# "Hawke's Bay", "in Ortega's absence": a possessive is a person's or opens a longer name;
# "Nyirabagenzi said": a speaker (a capital standing for its government is left to the speaker step)
_AFTER_RE = re.compile(r"['’]s\b|\s+(?:said|says|told|added|asked|explained|noted|argued|insisted)\b")
_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")


@lru_cache(maxsize=1)
def _person_marks() -> frozenset[str]:
    # lowercased words that, right before a name, make it a person's ("Mr", "minister", "farmer")
    return frozenset(w.lower().rstrip(".") for w in lexicon.words("honorifics") | lexicon.words("title_heads")
                     | lexicon.words("title_core") | lexicon.words("role_nouns") | lexicon.words("rank_styles"))


def apply(state: State) -> None:
    """Retype lone unmarked one-word person names as places."""
    surnames = None
    for key, entity in list(state.entities.items()):
        if entity.type != "Person" or entity.unnamed or not _WORD_RE.fullmatch(entity.label):
            continue
        if personal_name(entity.label) or known(state, entity.label):
            continue
        if surnames is None:
            surnames = {w for name in person_names(state) for w in name.split()}
        if entity.label in surnames or _marked(state, entity.label):
            continue
        retype(state, key, "Place")


def _marked(state: State, word: str) -> bool:
    """Is any use of ``word`` in the text a person's (a mark before, an apposition after,
    part of a longer capitalised name, a possessive pronoun's antecedent is not checked)?"""
    marks = _person_marks()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", state.text):
        before = state.text[max(0, m.start() - 30):m.start()].split()
        if before:
            prev = before[-1].strip("(\"“,").rstrip(".").lower()
            if prev in marks or prev == "the":  # "knew the Mendozas well": a family, no town
                return True
            if re.search(r"['’]s$", before[-1]):  # "Benin's Adjovi presses Niger": an owner's person
                return True
            if re.search(r"[,.?!][\"”]$", before[-1]):  # '..." Nyirabagenzi said': a quote's speaker
                return True
            if before[-1][:1].isupper() and not before[-1][-1:] in ".!?:;\"”" and prev not in {"the", "a", "in"}:
                if not _sentence_initial(state, m.start() - len(before[-1]) - 1):
                    return True  # "Ana Velora", "Dr Velora": part of a longer name
        if _APPOSED_RE.match(state.text, m.end()) or _AFTER_RE.match(state.text, m.end()):
            return True
    return False


def _sentence_initial(state: State, pos: int) -> bool:
    sentence = state.sentence_of(max(0, pos))
    return sentence is not None and abs(sentence.start_char - pos) <= 1
