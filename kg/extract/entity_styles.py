"""Styles of address and courtesy titles are no part of a person's name
(round-21 class A6).

"Dato' Sri Ana Ruz", "Tuan Emil Dor", "Mr. Kamon Sri", "Tan Sri Omar Lise":
the person is "Ana Ruz", "Emil Dor", ... The model and the apposition rules
sometimes take the style in, or take in only its second word ("Sri Ruz" of
"Dato' Sri Ruz", the apostrophe splitting "Dato'" off). A person candidate is
widened over the style words right before it and then cut after them, so the
later short form ("Dato' Sri Ruz" -> "Ruz", "Mr. Kamon" -> "Kamon") resolves
to the person named in full.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# One style word or phrase, followed by a space ("Dato' Sri ", "Tuan ", "Mr. ").
_STYLE = (r"(?:Tan\s+Sri|Toh\s+Puan|Datuk(?:\s+Seri|\s+Sri)?|Dato['’]?(?:\s+Seri|\s+Sri)?|Datin(?:\s+Paduka)?|"
          r"Tun|Tuan|Puan|Encik|Cik|Pehin(?:\s+Orang\s+Kaya)?|Haji|Hajah|Yang\s+Berhormat|YB|Hon\.?|H\.\s?E\.?|"
          r"Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|Sra\.?|Srta\.?|Dr\.?|Prof\.?|Khun|Sheikh|Sheikha|Chief)\s+")
_LEADING = re.compile(rf"(?:{_STYLE})+")
_TRAILING = re.compile(rf"(?<![\w'’-])(?:{_STYLE})+$")
# Styles that are also the first word of a name ("Sheikh Hasina") or of an office ("Chief Justice"):
# cut only when at least two name words remain.
_WEAK = frozenset({"Sheikh", "Sheikha", "Chief"})


def strip_styles(cand: Candidate, state: State) -> None:
    """Cut the style words off the front of a person candidate (in place)."""
    if cand.type != "Person" or cand.source == "gaz":
        return
    text = state.text
    before = _TRAILING.search(text[max(0, cand.start - 40):cand.start])
    start = cand.start - len(before.group(0)) if before else cand.start
    lead = _LEADING.match(text, start, cand.end)
    if lead is None or lead.end() <= cand.start and not before:
        return
    rest = text[lead.end():cand.end].split()
    if not rest or not rest[0][:1].isupper():
        return
    first_style = lead.group(0).split()[0]
    if first_style in _WEAK and (len(rest) < 2 or rest[0].lower() in lexicon.words("honorifics")
                                 or rest[0].lower() in lexicon.words("title_core")):
        return  # "Sheikh Hasina", "Chief Justice Ana Ruz": a name or an office, not a style before a name
    if lead.end() <= cand.start:
        return  # the style stands before the candidate, which holds the name alone already
    cand.start = lead.end()
    cand.text = text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)
