"""Places inside places: the nearest container is the direct one (a pass after
the relation step, which reads each place phrase on its own).

* "the Tarvian town of Bari in Kessa governorate" / "Ak-Tor, a Tarvian village in
  Mosi region": the demonym names the OUTERMOST container; Bari lies in the
  governorate and the governorate in the country (no Bari -> country shortcut);
* "Vemo, a port town on Kola Island in the Tarvian department of Mosi" /
  "Meru Island, in the Kessan department of Lira": the island lies in the
  department the words name after it;
* "X is a town of 5,000 people in the Kessa Region" / "X is in the Kola
  Autonomous Region of Kessa" / "X lies in Umo province, in Tarvia's south":
  a copula or "lies" before "in Y" puts X in Y (and Y in the country named);
* "Maungo township, across the Tiri river in Kessa State": the river is a
  parenthetical landmark; the town lies in the state, the river does not;
* "the Tarvian border town of Bari ... Bari, in Tarvia's Kessa province": Bari
  lies in the province, which lies in Tarvia; the country is the province's
  container, not Bari's (the nearest container only, wherever each was read).
"""

from __future__ import annotations

import re

from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.state import MentionRef, State

_PLACE = {"Place", "Country"}
_UNITS = ("province|region|district|state|county|department|prefecture|oblast|governorate|municipality|"
          "canton|division|territory|autonomous region|republic")
_WATER = frozenset("river sea lake gulf bay strait channel ocean creek stream lagoon".split())
_DIRS = ("north|south|east|west|centre|center|northeast|northwest|southeast|southwest|north-east|"
         "north-west|south-east|south-west|interior")

# "<P1>[,] in the <Demonym> <unit> of <P2>"
# (also "Kaspi, which belongs to the Georgian province of", "Kessel lies in the Dutch province of")
_DEM_UNIT_OF_RE = re.compile(rf"(?:,?\s+in|,?\s+(?:(?:which|that)\s+)?(?:belongs?|belonged|belonging)\s+to|"
                             rf"\s+(?:lies|lay|sits|is|was|remains)\s+(?:(?:located|situated)\s+)?in|"
                             rf",\s+(?:which|that)\s+(?:lies|is|sits)\s+(?:(?:located|situated)\s+)?in|"
                             rf",?\s+(?:(?:which|that)\s+is\s+)?part\s+of)\s+the\s+(?P<dem>[A-Z][\w-]+)\s+(?:{_UNITS})\s+of\s+$")
# "<X> is a town of 5,000 people in (the) <Y>" / "<X> is in (the) <Y>" / "<X> is located in"
_COPULA_RE = re.compile(r"\s+(?:is|was|remains|lies|lay|sits)\s+(?:(?:now|still|located|situated|just)\s+)?"
                        r"(?:(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:of\s+(?:about\s+|some\s+|around\s+)?[\d,.]+"
                        r"(?:\s+[a-z]+){0,2}\s+)?)?in\s+(?:the\s+)?$")
_SETTLEMENT_RE = re.compile(r"\b(?:town|city|village|port|hamlet|settlement|township|municipality)\b")
# "... of <Country>" right after the container / ", in <Country>'s south"
_OF_COUNTRY_RE = re.compile(r"\s+of\s+(?:the\s+)?$")
_IN_COUNTRY_PART_RE = re.compile(r",\s+in\s+(?:the\s+)?$")
# "<X>[ township], across the <R> river in <Y>"
_ACROSS_RE = re.compile(r"(?:\s+[a-z]+)?,\s+(?:across|beyond|over|along)\s+(?:the\s+)?$")


def apply(state: State) -> None:
    # a demonym ("Tarvian") is a mention of its country; the rules read it as words
    mentions = [m for m in state.mentions if m.start >= state.body_start
                and state.gaz.demonyms.get(state.text[m.start:m.end].lower()) is None]
    _demonym_unit_of(state, mentions)
    _copula_in(state, mentions)
    _across_landmark(state, mentions)
    _move_demonym_shortcuts(state)
    _drop_outer_countries(state)


def _drop_outer_countries(state: State) -> None:
    """X -> country goes when X lies in a place that lies (through its own
    containers) in that same country."""
    for r in list(state.relations):
        if r.predicate != "locatedIn" or r.object is None or state.entity_type(r.object) != "Country":
            continue
        x, country = r.subject, r.object
        seen, todo = {x}, [o for o in state.objects(x, "locatedIn") if state.entity_type(o) == "Place"]
        while todo:
            y = todo.pop()
            if y in seen:
                continue
            seen.add(y)
            outer = state.objects(y, "locatedIn")
            if country in outer:
                state.remove_relation(r)
                break
            todo.extend(o for o in outer if state.entity_type(o) == "Place")


def _demonym_unit_of(state: State, mentions: list[MentionRef]) -> None:
    """'Kola Island in the Tarvian department of Mosi': the island lies in Mosi,
    Mosi in the country of the demonym."""
    for a, b in zip(mentions, mentions[1:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place":
            continue
        hit = _DEM_UNIT_OF_RE.fullmatch(state.text, a.end, b.start)
        if hit is None:
            continue
        entry = state.gaz.country_of_demonym(hit.group("dem"))
        country = country_key(state, entry.label) if entry is not None and entry.type == "Country" else None
        if country is None:
            continue
        evidence = evidence_for(state, a)
        if not state.has_relation(a.key, "locatedIn", b.key):
            state.add_relation(a.key, "locatedIn", evidence, obj=b.key)
        if not any(state.entity_type(o) == "Country" for o in state.objects(b.key, "locatedIn")):
            state.add_relation(b.key, "locatedIn", evidence, obj=country)
        for r in list(state.relations):  # "X in the Tarvian department of": the department itself no container
            if r.predicate == "locatedIn" and r.subject == a.key and r.object == country \
                    and r.evidence.start <= a.start < r.evidence.end:
                state.remove_relation(r)


def _copula_in(state: State, mentions: list[MentionRef]) -> None:
    """'X is a town of 5,000 people in the Kessa Region' / 'X is in the Kola
    Autonomous Region of Kessa' / 'X lies in Umo province, in Tarvia's south'."""
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if state.entity_type(a.key) not in {"Place", "Organization"} or state.entity_type(b.key) != "Place":
            continue
        copula = _COPULA_RE.fullmatch(state.text, a.end, b.start)
        if copula is None:
            continue
        sent = state.sentence_of(a.start)
        if a.start < sent.start_char or b.end > sent.end_char:
            continue
        if not re.match(r"\s*(?:[A-Z]|$)", state.text[sent.start_char:a.start]) \
                or state.text[sent.start_char:a.start].strip() not in {"", "The", "the"}:
            continue  # the place is the sentence's subject ("X is ..."), not a name inside a clause
        if state.entity_type(a.key) == "Organization":
            # "Ijevan is a town of 20,000 people in ...": only a settlement word makes the name a place
            if " " in state.entities[a.key].label or not _SETTLEMENT_RE.search(copula.group(0)):
                continue
            state.entities[a.key].type = "Place"  # "Ijevan is in the X region": a town
        evidence = evidence_for(state, a)
        if not state.has_relation(a.key, "locatedIn", b.key):
            state.add_relation(a.key, "locatedIn", evidence, obj=b.key)
        c = mentions[i + 2] if i + 2 < len(mentions) else None
        if c is None or state.entity_type(c.key) != "Country" or c.end > sent.end_char:
            continue
        gap = state.text[b.end:c.start]
        tail = state.text[c.end:c.end + 20]
        of_country = _OF_COUNTRY_RE.fullmatch(gap) is not None
        country_part = _IN_COUNTRY_PART_RE.fullmatch(gap) is not None \
            and re.match(rf"['’]s\s+(?:(?:far|deep)\s+)?(?:{_DIRS})(?:ern)?\b", tail) is not None
        if (of_country or country_part) and not any(
                state.entity_type(o) == "Country" for o in state.objects(b.key, "locatedIn")):
            state.add_relation(b.key, "locatedIn", evidence, obj=c.key)


def _across_landmark(state: State, mentions: list[MentionRef]) -> None:
    """'Maungo township, across the Tiri river in Kessa State': Maungo lies in
    the state; the river named on the way is no place inside it."""
    for a, r, b in zip(mentions, mentions[1:], mentions[2:]):
        if state.entity_type(a.key) != "Place" or state.entity_type(b.key) != "Place":
            continue
        label = state.entities[r.key].label.lower().split()
        after = re.match(r"\s+([a-z]+)\s+in\s+(?:the\s+)?$", state.text[r.end:b.start])
        water = bool(set(label) & _WATER) or (after is not None and after.group(1) in _WATER)
        if not water or _ACROSS_RE.fullmatch(state.text, a.end, r.start) is None:
            continue
        if after is None and re.fullmatch(r"\s+in\s+(?:the\s+)?", state.text[r.end:b.start]) is None:
            continue
        evidence = evidence_for(state, a)
        for rel in list(state.relations):
            if rel.predicate == "locatedIn" and rel.subject == r.key and rel.object == b.key \
                    and rel.evidence.start <= r.start < rel.evidence.end:
                state.remove_relation(rel)
        if not state.has_relation(a.key, "locatedIn", b.key):
            state.add_relation(a.key, "locatedIn", evidence, obj=b.key)


def _container(state: State, key: str) -> str | None:
    """The nearest place (not country) ``key`` lies in, if exactly one."""
    inner = [o for o in state.objects(key, "locatedIn") if state.entity_type(o) == "Place"]
    return inner[0] if len(inner) == 1 else None


def _move_demonym_shortcuts(state: State) -> None:
    """X -> country and X -> Y read from one sentence, Y named after X there: the
    country is Y's (or Y's outermost container's), not X's directly."""
    for r in list(state.relations):
        if r.predicate != "locatedIn" or r.object is None or state.entity_type(r.object) != "Country":
            continue
        x, country = r.subject, r.object
        if state.entity_type(x) != "Place":
            continue
        first = next((m for m in body_mentions(state, x) if r.evidence.start <= m.start < r.evidence.end), None)
        if first is None:
            continue
        inner = [rel for rel in state.relations if rel.predicate == "locatedIn" and rel.subject == x
                 and rel.object is not None and state.entity_type(rel.object) == "Place"
                 and rel.evidence.start == r.evidence.start]
        if len(inner) != 1:
            continue
        y = inner[0].object
        y_at = [m for m in body_mentions(state, y) if first.end <= m.start < r.evidence.end]
        if not y_at or set(state.entities[y].label.lower().split()) & _WATER:
            continue
        # the demonym (or the country's name) stands before Y: it describes the whole chain
        between = state.text[max(r.evidence.start, first.start - 40):y_at[0].start]
        if not _names_country(state, between, country):
            continue
        if re.search(r"\b(?:side|bank|shore|end)\s+of\s+(?:the\s+)?$", between):
            continue  # "on the Romanian side of the Danube Delta": the delta has two sides
        top, seen = y, {x}
        while top not in seen:
            seen.add(top)
            nxt = _container(state, top)
            if nxt is None or nxt in seen:
                break
            top = nxt
        countries = [o for o in state.objects(top, "locatedIn") if state.entity_type(o) == "Country"]
        if countries and country not in countries:
            continue  # the container lies in another country: leave both
        if not countries:
            state.add_relation(top, "locatedIn", r.evidence, obj=country)
        state.remove_relation(r)


def _names_country(state: State, text: str, country: str) -> bool:
    """The words name ``country`` by a demonym ("a Tarvian village in")."""
    label = state.entities[country].label
    for word in re.findall(r"\b[A-Z][\w-]+", text):
        entry = state.gaz.country_of_demonym(word)
        if entry is not None and entry.label == label and word != label:
            return True
    return False
