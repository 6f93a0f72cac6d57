"""Offices stated by the phrasing around a name rather than a title word next to
it: a spokesperson of a body, 'X, who heads Y', and an owner's apposed title
('the ministry's spokesman, X').
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import (
    LOCAL_OFFICES,
    ORG_TYPES,
    Office,
    is_core,
    sentence_bounds,
    token_at,
)
from kg.extract.office_counterparts import COUNTERPART_NOUN, DEMONYM
from kg.extract.office_local import TOWN_OFFICES, local_place, regional_officers
from kg.extract.office_owners import earlier_body, heads_body, its_owner, owner_org
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State

SPOKES = r"spokes(?:person|man|woman)|representative|press secretary|press officer|official"
# "the Cambodian government", "the Estonian negotiating team": the demonym of a body a spokesperson speaks for
_DEMONYM_BODY_RE = re.compile(rf"({DEMONYM})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:government|authorities|cabinet|"
                              r"presidency|administration|state|ministry|department|embassy|delegation|side|mission|"
                              r"negotiating\s+team|foreign\s+office)\s*$")


def spokesperson_title(state: State, mention: MentionRef) -> Office | None:
    """'A spokeswoman for Chile's Ministry of Energy, Camila Soto, said': the
    person speaks for the organisation (and the organisation's country)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    before = state.text[max(sent_start, mention.start - 200):mention.start]
    m = re.search(rf"\b({SPOKES})\s+(?:for|of|at|from)\s+(?:the\s+)?(.+?),\s*(?:(?:Hon|Dr|H\.E|Mr|Ms|Mrs)\.?\s+)?$", before, re.I)
    if not m:
        # "The Department of Foreign Affairs, Maria Santos-Cruz, said": the
        # organisation's voice, named in apposition, is its spokesperson.
        org = state.mention_at(mention.start - 3, mention.start - 2, ORG_TYPES)
        if org is None or not re.fullmatch(r",\s*", state.text[org.end:mention.start]) \
                or not re.match(r",\s+(?:said|says|told|added|stated|announced|confirmed|noted)\b",
                                state.text[mention.end:mention.end + 20]):
            return None
        lead = state.text[sent_start:org.start].strip().lower()
        if lead not in {"", "the", "a", "an"} and not lead.endswith(("'s", "’s")):
            return None
        return Office(mention.key, "spokesperson", None, org.key, sentence_bounds(state, first))
    base = mention.start - len(before)
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), ORG_TYPES | {"Country"})
    if not orgs:
        # "A spokesman for the Cambodian government, Keo Sam,": the country its demonym names
        # "A spokesperson for the Finnish ministry, X," / "for the Estonian delegation"
        words = _DEMONYM_BODY_RE.match(m.group(2))
        country = country_key_for_word(state, base + m.start(2), base + m.start(2) + len(words.group(1))) \
            if words is not None and state.gaz.country_of_demonym(words.group(1)) is not None else None
        if country is None:
            return None
        return Office(mention.key, m.group(1), None, country, sentence_bounds(state, first))
    org = orgs[-1]
    return Office(mention.key, m.group(1), None, org.key, sentence_bounds(state, first))


def who_leads_title(state: State, mention: MentionRef) -> Office | None:
    """'X, who heads the water programme at the Centre for Y,' / 'X, who chairs
    Azerbaijan's State Commission': the person holds the lead of that body."""
    m = re.match(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?who\s+(?:also\s+)?"
                 r"(directs|heads|leads|chairs|co-chairs|runs|manages|coordinates)\s+(?:the\s+)?([^,.;]{3,100})",
                 state.text[mention.end:mention.end + 170])
    main = False
    if not m and _is_subject(state, mention):
        # "Ilze Vale chairs the X Association.": the main clause says the same as "who chairs"
        m = _MAIN_LEAD_RE.match(state.text[mention.end:mention.end + 170])
        if m is None:
            # "X has been deputy minister since 2021 and co-chairs the Joint Commission": the
            # second verb of the name's own clause (round-33 O2)
            first = token_at(state, mention.start)
            end = first.sent.end_char if first is not None else mention.end
            m = _AND_LEAD_RE.match(state.text[mention.end:min(end, mention.end + 300)])
            if m is not None and state.mentions_in(mention.end, mention.end + m.start(1), {"Person"}):
                m = None
        main = m is not None
    if not m:
        return None
    base = mention.end
    owned_kind = re.match(r"([a-z]+)['’]s\s+\S", m.group(2))
    if owned_kind and state.text[base + m.start(2) - 4:base + m.start(2)].lower() == "the ":
        # "who heads the authority's dredging programme": a part of the body named before;
        # the person acts for that body
        earlier = earlier_body(state, owned_kind.group(1), mention.start)
        first = token_at(state, mention.start)
        if earlier is None or first is None:
            return None
        rest = " ".join(m.group(2)[owned_kind.end(0) - 1:].split())
        verb = {"directs": "Director", "chairs": "Chair", "co-chairs": "Co-chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
        office = Office(mention.key, f"{verb} of the {rest}", None, earlier, sentence_bounds(state, first), secondary=True)
        office.org, office.org_is_employer = earlier, True
        return office
    local = _place_or_delegation_lead(state, mention, m, base)  # round-36 O1
    if local is not None:
        return local
    orgs = state.mentions_in(base + m.start(2), base + m.end(2), ORG_TYPES) or _acronym_body(state, base + m.start(2), m.group(2))
    owned = re.match(r"([A-Z][\w-]+)['’]s\s", m.group(2))
    if not orgs and owned:
        # "who chairs Litgrid's management board": the owner is a body, whatever the name finder guessed
        owner_tok = token_at(state, base + m.start(2) + owned.start(1))
        owner = owner_org(state, owner_tok) if owner_tok is not None else None
        found = state.mention_at(base + m.start(2), base + m.start(2) + owned.end(1), ORG_TYPES) \
            if owner is not None else None
        orgs = [found] if found is not None else []
    if not orgs:
        # "the engineer who chairs the commission this year": the commission named before
        earlier = earlier_body(state, m.group(2).split()[0], mention.start) \
            if state.text[base + m.start(2) - 4:base + m.start(2)].lower() == "the " else None
        if earlier is None:
            return None
        first = token_at(state, mention.start)
        if first is None:
            return None
        verb = {"directs": "Director", "chairs": "Chair", "co-chairs": "Co-chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
        office = Office(mention.key, f"{verb} of {state.entities[earlier].label}", None, earlier,
                        sentence_bounds(state, first), secondary=True)
        office.org, office.org_is_employer = earlier, True  # they act for the body they chair
        return office
    first = token_at(state, mention.start)
    if first is None:
        return None
    named = _agent_title(state, m.group(1), base + m.start(2), orgs[0])
    if named is not None:
        office = Office(mention.key, named, None, orgs[0].key, sentence_bounds(state, first), secondary=not main)
        if main:
            office.org, office.org_is_employer = orgs[0].key, True  # "X heads the company": acts for it
        return office
    if main and orgs[0].start > base + m.start(2) + 40:
        return None  # "X runs a farm near the Y Board's depot": not a lead of the body
    if m.group(1) in {"runs", "manages"} and re.fullmatch(r"(?:[A-Z][\w-]*\s+)*[a-z][\w-]*\s+(?:for|at)\s+(?:the\s+)?",
                                                        state.text[base + m.start(2):orgs[0].start]):
        # "who runs the Bajina plant for EPS": a site the person runs for the body, no office
        # named by the whole clause (round-33 O6)
        return None
    phrase = re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(m.group(2).split()))  # "... Studies (CAPS)"
    verb = {"directs": "Director", "chairs": "Chair", "co-chairs": "Co-chair", "manages": "Manager", "coordinates": "Coordinator"}.get(m.group(1), "Head")
    return Office(mention.key, f"{verb} of {phrase}", None, orgs[0].key, sentence_bounds(state, first), secondary=True)


# "who chairs Gävle's municipal executive board": a town's or region's own body, unnamed
_PLACE_BODY_RE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)['’]s\s+(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?:board|council|executive|committee|assembly|government|administration|cabinet|"
                            r"municipality|commission)\b")
# "who heads the customs checkpoint at Vang Tao": a state post or site in a named place
_SITE_AT_RE = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?(?:checkpoint|post|crossing|station|office|port|terminal|bureau|"
                         r"branch|unit|depot|hospital|clinic|school|garrison|outpost|customs|police)\s+(?:at|in)\s+"
                         r"(?:the\s+)?(?P<place>[A-Z])")
# "who heads the Chilean delegation to the river commission": a side's delegation
_DELEGATION_LEAD_RE = re.compile(r"(?P<word>[A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:delegation|negotiating\s+team|"
                                 r"negotiators|mission|side)\b")


def _place_or_delegation_lead(state: State, mention: MentionRef, m: re.Match, base: int) -> Office | None:
    """'X, who chairs Gävle's municipal executive board,' -> the chair, an officer of the town
    (who acts for the country it lies in, decided once places are read); 'X, who heads the
    Chilean delegation to the commission,' -> the head of delegation, acting for Chile."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    agent = _AGENT_NOUNS[m.group(1)]
    words = m.group(2)
    start = base + m.start(2)
    hit = _PLACE_BODY_RE.match(words)
    if hit is not None:
        place = state.mention_at(start, start + hit.end("place"), {"Place"})
        if place is None or place.start != start or place.end != start + hit.end("place") \
                or state.entities[place.key].unnamed:
            return None
        regional_officers(state).add(mention.key)
        return Office(mention.key, agent, None, place.key, sentence_bounds(state, first), secondary=True)
    hit = _SITE_AT_RE.match(words)
    if hit is not None and state.text[start - 4:start].lower() == "the ":
        # "X, who heads the customs checkpoint at Vang Tao,": the officer of a post in a named
        # place, who acts for the country it lies in (decided once places are read) (round-37 O4)
        place = state.mention_at(start + hit.start("place"), start + hit.start("place") + 1, {"Place"})
        if place is not None and place.start == start + hit.start("place") and not state.entities[place.key].unnamed \
                and not state.mentions_in(start, start + hit.start("place"), ORG_TYPES):
            regional_officers(state).add(mention.key)
            return Office(mention.key, agent, None, place.key, sentence_bounds(state, first), secondary=True)
    hit = _DELEGATION_LEAD_RE.match(words)
    if hit is None or agent not in {"head", "chair"}:
        return None
    word = hit.group("word")
    end = start + len(word) - (2 if word.endswith(("'s", "’s")) else 0)
    country = country_key_for_word(state, start, end)
    if country is None or state.entity_type(country) != "Country":
        return None
    return Office(mention.key, f"{agent} of delegation", None, country, sentence_bounds(state, first), secondary=True)


# "... of the OGBL union": an acronym the name finder missed, named by the kind of body after it
_ACRONYM_BODY_RE = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<name>[A-Z][A-Z0-9&-]{1,9})\s+(?:trade\s+)?(?:union|federation|"
                              r"confederation|association|group|party|movement|network|coalition)\b")


def _acronym_body(state: State, start: int, words: str) -> list[MentionRef]:
    """'who heads the X department of the OGBL union': the body "OGBL" (an Organization)."""
    m = _ACRONYM_BODY_RE.search(words)
    if m is None:
        return []
    s, e = start + m.start("name"), start + m.end("name")
    if state.mentions_in(s, e):
        return []
    entity = state.add_entity(m.group("name"), "Organization")
    state.add_mention(entity.key, s, e, alias=False)
    found = state.mention_at(s, e, ORG_TYPES)
    return [found] if found is not None else []


# "X chairs the Y": the verb right after the subject's name (not "heads to", "runs out")
_MAIN_LEAD_RE = re.compile(r"\s+(?:(?:also|now|currently|still)\s+)?(directs|heads|leads|chairs|co-chairs|runs|manages|coordinates)"
                           r"\s+(?!(?:to|for|into|back|home|out|off|up|down|away|north|south|east|west|a|an)\b)"
                           r"(?:the\s+)?([^,.;]{3,100})")


_AND_LEAD_RE = re.compile(r"\s+(?:has|had|is|was)\b[^.;\"“”]{0,120}?\s+and\s+(?:also\s+|now\s+)?"
                          r"(directs|heads|leads|chairs|co-chairs|manages|coordinates)\s+(?:the\s+)?([^,.;]{3,100})")


def _is_subject(state: State, mention: MentionRef) -> bool:
    """The name opens its sentence (a courtesy title before it aside)."""
    first = token_at(state, mention.start)
    if first is None:
        return False
    lead = state.text[first.sent.start_char:mention.start]
    return re.fullmatch(r"\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?", lead) is not None


# "who coordinates trade policy at X" -> "trade policy coordinator"; "who heads X" -> "head"
_AGENT_NOUNS = {"directs": "director", "heads": "head", "leads": "head", "runs": "head", "chairs": "chair", "co-chairs": "co-chair",
                "manages": "manager", "coordinates": "coordinator"}
_OBJECT_AT_RE = re.compile(r"((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)\s+(?:at|for|in|of)\s+(?:the\s+)?$")
# Kinds of body a description before its name ends in ("the residents' group X")
_GROUP_KINDS = frozenset("group association union chamber network federation coalition movement committee "
                         "cooperative co-operative foundation charity alliance council campaign".split())
# A part of a body a person heads ("the legal department of X"): its head works for X
_UNIT_WORDS = frozenset("department division unit section desk office programme program team branch service".split())


def _agent_title(state: State, verb: str, start: int, org: MentionRef) -> str | None:
    """The office a 'who <verb>s' clause names, as news and the gold write it: the
    agent noun alone when the object is the body itself ("who heads South Baltic
    Rail" -> "head"), "<object> <agent noun>" when it is a field at the body ("who
    coordinates trade policy at Caritas" -> "trade policy coordinator"); None
    for other shapes (the caller keeps "Head of <the words>")."""
    agent = _AGENT_NOUNS[verb]
    lead = state.text[start:org.start]
    if re.fullmatch(r"(?:the\s+)?", lead):
        return agent
    kind = re.fullmatch(r"(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}([a-z][\w-]*)\s+", lead)
    if kind is not None and kind.group(1) in _GROUP_KINDS:
        return agent  # "who heads the residents' group X": the head of X (round-33 O2)
    m = _OBJECT_AT_RE.fullmatch(lead)
    if m is not None and agent == "head" and m.group(1).split()[-1] in _UNIT_WORDS:
        return agent  # "who heads the frontier workers' department of the X union": the head, of X
    if m is None or agent not in {"coordinator", "director", "manager"}:
        return None
    return f"{' '.join(m.group(1).split())} {agent}"


_COURTESY = r"(?:(?:Ambassador|Amb\.|Dr\.?|Hon\.?|H\.E\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Judge|Gen\.)\s+)?"
_COUNTERPART_END_RE = re.compile(rf"\b{COUNTERPART_NOUN}$", re.I)
_APPOSED_RE = re.compile(
    r"(?:^|[\s(])(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<title>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,7}?)\s*,\s*" + _COURTESY + r"$"
)


def apposed_title(state: State, mention: MentionRef) -> Office | None:
    """"Bolivia's consul general in Santiago, Ambassador X" / "the EU's Special
    Representative for the Y Dialogue, Dr. X": an owner's title set off by a
    comma before the name (a courtesy title between them is not the office)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    m = _APPOSED_RE.search(state.text[max(sent_start, mention.start - 160):mention.start])
    if not m:
        return None
    base = max(sent_start, mention.start - 160)
    if state.mentions_in(base + m.start("title"), base + m.end("title"), {"Person"}) \
            or _COUNTERPART_END_RE.search(m.group("title")):
        # "Latvia's Energy Minister A and his Lithuanian counterpart, B": the words name A's
        # office and a counterpart, not B's title (``counterpart_title`` reads B's office)
        return None
    title = re.sub(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w\s-]*$", "", m.group("title"))  # "... in Santiago": a post
    if not any(is_core(w.lower()) for w in title.split()):
        return None
    owner_start = base + m.start("owner")
    words = [w.lower() for w in title.split()]
    if set(words) & TOWN_OFFICES and all(w in LOCAL_OFFICES or w in {"deputy", "vice", "acting"} for w in words):
        owner_tok = token_at(state, base + m.end("owner") - 1)
        town = local_place(state, owner_tok, words) if owner_tok is not None else None
        if town is not None and town.start == owner_start:
            # "Voruste's mayor, X": the town's officer (its country is decided once places are read)
            regional_officers(state).add(mention.key)
            start = base + m.start("title")
            return Office(mention.key, title, (start, start + len(title)), town.key, sentence_bounds(state, first))
    owner = state.mention_at(owner_start, base + m.end("owner"), ORG_TYPES | {"Country"})
    side = owner.key if owner is not None else country_key_for_word(state, owner_start, base + m.end("owner"))
    if side is not None and any(w in lexicon.words("honorifics") and w[:1].islower() for w in title.split()[:1]):
        return None
    if side is None and heads_body(title.split()):
        owner_tok = token_at(state, base + m.end("owner") - 1)
        side = owner_org(state, owner_tok) if owner_tok is not None else None  # "Nordpetro's President, X"
    regional = False
    if side is None:
        # "Tacna's governor, Ana Ruiz": a region's or town's officer (the country it lies in is
        # known only once places are read; ``regional_officers`` records the person for that)
        place = state.mention_at(owner_start, base + m.end("owner"), {"Place"})
        if place is None or place.start != owner_start or state.entities[place.key].unnamed:
            return None
        side, regional = place.key, True
    start = base + m.start("title")
    if regional:
        regional_officers(state).add(mention.key)
    return Office(mention.key, title, (start, start + len(title)), side, sentence_bounds(state, first))


# (the title may end in a comma list of portfolios: "Its commissioner for trade, customs and free
# movement, Aminata Diallo," — round-30 O3)
_ITS_TITLE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<its>[Ii]ts|[Tt]heir)\s+(?P<title>[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][\w-]*)){0,7}?"
                           r"(?:(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}){1,4},?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?)"
                           r"\s*,\s*" + _COURTESY + r"$")


def its_title(state: State, mention: MentionRef) -> Office | None:
    """"Fingrid, the Finnish grid operator, has surveyed the route. Its head of
    offshore projects, Mikko Lahti, said": a title owned by "its" before the
    name is an office of the organisation the sentence (or the one before) is
    about; the person acts for that body."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    base = max(sent_start, mention.start - 120)
    m = _ITS_TITLE_RE.search(state.text[base:mention.start])
    if not m or not any(is_core(w.lower()) for w in m.group("title").split()):
        return None
    if state.mentions_in(base + m.start("title"), base + m.end("title"), {"Person"}):
        return None
    its = token_at(state, base + m.start("its"))
    owner = its_owner(state, its) if its is not None else None
    if owner is None or state.entity_type(owner) not in ORG_TYPES:
        return None
    start, end = base + m.start("title"), base + m.end("title")
    return Office(mention.key, m.group("title"), (start, end), owner, sentence_bounds(state, first), no_context=True)


_ITS_AFTER_RE = re.compile(r",\s+(?P<its>its|their)\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6}?)\s*(?:,|\.|\s+said\b)")


def its_title_after(state: State, mention: MentionRef) -> Office | None:
    """"At Kessgrid, the Kessan operator, Tom Lus, its head of system control,
    said": a title owned by "its" right after the name is an office of the
    organisation the sentence names before it; the person acts for that body."""
    m = _ITS_AFTER_RE.match(state.text[mention.end:mention.end + 120])
    if not m or not any(is_core(w.lower()) for w in m.group("title").split()):
        return None
    its = token_at(state, mention.end + m.start("its"))
    owner = its_owner(state, its) if its is not None else None
    if owner is None or state.entity_type(owner) not in ORG_TYPES:
        return None
    first = token_at(state, mention.start)
    if first is None:
        return None
    start, end = mention.end + m.start("title"), mention.end + m.end("title")
    office = Office(mention.key, m.group("title"), (start, end), owner, sentence_bounds(state, first), no_context=True)
    office.org, office.org_is_employer = owner, True
    return office
