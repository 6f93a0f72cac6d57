"""'Project director Mikko Laine of the Finnish agency said' (round-29 O6): the body
after the name is one the text named before ("the Finnish Transport Infrastructure
Agency"), called by its country's adjective and its kind. The person holds the office
in that body and speaks for it; the adjective is no side of its own ("Director of
Finland" would be wrong).
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, Office
from kg.extract.state import MentionRef, State

_KINDS = ("agency|ministry|authority|administration|institute|office|directorate|service|company|utility|"
          "operator|department|board|commission|inspectorate|regulator")
_AFTER_RE = re.compile(rf"\s*,?\s+(?:of|at|from|with)\s+the\s+(?P<dem>[A-Z][\w-]+)\s+(?P<kind>{_KINDS})\b(?!\s+[A-Z])")


def demonym_body(state: State, mention: MentionRef) -> str | None:
    """The body 'NAME of the <demonym> <kind>' refers back to, or None."""
    hit = _AFTER_RE.match(state.text, mention.end)
    if hit is None:
        return None
    entry = state.gaz.country_of_demonym(hit.group("dem"))
    if entry is None:
        return None
    kind = hit.group("kind").lower()
    found = set()
    for m in state.mentions:
        if m.start >= mention.start:
            break
        entity = state.entities[m.key]
        if entity.type not in ORG_TYPES or entity.unnamed:
            continue
        words = [w.lower() for w in entity.label.split()]
        if kind not in words:
            continue
        first = state.gaz.country_of_demonym(entity.label.split()[0])
        owners = {state.entities[o].label for o in state.objects(m.key, "partOf") if o in state.entities}
        if (first is not None and first.label == entry.label) or entry.label in owners or entry.label in entity.label:
            found.add(m.key)
    return found.pop() if len(found) == 1 else None


def apply_body(state: State, office: Office, body: str) -> None:
    """The office is the body's (it acts for the body; the body's country follows from it)."""
    office.side = office.org = body
    office.org_is_employer = True
    office.no_context = True


# "Luke researcher Jouni Kallio", "Institute scientist Anna Berg": a body's name (or its
# acronym, or the last word of its name) glued before a research post and the name (round-29 O7)
_POST_BEFORE_RE = re.compile(r"(?P<body>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})\s+"
                             r"(?P<title>(?:(?:senior|chief|lead|principal|junior|staff|research)\s+)?"
                             r"(?:researcher|scientist|economist|analyst|fellow|biologist|hydrologist|ecologist|"
                             r"geologist|engineer|expert|statistician))\s+$")


def research_post_before(state: State, mention: MentionRef, evidence: tuple[int, int]) -> Office | None:
    """The post and body of 'Luke researcher Jouni Kallio'."""
    base = max(0, mention.start - 90)
    hit = _POST_BEFORE_RE.search(state.text[base:mention.start])
    if hit is None:
        return None
    start, end = base + hit.start("body"), base + hit.end("body")
    body = None
    # the longest tail of the capitalised words that names a body ("the Luke", "Sea Institute")
    words = list(re.finditer(r"\S+", state.text[start:end]))
    for w in words:
        tail = " ".join(state.text[start + w.start():end].split())
        found = state.mention_at(start + w.start(), end, ORG_TYPES)
        if found is not None and found.start <= start + w.start() and found.end == end:
            body = found.key
            break
        named = [k for k, e in state.entities.items() if e.type in ORG_TYPES and not e.unnamed
                 and (tail == e.label or tail in e.aliases)]
        if len(named) == 1:
            body = named[0]
            break
    if body is None:
        return None
    t_start, t_end = base + hit.start("title"), base + hit.end("title")
    return Office(mention.key, state.text[t_start:t_end], (t_start, t_end), body, evidence,
                  org=body, org_is_employer=True, no_context=True)


# "Efua Mensah, who is a researcher at the Gulf Sea Institute,": the post and its body
_WHO_IS_POST_RE = re.compile(r",\s+who\s+(?:is|has\s+been|works\s+as)\s+(?:now\s+)?(?:a|an|the)\s+"
                             r"(?P<title>(?:(?:senior|chief|lead|principal|junior|staff|research|visiting)\s+)?"
                             r"(?:researcher|scientist|economist|analyst|fellow|biologist|hydrologist|ecologist|"
                             r"geologist|engineer|expert|statistician|lecturer|professor))\s+(?:at|with|of)\s+(?:the\s+)?")


def research_post_who(state: State, mention: MentionRef, evidence: tuple[int, int]) -> Office | None:
    """The post and body of 'X, who is a researcher at the Y Institute,'."""
    hit = _WHO_IS_POST_RE.match(state.text, mention.end, min(len(state.text), mention.end + 140))
    if hit is None:
        return None
    org = state.mention_at(hit.end(), hit.end() + 1, ORG_TYPES)
    if org is None or org.start != hit.end() or state.entities[org.key].unnamed:
        return None
    return Office(mention.key, hit.group("title"), hit.span("title"), org.key, evidence,
                  org=org.key, org_is_employer=True, no_context=True)
