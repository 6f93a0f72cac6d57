"""Closing taglines: "Kadri Lepp is a columnist for the Baltic Ledger." /
"Toomas Ilves is a senior fellow at the Nordic Policy Centre."

A name, "is a/an/the", a role of writing or research (or an office), then
"at/for/with/of" and an organisation: the person holds that role and acts
for the organisation. The byline name before such a role is a person, even
when the model typed it an organisation (``tagline_people`` retypes it before
the offices step reads titles).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import ORG_TYPES, Office, is_core, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

# Roles a tagline gives (besides the office words of the lexicon).
_ROLES = ("columnist|contributor|correspondent|editor|writer|reporter|commentator|fellow|researcher|analyst|"
          "economist|professor|lecturer|scholar|consultant|adviser|advisor|director|chair|chairman|chairwoman|"
          "head|president")
_TAGLINE_RE = re.compile(
    rf"\s+(?:is|was)\s+(?:a|an|the)\s+(?P<title>(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLES}))"
    rf"(?:\s+(?:of|in)\s+[a-z][\w\s-]{{0,40}}?)?\s+(?:at|for|with|of)\s+(?:the\s+)?")


def _tagline(state: State, mention: MentionRef) -> tuple[re.Match[str], MentionRef] | None:
    m = _TAGLINE_RE.match(state.text, mention.end, min(len(state.text), mention.end + 160))
    if m is None:
        return None
    org = state.mention_at(m.end(), m.end() + 1, ORG_TYPES | {"MediaOrganization"})
    if org is None or org.start != m.end() or org.key == mention.key:
        return None
    return m, org


def tagline_people(state: State) -> None:
    """A name of two or three plain capitalised words the model typed an
    organisation, followed by "is a columnist for <Org>": a person."""
    heads = lexicon.words("org_heads")
    for mention in list(state.mentions):
        entity = state.entities.get(mention.key)
        if entity is None or entity.type not in ORG_TYPES or entity.same_as or entity.unnamed:
            continue
        words = entity.label.split()
        if not 2 <= len(words) <= 3 or set(words) & heads or state.gaz.lookup(entity.label) is not None \
                or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        if _tagline(state, mention) is not None:
            entity.type = "Person"


def tagline_title(state: State, mention: MentionRef) -> Office | None:
    """The role and organisation of "NAME is a <role> at/for <Org>"."""
    hit = _tagline(state, mention)
    if hit is None:
        return None
    m, org = hit
    title = " ".join(m.group("title").split())
    if not (re.search(rf"\b(?:{_ROLES})$", title) or any(is_core(w) for w in title.split())):
        return None
    first = token_at(state, mention.start)
    if first is None:
        return None
    office = Office(mention.key, title, (m.start("title"), m.end("title")), org.key, sentence_bounds(state, first),
                    no_context=True)
    office.org, office.org_is_employer = org.key, True  # the writer or fellow speaks for the body
    return office
