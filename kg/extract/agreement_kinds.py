"""Agreements the entity step typed as places or bodies, and dated descriptions of the one title.

* "The Tarvo Treaty worked because both sides could check the numbers": a capitalised name
  ending in a treaty word ("Treaty", "Accord", "Protocol" ...) is an Agreement, not a place or
  an organisation (unless the gazetteer knows it as something else); what located it goes.
* "the 2019 declaration, better known as Project Tarvo": the name the text says the dated
  text is better known by is that agreement's alias (never a place); the dated description
  is the Agreement.
* "The 1994 peace treaty already obliges ... The Tarvo Treaty ended the war": a dated
  lower-case description of a kind, when the text names exactly one title of that kind and
  no other agreement of it, is that title (its year the title's dateSigned).
"""

from __future__ import annotations

import re

from kg.extract.agreement_aliases import merge_agreement
from kg.extract.entity_years import YEAR_RE
from kg.extract.state import State

# "the Special Convention of 1900": a year after the kind word still ends a title
_KIND_END_RE = re.compile(r"\s(?:Treaty|Accord|Accords|Agreement|Protocol|Pact|Convention|Memorandum|MoU|MOU|Covenant)"
                          r"(?:\s+of\s+(?:1[6-9]|20)\d\d)?$")
# "the Statute of the Paraná River", "the Treaty of Tarvo", "the Convention on the Ama Basin": a treaty
# word opening a title "of/on/for" (a river or a town after it made the finder read a place)
_KIND_START_RE = re.compile(r"^(?:Statute|Treaty|Convention|Protocol|Accord|Covenant|Agreement|Memorandum|Pact)\s+"
                            r"(?:of|on|for|between|concerning|relating\s+to)\s+\S")
_RETYPE_FROM = {"Place", "Organization", "Person"}


# "the Statute of the Tarvo River": the treaty word and "of the" the finder left before a place's name
_KIND_BEFORE_RE = re.compile(r"\b(?:the|a|an|The)\s+(?P<kind>Statute|Treaty|Convention|Protocol|Covenant)\s+(?:of|on|for)\s+(?:the\s+)?$")


def _kind_before_names(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in {"Place", "Organization"} or entity.unnamed:
            continue
        hit = _KIND_BEFORE_RE.search(state.text, max(0, m.start - 30), m.start)
        if hit is None or any(x.start < m.start and x.end > hit.start("kind") for x in state.mentions if x is not m):
            continue  # the treaty word belongs to a title read already ("the Water Protocol for the Amu Darya")
        if any(x.key == m.key and x.start != m.start for x in state.mentions) and entity.type == "Organization" \
                or state.voiced(m.key):
            continue  # a body named apart too (or one that speaks): "the Protocol of the Tarvo Commission"
        start = hit.start("kind")
        if any(x != m and x.start < m.end and start < x.end for x in state.mentions):
            continue  # another name (an office, a body) holds some of the words
        label = " ".join(state.text[start:m.end].split())
        for r in [r for r in state.relations if m.key in {r.subject, r.object}
                  and not any(x.key == m.key and x.start != m.start for x in state.mentions)]:
            state.remove_relation(r)
        rename_span(state, start, m.end, label, "Agreement")


def apply(state: State) -> None:
    _kind_before_names(state)
    retyped = _retype_titles(state)
    _back_references(state, retyped)
    _better_known_as(state)
    _dated_description_of_title(state)


def _retype_titles(state: State) -> set[str]:
    retyped: set[str] = set()
    for key, entity in list(state.entities.items()):
        if entity.type not in _RETYPE_FROM or entity.unnamed or entity.same_as or len(entity.label.split()) < 2:
            continue
        if not (_KIND_END_RE.search(entity.label) or _KIND_START_RE.search(entity.label)) or not entity.label[:1].isupper():
            continue
        if state.gaz.lookup(entity.label) is not None:
            continue
        if state.voiced(key) or \
                any(r.subject == key and r.predicate in {"represents", "holdsPosition"} for r in state.relations) or \
                any(r.object == key and r.predicate in {"represents", "partOf"} for r in state.relations):
            continue  # it speaks or someone works for it: a body after all
        for r in [r for r in state.relations if key in {r.subject, r.object}]:
            state.remove_relation(r)
        entity.type = "Agreement"
        retyped.add(key)
    return retyped


def _back_references(state: State, retyped: set[str]) -> None:
    """'the Special Convention of 1900, signed in Paris ..., is the treaty that fixes the
    border. It rejected the 1974 Bata Convention': resolution joined "the treaty" to the one
    agreement it knew (named only after it); with the title before it in its sentence now an
    agreement, the description is that title's."""
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement" \
                or not re.search(r"(?:the|this|that)\s+$", state.text[max(0, m.start - 6):m.start]) \
                or not state.text[m.start:m.end][:1].islower():
            continue
        if any(x.key == m.key and x.start < m.start for x in state.mentions):
            continue  # named before: a plain back-reference
        sent = state.sentence_of(m.start)
        before = [x for x in state.mentions if sent.start_char <= x.start and x.end <= m.start and x.key in retyped]
        if not before or before[-1].key == m.key:
            continue
        state.mentions.remove(m)
        entity = state.entities[m.key]
        entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
        state.add_mention(before[-1].key, m.start, m.end, alias=False)


_KNOWN_AS_RE = re.compile(r"\b(?:the|a|an)\s+((?:1[89]|20)\d{2}\s+(?:[a-z][\w-]*\s+){0,2}?(?:declaration|agreement|accord|"
                          r"treaty|protocol|memorandum|pact|deal|arrangement|convention))\s*,\s+(?:(?:better|also|"
                          r"widely|more\s+commonly|commonly)\s+)?known\s+(?:[a-z]+\s+){0,3}?as\s+(?:the\s+)?"
                          r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,4})")


def _better_known_as(state: State) -> None:
    for hit in _KNOWN_AS_RE.finditer(state.text, state.body_start):
        d_start, d_end = hit.span(1)
        n_start, n_end = hit.span(2)
        desc = state.mention_at(d_start, d_end, {"Agreement"})
        if desc is None:
            if state.mentions_in(d_start, d_end):
                continue
            key = state.add_entity(" ".join(hit.group(1).split()), "Agreement").key
            state.add_mention(key, d_start, d_end, alias=False)
        else:
            key = desc.key
        name = " ".join(hit.group(2).split())
        for inner in list(state.mentions_in(n_start, n_end)):
            if inner.key == key or inner.key not in state.entities:
                continue
            other = state.entities[inner.key]
            if other.type in {"Country", "Person"} or other.same_as:
                continue
            for r in [r for r in state.relations if inner.key in {r.subject, r.object}]:
                state.remove_relation(r)
            merge_agreement(state, inner.key, key)
        if not state.mentions_in(n_start, n_end):
            state.add_mention(key, n_start, n_end, alias=False)
        if name != state.entities[key].label:
            state.entities[key].aliases.add(name)


_DATED_RE = re.compile(r"((?:1[89]|20)\d{2})\s+(?:[a-z][\w-]*\s+){0,2}?(treaty|accord|convention|pact|protocol)$")


def _dated_description_of_title(state: State) -> None:
    agreements = [k for k, e in state.entities.items() if e.type == "Agreement"]
    for key in agreements:
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        refs = [m for m in state.mentions if m.key == key and m.start >= state.body_start]
        dated = next((_DATED_RE.search(state.text[m.start:m.end]) for m in refs
                      if _DATED_RE.search(state.text[m.start:m.end])), None)
        if dated is None:
            continue
        kind = dated.group(2).lower()
        same_kind = [k for k in agreements if k != key and k in state.entities
                     and re.search(rf"\b{kind}\b", state.entities[k].label, re.I)]
        titles = [k for k in same_kind if state.entities[k].label[:1].isupper()
                  and state.entities[k].label.lower().endswith(kind)]
        if len(same_kind) != 1 or len(titles) != 1 or re.search(r"\d{4}", state.entities[titles[0]].label):
            continue
        if any(y != dated.group(1) for n in state.entities[titles[0]].aliases for y in YEAR_RE.findall(n)):
            continue  # "the 1990 delimitation treaty" is not the Framework Treaty also called "2007 Framework Treaty"
        if state.gaz.lookup(state.entities[titles[0]].label) is not None:
            continue  # a known treaty carries its own date
        if not entity.label.lower().endswith(kind):
            # "this agreement would go further" read as the same text as "the 1994 peace treaty": only the
            # dated treaty mentions are the title's
            for m in [m for m in refs if _DATED_RE.search(state.text[m.start:m.end])]:
                state.mentions.remove(m)
                entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
                state.add_mention(titles[0], m.start, m.end, alias=False)
                state.entities[titles[0]].aliases.add(" ".join(state.text[m.start:m.end].split()))
                entity.aliases.discard(" ".join(state.text[m.start:m.end].split()))
            entity.aliases = {a for a in entity.aliases if not a.lower().endswith(kind)}
            continue
        alias = entity.label
        merge_agreement(state, key, titles[0])
        state.entities[titles[0]].aliases.add(alias)
