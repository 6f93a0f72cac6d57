"""Business and party roles tied to a named body, as offices.

* "said Omar Lise, owner of Tosa Haulage, which runs six trucks" ->
  holdsPosition "owner", represents Tosa Haulage;
* "Kessgaz's general manager, Emil Dor, told ..." -> holdsPosition
  "general manager", represents Kessgaz;
* "Ana Ruz, an opposition member of parliament for the Green Party (GP)" ->
  holdsPosition "member of parliament", represents the Green Party;
* "Lina Moss, a member of parliament from Tosa Province" -> holdsPosition
  "member of parliament", represents the country the province lies in;
* "Yaw Asante, opposition member of the Parliament of Ghana" / "a member of
  Ghana's parliament" -> holdsPosition "member of the Parliament of Ghana" /
  "member of parliament", represents Ghana (round-28 S3).

The general title rules only know state offices ("minister", "director");
these role words (owner, manager, member of parliament) name a post only when
a body is named with them, so they are read here, next to that body.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, Office, sentence_bounds, token_at
from kg.extract.office_sides import country_of, ensure_country
from kg.extract.state import MentionRef, State

# Roles that make a post only with the body they are held in.
_ROLES = (r"co-owner|owner|co-founder|founder|proprietor|general\s+manager|managing\s+director|"
          r"operations\s+manager|country\s+manager|sales\s+manager|manager|managing\s+partner|partner|"
          r"chief\s+executive\s+officer|chief\s+executive|chief\s+operating\s+officer|chief\s+financial\s+officer|"
          r"CEO|COO|CFO|executive\s+director|board\s+member|[Mm]ember\s+of\s+[Pp]arliament|MP|lawmaker|legislator|"
          r"deputy\s+leader|party\s+leader|treasurer")
# Words before the role that are no part of it ("an opposition member of parliament").
_PLAIN = r"(?:(?:opposition|senior|longtime|long-time|veteran|local|ruling[- ]party|independent|current)\s+)?"
# "NAME, [58,] [a|an|the] [opposition] ROLE of|at|for|with [the] BODY"
_AFTER_RE = re.compile(rf",\s+(?:\d{{1,3}},\s+)?(?:(?:a|an|the)\s+)?{_PLAIN}(?P<role>{_ROLES})"
                       r"\s+(?P<prep>of|at|for|with|from)\s+(?:the\s+)?"
                       # "a partner at the Buenos Aires consultancy Cono Sur Energía" (round-37 O6)
                       r"(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?:consultancy|firm|company|bank|fund|"
                       r"group|operator|insurer|broker|exporter|importer|trader|shipper|carrier|association|union|"
                       r"cooperative|co-operative|chamber|think[- ]tank|agency|utility)\s+)?(?=[A-Z])")
# "BODY's ROLE, NAME" / "BODY's ROLE NAME"
_BEFORE_RE = re.compile(rf"['’]s\s+(?:{_PLAIN})(?P<role>{_ROLES}),?\s+$")
_PARLIAMENT = re.compile(r"[Mm]ember\s+of\s+[Pp]arliament|MP|lawmaker|legislator")  # "a Member of Parliament" (round-31 S2)


def org_role_title(state: State, mention: MentionRef) -> Office | None:
    """A role apposed after a name and tied to a named body (or, for a member of
    parliament, to a named place: the country it lies in is the side)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    window = state.text[mention.end:mention.end + 120]
    hit = _AFTER_RE.match(window)
    if hit is None:
        return _legislator_title(state, mention, window) or _owned_role_after(state, mention, window)
    role = " ".join(hit.group("role").split())
    body_start = mention.end + hit.end()
    body = state.mention_at(body_start, body_start + 1, ORG_TYPES | {"Place", "Country"})
    if body is None or body.start != body_start:
        return None
    span = (mention.end + hit.start("role"), mention.end + hit.end("role"))
    evidence = sentence_bounds(state, first)
    kind = state.entity_type(body.key)
    if kind in ORG_TYPES:
        if hit.group("prep") == "from":
            return None  # "a manager from Nortegas": a visitor, maybe, not the body's post
        return Office(mention.key, role, span, body.key, evidence, org=body.key, org_is_employer=True,
                      no_context=True)
    if not _PARLIAMENT.fullmatch(role):
        return None  # "owner of Lima ...": a place owns no post
    # "a member of parliament from Tosa Province": the seat's country is the side
    country = country_of(state, body.key) if kind != "Country" else body.key
    if country is None:
        country = _said_country(state, state.entities[body.key].label)
    if country is None:
        return Office(mention.key, role, span, None, evidence)  # the sentence's country decides
    return Office(mention.key, role, span, country, evidence)


# "NAME, [an] [opposition] member of Ghana's parliament" / "... member of the Parliament of Ghana"
_HOUSES = r"(?:parliament|legislature|national\s+assembly|senate|congress|lower\s+house|upper\s+house)"
_MEMBER_RE = re.compile(rf",\s+(?:\d{{1,3}},\s+)?(?:(?:a|an|the)\s+)?{_PLAIN}(?P<role>member)\s+of\s+"
                        rf"(?:(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})['’]s\s+(?P<house>(?i:{_HOUSES}))\b"
                        r"|(?P<the>the\s+)?(?=[A-Z]))")
# A legislature by its name's words ("Parliament of Ghana", "National Assembly of Togo", "the Riksdag")
_LEGISLATURE_RE = re.compile(r"\b(?:Parliament|Assembly|Congress|Senate|Legislature|Riksdag|Storting|Sejm|Knesset|"
                             r"Bundestag|Majlis|Folketing|Eduskunta|Althing|Duma|Seimas|Saeima|Riigikogu|Oireachtas|"
                             r"Dáil|Cortes|Rada|Sabor|Skupština|Skupstina|Verkhovna)\b")


def _legislator_title(state: State, mention: MentionRef, window: str) -> Office | None:
    """A member of a country's legislature: the country is the side."""
    first = token_at(state, mention.start)
    hit = _MEMBER_RE.match(window)
    if first is None or hit is None:
        return None
    evidence = sentence_bounds(state, first)
    role_start = mention.end + hit.start("role")
    if hit.group("owner"):
        entry = state.gaz.country_of_demonym(hit.group("owner"))
        country = ensure_country(state, entry.label) if entry is not None and entry.type == "Country" else None
        if country is None:
            return None
        return Office(mention.key, "member of parliament", (role_start, mention.end + hit.end("house")), country, evidence)
    body_start = mention.end + hit.end()
    body = state.mention_at(body_start, body_start + 1, {"GovernmentAgency", "Organization"})
    if body is None or body.start != body_start or not _LEGISLATURE_RE.search(state.entities[body.key].label):
        return None
    label = state.entities[body.key].label
    title = f"member of {'the ' if hit.group('the') else ''}{label}"
    country = next((ensure_country(state, e.label) for e in
                    (state.gaz.country_of_demonym(w.strip(",")) for w in label.split() if w[:1].isupper())
                    if e is not None and e.type == "Country"), None)
    # a house the name ties to no country: the sentence's country decides, as for a minister
    return Office(mention.key, title, (role_start, body.end), country, evidence, country=country)


def org_role_before(state: State, mention: MentionRef) -> Office | None:
    """'Kessgaz's general manager, Emil Dor,': the body owns the role before the name."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    window = state.text[max(0, mention.start - 60):mention.start]
    hit = _BEFORE_RE.search(window)
    if hit is None:
        return None
    offset = mention.start - len(window)
    owner_end = offset + hit.start()
    body = state.mention_at(owner_end - 1, owner_end, ORG_TYPES)
    if body is None or body.end != owner_end:
        return None
    role = " ".join(hit.group("role").split())
    span = (offset + hit.start("role"), offset + hit.end("role"))
    return Office(mention.key, role, span, body.key, sentence_bounds(state, first), org=body.key,
                  org_is_employer=True, no_context=True)


def _said_country(state: State, place: str) -> str | None:
    """The country the text puts a place in: "Peru's Tacna Province", "Tacna
    Province in Peru", "Tacna Province, Peru", "the Peruvian Tacna Province"."""
    name = re.escape(place)
    countries = [k for k, e in state.entities.items() if e.type == "Country"]
    for key in countries:
        label = re.escape(state.entities[key].label)
        if re.search(rf"\b{label}['’]s\s+(?:\w+\s+)?{name}\b|\b{name}(?:,|\s+in)\s+(?:the\s+)?{label}\b",
                     state.text):
            return key
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{name}\b", state.text):
        entry = state.gaz.country_of_demonym(m.group(1))
        if entry is not None:
            hit = [k for k in countries if state.entities[k].label == entry.label]
            if hit:
                return hit[0]
    return None


# "NAME, the KPA's port manager at Mombasa," / "NAME, the authority's operations manager,": a body
# (named, or "the authority" for the one named before) owns the role apposed after the name; one
# lower-case word may say what is managed ("port manager", "terminal manager")
_OWNED_AFTER_RE = re.compile(rf",\s+(?:\d{{1,3}},\s+)?(?:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}}|[a-z]+)"
                             rf"['’]s\s+{_PLAIN}(?P<role>(?:[a-z]+\s+)??(?:{_ROLES}))(?=\s*[,.;]|\s+(?:at|in|for|on)\s)")


def _owned_role_after(state: State, mention: MentionRef, window: str) -> Office | None:
    """The body's role after the name: holdsPosition the role, represents the body (round-35 O3)."""
    from kg.extract.office_owners import anaphor_side
    first = token_at(state, mention.start)
    hit = _OWNED_AFTER_RE.match(window)
    if first is None or hit is None:
        return None
    owner_start, owner_end = mention.end + hit.start("owner"), mention.end + hit.end("owner")
    if hit.group("owner")[:1].islower():
        tok = token_at(state, owner_start)
        body = anaphor_side(state, tok) if tok is not None and hit.group("owner").lower() != "its" else None
        if body is None or state.entity_type(body) not in ORG_TYPES:
            return None
    else:
        found = state.mention_at(owner_end - 1, owner_end, ORG_TYPES)
        if found is not None and found.start == owner_start and found.end == owner_end:
            body = found.key
        else:
            # "the KPA's port manager": the body's short name, whatever span the name finder made of it
            named = {k for k, e in state.entities.items() if e.type in ORG_TYPES and not e.unnamed
                     and hit.group("owner") in {e.label, *e.aliases}}
            if len(named) != 1:
                return None
            body = named.pop()
        if state.entity_type(body) == "MediaOrganization":
            return None
    role = " ".join(hit.group("role").split())
    span = (mention.end + hit.start("role"), mention.end + hit.end("role"))
    return Office(mention.key, role, span, body, sentence_bounds(state, first), org=body,
                  org_is_employer=True, no_context=True)
