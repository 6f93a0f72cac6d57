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
# "is vice-president of the chamber", "is head of the association": a title with no article
_BARE_COPULA_RE = re.compile(r"(?:,\s+\d{2},)?\s+(?:is|has\s+been|serves\s+as|remains)\s+(?=[a-z])")
_BARE_LEADS = frozenset("vice deputy acting chief senior executive general".split())
# "X has sold clothes at the market for 22 years and is vice-president of Y": the copula of a
# second predicate of the sentence's subject
_AND_COPULA_RE = re.compile(r",?\s+and\s+(?:also\s+|now\s+)?(?:is|has\s+been|serves\s+as|remains)(?:\s+now)?\s+")
# "X was Vietnam's ambassador to Laos from 2012 to 2017 and is now ...": a post held before
_PAST_POST_RE = re.compile(r"\b(?:and\s+(?:is|has\s+been|serves\s+as)\s+now|and\s+now\s+(?:is|serves|works|heads|"
                           r"teaches|runs)|from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|until\s+\d{4}|"
                           r"between\s+\d{4}\s+and\s+\d{4}|(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d)\b")
# posts at a named body that are no ministerial titles ("a senior fellow at the X Institute")
_BODY_POSTS = frozenset("fellow researcher scholar lecturer professor analyst economist".split())


def _coordinated_copula(state: State, mention: MentionRef, first) -> re.Match | None:
    """The copula of a predicate coordinated with the one right after the name, when the
    name opens the sentence and no other person is named before that copula."""
    sent = first.sent
    if len(state.text[sent.start_char:mention.start].split()) > 2:
        return None  # the person is not the sentence's subject
    hit = _AND_COPULA_RE.search(state.text, mention.end, sent.end_char)
    if hit is None or hit.start() - mention.end > 160:
        return None
    between = state.text[mention.end:hit.start()]
    if state.mentions_in(mention.end, hit.start(), {"Person"}) or re.search(r"\b(?:who|which|that|said|says)\b", between):
        return None
    return hit


# one title phrase: an owner, title words ending in a core word, then what the title is of/at
_PART_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+)?"
                      r"(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                      r"(?:\s+(?P<prep>at|of|for|in|on|with|to)\s+(?P<rest>.*))?$")
# a title written as a name, with its portfolio: "Director General of Trade and Investment at
# Rwanda's Ministry of Trade" (round-30 O2); the title runs over capitalised words and joiners
_CAP_PART_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+)?"
                          r"(?P<title>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|the|&)){0,9}?)"
                          r"(?:\s+(?P<prep>at|in|with)\s+(?P<rest>.*))?$")
# "..., and for most of this decade she has been Kigali's chief negotiator": a second copula
# of the same subject, by a pronoun, later in the sentence
_PRONOUN_COPULA_RE = re.compile(r",?\s+and\s+(?:[a-z][\w-]*\s+){0,6}?(?:he|she)\s+(?:is|has\s+been|serves\s+as|"
                                r"remains)\s+(?:also\s+|now\s+)?(?=(?:a|an|the)\s|[A-Z])")


def copular_titles(state: State, mention: MentionRef) -> list[Office]:
    """The offices a copula after the name gives (none for a former post)."""
    hit = _COPULA_RE.match(state.text, mention.end) or _BARE_COPULA_RE.match(state.text, mention.end)
    first = token_at(state, mention.start)
    if first is None:
        return []
    if hit is not None and re.match(r"\s*(?:,\s+\d{2},)?\s*was\b", state.text[hit.start():hit.end()]) \
            and _PAST_POST_RE.search(state.text, hit.end(), first.sent.end_char):
        hit = None  # a former post gives no office nor side; what the person is now may follow (round-29 S3)
    if hit is None:
        hit = _coordinated_copula(state, mention, first)
    if hit is None:
        return []
    if not re.match(r"(?:a|an|the)\s|[A-Z]", state.text[hit.end():hit.end() + 4]):
        # "is vice-president of the chamber": a bare title must open with a title word
        word = re.match(r"[a-z][\w-]*", state.text[hit.end():hit.end() + 40])
        low = word.group(0) if word else ""
        if not (is_core(low) or is_core(low.split("-")[-1]) or low.split("-")[0] in _BARE_LEADS):
            return []
    sent_end = first.sent.end_char
    offices: list[Office] = []
    bases = [hit.end()]
    second = _PRONOUN_COPULA_RE.search(state.text, hit.end(), sent_end)
    if second is not None and not state.mentions_in(hit.end(), second.start(), {"Person"}) \
            and not re.search(r"\b(?:who|which|that|said|says)\b", state.text[hit.end():second.start()]):
        bases.append(second.end())
    for base in bases:
        offices += _clause_offices(state, mention, first, base, sent_end)
    # "a deputy secretary at the Department of Trade and Tarvia's chief negotiator": the department
    # is that country's (the person acts for the country, not for the department)
    countries = {o.side for o in offices if o.side is not None and state.entity_type(o.side) == "Country"}
    if len(countries) == 1:
        for o in offices:
            if o.side is not None and state.entity_type(o.side) == "GovernmentAgency":
                o.country = next(iter(countries))
    return offices


def _clause_offices(state: State, mention: MentionRef, first, base: int, sent_end: int) -> list[Office]:
    """The offices of the title phrases of one copula's clause, which starts at ``base``."""
    clause = re.split(r"[;:(]|,\s+(?:who|which|where|and|but|said)\b|\s+(?:who|which|since|after|when|because)\s",
                      state.text[base:sent_end])[0].rstrip().rstrip(" .,")  # (a paragraph's last sentence ends in "\n")
    offices: list[Office] = []
    for part in re.finditer(r"(?:(?<=^)|(?<=\sand\s)).+?(?=\s+and\s+(?:a|an|the|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s)\s|$)",
                            clause):
        text = part.group(0)
        if re.search(r"\b(?:former|ex-|then-|one-time|onetime|retired|future)\b", text):
            continue
        m = _PART_RE.match(text)
        if m is None or not m.group("title").split() or not is_core(m.group("title").split()[-1].lower()):
            cap = _CAP_PART_RE.match(text)
            if cap is not None and any(is_core(w.lower()) for w in cap.group("title").split()) \
                    and _cap_title_ok(state, base + part.start() + cap.start("title"), cap.group("title")):
                m = cap
        if m is None:
            continue
        words = m.group("title").split()
        body_post = bool(words) and words[-1].lower() in _BODY_POSTS and m.group("prep") in {"at", "of", "with"}
        capitalised = m.re is _CAP_PART_RE
        if not words or not (capitalised or is_core(words[-1].lower()) or is_core(words[-1].lower().split("-")[-1])
                             or body_post):
            continue
        start = base + part.start()
        side = None
        if m.group("owner"):
            o_start, o_end = start + m.start("owner"), start + m.end("owner")
            owner = state.mention_at(o_start, o_end, ORG_TYPES | {"Country"})
            side = owner.key if owner is not None else country_key_for_word(state, o_start, o_end) \
                or _capital_country(state, o_start, o_end)
            if side is None:
                continue  # "Ana's favourite adviser": no office of a body or state
        elif m.group("rest") and m.group("prep") in {"at", "of", "for", "with", "in"}:
            r_start = start + m.start("rest")
            bodies = [b for b in state.mentions_in(r_start, r_start + 60, ORG_TYPES | {"Country"})
                      if re.fullmatch(r"(?:the\s+)?", state.text[r_start:b.start])]
            side = bodies[0].key if bodies else None
        if body_post and (side is None or state.entity_type(side) == "Country"):
            continue  # "a researcher at heart": a body's post needs the body
        t_start, t_end = start + m.start("title"), start + m.end("title")
        if capitalised and side is None:
            # "is President of the Lake Traders' Association": the body named after "of the" is
            # the side, no words of the title
            body = next((b for b in state.mentions_in(t_start, t_end, ORG_TYPES)
                         if re.search(r"\s(?:of|at)\s+the\s+$", state.text[t_start:b.start])), None)
            if body is not None:
                side = body.key
                t_end = t_start + len(re.sub(r"\s+(?:of|at)\s+the\s+$", "", state.text[t_start:body.start]))
        office = Office(mention.key, state.text[t_start:t_end], (t_start, t_end), side, sentence_bounds(state, first))
        if side is not None and state.entity_type(side) == "Organization":
            office.org, office.org_is_employer = side, True
        offices.append(office)
    return offices


def _cap_title_ok(state: State, start: int, title: str) -> bool:
    """A capitalised title is words of no entity but a body it is of ("Director General of
    Trade"), never a person's or a place's name."""
    return not state.mentions_in(start, start + len(title), {"Person", "Place", "Country"})


def _capital_country(state: State, start: int, end: int) -> str | None:
    """"Kigali's chief negotiator": a capital's possessive names its state (one the text names)."""
    place = state.mention_at(start, end, {"Place"})
    if place is None:
        return None
    entry = state.gaz.lookup(state.entities[place.key].label)
    if entry is None or not entry.capital or not entry.country:
        return None
    from kg.extract.office_sides import ensure_country  # (office_sides imports the title modules)
    return ensure_country(state, entry.country)
