"""The name on a broadcast caption strap is a person (round-26 class A12).

"[CAPTION: TOMAS VARGA - DEPUTY MINISTER OF TRANSPORT]": a bracketed strap on a
line of its own gives a name in capitals, then (after a dash, bar or comma) the
person's title. The model reads the capitals as a place or an organisation
("VARGA"); the name part is one Person candidate (the resolver writes it in
normal case). A strap with no name ("[CAPTION: TRUCK DRIVER, KOMÁROM]") gives
none; the turns a strap introduces are the statement rules' business.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.layout import STRAP_LABELS
from kg.extract.state import State

_STRAP_RE = re.compile(
    r"(?m)^[ \t]*[\[(][ \t]*" + STRAP_LABELS + r"[ \t]*:[ \t]*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,3})[ \t]*(?:[-–—|,])[ \t]*[^\[\]()\n]{2,120}[\])][ \t]*$",
    re.I)


def caption_people(state: State) -> list[Candidate]:
    """Person candidates for the name part of caption straps."""
    vocab = lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("role_nouns") \
        | lexicon.words("portfolio_words") | lexicon.words("honorifics") | {"of", "the", "for", "and"}
    out = []
    for m in _STRAP_RE.finditer(state.text):
        name = m.group("name")
        if not name.isupper():
            continue
        words = name.lower().split()
        if set(words) & vocab or any(state.gaz.lookup(w.title()) is not None for w in name.split()):
            continue  # "TRUCK DRIVER", "DEPUTY MINISTER", "KOMÁROM": a job or a place, no name
        proper = re.sub(r"[^\W\d_]+", lambda w: w.group(0)[:1].upper() + w.group(0)[1:].lower(), " ".join(name.split()))
        out.append(Candidate(m.start("name"), m.end("name"), name, "Person", "rule", label=proper))
    return out
