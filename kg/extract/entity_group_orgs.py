"""Lower-case group organisations named with a place (round-19 class A10).

"who heads the Tarvo fishermen's union", "the Mosi traders' association",
"who chairs the Kessa fishing cooperative": a capitalised place name, a
lower-case group of people (a possessive plural: "fishermen's", "traders'")
or a lower-case trade word after "heads/leads/chairs/head of", and a group
noun make one organisation, labelled as written without the article. The
model tags the place alone (an organisation "Tarvo").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_GROUP_NOUNS = ("union|association|cooperative|co-operative|federation|guild|syndicate|council|committee|"
                "collective|alliance|network|chamber")
_PLACE = rf"{CAP_CLASS}[\w-]*(?: {CAP_CLASS}[\w-]*)?"
# "the Tarvo fishermen's union", "the Mosi traders' association", "the Kessa women's cooperative"
_POSSESSIVE_RE = re.compile(
    rf"\b[Tt]he\s+(?P<name>{_PLACE}\s+(?:[a-z-]+\s+)?[a-z-]+(?:['’]s|s['’])\s+(?:[a-z-]+\s+)?(?:{_GROUP_NOUNS}))(?![\w-])")
# "who heads the Kessa fishing cooperative", "head of the Biru farmers union"
_HEADED_RE = re.compile(
    rf"\b(?:heads|headed|leads|led|chairs|chaired|runs|head|leader|chair|chairman|chairwoman|president|secretary|"
    rf"member|members)\s+(?:of\s+)?the\s+(?P<name>{_PLACE}\s+(?:[a-z-]+\s+){{1,2}}(?:{_GROUP_NOUNS}))(?![\w-])")

# "purchasing manager of the Campo Verde cooperative": a proper name and a lower-case body noun right
# after it are one name (round-25 A2); only nouns that never describe a place ("the Tarvo council" may).
_NAMED_RE = re.compile(
    rf"\b[Tt]he\s+(?P<name>{CAP_CLASS}[\w-]*(?: {CAP_CLASS}[\w-]*){{0,2}}\s+"
    rf"(?:cooperative|co-operative|association|consortium|syndicate|guild|collective))(?![\w'’-])")


_REGION_WORDS = frozenset("Baltic Atlantic Pacific Arctic Mediterranean Adriatic Caribbean Nordic Scandinavian Balkan "
                          "Andean African Asian European American Arab Latin Central Eastern Western Northern "
                          "Southern Regional International Global".split())


def group_orgs(state: State) -> list[Candidate]:
    """Organisation candidates for the names described in the module docstring."""
    out = []
    seen: set[int] = set()
    for pattern in (_POSSESSIVE_RE, _HEADED_RE, _NAMED_RE):
        for m in pattern.finditer(state.text):
            start, end = m.start("name"), m.end("name")
            if start in seen or "\n" in m.group(0):
                continue
            place = m.group("name").rsplit(None, 1)[0] if pattern is _NAMED_RE else re.match(_PLACE, m.group("name")).group(0)
            if pattern is _NAMED_RE and (state.gaz.country_of_demonym(place) is not None
                                         or place.split()[-1] in _REGION_WORDS | lexicon.words("region_demonyms")
                                         or place.split()[0] in {"The", "A", "An", "New", "Old", "National"}):
                continue  # "the Kenyan cooperative", "the Nordic association": a description, no name
            entry = state.gaz.lookup(place)
            if state.gaz.country_of_demonym(place) is not None and entry is None:
                continue  # "the Kenyan farmers' union": a description, no name
            if place.split()[0] in {"The", "A", "An", "This", "That", "Its", "Their"}:
                continue
            seen.add(start)
            out.append(Candidate(start, end, state.text[start:end], "Organization", "rule"))
    return out
