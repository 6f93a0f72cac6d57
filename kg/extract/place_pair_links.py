"""Links named after (or described by) their two ends, the shapes kg.extract.connects misses.

* "the Tarvo–Bari Lumo Bridge" / "the Ama–Ondo Crossing": a capitalised kind word after a pair
  whose second end has two words; the name finder reads "Tarvo" and "Bari Lumo Bridge". The
  whole is one place connecting "Tarvo" and "Bari Lumo" (not a bridge named "Bari Lumo Bridge").
* "Lumi, the village at the other end of the Ama Bay crossing": the crossing connects Lumi,
  and the crossing named after a place ("Ama Bay") connects that namesake, its first end.
* "the X Railway, which runs to Ondo from Bari" / "which will run to A from B": a course
  written end first; the ends are places (a one-word end the finder missed too).
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.state import State

_PLACE = {"Place", "Country"}
_CAP_KINDS = ("Bridge|Crossing|Tunnel|Railway|Railroad|Road|Highway|Motorway|Line|Corridor|Link|Causeway|Canal|"
              "Pipeline|Expressway|Border Crossing")
_END = rf"{CAP_CLASS}(?:[\w'’]|\.(?=\w))*(?:\s(?:(?:de|del|la|do|da|na|pri|nad|pod|es|el|al|sur|am|an|der|di|du|des)\s)?{CAP_CLASS}(?:[\w'’-]|\.(?=\w))*){{0,2}}"
# an end with a hyphen inside ("Pyrénées-Atlantiques"), where no pair is read
_END_H = _END.replace("[\\w'’]", "[\\w'’-]")
# "Tarvo–Bari Lumo Bridge": the pair, then the capitalised kind word
_CAP_PAIR_RE = re.compile(rf"(?<![\w'’.-])(?!(?:The|A|An|In|At|On)\s)(?P<a>{_END})\s?[–—-]\s?(?P<b>{_END}?)\s+(?P<kind>{_CAP_KINDS})\b")


def apply(state: State) -> None:
    _capital_pair_links(state)


def apply_connects(state: State) -> None:
    """After locatedIn and the connect rules: the clause readings, then the ends a
    capitalised pair name gives a link no clause gave ends to."""
    _other_end_links(state)
    _course_to_from(state)
    for link, ends, evidence in state.__dict__.get("pair_name_ends", []):
        if link not in state.entities:
            continue
        _clause_ends_over_name(state, link, ends)
        if not state.objects(link, "connects"):
            for key in ends:
                if key in state.entities and state.entity_type(key) == "Place":
                    state.add_relation(link, "connects", evidence, obj=key)


def _clause_ends_over_name(state: State, link: str, name_ends: list[str]) -> None:
    """'the Kinshasa–Brazzaville Bridge ... The bridge will run between Ndjili, a district of
    Kinshasa, and Mpila, north of Brazzaville': the clause names the ends; the cities of the
    name, named again only in the ends' appositions, are no ends of it."""
    from kg.extract.connects import _LINK_RE, place_key_at  # the connect rules' own reading

    kind = state.entities[link].label.split()[-1].lower()
    first = min((m.start for m in state.mentions if m.key == link), default=None)
    if first is None:
        return
    for hit in re.finditer(rf"\b[Tt]he\s+{re.escape(kind)}\s+(?:(?:will|would|could|is\s+to|is\s+due\s+to)\s+)?", state.text[first:]):
        start = first + hit.start()
        link_hit = _LINK_RE.match(state.text, first + hit.end() - 1)
        sent = state.sentence_of(start)
        if link_hit is None or link_hit.end() > sent.end_char:
            continue
        ends = [place_key_at(state, link_hit.start(g), link_hit.end(g)) for g in ("a", "b")]
        if None in ends or ends[0] == ends[1] or link in ends or set(ends) == set(name_ends):
            continue
        evidence = state.sentence_span(sent)
        for key in ends:
            state.add_relation(link, "connects", evidence, obj=key)
        aside = {m.key for m in state.mentions_in(link_hit.end("a"), link_hit.end()) if m.key not in ends}
        aside |= {m.key for m in state.mentions_in(link_hit.end(), sent.end_char)}
        for r in [r for r in state.relations if r.subject == link and r.predicate == "connects"
                  and r.object in name_ends and r.object not in ends and r.object in aside]:
            state.remove_relation(r)
        return


def _end_place(state: State, name: str, start: int) -> str | None:
    """The place an end of a link names (known or made), with the mention at ``start``."""
    entry = state.gaz.lookup(name)
    if entry is not None and entry.type == "Country":
        return None
    place = state.add_entity(entry.label if entry else name, "Place", same_as=entry.same_as if entry else [])
    if place.type != "Place":
        return None
    if not any(x.key == place.key and x.start == start for x in state.mentions):
        state.add_mention(place.key, start, start + len(name), alias=False)
    return place.key


_PREFIXES = frozenset("Trans Inter Pan Cross North South East West Central Upper Lower Greater Sino Afro Euro Anglo "
                      "Franco Indo Austro Russo Turco Greco Italo Hispano Luso Trans-".split())


def _named_elsewhere(state: State, name: str, hit) -> bool:
    """Is ``name`` a place the text names outside the link's name?"""
    return any(state.entity_type(m.key) == "Place" and state.entities[m.key].label == name
               and not hit.start() <= m.start < hit.end() for m in state.mentions)


def _firm(state: State, key: str) -> bool:
    """A body the gazetteer knows, or a name the finder took for a body of several words."""
    entity = state.entities[key]
    entry = state.gaz.lookup(entity.label)
    if entry is not None and entry.type not in _PLACE:
        return True
    return entity.type not in {"Place", "Person"} and " " in entity.label


def _capital_pair_links(state: State) -> None:
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for hit in _CAP_PAIR_RE.finditer(state.text, state.body_start):
        if "\n" in hit.group(0):
            continue
        a, b = hit.group("a"), hit.group("b")
        if any(state.gaz.country_of_demonym(n) or state.gaz.country_of_demonym(n.split()[0]) for n in (a, b)):
            continue  # "the Kenya–Uganda Railway": named after countries, not two towns
        if a in _PREFIXES:
            continue  # "the Trans-Kalahari Corridor": a prefix, no end
        if re.search(r"[A-Z][\w'’]*\s+[a-z]{1,3}\s+$", state.text[max(0, hit.start() - 30):hit.start()]):
            continue  # "Dar es Salaam–Kigali": the first end began before the particle
        inside = state.mentions_in(hit.start(), hit.end())
        if not inside or any(state.entity_type(x.key) not in {"Place", "Organization", "Person"} for x in inside):
            continue
        if any(_firm(state, x.key) for x in inside if not (x.start == hit.start() and x.end == hit.end())):
            continue  # "the Dangote–Total Pipeline": named after firms, not towns
        label = " ".join(hit.group(0).split())
        whole = next((x for x in inside if x.start == hit.start() and x.end == hit.end()), None)
        if whole is not None:
            # found whole: its ends when the dash is a pair's (–) or the text names both ends elsewhere
            if state.entity_type(whole.key) != "Place" or state.objects(whole.key, "connects") or not (
                    re.search(r"[–—]", hit.group(0)) or all(_named_elsewhere(state, n, hit) for n in (a, b))):
                continue
            link = state.entities[whole.key]
        else:
            link = rename_span(state, hit.start(), hit.end(), label, "Place")
        evidence = state.sentence_span(state.sentence_of(hit.start()))
        ends = [_end_place(state, hit.group(g), hit.start(g)) for g in ("a", "b")]
        link.aliases -= {hit.group("a"), hit.group("b")}  # an end is no short name of its link
        # the name's ends wait for the clauses: "The bridge will run between Ndjili, a district
        # of Kinshasa, and Mpila" names the ends where the name only names the two cities
        state.__dict__.setdefault("pair_name_ends", []).append(
            (link.key, [k for k in ends if k is not None and k != link.key], evidence))


_LINK_WORDS = r"(?:crossing|bridge|border\s+crossing|border\s+post|post|checkpoint|ferry|tunnel|causeway)"
# ", the Liberian village at the other end of the Ama crossing"
_OTHER_END_RE = re.compile(r",\s+(?:the|a|an)\s+[^,.;]{0,60}?\bat\s+the\s+(?:other|far|opposite)\s+(?:end|side)\s+of\s+the\s+"
                           rf"(?P<name>{_END_H})\s+(?P<kind>{_LINK_WORDS})\b", re.I)


def _other_end_links(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        if state.entity_type(m.key) != "Place":
            continue
        hit = _OTHER_END_RE.match(state.text, m.end)
        if hit is None or not hit.group("name")[0].isupper():
            continue
        name = " ".join(hit.group("name").split())
        label = f"{name} {' '.join(hit.group('kind').split()).lower()}"
        link = state.mention_at(hit.start("name"), hit.end("kind"), {"Place"})
        link_key = link.key if link is not None else None
        if link_key is None:
            entity = next((e for e in state.entities.values() if e.type == "Place" and e.label.lower() == label.lower()), None)
            if entity is None:
                continue
            link_key = entity.key
        if link_key == m.key:
            continue
        evidence = state.sentence_span(state.sentence_of(m.start))
        state.add_relation(link_key, "connects", evidence, obj=m.key)
        # the crossing is named after the place at its first end
        namesake = next((e for e in state.entities.values() if e.type == "Place" and name in ({e.label} | e.aliases)), None)
        key = namesake.key if namesake is not None else _end_place(state, name, hit.start("name"))
        if key is not None and key not in {m.key, link_key}:
            state.add_relation(link_key, "connects", evidence, obj=key)


# ", which runs to Ondo from Bari" / ", running to A from B" / "that will run to A from B"
_TO_FROM_RE = re.compile(r",?\s+(?:(?:which|that)\s+(?:now\s+|still\s+)?(?:(?:will|would|could|is\s+to)\s+)?)?"
                         r"(?:runs?|running|stretch(?:es|ing)?|extends?|extending|leads?|leading|goes|going)\s+"
                         r"(?:(?:some\s+|about\s+|roughly\s+)?[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                         rf"(?:inland\s+|east\s+|west\s+|north\s+|south\s+)?to\s+(?:the\s+)?(?P<a>{_END_H})"
                         rf"\s+from\s+(?:the\s+)?(?P<b>{_END_H})")
_COURSE_KINDS = frozenset("railway railroad line road highway motorway corridor pipeline canal link route bridge tunnel "
                          "causeway expressway".split())


def _course_to_from(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start]:
        entity = state.entities.get(m.key)
        if entity is None or entity.type != "Place" or not entity.label.split() \
                or entity.label.split()[-1].lower() not in _COURSE_KINDS:
            continue
        hit = _TO_FROM_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char:
            continue
        evidence = state.sentence_span(state.sentence_of(m.start))
        for g in ("a", "b"):
            start = hit.start(g)
            name = hit.group(g)
            known = state.mention_at(start, start + 1)
            if known is not None and known.start == start:
                key = known.key
                if state.entity_type(key) in {"Organization", "Person"} and " " not in state.entities[key].label:
                    state.entities[key].type = "Place"
            else:
                key = _end_place(state, name, start)
            if key is not None and key != m.key and state.entity_type(key) == "Place":
                state.add_relation(m.key, "connects", evidence, obj=key)
