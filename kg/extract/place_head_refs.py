"""Short references to a place the text named in full, and demonyms taken for places.

* "the Strait of Otranto ... a cable across the Strait" / "the Persian Gulf ... ships sail to
  the Gulf" -> the bare capitalised head word after "the" is the one named place with that
  head (never a Place "Strait" of its own); two named straits leave it alone.
* "the Ama-Lumi one-stop border post ... traffic at the Ama-Lumi crossing" -> one place (the
  same hyphenated pair with another facility noun is the same crossing), named as first written.
* "from Atherinolakkos on Crete to Vasilikos" read as one place "Atherinolakkos on Crete" -> the
  town and the island (a known place, or one the text names apart), the town on it.
* "the Lagos-Cotonou ferry route", "the Beira corridor railway", "the Chirundu border trade zone":
  a lower-case head after a place's name (or a link's kind word) is part of the label, the whole
  label one place ("the Tembo police zone" a police body); never cut before the head.
* "links Mazyunah in Oman with Yemeni territory" -> no Place "Yemeni": a bare demonym names no
  place (its country is an entity of its own when the text names it).
"""

from __future__ import annotations

import re

from kg.extract.resolve_merge import absorb_linked
from kg.extract.state import State

_HEADS = frozenset("Strait Straits Gulf Bay Lake Canal Channel Delta River Sea Pass Peninsula Lagoon Sound Corridor "
                   "Valley Basin Reservoir Dam Bridge Tunnel Island Islands".split())
_THE_RE = re.compile(r"\b[Tt]he\s+$")
_PAIR_RE = re.compile(r"(?P<pair>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?[-–][A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)\s+"
                      r"(?P<kind>(?:[a-z][\w-]*\s+){0,3}?(?:crossing|post|border\s+post|checkpoint|land\s+port|"
                      r"border\s+point|crossing\s+point|bridge|station|terminal|gate))$")


def apply(state: State) -> None:
    _bare_heads(state)
    _demonym_places(state)
    _on_island_splits(state)
    _lowercase_heads(state)


def _bare_heads(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or entity.label not in _HEADS or entity.same_as or key not in state.entities:
            continue
        refs = [m for m in state.mentions if m.key == key]
        if not refs or not all(_THE_RE.search(state.text, max(0, m.start - 5), m.start) for m in refs):
            continue  # "Lake" opening a sentence, or a name of its own: leave it
        first = refs[0].start
        owners = []
        for k, e in state.entities.items():
            words = e.label.split()
            if k == key or e.type != "Place" or len(words) < 2 or entity.label not in (words[0], words[-1]):
                continue
            if any(m.key == k and m.start < first for m in state.mentions):
                owners.append(k)
        if len(owners) == 1:
            absorb_linked(state, key, owners[0])


def pair_facilities(state: State) -> None:
    """After the unit-word merge ("the A-B land crossing" is "the A-B crossing")."""
    seen: dict[str, str] = {}
    for key, entity in sorted(state.entities.items(),
                              key=lambda kv: min((m.start for m in state.mentions if m.key == kv[0]), default=10**9)):
        if entity.type != "Place" or key not in state.entities:
            continue
        hit = _PAIR_RE.fullmatch(entity.label)
        if hit is None:
            continue
        pair = re.sub(r"[–]", "-", hit.group("pair"))
        if pair in seen and seen[pair] in state.entities:
            absorb_linked(state, key, seen[pair])
        else:
            seen[pair] = key


def _demonym_places(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or " " in entity.label or entity.same_as or entity.aliases:
            continue
        country = state.gaz.country_of_demonym(entity.label)
        if country is None or country.label == entity.label or state.gaz.lookup(entity.label) is not None:
            continue
        if any(key in (r.subject, r.object) for r in state.relations) \
                or any(key == s.speaker or key in s.about for s in state.statements):
            continue
        for m in [m for m in state.mentions if m.key == key]:
            state.remove_mention(m)
        state.entities.pop(key, None)


_ON_RE = re.compile(r"(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+on\s+(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _on_island_splits(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass
    from kg.extract.evidence import evidence_for

    for key, entity in list(state.entities.items()):
        hit = _ON_RE.fullmatch(entity.label)
        if entity.type != "Place" or hit is None or entity.same_as or state.gaz.lookup(entity.label) is not None:
            continue
        b = hit.group("b")
        entry = state.gaz.lookup(b)
        named_apart = any(e.label == b and k != key for k, e in state.entities.items())
        if not (entry is not None and entry.type in {"Place", "Country"} or named_apart):
            continue
        for m in [m for m in state.mentions if m.key == key]:
            surface = state.text[m.start:m.end]
            inner = _ON_RE.fullmatch(surface)
            if inner is None or any(x != m and x.start < m.end and m.start < x.end and state.entity_type(x.key) not in
                                    {"Place", "Country"} for x in state.mentions):
                continue
            town = rename_span(state, m.start, m.start + inner.end("a"), inner.group("a"), "Place")
            island = rename_span(state, m.start + inner.start("b"), m.end, entry.label if entry else b,
                                 entry.type if entry else "Place", same_as=entry.same_as if entry else None)
            if key not in state.entities:
                for r in [r for r in state.relations if key in (r.subject, r.object)]:
                    state.remove_relation(r)  # read of the merged name, which names nothing now
            town_m = next(x for x in state.mentions if x.key == town.key and x.start == m.start)
            if island.type == "Place" or island.type == "Country":
                state.add_relation(town.key, "locatedIn", evidence_for(state, town_m), obj=island.key)


# the words a label may run on with ("ferry route", "corridor railway", "border trade zone")
_TAIL_MODS = r"(?:border|trade|cross-border|economic|free|special|industrial|export|customs|police|security|ferry|rail|road)"
_TAIL_RE = re.compile(rf"[ \t]+(?:{_TAIL_MODS}[ \t]+){{0,2}}(?P<head>route|railway|zone|corridor|line)\b(?![-'’])")
_LINK_TAIL = frozenset("ferry corridor railway route line road crossing bridge".split())


def _lowercase_heads(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in {"Place", "Person"} or entity.same_as and entity.type == "Person":
            continue
        if not re.search(r"\b[Tt]he\s+$", state.text[max(0, m.start - 5):m.start]):
            continue
        hit = _TAIL_RE.match(state.text, m.end)
        if hit is None or any(x != m and x.start < hit.end() and m.start < x.end for x in state.mentions):
            continue  # another name holds some of the words ("chief of the Noorderkempen police zone")
        surface = " ".join(state.text[m.start:m.end].split())
        last = surface.split()[-1]
        police = re.search(r"\bpolice\s+zone$", state.text[m.end:hit.end()]) is not None
        if entity.type == "Person" and (any(m.key in (r.subject, r.object) for r in state.relations)
                                        or not police and state.voiced(m.key)):
            continue  # a person who speaks stays one ("The Tembo police zone said" is the zone's statement)
        if last[:1].islower() and last not in _LINK_TAIL:
            continue  # "the Ama district line": a unit's name runs on no further
        if not last[:1].islower() and len(state.text[m.end:hit.end()].split()) < 2:
            continue  # "the Magdalena route", "the Svalbard zone": the bare name is the place, no new one
        label = f"{surface}{' '.join([''] + state.text[m.end:hit.end()].split())}"
        old_key = m.key
        new = rename_span(state, m.start, hit.end(), label, "GovernmentAgency" if police else "Place")
        if not re.search(r"\s[a-z]", surface):
            new.aliases.discard(surface)  # "Chirundu" of "the Chirundu border trade zone" is the town, no other name
        if old_key not in state.entities:
            for r in [r for r in state.relations if old_key in (r.subject, r.object)]:
                state.remove_relation(r)
                subject, obj = (new.key if k == old_key else k for k in (r.subject, r.object))
                if subject != obj:
                    state.add_relation(subject, r.predicate, r.evidence, obj=obj, literal=r.literal)
            for st in state.statements:
                st.speaker = new.key if st.speaker == old_key else st.speaker
                st.addressee = new.key if st.addressee == old_key else st.addressee
