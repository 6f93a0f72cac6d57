"""Named infrastructure projects are the line or link they build (round-23 class A15).

"The pipeline, formally the Trans-Balkan Gas Interconnection Project, runs
from ...", "the Baltic Sea Cable Project links Estonia and Finland": a
capitalised name ending in "Project", "Interconnector", "Interconnection",
"Pipeline" or "Link" whose words say what is built (gas, power, cable, rail,
road ...) names the structure on the map, a Place. The model splits such
names ("Trans-Balkan Gas" an organisation, "Interconnection Project" a person)
or calls them organisations.

"The Interconnector Greece-Bulgaria (IGB) between Komotini and Stara Zagora"
(round-30 A8): a head word first and the two countries or places it joins after
it is one such name too (never the second country with the alias "IGB").
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*"
_HEADS = r"Project|Interconnector|Interconnection|Pipeline|Link|Corridor|Line"
_PROJECT_RE = re.compile(rf"(?<![\w'’-])((?:{_WORD} ){{1,6}}(?:{_HEADS}))(?![\w'’-])(?!,? (?:{CAP_CLASS}|&))")
# Words of what is built: a project named with one of them is a structure, not a body.
_INFRA_WORDS = frozenset("Gas Oil Pipeline Interconnection Interconnector Cable Power Electricity Transmission Grid "
                         "Rail Railway Railways Road Highway Motorway Expressway Bridge Tunnel Hydropower Hydroelectric "
                         "Dam Canal Waterway Port Subsea Undersea Fibre Fiber Optic HVDC Energy".split())
_GENERIC = frozenset("National International Regional Joint New Main Northern Southern Eastern Western Central "
                     "North South East West Cross-Border Cross-border Bilateral Trans".split())
_NOT_LEAD = frozenset("The A An This That Its Their Under With From For And By In On At Of".split())


# "Interconnector Greece-Bulgaria", "Gas Interconnector Poland-Lithuania": the head first, two places after it
_LEAD_HEAD_RE = re.compile(rf"(?<![\w'’-])(?P<name>(?:(?:Gas|Oil|Power|Electricity)\s+)?(?:Interconnector|Interconnection|"
                           rf"Pipeline)\s+(?P<a>{CAP_CLASS}[\w'’]+)[-–](?P<b>{CAP_CLASS}[\w'’]+))(?![\w'’-])")


def _lead_head_names(state: State) -> list[Candidate]:
    out = []
    for m in _LEAD_HEAD_RE.finditer(state.text):
        sides = [state.gaz.lookup(m.group(g)) for g in ("a", "b")]
        if any(e is None or e.type not in {"Country", "Place"} for e in sides):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "Place", "rule"))
    return out


def infrastructure_projects(state: State) -> list[Candidate]:
    """Place candidates for named infrastructure projects."""
    out = _lead_head_names(state)
    for m in _PROJECT_RE.finditer(state.text):
        words = m.group(1).split()
        while words and words[0] in _NOT_LEAD:
            words = words[1:]
        if len(words) < 2 or "\n" in m.group(1) or not set(words[:-1]) & _INFRA_WORDS:
            continue
        if not [w for w in words[:-1] if w not in _INFRA_WORDS and w not in _GENERIC]:
            continue  # "The Gas Pipeline", "the National Power Line": no name of its own
        if any(re.search(r"['’]s$", w) for w in words):
            continue  # "Greece's Gas Pipeline": an owner's
        if words[-1] in {"Line", "Link", "Corridor"} and not set(words[:-1]) & {"Gas", "Oil", "Power", "Cable", "Rail",
                                                                                  "Railway", "Transmission", "HVDC"}:
            continue  # "Hotline", "Green Line": only a named line of what is built
        start = m.end(1) - len(" ".join(words))
        name = state.text[start:m.end(1)]
        entry = state.gaz.lookup(name)
        if entry is not None:
            continue
        out.append(Candidate(start, m.end(1), name, "Place", "rule"))
    return out
