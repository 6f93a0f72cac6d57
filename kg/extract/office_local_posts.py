"""Local posts the title rules miss (round-34 O3); the holder acts for the country the
place lies in (decided once places are read, as for a mayor):

* a region's officer after the name, with a portfolio: "Halima Shee, Lamu County's
  executive for fisheries," / "X, Mendoza's director of roads," -> "executive for
  fisheries", of Lamu County;
* the head of a town's council before the name: "the chair of the municipal council,
  Pekka Ruotsalainen," in a sentence naming the town ("In the town of Virolahti, ...")
  -> "chair", of that town;
* a state legislator: "State Sen. Rosa Elizondo, a Democrat from McAllen," / "State
  Representative X" -> "State Sen.", acting for the country the home town lies in (else
  the United States when the text names it: the title is an American one).
"""

from __future__ import annotations

import re

from kg.extract.office_base import STYLES, Office, sentence_bounds, token_at
from kg.extract.office_local import office_in_named_place, regional_officers
from kg.extract.state import MentionRef, State

# Office nouns of a region's executive (a county executive, a provincial secretary)
_LOCAL_POST_NOUNS = r"(?:executive|commissioner|secretary|minister|director|administrator|officer|chief|head)"

# "X, Lamu County's executive for fisheries," / "X, the Mendoza province's roads minister,"
_PLACE_POST_RE = re.compile(r",\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})['’]s\s+"
                            r"(?P<title>(?:[a-z][\w-]*\s+){0,3}" + _LOCAL_POST_NOUNS +
                            r"(?:\s+(?:for|of)\s+(?:[a-z][\w-]*(?:,\s+|\s+and\s+|\s+))*?[a-z][\w-]*)?)\s*(?=[,.;]|\s+(?:said|told|says|added)\b)")


# "X, a Marin County supervisor whose district includes Y," / "X, a Tui alderman, said" (round-36 O4):
# a named place, then a local office word (the place's own post)
_PLACE_LOCAL_POST_RE = re.compile(r",\s+(?:a|an|the)\s+(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})\s+"
                                  r"(?P<title>(?:county\s+|city\s+|town\s+|district\s+)?(?:supervisor|commissioner|councillor|"
                                  r"councilor|council\s+member|alderman|alderwoman|selectman|selectwoman|sheriff|"
                                  r"legislator|assemblyman|assemblywoman))\b(?=\s*[,.;]|\s+(?:who|whose|said|told|says|added)\b)")


# "X, provincial deputy for mobility in the province of Utrecht," / "X, the regional minister for
# transport of Galicia," (round-36 O2): a region's post with its portfolio, then the region
_REGIONAL_POST_RE = re.compile(r",\s+(?:the\s+|a\s+)?(?P<title>(?:provincial|regional|municipal|county|cantonal|departmental)\s+"
                               r"(?:deputy|minister|councillor|councilor|executive|secretary|commissioner|alderman|"
                               r"alderwoman|delegate)(?:\s+(?:for|of)\s+[a-z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)[a-z][\w-]*){0,3}?)?)"
                               r"\s+(?:in|of|for)\s+(?:the\s+)?(?:(?:province|region|county|municipality|canton|department|"
                               r"city|town)\s+of\s+)?(?P<place>[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*){0,2})(?=\s*[,.;]|\s+(?:said|told|says|added)\b)")


def place_post_after(state: State, mention: MentionRef) -> Office | None:
    """'Halima Shee, Lamu County's executive for fisheries,': the office of a named region
    or town (not a country: "Kenya's minister for fisheries" is the title rules')."""
    m = _PLACE_POST_RE.match(state.text, mention.end, min(len(state.text), mention.end + 160)) \
        or _PLACE_LOCAL_POST_RE.match(state.text, mention.end, min(len(state.text), mention.end + 160)) \
        or _REGIONAL_POST_RE.match(state.text, mention.end, min(len(state.text), mention.end + 200))
    first = token_at(state, mention.start)
    if m is None or first is None:
        return None
    return office_in_named_place(state, mention, m, first, whole=True)


# "the chair of the municipal council, Pekka R," / "the head of the village council, X,"
_COUNCIL_HEAD_RE = re.compile(r"\b(?:[Tt]he\s+)?(?P<title>(?:deputy\s+|vice[ -])?(?:chair|chairman|chairwoman|chairperson|head|"
                              r"president|leader|speaker))\s+of\s+(?:the|its|their)\s+(?:local\s+)?(?:municipal|town|city|village|"
                              r"district|county|parish|rural|borough|community|regional|local)\s+(?:council|assembly|board)"
                              r"\s*,\s*" + STYLES + r"?$")


def council_head_before(state: State, mention: MentionRef) -> Office | None:
    """'In the town of Virolahti, the chair of the municipal council, Pekka R, said': the
    council's chair, of the town the sentence names (the last place before the title,
    else the first after the name); with no town named, the office alone."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    bounds = sentence_bounds(state, first)
    m = _COUNCIL_HEAD_RE.search(state.text, max(bounds[0], mention.start - 120), mention.start)
    if m is None:
        return None
    towns = [p for p in state.mentions_in(bounds[0], m.start(), {"Place"}) if not state.entities[p.key].unnamed]
    if not towns:
        towns = [p for p in state.mentions_in(mention.end, bounds[1], {"Place"}) if not state.entities[p.key].unnamed]
        towns = towns[:1]
    side = towns[-1].key if towns else None
    if side is not None:
        regional_officers(state).add(mention.key)
    return Office(mention.key, m.group("title"), (m.start("title"), m.end("title")), side, bounds)


# "State Sen. Rosa Elizondo" / "State Representative X" / "Assemblywoman X"
_STATE_LEGISLATOR_RE = re.compile(r"\b(?P<title>State\s+(?:Sen\.|Senator|Rep\.|Representative|Assemblyman|Assemblywoman|"
                                  r"Assemblymember|Delegate)|Assembly(?:man|woman|member))\s+" + STYLES + r"?$")
# "..., a Democrat from McAllen," / "(D-McAllen)"
_HOME_RE = re.compile(r",\s+an?\s+(?:Democrat|Republican|Democratic|Republican|Independent)\w*\s+(?:\w+\s+)?from\s+"
                      r"(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})")


def state_legislator_before(state: State, mention: MentionRef) -> Office | None:
    """'State Sen. Rosa Elizondo, a Democrat from McAllen,': a state legislator; she acts
    for the country of her home town, else for the United States when the text names it
    (the state is no side of its own: no "State Sen. of McAllen")."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    m = _STATE_LEGISLATOR_RE.search(state.text, max(0, mention.start - 40), mention.start)
    if m is None:
        return None
    _drop_title_body(state, m.start("title"), m.end("title"))
    office = Office(mention.key, m.group("title"), (m.start("title"), m.end("title")), None,
                    sentence_bounds(state, first))
    # the country of the home town ("a Democrat from McAllen"), else the United States
    home = _HOME_RE.match(state.text, mention.end, min(len(state.text), mention.end + 80))
    from kg.extract.relations import _listed_town_country  # the world-towns list, as for a mayor's town
    country = _listed_town_country(state, home.group("place")) if home else None
    office.country = country or next((k for k, e in state.entities.items()
                                      if e.type == "Country" and e.label == "United States"), None)
    return office


def _drop_title_body(state: State, start: int, end: int) -> None:
    """"State" of "State Sen." read as an organisation: the title's word, no body (nothing
    else names it)."""
    for m in state.mentions_in(start, end):
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in {"Organization", "GovernmentAgency"} or len(entity.mentions) > 1 \
                or any(m.key in (r.subject, r.object) for r in state.relations):
            continue
        state.remove_mention(m)



# "the community head of Kirants" / "Kirants' village head" / "the village chief of X"
_VILLAGE_HEAD_RE = re.compile(r"\b(?P<title>(?:community|village|commune|settlement|rural\s+community)\s+"
                              r"(?:head|chief|leader|elder|headman|administrator))\s+of\s+(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})\b")


def village_heads(state: State) -> None:
    """'Samvel Grigoryan, the community head of Kirants,': the head of a village or
    community; the name after "of" is a place (whatever the name finder guessed, when
    nothing else ties to it), and its head acts for the country it lies in (round-34 O3)."""
    for m in _VILLAGE_HEAD_RE.finditer(state.text, state.body_start):
        found = state.mention_at(m.start("place"), m.end("place"))
        if found is None or found.start != m.start("place") or state.entities[found.key].unnamed:
            continue
        entity = state.entities[found.key]
        if entity.type in {"Organization", "Person"} and not state.gaz.lookup(entity.label) \
                and not any(found.key in (r.subject, r.object) for r in state.relations) \
                and not any(x.speaker == found.key for x in state.statements):
            entity.type = "Place"
        if entity.type != "Place":
            continue
        # the holder: the person named right before or right after the title
        first = token_at(state, m.start())
        if first is None:
            continue
        lo, hi = sentence_bounds(state, first)
        before = [p for p in state.mentions_in(lo, m.start(), {"Person"}) if not state.entities[p.key].unnamed]
        after = [p for p in state.mentions_in(m.end(), hi, {"Person"}) if not state.entities[p.key].unnamed]
        if before and re.fullmatch(r",\s+(?:the\s+|a\s+)?", state.text[before[-1].end:m.start()]):
            regional_officers(state).add(before[-1].key)
        elif after and re.fullmatch(r",\s+" + STYLES + r"?", state.text[m.end():after[0].start]):
            regional_officers(state).add(after[0].key)
