"""Type cues during resolution: context that makes a name a place ("at Aflao",
"X was a colony"), a media organisation ("the Chilean daily La Tercera") or
leaves it a person."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entities import Candidate
from kg.extract.entity_ner import LOWER_TITLES_BEFORE_NAMES
from kg.extract.resolve_variants import Canon
from kg.extract.state import State

# Words of a geographic name that are not the name itself: a compass lead ("West
# Bengal") or a landform kind ("Martín García channel"); facilities (bridges,
# dams, airports) are often named after people, so they do not count.
_COMPASS_LEADS = frozenset("West East North South Upper Lower Central Northern Southern Eastern Western".split())
_LANDFORM_KINDS = frozenset("channel strait straits canal island islands isle river lake bay gulf peninsula sea "
                            "valley delta basin archipelago".split())
_COLONY_RE = re.compile(r"\s+(?:was|were|is|remained|became)\s+(?:still\s+|then\s+|once\s+|long\s+)?(?:a|an)\s+"
                        r"(?:[a-z-]+\s+)?(?:colony|protectorate|territory|province|dominion|mandate)\b")


def place_name_parts(canon: list[Canon]) -> set[str]:
    """The bare names inside place labels: 'Bengal' of 'West Bengal', 'Martín
    García' of 'Martín García channel' (a person of that name is that place)."""
    out = set()
    for _, label, type_, _ in canon:
        words = label.split()
        if type_ != "Place" or len(words) < 2:
            continue
        if words[0] in _COMPASS_LEADS:
            out.add(" ".join(words[1:]))
        if words[-1].lower() in _LANDFORM_KINDS and words[-1].islower():
            out.add(" ".join(words[:-1]))
    return out


def colony_context(state: State, cand: Candidate) -> bool:
    """'when Timor was still a colony': a name that was a colony is a place."""
    return " " not in cand.text.strip() and _COLONY_RE.match(state.text, cand.end) is not None


def after_media_cue(state: State, cand: Candidate) -> bool:
    """A name right after 'the daily', 'newspaper', 'the broadcaster' (optionally
    with a demonym between) is a media outlet."""
    before = state.text[max(0, cand.start - 40):cand.start].lower()
    cues = "|".join(re.escape(c) for c in sorted(lexicon.words("media_cues"), key=len, reverse=True))
    return bool(re.search(rf"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+)?(?:{cues})\s+$", before, re.I))


_PLACE_PREPS = frozenset("in at near from to into across via towards toward outside around opposite".split())


def place_context(state: State, cand: Candidate) -> bool:
    """Does the text around a one-word name treat it as a place: after a place
    preposition ("a visit to Añelo"), or before ", in ..." / ", <Region>"?"""
    if re.search(r"\b(?:bridges?|crossings?|ferry|ferries|tunnel|dam|span|cable|pipeline)\s+(?:over|across|under|on)\s+(?:the\s+)?$",
                 state.text[max(0, cand.start - 40):cand.start], re.I):
        return True  # "the bridge over the Neris": what a bridge spans is a river or strait
    before = state.text[max(0, cand.start - 20):cand.start].split()
    if before and before[-1].lower() in _PLACE_PREPS and not re.match(r"\s*(?:['’]s|,\s*(?:who|whose|the|a|an)\b)", state.text[cand.end:cand.end + 8]):
        return True
    after = state.text[cand.end:cand.end + 60]
    if re.match(r",\s+in\s+(?:the\s+)?[A-Z]", after) and not _person_slot(state, cand):
        return True
    m = re.match(r",\s+((?:[A-Z][\w'’-]+\s?){1,3})", after)
    if m:
        entry = state.gaz.lookup(m.group(1).strip())
        if entry is not None and entry.type in {"Place", "Country"} and entry.section != "places":
            return True
        if m.group(1).split()[-1] in {"County", "Province", "Region", "District", "State", "Department", "Oblast"}:
            return True
    return False


def place_elsewhere(state: State, cand: Candidate) -> bool:
    """'boats tied up at Oistins, on Barbados's south coast ... the Oistins fleet': a one-word name the
    model tagged only where it is a modifier is a place when the text also sets it after "at", "in" or
    "near" and a comma or full stop closes it there (the model missed that mention)."""
    name = re.escape(cand.text)
    return any(m.start(1) != cand.start for m in re.finditer(
        rf"\b(?:at|in|near) ({name})(?=[,.;]\s)", state.text))


def _person_slot(state: State, cand: Candidate) -> bool:
    """'his Hungarian counterpart, Szijjarto, in Budapest', 'Foreign Minister
    Szijjarto, in Budapest': a name apposed to a counterpart or an office, or
    right after a capitalised title, is a person where ", in <City>" follows."""
    before = state.text[max(0, cand.start - 40):cand.start]
    titles = lexicon.words("title_core") | {"counterpart", "counterparts"}
    m = re.search(r"([\w-]+),\s+$", before)
    if m and m.group(1).lower() in titles:
        return True
    m = re.search(r"\b([A-Za-z][\w-]*)\s+$", before)
    if m is None or m.group(1).lower() not in lexicon.words("title_core"):
        return False
    return m.group(1)[:1].isupper() or m.group(1) in LOWER_TITLES_BEFORE_NAMES  # "foreign minister Tsahkna, in Tallinn"
