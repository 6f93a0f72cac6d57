"""Foreign-language names joined by lower-case connectors are one name
(round-31 A2).

"the operator, Kopalnia Wegla i Energia Południe, said", "the citizens' group
Woda dla Miasta", "the Verein für Grenzverkehr", "Asociación Pro Agua y
Tierra": a company's or group's name in its own language runs on over "i",
"y", "e", "et", "und", "dla", "für", "pro", ... The model breaks it at the
connector into person and place fragments ("Energia Południe" a person). Such a
run of capitalised words with a coordinating or "for" connector inside is one
organisation.

"Novy Dvur nad Vltavou", "Frankfurt an der Oder", "Kingston upon Thames":
a town named after its river with "nad"/"pod"/"an der"/"upon"/"sur" is one
place ("Vltavou" was a person).

A run the gazetteer knows ("Trinidad y Tobago") or a longer name already found
is left alone; the run must overlap something the model or the rules found, so
ordinary English words around a stray capital give nothing.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_WORD = rf"{CAP_CLASS}[\w'’.-]*"
# connectors that join the parts of an organisation's name: "and", "for" of several languages
_ORG_CONN = r"i|y|e|et|und|dla|für|fur|pro|para|och|og|ve|és"
# secondary connectors that may sit inside either part ("Fundação de Apoio e Pesquisa")
_INNER = r"de|del|da|do|dos|das|des|du|la|le|di|della|der|van|von|na|w|z|ze|na"
_PART = rf"{_WORD}(?:\s+(?:(?:{_INNER})\s+)?{_WORD})*"
_ORG_RE = re.compile(rf"(?<![\w'’-])(?P<run>{_PART}(?:\s+(?:{_ORG_CONN})\s+{_PART})+)(?![\w'’-])")
# connectors of towns named after a river or a hill
_PLACE_CONN = r"nad|pod|an\s+der|am|upon|sur|sul|ob|bei|im"
_PLACE_RE = re.compile(rf"(?<![\w'’-])(?P<run>{_WORD}(?:\s+{_WORD}){{0,2}}\s+(?:{_PLACE_CONN})\s+{_WORD})(?![\w'’-])")
# English words that open a sentence or a run and are no part of a name
_STOP = frozenset("The A An This That These Those It He She We They I You In On At For And But Or If When While "
                  "After Before As By From With To Of Mr Mrs Ms Dr".split())
# a group's or company's descriptor right before a name nothing else found ("the citizens' group Woda dla Miasta")
_DESCRIPTOR_RE = re.compile(r"(?:group|organi[sz]ation|association|company|operator|firm|NGO|foundation|movement|"
                            r"network|initiative|coalition|union|campaign|charity|cooperative|co-operative),?\s+$")
_ACTOR_TYPES = frozenset({"Person", "Organization", "Place", "GovernmentAgency", "MediaOrganization"})


def _runs(state: State, found: list[Candidate], pattern: re.Pattern, kind: str) -> list[Candidate]:
    text = state.text
    out = []
    for m in pattern.finditer(text):
        start, end = m.span("run")
        words = text[start:end].split()
        while words and words[0] in _STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if len(words) < 3 or "\n" in text[start:end] or re.search(r"\w{2}\.\s", text[start:end]):
            continue  # a run never crosses a line or a sentence end ("Arica y Parinacota. The Tacna")
        if kind == "Organization" and sum(w[:1].isupper() for w in words) < 2:
            continue
        inside = [c for c in found if start <= c.start and c.end <= end]
        crossing = [c for c in found if c.start < end and start < c.end and not (start <= c.start and c.end <= end)]
        if crossing:
            continue  # a longer name holds it
        if not any(c.type in _ACTOR_TYPES and c.source != "gaz" for c in inside) and not (
                kind == "Organization" and _DESCRIPTOR_RE.search(text[max(0, start - 30):start])):
            continue  # nothing was found there, and no descriptor names a body
        if any((c.start, c.end) == (start, end) for c in inside):
            continue  # found whole already: its type stands ("Arica y Parinacota" is a region)
        if kind == "Organization" and any(c.source == "gaz" and c.type == "Country" for c in inside):
            continue  # "Bosnia i Hercegovina"-like country names, "Antigua and Barbuda"
        if kind == "Organization" and words[0] in lexicon.given_names() and inside \
                and all(c.type == "Person" for c in inside):
            continue  # "José Ortega y Gasset", "Josep Puig i Cadafalch": a person's double surname
        out.append(Candidate(start, end, text[start:end], kind, "rule"))
    return out


def connector_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with connector-joined foreign names in one piece and their fragments dropped."""
    runs = _runs(state, found, _PLACE_RE, "Place")
    taken = [(c.start, c.end) for c in runs]
    runs += [c for c in _runs(state, found, _ORG_RE, "Organization")
             if not any(c.start < b and a < c.end for a, b in taken)]
    if not runs:
        return found
    kept = [c for c in found if not any(r.start <= c.start and c.end <= r.end and c.source != "gaz" for r in runs)]
    return kept + runs
