"""More words around an unknown name that only a place fits (session 28, issue #3).

* a compass adjective before it: "in western Kessa Vell", "the hotels of
  southern Dorn", "in Tarvia's northern Pella State";
* a country's name before it, after "in": "in Tarvia's Kessa Vell, with ...";
* a coast or border of it: "off Kessa's south coast", "along Dorn's border";
* it lies somewhere: "Kessa lies near Dorn", "Pella is located in ...";
* upstream, downstream, the outskirts or the edge of it: "farmers downstream
  of Kessa", "on the south-western edge of Dorn";
* a journey to it: "pilgrims heading for Kessa", "flew to Dorn";
* a part of its water: "the mouth of the Kessa", "the west bank of the Dorn",
  "its tributary, the Pella," (session 31; blind golds have such rivers the
  model read as companies).

The model reads such a name as a person or a company, or misses it. As in
``context_venue_places`` (which does the editing), a name the text also uses
for someone (a given name, a named person's surname, a title before it, a
speaker) or one the gazetteer knows is left alone. The cue words are the
lexicon's ``compass_adjectives``, ``place_lie_verbs`` and ``journey_leads``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import known
from kg.extract.context_venue_places import NAME, settle
from kg.extract.state import State
from kg.extract.unknown_places import free_name

_OWNER = rf"{CAP_CLASS}[\w-]*(?: {CAP_CLASS}[\w-]*)?['’]s"
# one or two blanks, then a capital: a word of the name beyond what NAME takes
_RUNS_ON_RE = re.compile(r"[ \t]{1,2}[A-Z]")


@lru_cache(maxsize=1)
def _before_res() -> list[re.Pattern]:
    """Cues before the name; the name is group 'name' (an owner country, group 'owner', is checked)."""
    compass = lexicon.alternation("compass_adjectives")
    journey = lexicon.alternation("journey_leads")
    water = lexicon.alternation("water_part_nouns")
    return [
        re.compile(rf"\b(?:in|of|across|from|to|into|throughout|around)[ \t]+(?:the[ \t]+)?(?:(?P<owner>{_OWNER})[ \t]+)?"
                   rf"(?:far[ -])?(?:{compass})[ \t]+(?P<name>{NAME})(?![\w'’-])"),
        re.compile(rf"\bin[ \t]+(?P<owner>{_OWNER})[ \t]+(?P<name>{NAME})(?=[ \t]*[,.;:)]|[ \t]+(?:and|with|on|in|where|which)\b)"),
        re.compile(rf"\b(?:downstream|upstream|outskirts|edge)[ \t]+of[ \t]+(?P<name>{NAME})(?![\w'’-])"),
        re.compile(rf"\b(?:{journey})[ \t]+(?:to|for)[ \t]+(?P<name>{NAME})(?=[ \t]*[,.;:)]|[ \t]+[a-z])"),
        # "the mouth of the Ems", "on the Senegalese bank of the Faleme": a river's (or lake's) part
        re.compile(rf"\b(?:{water})[ \t]+of[ \t]+the[ \t]+(?P<name>{NAME})(?![\w'’-])"),
        # "its tributary, the Khubelu,": a river named in apposition
        re.compile(rf"\btributar(?:y|ies)[ \t]*,[ \t]+the[ \t]+(?P<name>{NAME})(?=[ \t]*[,.;:)])"),
    ]


@lru_cache(maxsize=1)
def _after_res() -> list[re.Pattern]:
    """Cues after the name (the name is group 'name')."""
    lie = lexicon.alternation("place_lie_verbs")
    compass = r"north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western"
    return [
        re.compile(rf"(?<![\w'’-])(?P<name>{NAME})['’]s[ \t]+(?:(?:{compass})[ \t]+)?"
                   rf"(?:coast|coastline|shore|shores|border|borders|outskirts|hinterland|interior)(?=[ \t]*[,.;:)]|[ \t]+(?:and|with|to|of|in|on|at|near|where|which|is|was)\b)"),
        re.compile(rf"(?<![\w'’-])(?P<name>{NAME})[ \t]+(?:{lie})[ \t]+(?:about[ \t]+|some[ \t]+|just[ \t]+)?"
                   rf"(?:\d[\d,.]*[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+)?"
                   rf"(?:in|near|on|at|along|across|between|off|inside|outside|north|south|east|west|upstream|downstream)\b"
                   rf"(?=[ \t]+(?:the[ \t]+)?[A-Z0-9]|[ \t]+of\b|[ \t]+(?:north|south|east|west|-))"),
    ]


def cue_slots(state: State) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names in the cues of the module docstring."""
    out = []
    text = state.text
    before = _before_res()
    for regex in before + _after_res():
        for m in regex.finditer(text, state.body_start):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            if "\n" in m.group(0) or state.is_skipped(start, end):
                continue
            if "owner" in regex.groupindex and m.group("owner") is not None:
                owner = state.gaz.lookup(re.sub(r"['’]s$", "", m.group("owner")))
                if owner is None or owner.type != "Country":
                    continue  # "in Ana's northern town": a person's, no country's
            if regex in before and _RUNS_ON_RE.match(text, end):
                continue  # a name that runs on (NAME stops before a possessive, so "in Ortega's view" never matches)
            if known(state, name) or not free_name(name.removeprefix("The "), state):
                continue
            out.append((start, end, name))
    return sorted(set(out))


def apply(state: State) -> None:
    settle(state, cue_slots(state))
