"""Counterparts: 'his Japanese counterpart, X' and 'her counterpart from Malawi,
Dr X' give X the same office for the side the demonym or country names.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import (
    HONORIFICS,
    RANKS_RE,
    STYLES,
    Office,
    sentence_bounds,
    title_vocab,
    token_at,
)
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State

# the side word before the noun ("South African", "Malian") and the nouns of one's opposite
# number: shared with the side rules (office_sides)
DEMONYM = r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
COUNTERPART_NOUN = r"(?:counterparts?|opposite\s+numbers?)"
# "his Lithuanian counterpart", "her counterpart from Malawi", "their opposite numbers": the
# demonym (or the country after "from") names the side; shared with relation_checks_sides
COUNTERPART_OF = (rf"\b(?i:his|her|their|its|your|our|my)\s+(?:(?P<dem>{DEMONYM})\s+)?(?P<noun>{COUNTERPART_NOUN})"
                  r"(?:\s+from\s+(?:the\s+)?(?P<from>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*))?")

# a rank may stand before the name ("his Russian counterpart, Colonel Viktor D", round-34 O5)
_COUNTERPART_RE = re.compile(rf"\b(?i:his|her|their|its|your|our|my)\s+({DEMONYM})\s+counterpart,?\s*"
                             + STYLES + r"*" + RANKS_RE + r"*$")


# "his Lithuanian counterpart, Defence Minister X" / "her counterpart from Malawi, Dr X":
# a title may stand before the name
_COUNTERPART_TITLED_RE = re.compile(COUNTERPART_OF + r"\s*,?\s+(?P<title>(?:[\w.,-]+\s+){0,14}?)$")


def counterpart_country(state: State, mention: MentionRef) -> str | None:
    """'Her Malian counterpart, Issa Konate, the minister of ...' / 'his Lithuanian
    counterpart, Defence Minister X': the country the demonym names (whatever
    office the words around the name give)."""
    base = max(0, mention.start - 160)
    m = _COUNTERPART_TITLED_RE.search(state.text[base:mention.start])
    if not m or not (m.group("dem") or m.group("from")):
        return None
    between = m.group("title")
    if m.group("noun").endswith("s"):
        # "their Lithuanian counterparts, Defence Minister X and Interior Minister Y": the
        # people listed before this one are counterparts too
        for p in reversed(state.mentions_in(base + m.start("title"), mention.start, {"Person"})):
            between = between[:p.start - base - m.start("title")] + between[p.end - base - m.start("title"):]
        between = re.sub(r"(?:,|\band\b)", " ", between)
    elif "," in between:
        return None
    words = [w.lower().rstrip(".") for w in between.split()]
    allowed = title_vocab() | HONORIFICS | lexicon.words("title_core")
    if any(w not in allowed for w in words):
        return None  # other words between: the counterpart is someone else
    if m.group("dem"):
        if state.gaz.country_of_demonym(m.group("dem")) is None:
            return None
        key = country_key_for_word(state, base + m.start("dem"), base + m.end("dem"))
    else:
        c = state.mention_at(base + m.start("from"), base + m.end("from"), {"Country"})
        key = c.key if c is not None else None
    return key if key is not None and state.entity_type(key) == "Country" else None


def counterpart_title(state: State, mention: MentionRef) -> Office | None:
    """'... Minister X held talks with his Japanese counterpart, Kenji Moriyama':
    the same office, for the other country."""
    base = max(0, mention.start - 60)
    m = _COUNTERPART_RE.search(state.text[base:mention.start])
    if not m:
        return None
    country = state.gaz.country_of_demonym(m.group(1))
    first = token_at(state, mention.start)
    if country is None or first is None:
        return None
    sent = first.sent
    side = country_key_for_word(state, base + m.start(1), base + m.end(1))
    for other, position in state.positions.items():
        if other != mention.key and any(x.key == other for x in state.mentions_in(sent.start_char, mention.start)):
            title = state.entities[position].aliases and sorted(state.entities[position].aliases)[0]
            if title and side:
                return Office(mention.key, title, None, side, sentence_bounds(state, first))
    # "Estonia's Energy Minister A flew to Helsinki. She met her Finnish counterpart, B": the
    # pronoun stands for the office holder named last before, in the sentence or the one before
    lead = state.text[sent.start_char:base + m.start()]
    if side is None or state.mentions_in(sent.start_char, base + m.start(), {"Person"}) \
            or not re.match(r"\s*(?:(?:On|Later|Then|Earlier)\b[^,]{0,30},\s*)?(?:He|She)\b", lead):
        return None
    earlier = [x for x in state.mentions_in(max(state.body_start, sent.start_char - 400), sent.start_char, {"Person"})
               if not state.entities[x.key].unnamed]
    if not earlier or earlier[-1].key == mention.key or earlier[-1].key not in state.positions:
        return None
    if side in state.objects(earlier[-1].key, "represents"):
        return None  # a counterpart acts for the other side
    position = state.positions[earlier[-1].key]
    title = state.entities[position].aliases and sorted(state.entities[position].aliases)[0]
    return Office(mention.key, title, None, side, sentence_bounds(state, first)) if title else None


# "His counterpart in Apatin, Milan Kostic," / "her opposite number from Leer, X" (round-33 O3)
_PLACE_COUNTERPART_RE = re.compile(
    r"\b(?i:his|her|their|its|your|our|my)\s+(?:(?:counterpart|opposite\s+number)\s+(?:in|from|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)*)"
    # "Her Komárno counterpart, Tibor Varga," (round-37 O1): the town before the noun
    r"|(?P<place2>[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)*)\s+(?:counterpart|opposite\s+number))"
    r"\s*,?\s*" + STYLES + r"?$")


def place_counterpart_title(state: State, mention: MentionRef) -> Office | None:
    """'The mayor of Vukovar, A, welcomed the deal. His counterpart in Apatin, B, was
    blunter.': B holds the same local office, of the town named (so he acts for the
    country that town lies in, decided once places are read). The office is the one of
    the local officer named last before (in this sentence or the two before)."""
    from kg.extract.office_local import named_place_at, regional_officers
    base = max(0, mention.start - 80)
    m = _PLACE_COUNTERPART_RE.search(state.text, base, mention.start)
    first = token_at(state, mention.start)
    if m is None or first is None:
        return None
    place = named_place_at(state, m, group="place" if m.group("place") is not None else "place2")
    if place is None:
        return None
    earlier = [x for x in state.mentions_in(max(state.body_start, first.sent.start_char - 600), m.start(), {"Person"})
               if not state.entities[x.key].unnamed and x.key != mention.key and x.key in state.positions]
    if not earlier:
        return None
    position = state.positions[earlier[-1].key]
    held_in = state.objects(position, "positionIn")
    if not held_in or state.entity_type(held_in[0]) != "Place":
        return None  # a counterpart of a minister is the other country's (counterpart_title)
    aliases = sorted(state.entities[position].aliases)
    if not aliases:
        return None
    regional_officers(state).add(mention.key)
    return Office(mention.key, aliases[0], None, place.key, sentence_bounds(state, first))
