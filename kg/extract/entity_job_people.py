"""People named beside a job, or cut by the model (round-25 class A3).

* "The warning came from Anna-Lena Kurz, purchasing manager of the X
  cooperative", "Its chief executive, Jan-Erik Sundqvist, told": two or three
  title-case words that the model typed as a place or a body, with a job or an
  office apposed right after the name (", [the] <job> of/at ...") or right
  before it ("<job>, <name>,"), are a person's name. Words of bodies, offices
  and places ("Port", "Ministry", "Street") keep a name out.
* "said Per Olof Lindqvist": the model sometimes drops a first given name that
  is also an English word, leaving "Olof Lindqvist". A lone title-case word
  right before a two-word person, inside a sentence (after a lower-case word
  or a comma) and named by nothing else, is the person's first name when it
  is a known given name or the tagger took it for a function word ("Per" a
  preposition); nouns and adjectives the model left out on purpose
  ("Captain", "Acting"), titles, honorifics, days and months, demonyms and
  known names are never taken.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.entity_types import ORG_TAIL_WORDS, Candidate
from kg.extract.state import State

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
# Jobs of people (not of bodies: "a company", "the operator" describe a firm).
_JOBS = ("managing director|chief executive|chief operating officer|chief financial officer|general manager|"
         "manager|director|executive|officer|owner|co-owner|founder|co-founder|chairman|chairwoman|chairperson|"
         "president|vice-president|head|chief|analyst|economist|engineer|researcher|professor|lecturer|"
         "spokesman|spokeswoman|spokesperson|adviser|advisor|consultant|accountant|lawyer|secretary|minister|"
         "negotiator|coordinator|supervisor|foreman|inspector|treasurer|mayor|governor|ambassador|envoy")
# ", purchasing manager of", ", the chief executive of", ", a credit analyst at": the job apposed after
# the name; at most three lower-case words before the job word, then a preposition or a comma.
# A written-out title counts too (", the Principal Secretary in the Ministry of ...").
_JOB_AFTER_RE = re.compile(rf",\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{_JOBS})"
                           rf"(?=\s+(?:of|at|for|with|in)\b|,)"
                           rf"|,\s+the\s+(?:[A-Z][a-z-]+\s+){{0,2}}(?:{_JOBS.replace('|', '|').title()})"
                           rf"(?=\s+(?:of|at|for|with|in)\b|,)")
# "Its chief executive, X," / "The company's owner, X,": the job, a comma, then the name.
_JOB_BEFORE_RE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_JOBS}),\s+$")


def _name_like(cand: Candidate, state: State) -> bool:
    """Two or three title-case words, none a word of bodies, offices or places, no known name."""
    words = cand.text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return False
    if state.gaz.lookup(cand.text) is not None or any(state.gaz.lookup(w) is not None for w in words):
        return False
    not_name = lexicon.words("org_heads") | ORG_TAIL_WORDS | lexicon.words("street_suffixes")
    lowered = lexicon.words("portfolio_words") | lexicon.words("agency_words") | lexicon.words("media_words") \
        | lexicon.words("place_nouns") | lexicon.words("locality_nouns") | lexicon.words("title_heads")
    if any(w in not_name or w.lower() in lowered for w in words):
        return False
    return not any(state.gaz.demonyms.get(w.lower()) is not None for w in words)


def retype_job_people(found: list[Candidate], state: State) -> None:
    """A name with a job apposed before or after it is a Person (in place)."""
    text = state.text
    for cand in found:
        if cand.source == "gaz" or cand.type not in {"Place", "Organization"} or not _name_like(cand, state):
            continue
        line_after = text[cand.end:cand.end + 80].split("\n", 1)[0]
        line_before = text[max(0, cand.start - 60):cand.start].rsplit("\n", 1)[-1]
        if _JOB_AFTER_RE.match(line_after) or (_JOB_BEFORE_RE.search(line_before)
                                               and re.match(r"\s*,", line_after)):
            cand.type = "Person"


# Tags of function words: a capitalised one inside a sentence ("said Per Olof ...") is a name word
# the tagger misread; a capitalised noun or adjective there is a title or a modifier.
_FUNCTION_TAGS = frozenset({"IN", "MD", "CC", "DT", "RB", "TO", "RP", "WDT", "WRB", "PDT", "UH"})
# Words that may stand right before a name without being part of it.
_NOT_GIVEN = frozenset("Mr Mrs Ms Dr Prof Sir Dame Lord Lady Saint St The A An And Or But Seri Sri Datuk Dato Tan Tun".split())


def _title_words() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("honorifics") \
        | lexicon.words("role_nouns") | lexicon.words("portfolio_words")


# 'Minister of the Sea Ana Kovac', 'Minister for Trade and Industry X': a title's last words
_TITLE_TAIL_LEADS = frozenset("the a an of for and".split())


def _unlisted_given(word: str, token, before: str) -> bool:
    """'That was how Tor Einar Hansen put it': a proper noun no list knows, right
    before a two-word name inside a sentence, is a first given name the model left
    out (the words that lead names without being given names are listed; after an
    article, 'of', 'for' or 'and' it ends a title instead)."""
    return token.tag_ == "NNP" and before.lower() not in _TITLE_TAIL_LEADS \
        and word not in lexicon.words("name_lead_non_given") and word not in lexicon.words("not_pronoun_people")


def not_a_given_name(word: str, state: State, styles: frozenset[str]) -> bool:
    """A capitalised word right before a person's name that is no given name of theirs: a
    style, a title, a listed non-entity, a month or weekday, a known actor, a demonym."""
    return word in styles or word.lower() in _title_words() or word in lexicon.words("not_entities") \
        or re.fullmatch(rf"(?:{dates.CALENDAR_NAMES})", word) is not None or state.gaz.lookup(word) is not None \
        or state.gaz.demonyms.get(word.lower()) is not None


def extend_given_names(found: list[Candidate], state: State) -> None:
    """'said Per Olof Lindqvist' tagged 'Olof Lindqvist': take the first name in (in place)."""
    text = state.text
    for cand in found:
        if cand.type != "Person" or cand.source == "gaz" or len(cand.text.split()) != 2:
            continue
        m = re.search(r"(\S+) ([A-Z][a-zà-ÿ]+) $", text[max(0, cand.start - 30):cand.start])
        if m is None or not re.fullmatch(r"[a-z][a-z'’-]*,?|[\w'’.-]+,", m.group(1)):
            continue  # "Datuk Seri Rahman Aziz": a capitalised word before is a style, not inside a sentence
        word = m.group(2)
        start = cand.start - len(word) - 1
        if not_a_given_name(word, state, _NOT_GIVEN):
            continue
        if any(c is not cand and c.start < start + len(word) and start < c.end for c in found):
            continue  # the word names something of its own
        token = state.doc.char_span(start, start + len(word))
        if token is None or token[0].is_sent_start or word not in lexicon.given_names() \
                and token[0].tag_ not in _FUNCTION_TAGS and not _unlisted_given(word, token[0], m.group(1)):
            continue  # "said Captain Olga Berg", "Acting X": a title or a modifier the model left out on purpose
        cand.start = start
        cand.text = text[cand.start:cand.end]
