"""Names joined by a hyphen or an en dash are one name (round-23 class A7).

"the Chacalluta-Santa Rosa border complex", "traffic at Chacalluta–Santa Rosa",
"the Sèmè-Kpodji terminal": the model reads the parts apart ("Chacalluta" an
organisation, "Santa Rosa" a town, "Rosa" a person) though the dash makes them
one name. A capitalised name, a dash with no space around it and another
capitalised name are one candidate when the parts the other sources found
show what it is:

* a part already read as a place (or the name after a locative preposition:
  "at", "near", "via" ...) makes the whole a Place;
* parts read only as organisations make the whole an Organization.

A pair of countries or bodies ("the Chile-Peru talks", "EU-Ukraine") and a
pair of towns each read as a place ("the Tacna-Arica line": a route between
two places) are no name of their own; a person's hyphenated name ("Sowe-Jallow") is left
to the person rules. The right part keeps a second word only when the first
leads a place name ("Santa Rosa", "La Paz") or another source read the two
words as one name ("Ressano Garcia").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_patterns import NOT_NAME_START, is_descriptor_word
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_W = rf"{CAP_CLASS}[\w]*(?:['’][a-z]{{2,}})?"  # "N'Djamena"-like, never a possessive "'s"
_PAIR_RE = re.compile(rf"(?<![\w'’.-])(?P<a>{_W}(?: {_W})?)[-–](?P<b>{_W})(?P<b2> {_W})?(?![\w'’-])")
# Words that lead a two-word place name, so the right part goes on after them.
_LEADS = frozenset("Santa Santo San São Sao La Le Las Los El Puerto Porto Port Saint St Sainte Ciudad Villa Vila "
                   "Nova Novo Nueva Nuevo Bad Nea Alto Bahía Cabo Cape Mount Lake Fort Grand".split())
_LOCATIVE_RE = re.compile(r"\b(?:at|near|in|from|to|via|through|across|outside|inside|into|past|towards?)\s+(?:the\s+)?$")


def _known_pair_part(part: str, state: State) -> str | None:
    """The gazetteer type of a part ("Chile" -> Country), or None."""
    entry = state.gaz.lookup(part)
    return entry.type if entry is not None else None


def hyphen_names(found: list[Candidate], state: State) -> list[Candidate]:
    """Candidates for dash-joined names the other sources split."""
    text = state.text
    out = []
    for m in _PAIR_RE.finditer(text):
        a_start, a = m.start("a"), m.group("a")
        words = a.split()
        if len(words) == 2 and (words[0] in NOT_NAME_START or _known_pair_part(words[0], state) is not None):
            a_start, a = m.start("a") + len(words[0]) + 1, words[1]  # "The Sèmè-Kpodji", "Peru Tacna-..."
        end = m.end("b")
        if m.group("b2") and (m.group("b") in _LEADS or any(
                c.start == m.start("b") and c.end == m.end("b2") and c.type != "Person" for c in found)):
            end = m.end("b2")
        parts = [a, text[m.start("b"):end]]
        if any(is_descriptor_word(p.split()[0]) or p.split()[0] in NOT_NAME_START for p in parts):
            continue  # "Franco-German", "Sino-Vietnamese": adjectives
        kinds = [_known_pair_part(p, state) for p in parts]
        if any(k not in {None, "Place"} for k in kinds) or all(k == "Place" for k in kinds):
            continue  # "Chile-Peru", "EU-Ukraine", "Tacna-Arica": two names
        if len(a.split()) == 2 and a.split()[0] not in _LEADS and not any(
                c.start == a_start and c.end == a_start + len(a) and c.type != "Person" for c in found):
            continue  # "Kebba Bojang-Sanneh", "Mariama Sowe-Jallow": a given name and a double surname
        if any(c.start <= a_start and end <= c.end for c in found):
            continue  # read whole already
        inner = [c for c in found if a_start <= c.start and c.end <= end or c.start < end and a_start < c.end]
        if any(c.start < a_start or c.end > end for c in inner):
            continue  # a longer name runs across one end
        b_start = m.start("b")
        sides = [[c for c in inner if c.end <= a_start + len(a)], [c for c in inner if c.start >= b_start]]
        if all(side and all(c.type in {"Place", "Country"} for c in side) for side in sides):
            continue  # "the Lobito-Luau stretch": two towns, each read as a place, a pair
        types = {c.type for c in inner}
        locative = _LOCATIVE_RE.search(text[max(0, a_start - 20):a_start]) is not None
        if "Place" in types or "Country" in types and locative or not inner and locative:
            type_ = "Place"
        elif types and types <= {"Organization", "GovernmentAgency"}:
            type_ = "Organization"
        elif "Person" in types and locative:
            type_ = "Place"  # "at Chacalluta-Rosa": "Rosa" read as a person
        else:
            continue
        if state.is_skipped(a_start, end):
            continue
        out.append(Candidate(a_start, end, text[a_start:end], type_, "rule"))
    return out
