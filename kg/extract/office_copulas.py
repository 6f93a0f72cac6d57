"""Offices stated by a copula after a name: "Helen Moss, 54, is a deputy
secretary at the Department of Trade and Tarvia's chief negotiator on X".

Each coordinated title phrase ("a <title> at/of <Body>", "<Country>'s <title>")
is an office; its side is the owner before it or the body after it. A former
post ("is a former trade minister") is not an office the person holds now.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, Office, is_core, sentence_bounds, token_at
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State

# the name, an age or a short aside, then the copula
_COPULA_RE = re.compile(r"(?:,\s+\d{2},)?\s+(?:is|was|has\s+been|serves\s+as|remains)\s+(?=(?:a|an|the|[A-Z]))")
# one title phrase: an owner, title words ending in a core word, then what the title is of/at
_PART_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+)?"
                      r"(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                      r"(?:\s+(?P<prep>at|of|for|in|on|with|to)\s+(?P<rest>.*))?$")


def copular_titles(state: State, mention: MentionRef) -> list[Office]:
    """The offices a copula after the name gives (none for a former post)."""
    hit = _COPULA_RE.match(state.text, mention.end)
    first = token_at(state, mention.start)
    if hit is None or first is None:
        return []
    sent_end = first.sent.end_char
    clause = re.split(r"[;:(]|,\s+(?:who|which|where|and|but|said)\b|\s+(?:who|which|since|after|when|because)\s",
                      state.text[hit.end():sent_end])[0].rstrip(" .,")
    offices: list[Office] = []
    base = hit.end()
    for part in re.finditer(r"(?:(?<=^)|(?<=\sand\s)).+?(?=\s+and\s+(?:a|an|the|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s)\s|$)",
                            clause):
        text = part.group(0)
        if re.search(r"\b(?:former|ex-|then-|one-time|onetime|retired|future)\b", text):
            continue
        m = _PART_RE.match(text)
        if m is None:
            continue
        words = m.group("title").split()
        if not words or not is_core(words[-1].lower()):
            continue
        start = base + part.start()
        side = None
        if m.group("owner"):
            o_start, o_end = start + m.start("owner"), start + m.end("owner")
            owner = state.mention_at(o_start, o_end, ORG_TYPES | {"Country"})
            side = owner.key if owner is not None else country_key_for_word(state, o_start, o_end)
            if side is None:
                continue  # "Ana's favourite adviser": no office of a body or state
        elif m.group("rest") and m.group("prep") in {"at", "of", "for", "with", "in"}:
            r_start = start + m.start("rest")
            bodies = [b for b in state.mentions_in(r_start, r_start + 60, ORG_TYPES | {"Country"})
                      if re.fullmatch(r"(?:the\s+)?", state.text[r_start:b.start])]
            side = bodies[0].key if bodies else None
        t_start, t_end = start + m.start("title"), start + m.end("title")
        office = Office(mention.key, state.text[t_start:t_end], (t_start, t_end), side, sentence_bounds(state, first))
        if side is not None and state.entity_type(side) == "Organization":
            office.org, office.org_is_employer = side, True
        offices.append(office)
    # "a deputy secretary at the Department of Trade and Tarvia's chief negotiator": the department
    # is that country's (the person acts for the country, not for the department)
    countries = {o.side for o in offices if o.side is not None and state.entity_type(o.side) == "Country"}
    if len(countries) == 1:
        for o in offices:
            if o.side is not None and state.entity_type(o.side) == "GovernmentAgency":
                o.country = next(iter(countries))
    return offices
