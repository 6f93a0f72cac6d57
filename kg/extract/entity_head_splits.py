"""Two bodies joined by "and" are two, when the first has its head word (round-33 A3).

"Our Space Agency and Roscosmos will set up a group": the first conjunct ends
in an organisation head word ("Agency") and the second does not ("Roscosmos"),
so the "and" joins two names, not the parts of one ("the Eastern Health and
Social Care Trust", whose head ends the whole). Such a candidate is cut in two:
the first conjunct keeps the type its head gives, the second is an
organisation (or what another finder made of it).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_ORG = {"Organization", "GovernmentAgency", "MediaOrganization"}


def split_headed_pairs(found: list[Candidate], state: State) -> list[Candidate]:
    heads = lexicon.words("org_heads") | lexicon.words("bare_org_heads")
    out = []
    for c in found:
        m = re.fullmatch(r"(?P<a>.+?)\s+(?:and|&)\s+(?P<b>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})", c.text)
        if c.type not in _ORG or c.source == "gaz" or m is None or " and " in m.group("a"):
            out.append(c)
            continue
        a_words, b_words = m.group("a").split(), m.group("b").split()
        if a_words[-1] not in heads or b_words[-1] in heads or len(a_words) < 2 \
                or {"of", "for", "on"} & set(a_words) or "," in m.group("a"):
            # "Authority for Identity, Citizenship, Customs and Port Security": the "and" ends a list
            # inside one title
            out.append(c)
            continue
        first = Candidate(c.start, c.start + m.end("a"), m.group("a"), classify_org(m.group("a")), c.source)
        b_start = c.start + m.start("b")
        second = [x for x in found if x is not c and x.start == b_start and x.end == c.end]
        out.append(first)
        if not second:
            out.append(Candidate(b_start, c.end, m.group("b"), "Organization", c.source))
    return out
