"""Where an agreement was signed, read apart from its title; signing by putting one's name to it.

* "put their names to the Memorandum of Understanding on Fisheries Patrols at the
  Palazzo Tarvo in Valletta": the title stops before "at the <venue>" (a building
  word ends the venue); the venue is a Place, located in the town named after it.
* "Malta and Italy on Friday put their names to the X": putting one's name (or
  signature, or pen) to an agreement is signing it: its subject's countries are
  parties and the day is its dateSigned.
"""

from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.agreement_actors import acting_actor
from kg.extract.agreement_dates import verb_day
from kg.extract.agreement_names import move_entity, rekey_uses
from kg.extract.state import State

# the last word of a venue: a building, not a unit or a scheme ("at the South East Heart Unit" stays)
_VENUE_WORDS = (r"Palace|Palazzo|Palais|Palacio|Palácio|Schloss|Castle|Hotel|House|Hall|Villa|Residence|Pavilion|"
                r"Chancellery|Chancery|Centre|Center|Building|Headquarters|Mansion|Fort|Citadel|Kremlin|Lodge|Resort|"
                r"Casa|Quinta|Manor|Auditorium")
_VENUE_TAIL_RE = re.compile(rf"\s+at\s+the\s+((?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{_VENUE_WORDS})(?:\s+[A-Z][\w'’.-]*){{0,3}})$")
_IN_PLACE_RE = re.compile(r"\s+in\s+(?=[A-Z])")


def apply(state: State) -> None:
    _trim_venues(state)


def _trim_venues(state: State) -> None:
    """'the Memorandum on X at the Palazzo Tarvo': the title ends before the venue."""
    for key in [k for k, e in state.entities.items() if e.type == "Agreement" and not e.same_as]:
        entity = state.entities[key]
        hit = _VENUE_TAIL_RE.search(entity.label)
        if hit is None or len(entity.label[:hit.start()].split()) < 3:
            continue
        title = entity.label[:hit.start()]
        venue = hit.group(1)
        old, target = move_entity(state, key, title)
        new_key = target.key
        refs = [m for m in state.mentions if m.key == key]
        state.mentions[:] = [m for m in state.mentions if m.key != key]
        venue_key = None
        for m in refs:
            text = state.text[m.start:m.end]
            at = text.rfind(" at the ")
            if at < 0:
                state.add_mention(new_key, m.start, m.end, alias=False)
                continue
            state.add_mention(new_key, m.start, m.start + at, alias=False)
            v_start = m.start + at + len(" at the ")
            if venue_key is None:
                venue_key = state.add_entity(venue, "Place").key
            state.add_mention(venue_key, v_start, m.end)
            town = _IN_PLACE_RE.match(state.text, m.end)
            place = state.mention_at(town.end(), town.end() + 1, {"Place", "Country"}) if town else None
            if place is not None and place.start == town.end() and place.key != venue_key:
                state.add_relation(venue_key, "locatedIn", state.sentence_span(state.sentence_of(m.start)),
                                   obj=place.key)
        target.aliases |= {a for a in old.aliases if " at the " not in a and a != title}
        rekey_uses(state, key, new_key)


_NAME_NOUNS = frozenset("name names signature signatures pen".split())


def put_names_to(state: State) -> None:
    """'Malta and Italy on Friday put their names to the X': the subject's countries are
    parties of X, and the day (of the verb, or right before it) its dateSigned."""
    for sent in state.body_sentences():
        for tok in sent:
            if tok.lemma_.lower() != "put" or tok.tag_ != "VBD" or any(c.dep_ in {"aux", "neg"} for c in tok.children):
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in _NAME_NOUNS for c in tok.children):
                continue
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
            preps += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
            pobj = next((p for prep in preps for p in prep.children if p.dep_ == "pobj"), None)
            target = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Agreement"}) if pobj is not None else None
            if target is None:
                continue
            evidence = state.sentence_span(sent)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                for t in (subj, *subj.conjuncts):
                    k = acting_actor(state, t)
                    if k is not None and k != target.key and state.entity_type(k) == "Country":
                        state.add_relation(k, "partyTo", evidence, obj=target.key)
            value = verb_day(state, tok, sent)
            if value and not any(r.subject == target.key and r.predicate == "dateSigned" for r in state.relations):
                state.add_relation(target.key, "dateSigned", evidence, literal=value)


# "Sudan co-signed the declaration in Dubai in November 2021"
_CO_SIGNED_RE = re.compile(r"\s+(?:co-?signed|countersigned)\s+(?:the\s+)?")
_KIND_RE = re.compile(r"(declaration|agreement|accord|treaty|protocol|memorandum|pact|convention|charter|deal)\b", re.I)
_IN_DATE_RE = re.compile(r"[^.;]{0,50}?\bin\s+((?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d{2})\b")


def co_signed(state: State) -> None:
    """'Sudan co-signed the declaration in Dubai in November 2021': the country before
    "co-signed" is a party of the agreement named after it ("the declaration": the one of
    that kind named last before), and the month or year after it the signing date."""
    for c in [m for m in state.mentions if m.start >= state.body_start and state.entity_type(m.key) == "Country"]:
        hit = _CO_SIGNED_RE.match(state.text, c.end)
        if hit is None:
            continue
        target = state.mention_at(hit.end(), hit.end() + 1, {"Agreement"})
        if target is None or target.start != hit.end():
            kind = _KIND_RE.match(state.text, hit.end())
            if kind is None:
                continue
            word = kind.group(1).lower()
            before = [m for m in state.mentions if m.end <= c.start and m.key in state.entities
                      and state.entity_type(m.key) == "Agreement"
                      and re.search(rf"\b{word}\b", state.entities[m.key].label, re.I)]
            if not before:
                continue
            key = before[-1].key
            state.add_mention(key, kind.start(), kind.end(), alias=False)
            end = kind.end()
        else:
            key, end = target.key, target.end
        sent = state.sentence_of(c.start)
        evidence = state.sentence_span(sent)
        state.add_relation(c.key, "partyTo", evidence, obj=key)
        when = _IN_DATE_RE.match(state.text, end, sent.end_char)
        value = dates.resolve(when.group(1), None) if when else None
        if value and not any(r.subject == key and r.predicate == "dateSigned" for r in state.relations):
            state.add_relation(key, "dateSigned", evidence, literal=value)
