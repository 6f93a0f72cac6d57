"""A broadcaster's regional or language service is one outlet (round-29 class A1).

"told Yle Pohjanmaa", "in an interview with NRK Troms", "told ORF Tirol",
"SVT Sápmi", "BBC Alba", "RTVE Canarias": a known broadcaster (a one-word
outlet of the gazetteer) and the capitalised word after it, where the words
around make it a medium ("told", "interview with", "said on", "according
to" before it, or "reported"/"said" after it), are ONE MediaOrganization with
the full name: never a Person "NRK Troms", never a separate "NRK" as well.
"""

from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_SLOT_BEFORE = re.compile(r"(?:\b(?:told|tells|telling|to|with|on|by|from|according\s+to|quoted\s+by|quoting|in|for|"
                          r"via|public\s+broadcaster|broadcaster|channel|station)\s+(?:the\s+)?)$")
_SLOT_AFTER = re.compile(r"\s+(?:reported|reports|said|says|quoted|broadcast|aired|showed|cited|that|on\s+"
                         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\s*[,.;:]")
_NOT_SERVICE = frozenset("The A An This That In On At By For To From With And But Or As It He She They We I News "
                         "Online Radio TV".split()) | {w.capitalize() for w in dates.MONTHS} \
    | {w.capitalize() for w in dates.WEEKDAY_NAMES.split("|")}
_NEXT_RE = re.compile(rf"[ \t]+(?P<word>{CAP_CLASS}[\w'’-]*)(?!['’]s\b)(?![\w'’-])")


def media_service_names(state: State) -> list[Candidate]:
    """'NRK Troms' after a medium's cue: the broadcaster and its service, one outlet."""
    text = state.text
    out = []
    for start, end, entry in state.gaz.finditer(text):
        if entry.type != "MediaOrganization" or " " in entry.label or len(text[start:end].split()) > 1:
            continue
        m = _NEXT_RE.match(text, end)
        if m is None or m.group("word") in _NOT_SERVICE:
            continue
        word_entry = state.gaz.lookup(m.group("word"))
        if word_entry is not None and word_entry.type in {"MediaOrganization", "Person", "Organization", "GovernmentAgency"}:
            continue
        if not (_SLOT_BEFORE.search(text[max(0, start - 40):start]) or _SLOT_AFTER.match(text, m.end())
                or re.match(r"[ \t]+(?:Service|News|Radio|Television|TV|Online)\b", text[m.end():])):
            continue
        end2 = m.end()
        more = re.match(r"[ \t]+(?:Service|News|Radio|Television|TV|Online|Channel|International|Español|Arabic)(?![\w'’-])",
                        text[end2:])
        if more:
            end2 += more.end()  # "the BBC World Service": the service's whole name
        out.append(Candidate(start, end2, text[start:end2], "MediaOrganization", "rule"))
    return out
