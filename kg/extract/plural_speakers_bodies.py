"""Two countries' bodies of one kind speaking together.

    The Czech and German transport ministries said on Thursday that the
    dredging would start in June.

One statement for each body ('Czech transport ministry', 'German transport
ministry'), each part of its country, not one for an unnamed group. A body the
text already names ('Germany's Ministry of Transport') is that body; otherwise
it gets the label the text would give it alone ('the German transport ministry').
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.evidence import evidence_for
from kg.extract.speakers import forget_entity
from kg.extract.state import State
from kg.extract.sides import country_key_for_word

# plural head -> the singular of one body
_KINDS = {"ministries": "ministry", "agencies": "agency", "authorities": "authority", "departments": "department",
          "regulators": "regulator", "coast guards": "coast guard", "customs services": "customs service",
          "customs administrations": "customs administration", "foreign offices": "foreign office",
          "interior ministries": "interior ministry"}
_GROUP_RE = re.compile(r"(?:the\s+)?(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)\s+"
                       r"(?P<topic>(?:[a-z][\w-]*\s+){0,3}?)(?P<kind>" + "|".join(
                           sorted(_KINDS, key=len, reverse=True)) + r")$")


def bodies_speak(state: State) -> None:
    """Replace each statement of an unnamed '<A> and <B> <topic> ministries' by one per body."""
    split: dict[str, list[str]] = {}
    for statement in list(state.statements):
        key = statement.speaker
        entity = state.entities.get(key)
        if entity is None or not entity.unnamed or entity.type != "Person":
            continue
        if key not in split:
            split[key] = _bodies(state, key)
        bodies = split[key]
        if not bodies:
            continue
        at = state.statements.index(statement)
        state.statements[at:at + 1] = [dataclasses.replace(statement, speaker=b, about=[k for k in statement.about
                                                                                         if k != b])
                                        for b in bodies]
    for key, bodies in split.items():
        if bodies and not state.voiced(key):
            forget_entity(state, key)


def _bodies(state: State, key: str) -> list[str]:
    entity = state.entities[key]
    m = _GROUP_RE.fullmatch(" ".join(entity.label.split()))
    if m is None or not entity.mentions:
        return []
    mention = entity.mentions[0]
    words = m.group("topic").split()
    kind = _KINDS[m.group("kind")]
    out = []
    for side in ("a", "b"):
        start = mention.start + state.text[mention.start:mention.end].find(m.group(side))
        country = country_key_for_word(state, start, start + len(m.group(side)))
        if country is None or state.entity_type(country) != "Country":
            return []
        out.append((country, m.group(side)))
    if out[0][0] == out[1][0]:
        return []
    keys = []
    for country, demonym in out:
        found = _named_body(state, country, kind, words)
        if found is None:
            body = state.add_entity(" ".join([demonym, *words, kind]), "GovernmentAgency")
            state.add_mention(body.key, mention.start, mention.end, alias=False)
            ref = next(r for r in state.mentions if r.key == body.key and r.start == mention.start)
            state.add_relation(body.key, "partOf", evidence_for(state, ref), obj=country)
            found = body.key
        keys.append(found)
    return keys


def _named_body(state: State, country: str, kind: str, words: list[str]) -> str | None:
    """A body of the country the text names whose label has the kind and topic words."""
    need = {*kind.split(), *words}
    for key, e in state.entities.items():
        if e.type != "GovernmentAgency" or e.unnamed or country not in state.objects(key, "partOf"):
            continue
        label = set(re.findall(r"[\w-]+", e.label.lower()))
        if need <= label:
            return key
    return None
