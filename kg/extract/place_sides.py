"""Places put on one side of a border by a verb, by gapping or by a town's name.

* "The Klobuk crossing lies on the Bosnian side, near Trebinje": a place that lies,
  sits or is on a country's side lies in that country.
* "..., and Ilino Brdo on the Montenegrin side": the second place of the gapped
  clause lies in the second country (whatever the name finder took the name for).
* "Jabuka, on the Serbian side, stays closed": a name the finder took for a person or
  body (no speaker, no relation yet) set off by a side phrase is a place there.
* "Devín, on the Bratislava side": a side named after a town or region (not a
  demonym) puts the place in that town or region.

The country must be one the text names; the gazetteer's own country for a known
place wins. ("Petrov, on the Serbian side, said ..." is a person: a speaker stays one.)
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import country_key, evidence_for
from kg.extract.state import State

_SIDE_WORDS = r"(?:side|bank|shore|end)"
_NAME = r"(?P<dem>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
_AFTER_RE = re.compile(r"(?:,\s+|\s+(?:(?:lies|sits|stands|is|was|lay|sat|remains)\s+))"
                       r"(?:(?:just|right|directly)\s+)?on\s+the\s+(?:(?:far|other|opposite)\s+)?" + _NAME
                       + r"\s+" + _SIDE_WORDS + r"\b")
# "..., and Y on the Montenegrin side" (the verb of the clause before left out)
_GAPPED_RE = re.compile(r"\s+on\s+the\s+(?:(?:far|other|opposite)\s+)?" + _NAME + r"\s+" + _SIDE_WORDS + r"\b")


def apply(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if m.key not in state.entities or state.entity_type(m.key) not in {"Place", "Person", "Organization"}:
            continue
        sent = state.sentence_of(m.start)
        hit = _AFTER_RE.match(state.text, m.end)
        gapped = False
        if hit is None:
            hit = _GAPPED_RE.match(state.text, m.end)
            if hit is None or not re.search(r"(?:,\s*|\s)and\s+(?:the\s+)?$", state.text[max(0, m.start - 12):m.start]) \
                    or not re.search(r"\bon\s+the\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+" + _SIDE_WORDS + r"\b",
                                     state.text[sent.start_char:m.start]):
                continue  # only the second half of "A lies on the X side, and B on the Y side"
            gapped = True
        if hit.end() > sent.end_char:
            continue
        if state.entity_type(m.key) != "Place" and not _maybe_place(state, m.key, gapped or hit.group(0).startswith(",")):
            continue
        target = _side_owner(state, hit.group("dem"), hit.start("dem"), hit.end("dem"))
        if target is None or target == m.key:
            continue
        if state.objects(m.key, "locatedIn") and state.entity_type(target) == "Country":
            known = {state.entity_type(o) for o in state.objects(m.key, "locatedIn")}
            if "Country" in known:
                continue
        entry = state.gaz.lookup(state.entities[m.key].label)
        if entry is not None and entry.country and state.entity_type(target) == "Country" \
                and entry.country != state.entities[target].label:
            continue  # the gazetteer knows better
        state.entities[m.key].type = "Place"
        state.add_relation(m.key, "locatedIn", evidence_for(state, m), obj=target)


def _maybe_place(state: State, key: str, set_off: bool) -> bool:
    """A name the finder took for a person or body that may be a town: no speaker, no
    relation, no organisation head word."""
    entity = state.entities[key]
    if not set_off or entity.unnamed or entity.same_as or set(entity.label.split()) & lexicon.words("org_heads"):
        return False
    if any(s.speaker == key or s.addressee == key for s in state.statements):
        return False
    return not any(key in (r.subject, r.object) for r in state.relations)


def _side_owner(state: State, word: str, start: int, end: int) -> str | None:
    """The country of a demonym ("Bosnian"), or the place a side is named after ("Bratislava")."""
    c = state.gaz.country_of_demonym(word)
    if c is not None and c.type == "Country":
        return country_key(state, c.label)
    hit = state.mention_at(start, end, {"Place", "Country"})
    if hit is not None and hit.start == start and hit.end == end:
        return hit.key
    return None
