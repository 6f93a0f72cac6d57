"""Bodies whose name opens with a place or ends in a proper name (round-34 class A8).

* "the Rio Grande Valley Growers Cooperative said": a name ending in an
  organisation's head word is a body, though it opens with a place's words
  (never a place "Rio Grande Valley ..." as a whole or in part).
* "Moldtransgaz, a subsidiary of Romania's Transgaz,": a name apposed to a
  company's kind ("a subsidiary of", "a unit of", "the gas operator") is an
  organisation, never a person or nothing.
* "European University Viadrina", "University College Cork": a university's
  proper name after its head word is part of the name.
"""

from __future__ import annotations

import re

from kg.extract import dates, lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, classify_org, overlaid
from kg.extract.state import State

_BODY_LAST = frozenset("Cooperative Co-operative Cooperatives Co-op Growers Producers Association Union Federation "
                       "Company Corporation University College Institute Council Chamber Society Alliance Board "
                       "Authority Consortium Syndicate Guild Bank Group".split())
_KIND_AFTER_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|affiliate|division|"
                            r"daughter company|joint venture|company|firm|utility)"
                            r"\s+(?:of|owned\s+by|controlled\s+by|run\s+by)\b")
_NAME_RE = re.compile(rf"(?<![\w'’-])(?P<name>{CAP_CLASS}[\w'’&-]*(?:\s+{CAP_CLASS}[\w'’&-]*){{0,3}})(?=,\s+(?:a|an|the)\s)")
_UNI_HEADS = frozenset("University College Academy Polytechnic".split())


def headed_bodies(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the bodies above (retyped in place, or new)."""
    text = state.text
    heads = "|".join(sorted(_BODY_LAST, key=len, reverse=True))
    for c in found:
        # "the Rio Grande Valley Growers Cooperative" tagged "Rio Grande Valley": the body's words run on
        tail = re.match(rf"(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}}\s+(?:{heads})(?![\w'’-])", text[c.end:c.end + 60])
        if tail and c.type in {"Place", "Person", "Organization"} and "\n" not in tail.group(0) \
                and not any(x.start < c.end + tail.end() and c.end < x.end and x is not c for x in found):
            c.end += tail.end()
            c.text = text[c.start:c.end]
            c.source, c.gaz = "rule", None
        words = c.text.split()
        if c.source != "gaz" and c.type == "Place" and len(words) >= 2 and words[-1] in _BODY_LAST:
            c.type = classify_org(c.text)
    out = []
    for m in _NAME_RE.finditer(text):
        if not _KIND_AFTER_RE.match(text, m.end()) or state.is_skipped(m.start(), m.end()):
            continue
        a, b = m.span("name")
        if a > 0 and not re.search(r"(?:\n|[.!?;:]\s+|[\"“]\s*|\b[Tt]he\s+)$", text[max(0, a - 6):a]):
            continue  # only a name opening a sentence or a clause
        name = m.group("name")
        if name.split()[0] in {"The", "A", "An", "In", "On", "At", "But", "And"}:
            continue
        same = [c for c in found if c.start == a and c.end == b]
        if any(c.type == "Person" and c.text.split()[0] in lexicon.given_names() for c in same):
            continue  # "Ana Ruiz, the company's ..." : a person
        if any(c.source == "gaz" or c.type not in {"Person", "Place"} for c in same):
            continue
        if any(c.start < b and a < c.end and not (c.start == a and c.end == b) for c in found):
            continue
        for c in same:
            c.type = "Organization"
        if not same:
            out.append(Candidate(a, b, name, "Organization", "rule"))
    found = overlaid(found, out)
    for c in found:
        words = c.text.split()
        if c.source == "gaz" or c.type not in {"Organization", "GovernmentAgency"} or not words or words[-1] not in _UNI_HEADS:
            continue
        m = re.match(rf" ({CAP_CLASS}[a-zà-ÿ'’-]+)(?=[\s,.;:)]|$)(?!\s+{CAP_CLASS})", text[c.end:c.end + 40])
        if m is None or re.fullmatch(dates.CALENDAR_NAMES, m.group(1)) or state.gaz.lookup(m.group(1)) is not None \
                and state.gaz.lookup(m.group(1)).type == "Country":
            continue
        if any(x.start < c.end + m.end() and c.end < x.end and x.source == "gaz" for x in found):
            continue
        c.end += m.end()
        c.text = text[c.start:c.end]
    return found
