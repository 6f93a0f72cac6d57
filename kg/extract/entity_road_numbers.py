"""Roads named by a number keep the number (round-23 class A8).

"along National Road 5", "Route 7 and Highway 13", "the N4 links Maputo to
the border", "the BR-364 highway": a road word and its number are one Place
("National Road 5", never "National Road"). The model reads such names as
events, products or organisations, or stops before the number.

A bare letter-and-number code ("the N4", "the R21", "the E75"; not "the E3" group
of states) names a road only where
the words around speak of roads: a road word right after it, or a road or
traffic word in the same sentence ("lorries", "drive", "links X to Y"); "the
A1 grade" or "the G20" stay out.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

_ROAD_WORDS = r"Road|Route|Highway|Motorway|Expressway|Freeway|Ruta|Rota|Rodovia|Carretera|Autoroute|Autopista"
_ROAD_LEADS = (r"National|State|Provincial|Federal|Regional|Interstate|Trunk|Asian|Primary|Secondary|County|"
               r"Departmental|Pan-American|Nacional|Nationale")
_NUMBERED_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:{_ROAD_LEADS})\s+){{0,2}}(?:{_ROAD_WORDS})(?:\s+(?:{_ROAD_LEADS}))?"
    rf"(?:\s+(?:No\.?|Number|N[o°º]\.?))?\s+\d{{1,4}}[A-Z]?(?![\w'’-]|[.,]\d)")
_CODE_RE = re.compile(r"(?<![\w'’.-])(?:[Tt]he\s+|[Aa]long\s+|[Vv]ia\s+|[Oo]n\s+|[Oo]nto\s+|[Oo]ff\s+)"
                      r"(?P<code>(?:[ANMR]|BR|RN|RP|NH|SH|AH|RS|RJ)-?\d{1,4}|E-?\d{2,3})(?![\w'’-]|[.,]\d)"
                      # "Austria's A10", "where it becomes Slovenia's A2" (round-35 A6)
                      r"|(?<=[a-z]['’]s )(?P<owned>(?:[ANM]|RN|NH|SH)-?\d{1,4})(?![\w'’-]|[.,]\d)")
_ROAD_AFTER_RE = re.compile(r"\s+(?:motorway|highway|road|expressway|freeway|corridor|route|toll road|trunk road|bypass)\b")
_ROAD_CONTEXT_RE = re.compile(
    r"\b(?:roads?|highways?|motorways?|routes?|lorr(?:y|ies)|trucks?|truckers|drivers?|traffic|drive|driving|"
    r"kilometres|km|miles|bypass|junction|lanes?|paved|tarmac|toll|resurfaced|links?|linking|"
    # round 28 (A6): "hauliers queue overnight on the N4", "freight waits at the N2"
    r"hauliers?|haulage|freight|queues?|queued|queuing|queueing|tailbacks?|vehicles?|motorists|buses|convoys?|"
    r"potholes?|detours?|carriageway|hard shoulder|overtaking)\b", re.I)


def road_numbers(state: State) -> list[Candidate]:
    """Place candidates for numbered roads and road codes."""
    text = state.text
    out = []
    for m in _NUMBERED_RE.finditer(text):
        if "\n" in m.group(0):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), "Place", "rule"))
    for m in _CODE_RE.finditer(text):
        group = "code" if m.group("code") else "owned"
        start, end = m.span(group)
        sentence = state.sentence_of(start).text
        if not (_ROAD_AFTER_RE.match(text, end) or _ROAD_CONTEXT_RE.search(sentence)):
            continue
        out.append(Candidate(start, end, m.group(group), "Place", "rule"))
    return out



# Round 24 (A12): "the N4 toll road", "the A3 highway", "the BR-364 highway": after a
# road code, the road word describes the road and is no part of its name ("N4").
_CODED_ROAD_RE = re.compile(
    r"(?P<code>(?:[A-Z]{1,3})-?\d{1,4}[A-Z]?)\s+(?:(?:toll|trunk|national|main|coastal|new|old|four-lane|dual)\s+)?"
    r"(?:road|highway|motorway|expressway|freeway|route|bypass|carriageway)")


def cut_road_descriptor(cand: Candidate) -> None:
    """Cut a Place '<code> <road word>' back to the code."""
    if cand.type != "Place" or cand.source == "gaz":
        return
    m = _CODED_ROAD_RE.fullmatch(cand.text)
    if m is not None:
        cand.end = cand.start + m.end("code")
        cand.text = m.group("code")
