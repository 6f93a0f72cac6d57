"""Central European place names led by an adjective (round-25 class A6).

"signed in Nové Zámky", "the clinic in Uherské Hradiště", "from Spišská Nová
Ves", "Horní Lideč": Czech and Slovak town names are often an adjective (with
an accented ending: -ský/-ská/-ské, -ný/-ná/-né, -í, -á/-é) and a noun. The
model cuts them after the adjective ("Spišská Nová") or calls them people.

* a name ending in such an adjective runs on to the next capitalised word
  (an adjective never ends a name);
* a person or organisation of two or three words led by such an adjective is a
  place: given names never take these endings (a known given name such as
  "Jiří" is left alone).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# "Nové", "Uherské", "Dolný", "Horní", "Spišská", "Stará": an adjective of a place name (accented ending).
_ADJECTIVE_RE = re.compile(r"[A-ZÀ-ÝČĎĚŇŘŠŤŮŽĽĹŔ][a-zà-ÿčďěňřšťůžľĺŕ]+(?:[skcnlrhvtdbš][ýáé]|[nčřšžcd]í)")
_NEXT_WORD_RE = re.compile(r" ([A-ZÀ-ÝČĎĚŇŘŠŤŮŽĽĹŔ][a-zà-ÿčďěňřšťůžľĺŕ]+(?:-[A-ZÀ-Ý][a-zà-ÿčďěňřšťůžľĺŕ]+)?)(?![\w'’-])")


def _adjective(word: str) -> bool:
    return bool(_ADJECTIVE_RE.fullmatch(word)) and word not in lexicon.given_names()


def adjective_places(found: list[Candidate], state: State) -> None:
    """Extend and retype the candidates the module docstring describes (in place)."""
    text = state.text
    for c in found:
        if c.source == "gaz":
            continue
        words = c.text.split()
        if c.type in {"Person", "Organization"} and 2 <= len(words) <= 3 and _adjective(words[0]) \
                and all(w[:1].isupper() for w in words) and state.gaz.lookup(c.text) is None \
                and not set(words) & lexicon.words("org_heads"):
            c.type = "Place"  # "Horní Lideč" tagged PERSON
        if c.type == "Place" and _adjective(words[-1]):
            nxt = _NEXT_WORD_RE.match(text, c.end)
            if nxt and state.gaz.lookup(nxt.group(1)) is None and nxt.group(1) not in lexicon.words("not_entities"):
                c.end = nxt.end(1)  # "Spišská Nová" + "Ves", "Nové" + "Zámky"
                c.text = text[c.start:c.end]
                c.gaz = None
