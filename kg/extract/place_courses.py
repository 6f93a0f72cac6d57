"""Courses of links read from 'from ... to ...' and 'between ... and ...'.

* "The 900-kilometre pipeline carries crude from the Tosa oil field in southern
  Kessa to the Lumi terminal on the coast of Ulm": the pipeline named before
  connects the Tosa oil field and the Lumi terminal (what is carried, the
  compass word and the words after each end are no obstacle);
* "The cable runs from a converter station at Bari, south of Ondo, across the
  Kessa Sea to Mira, and on to a second station near Lumi": each end is the
  place the words put the end at (Bari, Mira, Lumi), not the places that only
  locate it (Ondo) or that the line passes (the sea);
* "The Ondo Bridge spans the Tiri between Bari on the north bank and Mira on
  the south bank": the bridge connects the two towns;
* "... to Mira, and on to Lumi, both in Ulm": the two places named last lie in
  Ulm;
* "the Lumi terminal on the coast of Ulm" / "on Ulm's northern coast": the
  place lies in Ulm;
* "Tosa lies on the island of Kola" / "Mira is on Kola, an island in Ulm": the
  town lies on (in) the island;
* "Ulm and Kessa agreed to build the Kola Tunnel. The 18-kilometre link between
  Bari and Mira ...": the one tunnel, bridge or line named in the sentence or
  the one before connects both towns;
* "in the North Bank Region of Ulm" read as one name: the region, which lies
  in the country named after "of" (split_region_of_country, before the
  locatedIn rules);
* an address line of a letterhead or contact block, "Ministry of Works, Bari,
  Ulm" / "Bari, Ulm": the town lies in the country (the town must be a place
  the text or the gazetteer knows).
"""

from __future__ import annotations

import re

from kg.extract.state import State

_UNIT_WORDS = "Region|Province|District|State|County|Department|Division|Governorate|Prefecture|Oblast|Municipality"
# "North Bank Region of The Gambia" as one name: the unit, then its country
_REGION_OF_RE = re.compile(rf"^(?P<unit>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{_UNIT_WORDS}))\s+of\s+(?P<country>.+)$")

_PLACE = {"Place", "Country"}

_LINK_TAILS = frozenset("railway railroad line road highway motorway expressway bridge crossing tunnel pipeline canal "
                        "waterway corridor route link interconnector cable".split())
# "the line" may be any line-like link named before (a cable, an interconnector, a pipeline)
ANAPHOR_KINDS = {
    "line": {"line", "railway", "railroad", "rail", "cable", "interconnector", "link", "pipeline"},
    "cable": {"cable", "interconnector", "link", "line"},
    "interconnector": {"interconnector", "cable", "link", "line"},
    "link": {"link", "cable", "interconnector", "line", "bridge", "tunnel"},
    "pipeline": {"pipeline", "line"},
    "railway": {"railway", "railroad", "line", "rail"},
    "railroad": {"railway", "railroad", "line", "rail"},
    "road": {"road", "highway", "motorway", "expressway", "route", "corridor"},
    "highway": {"road", "highway", "motorway", "expressway", "route", "corridor"},
    "motorway": {"road", "highway", "motorway", "expressway"},
    "bridge": {"bridge"},
    "tunnel": {"tunnel"},
    "canal": {"canal", "waterway"},
    "waterway": {"canal", "waterway"},
    "corridor": {"corridor"},
}
_WATER_TAILS = frozenset("river sea lake ocean bay gulf strait channel".split())

_VERBS = (r"(?:runs?|ran|running|stretch(?:es|ed)?|extends?|extended|carr(?:y|ies|ied)|transports?|transported|"
          r"pumps?|pumped|delivers?|delivered|brings?|brought|takes?|took|moves?|moved|ships?|shipped|sends?|sent|"
          r"feeds?|fed|snakes?|winds?)")
# "<link> (, which | that)? (will)? carries crude (oil) from": up to eight words before "from"
_COURSE_RE = re.compile(rf"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:will|would|could|is\s+to|is\s+due\s+to|is\s+set\s+to|"
                        rf"also|now|already)\s+)*{_VERBS}\s+(?:[^,.;()]{{0,80}}?\s)?from\s+")
# "<bridge> spans the Tiri between": a span across a water, then the two ends
_SPAN_RE = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:will|would|now)\s+)?(?:spans?|crosses|straddles|spanning|"
                      r"crossing)\s+(?:[^,.;()]{0,60}?\s)?between\s+")
# the words before an end: "a converter station at", "the", "a second station near"
_END_LEAD_RE = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:[a-z0-9][\w,-]*\s+){0,4}?"
                          r"(?:(?:at|near|in|outside|off|of)\s+(?:the\s+)?)?")
# after an end, the next end: "..., across the Kessa Sea to", ", and on to", " into"
_NEXT_TO_RE = re.compile(r"\s(?:(?:and\s+)?on\s+)?(?:to|into)\s+")
# after the first end of "between": "on the north bank", ", in Kessa,", then "and"
_NEXT_AND_RE = re.compile(r"(?:,?\s+(?:on|in|at)\s+[^,.;]{0,40}?)?,?\s+and\s+")


def apply(state: State) -> None:
    _courses(state)
    _spans_between(state)
    _both_in(state)
    _on_coast_of(state)
    _field_in(state)
    _on_island(state)
    _link_between(state)
    _address_lines(state)
    _joined_at(state)


def split_region_of_country(state: State) -> None:
    """'North Bank Region of The Gambia' named as one place: the region and the
    country, each with its own mention; the region lies in the country."""
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for m in [x for x in state.mentions if x.start >= state.body_start]:
        if state.entities.get(m.key) is None or state.entity_type(m.key) != "Place":
            continue
        surface = state.text[m.start:m.end]
        shape = _REGION_OF_RE.match(surface)
        if shape is None:
            continue
        entry = state.gaz.lookup(" ".join(shape.group("country").split()))
        if entry is None or entry.type != "Country":
            continue
        unit_end = m.start + shape.end("unit")
        unit = rename_span(state, m.start, unit_end, " ".join(shape.group("unit").split()), "Place")
        country = state.add_entity(entry.label, "Country", same_as=entry.same_as)
        state.add_mention(country.key, m.start + shape.start("country"), m.end)
        state.add_relation(unit.key, "locatedIn", state.span(m.start, m.end), obj=country.key)


def _link_subject(state: State, start: int) -> tuple[str | None, int]:
    """The link whose words begin after ``start``: a named link ending there, or
    'the (900-kilometre) pipeline' standing for the link named before."""
    before = state.text[max(state.body_start, start - 60):start]
    named = [m for m in state.mentions if m.end == start and m.start >= state.body_start]
    if named:
        m = named[0]
        entity = state.entities[m.key]
        tail = entity.label.split()[-1].lower()
        if entity.unnamed or entity.type == "Country" or tail in _WATER_TAILS:
            return None, m.start
        if entity.type == "Place" or entity.type == "Organization" and tail in _LINK_TAILS:
            return m.key, m.start
        return None, m.start
    back = re.search(r"\b[Tt]he\s+(?:[\w,.-]+\s+){0,3}?(?P<kind>[a-z]+)\s*$", before)
    if back is None or back.group("kind") not in ANAPHOR_KINDS:
        return None, start
    at = start - len(before) + back.start()
    if state.mention_at(at, start) is not None:
        return None, at  # "the Ondo line": a name, read above
    return last_link(state, at, ANAPHOR_KINDS[back.group("kind")]), at


def last_link(state: State, before: int, kinds: set[str], types=frozenset({"Place", "Organization"}),
              reach: int = 2000) -> str | None:
    """The link of one of ``kinds`` (its last word) named last before ``before`` and
    within ``reach``: what 'the pipeline' there stands for."""
    found = None
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in types or entity.unnamed or before - m.start > reach:
            continue
        words = entity.label.split()
        if words and words[-1].lower() in kinds:
            found = m.key
    return found


def _end_at(state: State, pos: int, limit: int):
    """The place an end's words name after ``pos``: the first place in reach,
    '<Country>'s' skipped for the place it owns."""
    for m in state.mentions:
        if m.start < pos:
            continue
        if m.start >= limit or m.start - pos > 70:
            return None
        if not _END_LEAD_RE.fullmatch(state.text, pos, m.start):
            return None
        entity = state.entities[m.key]
        if entity.unnamed:
            return None
        if entity.type == "Country" and re.match(r"['’]s\s", state.text[m.end:m.end + 3]):
            pos = m.end + 3
            continue
        if entity.type in _PLACE:
            return m
        if entity.type in {"Organization", "Person"} and " " not in entity.label:
            return m  # a one-word name where a line ends: a town the name finder misread
        return None
    return None


def _add(state: State, link: str, ends: list, sent) -> None:
    connect_ends(state, link, [m.key for m in ends if m is not None], sent)


def connect_ends(state: State, link: str, ends: list[str | None], sent, countries: bool = False) -> None:
    """``link`` connects each of the places ``ends`` (its course, in order), told in ``sent``;
    a town the name finder typed otherwise is a place. Countries only when ``countries``
    (goods sent between two countries through a pipeline)."""
    keys = [k for k in dict.fromkeys(ends) if k is not None and k != link]
    if len(keys) < 2:
        return  # a link has two ends: one alone says too little
    if not countries and any(state.entity_type(k) == "Country" for k in keys):
        return  # "from Kessa to Ulm": the countries, read by the border rules
    for k in keys:
        if state.entity_type(k) not in _PLACE:
            state.entities[k].type = "Place"
    state.entities[link].type = "Place"
    for k in keys:
        state.add_relation(link, "connects", state.sentence_span(sent), obj=k)


def _courses(state: State) -> None:
    for verb in re.finditer(rf"\b{_VERBS}\b", state.text[state.body_start:]):
        start = state.body_start + verb.start()
        sent = state.sentence_of(start)
        # the course words begin right after the subject ("The pipeline carries", "X, which runs")
        lead = re.search(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:will|would|could|is\s+to|is\s+due\s+to|is\s+set\s+to|"
                         r"also|now|already)\s+)*$", state.text[sent.start_char:start])
        subject_end = sent.start_char + lead.start()
        course = _COURSE_RE.match(state.text, subject_end)
        if course is None or course.end() >= sent.end_char or course.start(0) > start:
            continue
        link, _ = _link_subject(state, subject_end)
        if link is None:
            continue
        if not re.match(r"(?:runs?|ran|running|stretch|extend)", verb.group(0)) \
                and state.entities[link].label.split()[-1].lower() not in _LINK_TAILS:
            continue  # "Bari sent goods from A to B": a town as its people, not a line
        if any(r.subject == link and r.predicate == "connects" and sent.start_char <= r.evidence.start < sent.end_char
               for r in state.relations):
            continue  # the connect rules read this sentence's ends already
        ends = [_end_at(state, course.end(), sent.end_char)]
        while ends[-1] is not None and len(ends) < 4:
            nxt = None
            for hit in _NEXT_TO_RE.finditer(state.text, ends[-1].end, sent.end_char):
                if hit.start() - ends[-1].end > 120 or ";" in state.text[ends[-1].end:hit.start()]:
                    break
                if re.search(r"\b(?:according|due|compared|close|next|owing|up|similar|linked|connected|said)\s*$",
                             state.text[ends[-1].end:hit.start()]):
                    continue  # "according to Ondo officials": no end of the line
                nxt = _end_at(state, hit.end(), sent.end_char)
                if nxt is not None:
                    break
            if nxt is None:
                break
            ends.append(nxt)
        _add(state, link, ends, sent)


def _spans_between(state: State) -> None:
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        span = _SPAN_RE.match(state.text, m.end)
        if span is None:
            continue
        sent = state.sentence_of(m.start)
        if span.end() >= sent.end_char:
            continue
        link, _ = _link_subject(state, m.end)
        if link is None or state.entities[link].label.split()[-1].lower() not in _LINK_TAILS:
            continue
        first = _end_at(state, span.end(), sent.end_char)
        if first is None:
            continue
        hit = _NEXT_AND_RE.match(state.text, first.end, sent.end_char)
        second = _end_at(state, hit.end(), sent.end_char) if hit else None
        _add(state, link, [first, second], sent)


# ", both in Ulm" after two places: each lies there
_BOTH_IN_RE = re.compile(r",\s+both\s+in\s+(?:the\s+)?")


def _both_in(state: State) -> None:
    for hit in _BOTH_IN_RE.finditer(state.text, state.body_start):
        where = state.mention_at(hit.end(), hit.end() + 1, _PLACE)
        if where is None or where.start != hit.end():
            continue
        sent = state.sentence_of(hit.start())
        containers = {r.object for r in state.relations if r.predicate == "locatedIn"}
        before = [m for m in state.mentions
                  if max(sent.start_char, state.body_start) <= m.start and m.end <= hit.start()
                  and state.entity_type(m.key) == "Place" and m.key != where.key and m.key not in containers
                  and state.entities[m.key].label.split()[-1].lower() not in _WATER_TAILS | _LINK_TAILS
                  and not state.entities[m.key].unnamed]
        keys = list(dict.fromkeys(m.key for m in reversed(before)))[:2]
        if len(keys) != 2:
            continue
        for key in keys:
            m = next(x for x in reversed(before) if x.key == key)
            state.add_relation(key, "locatedIn", state.span(m.start, where.end), obj=where.key)


# "on the coast of Ulm", "on the northern coast of Ulm"; "on Ulm's coast"
_COAST_OF_RE = re.compile(r",?\s+on\s+the\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:coast|coastline|shore|shores)\s+of\s+(?:the\s+)?")
_COAST_OWNED_RE = re.compile(r"['’]s\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:coast|coastline)\b")


def _on_coast_of(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a in mentions:
        entity = state.entities[a.key]
        if entity.type != "Place" or entity.unnamed:
            continue
        hit = _COAST_OF_RE.match(state.text, a.end)
        at = hit.end() if hit else None
        if hit is None:
            own = re.match(r",?\s+on\s+", state.text[a.end:a.end + 6])
            if own is None:
                continue
            at = a.end + own.end()
        where = state.mention_at(at, at + 1, _PLACE)
        if where is None or where.start != at or where.key == a.key:
            continue
        if hit is None and not _COAST_OWNED_RE.match(state.text, where.end):
            continue
        if state.entities[where.key].label.split()[-1].lower() in _WATER_TAILS:
            continue  # "on the coast of the Kessa Sea": a water, read by the water rules
        if state.objects(a.key, "locatedIn"):
            continue  # the words before said where it lies
        state.add_relation(a.key, "locatedIn", state.span(a.start, where.end), obj=where.key)


_ISLAND = r"(?:island|isle|islet|atoll|peninsula)"
# "Tosa lies on the island of Kola" / "Mira is on Kola" / "Tosa, on the island of Kola,"
_ON_ISLAND_RE = re.compile(r"(?:\s+(?:lies|lay|is|was|sits|sat|stands|stood)\s+(?:(?:just|right)\s+)?|,\s+)on\s+(?:the\s+)?"
                           rf"(?P<of>(?:[a-z]+\s+)?{_ISLAND}\s+of\s+)?")
_ISLAND_APPOS_RE = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_ISLAND}s?\b")


def _on_island(state: State) -> None:
    mentions = [m for m in state.mentions if m.start >= state.body_start]
    for a, b in zip(mentions, mentions[1:]):
        hit = _ON_ISLAND_RE.fullmatch(state.text, a.end, b.start)
        if hit is None or a.key == b.key or state.entity_type(b.key) != "Place":
            continue
        island = hit.group("of") is not None or _ISLAND_APPOS_RE.match(state.text, b.end) is not None \
            or re.fullmatch(_ISLAND + "s?", state.entities[b.key].label.split()[-1].lower()) is not None
        if not island or state.entities[a.key].unnamed:
            continue
        entity = state.entities[a.key]
        if entity.type in {"Organization", "Person"}:
            if " " in entity.label or any(st.speaker == a.key for st in state.statements):
                continue
            entity.type = "Place"  # "Sassnitz is on Ruegen": what lies on an island is a place
        if entity.type != "Place":
            continue
        state.add_relation(a.key, "locatedIn", state.span(a.start, b.end), obj=b.key)


# "the 18-kilometre link between": a link described, not named
_LINK_BETWEEN_RE = re.compile(r"\b[Tt]he\s+(?:[\w,.-]+\s+){0,3}?(?P<kind>link|crossing|connection|line|tunnel|bridge|route|"
                              r"road|railway|pipeline|cable|interconnector|causeway)\s+between\s+")


def _link_between(state: State) -> None:
    for hit in _LINK_BETWEEN_RE.finditer(state.text, state.body_start):
        if state.mention_at(hit.start(), hit.end()) is not None:
            continue  # "the Kola link between": a name, read by the connect rules
        sent = state.sentence_of(hit.start())
        first = _end_at(state, hit.end(), sent.end_char)
        if first is None:
            continue
        nxt = _NEXT_AND_RE.match(state.text, first.end, sent.end_char)
        second = _end_at(state, nxt.end(), sent.end_char) if nxt else None
        if second is None:
            continue
        # the one named link of the sentence or the one before
        start = sent.start_char
        if sent.start > 0:
            start = state.doc[sent.start - 1].sent.start_char
        links = {m.key for m in state.mentions
                 if max(start, state.body_start) <= m.start < sent.end_char and state.entity_type(m.key) == "Place"
                 and not state.entities[m.key].unnamed
                 and state.entities[m.key].label.split()[-1].lower() in _LINK_TAILS}
        if len(links) != 1:
            continue
        link = links.pop()
        if state.objects(link, "connects"):
            continue  # its ends are read already
        if not _same_kind(state.entities[link].label.split()[-1].lower(), hit.group("kind").lower()):
            continue  # "the Otaci crossing on the road between A and B": the road's ends, not the crossing's
        _add(state, link, [first, second], sent)


# kinds one link may be called by: a bridge is a crossing, a highway a road
_KIND_GROUPS = (frozenset("crossing bridge tunnel causeway".split()),
                frozenset("road highway motorway expressway route corridor".split()),
                frozenset("railway railroad line rail route corridor".split()),
                frozenset("pipeline line".split()), frozenset("cable interconnector line".split()),
                frozenset("canal waterway".split()))


def _same_kind(named: str, described: str) -> bool:
    """Can a link named with kind word ``named`` be "the <described> between A and B"?"""
    if described in {"link", "connection", "route"} or named == described or named in {"link", "route", "corridor"}:
        return True
    return any(named in group and described in group for group in _KIND_GROUPS)


# a whole line ending "<Town>, <Country>" (an address, a letterhead)
_ADDRESS_RE = re.compile(r"(?m)^[ \t]*(?:[^\n.;:]{0,80},[ \t]*)?(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}),"
                         r"[ \t]*(?P<country>(?:[Tt]he[ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,3})[ \t]*\.?[ \t]*$")


def _address_lines(state: State) -> None:
    from kg.iris import slugify

    for hit in _ADDRESS_RE.finditer(state.text, state.body_start):
        entry = state.gaz.lookup(hit.group("country"))
        if entry is None or entry.type != "Country":
            continue
        town_name = hit.group("town")
        town_entry = state.gaz.lookup(town_name)
        key = slugify(town_entry.label if town_entry else town_name)
        known = state.entities.get(key)
        if known is not None and known.type != "Place":
            continue
        country = state.entities.get(slugify(entry.label))
        if known is None or country is None or country.type != "Country":
            continue  # only places the story names: a letterhead alone brings in no entity
        town = known
        state.add_relation(town.key, "locatedIn", state.span(hit.start("town"), hit.end("country")), obj=country.key)


# "At <A>, it joins <Country>'s <L>, which runs south through ... to <B>"
_JOINED_AT_RE = re.compile(r",?\s+(?:it|the\s+[a-z]+|[A-Z][\w-]*\d+[A-Z]?)\s+(?:joins|meets|reaches|merges\s+with|"
                           r"links\s+up\s+with)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?$")
_RUNS_ON_RE = re.compile(r",\s+which\s+(?:then\s+)?(?:runs|continues|heads|leads|goes)\s+(?:on\s+)?"
                         r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?"
                         r"(?:(?:through|via|across|past)\s+[^,.;]{0,60}?\s+)?to\s+")
_ROUTE_LABEL_RE = re.compile(r"(?:[A-Z][\w-]*\s)*(?:[A-Z]+-?\d+[A-Z]?|[A-Z][\w-]*\s\d+)")


def _joined_at(state: State) -> None:
    for at in re.finditer(r"\b[Aa]t\s+(?:the\s+)?", state.text[state.body_start:]):
        pos = state.body_start + at.end()
        a = state.mention_at(pos, pos + 1, {"Place"})
        if a is None or a.start != pos or state.entities[a.key].unnamed:
            continue
        sent = state.sentence_of(pos)
        route = None
        for m in state.mentions:
            if a.end < m.start < min(sent.end_char, a.end + 80) and state.entity_type(m.key) != "Country" \
                    and _JOINED_AT_RE.fullmatch(state.text, a.end, m.start):
                route = m
                break
        if route is None:
            continue
        label = state.entities[route.key].label
        if not (_ROUTE_LABEL_RE.fullmatch(label) or label.split()[-1].lower() in _LINK_TAILS):
            continue
        runs = _RUNS_ON_RE.match(state.text, route.end)
        if runs is None or runs.end() >= sent.end_char:
            continue
        b = _end_at(state, runs.end(), sent.end_char)
        if b is None:
            continue
        for r in list(state.relations):
            if r.predicate == "connects" and {r.subject, r.object} == {a.key, route.key}:
                state.remove_relation(r)  # the pass is where the route is joined, not a link
        _add(state, route.key, [a, b], sent)


# "the Tosa oil field in southern Kessa": the field (named after "Tosa") lies in Kessa
_FIELD_IN_RE = re.compile(r"\s+(?:oil|gas|oil\s+and\s+gas)\s*fields?,?\s+in\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                          r"north-?eastern|north-?western|south-?eastern|south-?western|far)\s+)?")


def _field_in(state: State) -> None:
    for m in [x for x in state.mentions if x.start >= state.body_start]:
        if state.entity_type(m.key) != "Place" or state.entities[m.key].unnamed or state.objects(m.key, "locatedIn"):
            continue
        hit = _FIELD_IN_RE.match(state.text, m.end)
        if hit is None:
            continue
        where = state.mention_at(hit.end(), hit.end() + 1, _PLACE)
        if where is None or where.start != hit.end() or where.key == m.key:
            continue
        if re.match(r"['’]s\s", state.text[where.end:where.end + 3]):
            continue  # "in Kessa's Tiri province": the region, read by the region rules
        state.add_relation(m.key, "locatedIn", state.span(m.start, where.end), obj=where.key)
