"""A dated lower-case reference is the named agreement signed that year.

"the Statute of the Paraná River, signed in Asunción on March 3, 1980 ... the 1980 statute" /
"the Rhine Shipping Agreement of 2004 ... that 2004 pact": "the <year> <kind>" made an
agreement of its own is the one named (capitalised) agreement the text dates to that year,
by its signing or its title, whatever kind word each uses (statute, accord, pact, agreement).
With two named agreements of that year, or none, the reference stays as it is. Run after
dateSigned.

"is negotiating an annex to the 2019 protocol" / "talks on an addendum to the 1971 Convention on
X": an annex, addendum or amendment to an agreement read as an agreement of its own is that
agreement (negotiating an annex negotiates the base text).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_aliases import merge_agreement
from kg.extract.state import State

_DATED_RE = re.compile(r"(?:(?:the|that|this|its|their)\s+)?(?P<year>(?:1[89]|20)\d\d)\s+(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?P<kind>[a-z]+)")


PART_RE = re.compile(r"(?:an?\s+|the\s+)?(?:new\s+|draft\s+|proposed\s+|additional\s+|technical\s+)?"
                      r"(?:annex|annexe|addendum|amendment|supplement|appendix|revision|update|rider)\s+to\s+(?:the\s+|its\s+|their\s+)?",
                      re.I)


def apply(state: State) -> None:
    _dated_refs(state)
    _part_refs(state)


def _part_refs(state: State) -> None:
    years = _years(state)
    for key, entity in list(state.entities.items()):
        if key not in state.entities or entity.type != "Agreement" or entity.same_as:
            continue
        refs = [m for m in state.mentions if m.key == key]
        for m in refs:
            hit = PART_RE.match(state.text, m.start, m.end)
            if hit is None:
                continue
            inner = [x for x in state.mentions_in(hit.end(), m.end, {"Agreement"}) if x.key != key]
            target = inner[0].key if inner else None
            if target is None:
                dated = _DATED_RE.fullmatch(state.text, hit.end(), m.end)
                named = [k for k in years.get(dated.group("year"), ()) if k != key and k in state.entities
                         and state.entities[k].label[:1].isupper()] if dated else []
                target = named[0] if len(named) == 1 else None
            if target is None:
                continue
            for x in inner:
                state.mentions.remove(x)
                state.entities[x.key].mentions = [sp for sp in state.entities[x.key].mentions
                                                  if not (sp.start == x.start and sp.end == x.end)]
            merge_agreement(state, key, target)
            break


def _years(state: State) -> dict[str, set[str]]:
    years: dict[str, set[str]] = {}
    for r in state.relations:
        if r.predicate == "dateSigned" and r.literal and state.entity_type(r.subject) == "Agreement":
            years.setdefault(r.literal[:4], set()).add(r.subject)
    for key, entity in state.entities.items():
        if entity.type == "Agreement" and entity.label[:1].isupper():
            for year in re.findall(r"\b(?:1[89]|20)\d\d\b", entity.label):
                years.setdefault(year, set()).add(key)
    return years


def _dated_refs(state: State) -> None:
    nouns = lexicon.words("generic_agreement_nouns") | {"covenant", "memorandum", "mou", "statute", "charter"}
    years = _years(state)
    for key, entity in list(state.entities.items()):
        if key not in state.entities or entity.type != "Agreement" or entity.label[:1].isupper() or entity.same_as:
            continue
        hit = _DATED_RE.fullmatch(entity.label)
        if hit is None or hit.group("kind") not in nouns:
            continue
        named = [k for k in years.get(hit.group("year"), ()) if k != key and k in state.entities
                 and state.entities[k].label[:1].isupper()]
        if len(named) != 1:
            continue
        alias = entity.label
        merge_agreement(state, key, named[0])
        target = state.entities[named[0]]
        target.aliases.add(alias)
        # the reference's year is the target's: keep only the fuller signing date
        dated = [r for r in state.relations if r.subject == named[0] and r.predicate == "dateSigned" and r.literal]
        for r in [r for r in dated if len(r.literal) == 4 and any(len(o.literal) > 4 and o.literal.startswith(r.literal)
                                                                   for o in dated)]:
            state.remove_relation(r)
