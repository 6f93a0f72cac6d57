"""Bodies the model reads as people (round-37 class A1).

* "Tana Water, which supplies most of the capital's suburbs, warned ...",
  "Kivu Power, which runs the grid, said ...": persons take "who", bodies take
  "which"; a name typed as a person before ", which <verb>" is an
  organisation.
* "Lake Water said", "Delta Energy will ...": a two-word name whose last
  word is a utility or company noun (Water, Power, Energy, Gas, Rail, Ports,
  Shipping, Airways, Telecom, Mining, Logistics ...: entity_orgs' company
  tails and the lexicon's ``utility_name_tails``) is an organisation, never
  a person.

The reading holds for the same words everywhere in the text ("Tana Water said"
two sentences on is the same body).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_orgs import INDUSTRY_WORDS
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_UTILITY_TAILS = frozenset(INDUSTRY_WORDS) | lexicon.words("utility_name_tails")
# ", which runs ...", ", which supplies ...": a relative clause that opens with a present verb of what a
# body does, not one about an event ("X, which surprised many", "a statement by X, which said ...")
_WHICH_RE = re.compile(r",\s+which\s+(?:also\s+|now\s+|still\s+|already\s+)?(?!surprised|angered|meant|means|caused|"
                       r"prompted|sparked|drew|led\s+to|came|comes|is\s+(?:why|what|when|seen)|was\s+(?:why|what|seen))"
                       r"[a-z]+s\b(?<!was\b)(?<!has\b)")
# the name opens its sentence or clause, so "which" can only be about it
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?][\"”]?\s+|\n\s*|[;:]\s+|,\s+(?:and|but|while)\s+|\b(?:and|but)\s+)$")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*")


def _body_name(cand: Candidate, state: State) -> bool:
    words = cand.text.split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _WHICH_RE.match(state.text, cand.end) and words[0] not in lexicon.given_names() \
            and _SUBJECT_BEFORE_RE.search(state.text[max(0, cand.start - 12):cand.start]):
        return True  # the subject of its sentence ("a statement by Ana Ruiz, which said ...": the statement)
    return len(words) == 2 and words[1] in _UTILITY_TAILS and words[0] not in lexicon.given_names()


def which_bodies(found: list[Candidate], state: State) -> list[Candidate]:
    """Retype such person readings as organisations (in place; every reading of the same words)."""
    bodies = {c.text for c in found if c.source != "gaz" and c.type == "Person" and _body_name(c, state)}
    for c in found:
        if c.source != "gaz" and c.type == "Person" and c.text in bodies:
            c.type = classify_org(c.text)
    return found
