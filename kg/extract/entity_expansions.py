"""Foreign-language expansions of acronyms name no person or place, and a form's
acronym names no organisation (round-31 A3).

"a single form known by its Spanish acronym DUCA (Declaración Única
Centroamericana)": the words in brackets spell the acronym out; the model
read "Declaración Única Centroamericana" as a person. A non-gazetteer person or
place inside the brackets right after an acronym is dropped (an organisation
there stays: "SUNAT (Superintendencia Nacional de Aduanas)" names the agency).

When the thing "known by its ... acronym X" is a form, a document, a permit or
a procedure, X names no organisation: X and what the brackets after it hold
are dropped everywhere.
"""

from __future__ import annotations

import re

from kg.extract.chars import UPPER
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_EXPANSION_RE = re.compile(rf"(?<![\w-])(?P<acr>[{UPPER}][{UPPER}0-9-]{{1,9}})\s*\((?P<exp>[^()\n]{{5,160}})\)")
_DOC_NOUNS = (r"form|forms|document|declaration|certificate|permit|invoice|system|procedure|regime|card|visa|"
              r"licen[cs]e|scheme|programme|program|manifest|waybill|pass|register|registry|database|platform|"
              r"portal|tax|levy|fee|tariff|code|number|standard")
_KNOWN_RE = re.compile(rf"\b(?:{_DOC_NOUNS})\b[^.;\n]{{0,40}}?\b(?:known|referred\s+to|abbreviated)\s+(?:by|as)\s+"
                       rf"(?:its|the|their)\s+(?:[\w-]+\s+)?(?:acronym|abbreviation|initials)\s+"
                       rf"(?P<acr>[{UPPER}][{UPPER}0-9-]{{1,9}})\b")


def drop_expansions(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` without persons and places read in an acronym's expansion, nor form acronyms."""
    text = state.text
    holes: list[tuple[int, int]] = []
    for m in _EXPANSION_RE.finditer(text):
        exp = m.group("exp").split()
        # the words spell the acronym out: it starts with the acronym's letter, no list or role inside
        # ("MODERATOR (Clara Funes, press secretary)" is a label, no acronym)
        if len(exp) >= 2 and exp[0][:1].upper() == m.group("acr")[0] and not re.search(r"[,;:]", m.group("exp")):
            holes.append(m.span("exp"))
    forms = {m.group("acr") for m in _KNOWN_RE.finditer(text)}
    form_holes = [m.span("exp") for m in _EXPANSION_RE.finditer(text) if m.group("acr") in forms]
    kept = []
    for cand in found:
        if cand.source != "gaz" and cand.type in {"Person", "Place"} \
                and any(a <= cand.start and cand.end <= b for a, b in holes):
            continue  # "Declaración Única Centroamericana" of "DUCA (...)"
        if forms and cand.source != "gaz" and cand.type not in {"Country"} and (
                cand.text in forms or any(a <= cand.start and cand.end <= b for a, b in form_holes)):
            continue  # "DUCA", the form's acronym
        kept.append(cand)
    return kept
