"""Honorifics and ranks of agency dispatches are no part of a name (round-30 S4).

Translated state-agency dispatches style every official: "Counsellor Omar
Fathy El-Masry, Assistant Minister of Labour", "Engineer Hany Mahmoud Ragab,
Chairman of ...", "Colonel Saad Mabrouk Al-Zawi", "Major General Tarek Sayed
Mansour", "Sheikh Hamad Saleh Al-Obeidi", "Haj Ali Hassan Salem". The person is
"Omar Fathy El-Masry", "Hany Mahmoud Ragab", ...; the later "Colonel Saad
Al-Zawi" or "Al-Zawi" then resolves to the same person.

Two repairs on the Person candidates, whatever rule or model found them:

* the style words at the front are cut off (a strong style such as
  "Counsellor", "Engineer", "Colonel" even before a lone surname; a weak one
  that also opens names or offices, "General", "Major", "Sheikh", "Haj", only
  when two name words remain);
* given names the model left out between the style and the candidate
  ("Engineer Hany" + "Mahmoud Ragab") are taken in, so the four-part name
  stays one person.

A name after an article-prefixed surname ("Salem Faraj" + " Al-Mansouri")
runs on over the surname: an Arabic name's "Al-"/"El-"/"Abdel-" word is its
last part, never a name of its own.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Styles cut even before a lone surname ("Colonel Al-Zawi said").
_STRONG_STYLES = (r"Counsellor|Counselor|Chancellor|Engineer|Eng\.?|Engr\.?|Colonel|Col\.|Lieutenant[- ]Colonel|Lt\.?\s?Col\.|"
           r"Brigadier(?:[- ]General)?|Brig\.?\s?Gen\.|Major[- ]General|Maj\.?\s?Gen\.|Lieutenant[- ]General|"
           r"Lt\.?\s?Gen\.|Ustaz|Ustadh|Ustadha|Ustaza|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?")
# Styles that also open names ("Sheikh Hasina") or offices ("General Secretary"): two name words must follow.
_WEAK_STYLES = r"General|Gen\.|Major|Sheikh|Sheikha|Shaikh|Haj|Hajj|Hajja|Hajjah|Hajji|Captain|Capt\."
# Police and military ranks ("Chief Inspector", "Sergeant", "Rear Admiral") come from the lexicon;
# "Superintendent Ana Ruiz said" is the person Ana Ruiz, as "Colonel X" is.
_STRONG = rf"{_STRONG_STYLES}|{lexicon.alternation('rank_styles')}"
_WEAK = rf"{_WEAK_STYLES}|{lexicon.alternation('weak_rank_styles')}"
STYLE_RE = re.compile(rf"(?:(?P<strong>{_STRONG})|(?P<weak>{_WEAK}))\s+")
_NAME_WORD = rf"{CAP_CLASS}[\w'’]*(?:-{CAP_CLASS}?[\w'’]+)*"
# given names between a style and the candidate: "Engineer Hany " before "Mahmoud Ragab"
_GAP_RE = re.compile(rf"(?<![\w.’'-])(?:{_STRONG}|{_WEAK})\s+(?P<gap>(?:{_NAME_WORD} ){{1,2}})$")
# "Al-Mansouri", "El-Masry", "Abdel-Rahman", "Abu Bakr" after the given names
_SURNAME_TAIL_RE = re.compile(rf" (?:(?:Al|El|Abdel|Abdul|Abd)-{CAP_CLASS}[\w'’]+|(?:al|el)-{CAP_CLASS}[\w'’]+)(?![\w'’-])")


def styles_end(text: str, start: int, end: int) -> int:
    """Where the name of ``text[start:end]`` starts after the styles and ranks in front
    ("Brigadier Anvei Lavdo" -> the offset of "Anvei"); ``start`` when there are none."""
    while True:
        m = STYLE_RE.match(text, start, end)
        if m is None:
            return start
        rest = text[m.end():end].split()
        if not rest or not rest[0][:1].isupper() or m.group("weak") and len(rest) < 2:
            return start
        start = m.end()


def _cut_styles(cand: Candidate, state: State) -> None:
    text = state.text
    start = styles_end(text, cand.start, cand.end)
    if start != cand.start:
        cand.start = start
        cand.text = text[cand.start:cand.end]
        cand.gaz = state.gaz.lookup(cand.text)


def _take_given_names(cand: Candidate, found: list[Candidate], state: State) -> None:
    text = state.text
    m = _GAP_RE.search(text[max(0, cand.start - 60):cand.start])
    if m is None:
        return
    start = cand.start - len(m.group("gap"))
    words = m.group("gap").split()
    if any(re.fullmatch(rf"(?:{_STRONG}|{_WEAK})", w) for w in words):
        return  # "Major General Tarek ...": the gap is the rank's second word
    if len(words) + len(cand.text.split()) > 5 or any(state.gaz.lookup(w) is not None for w in words):
        return
    if "\n" in text[start:cand.start]:
        return
    for other in found:
        if other is not cand and other.source != "gaz" and other.start < cand.start and start < other.end:
            other.end = other.start  # the given names read as a name of their own ("Hany" a place)
    cand.start = start
    cand.text = text[cand.start:cand.end]
    cand.gaz = None


def _take_surname(cand: Candidate, found: list[Candidate], state: State) -> None:
    m = _SURNAME_TAIL_RE.match(state.text, cand.end)
    if m is None or len(cand.text.split()) > 3:
        return
    end = cand.end + m.end() - m.start()
    for other in found:
        if other is not cand and other.source != "gaz" and cand.end <= other.start < end:
            other.end = other.start
    cand.end = end
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = None


def strip_honorific_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the styles cut off person names and left-out name parts taken in."""
    for cand in found:
        if cand.type != "Person" or cand.source == "gaz":
            continue
        _cut_styles(cand, state)
        _take_given_names(cand, found, state)
        _take_surname(cand, found, state)
    return [c for c in found if c.end > c.start]
