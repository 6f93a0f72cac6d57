"""The post of a person named in a press release's contact block.

A government release ends with the person to call, one item per line::

    Media contact
    Nurul Aina Zakaria
    Senior Communications Officer
    Corporate Communications Unit, Ministry of Transport Malaysia
    Tel: +603-8000 8000

The line under the name is the post; the body line under it names the
ministry, and the country it names is the side the person speaks for. No
sentence carries these facts, so the title rules (which read appositions and
titles inside sentences) never see them.

The post line may add the unit the person works in, after a comma, and the
ministry line may add the country after one (round-27 class O1)::

    Priya Dias
    Director-General, Public Communications Division
    Ministry of Foreign Affairs, Sri Lanka

The post is "Director-General"; the unit "Public Communications Division" is a
body of the ministry (partOf it), the ministry one of Sri Lanka. The letterhead
pass skips these lines, so the ministry is found by its name (one the text
named before) or read from the line.
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office
from kg.extract.state import MentionRef, State

# The heading that opens a contact block ("Media contact", "Press enquiries:", "For more information, contact:").
_HEADING_RE = re.compile(
    r"^[ \t]*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)|contacts?|"
    r"for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A post line: a few words, no digits, no contact details ("Tel:", an address, an e-mail).
_POST_RE = re.compile(r"^[A-Z][A-Za-z'’&/\- ]{2,80}$")
_NOT_POST_RE = re.compile(r"\b(?:tel|phone|fax|e-?mail|mobile|www)\b|@", re.IGNORECASE)
_MAX_GAP = 2  # lines between the heading and the name (a blank line, a second name)
# A unit of a ministry on a contact line ("Public Communications Division", "Press Unit").
_UNIT_RE = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:Division|Unit|Section|Office|Bureau|Directorate|Branch|Desk|"
                      r"Department|Service|Centre|Center)$")
# A ministry or department named on the line ("Ministry of Foreign Affairs", "Department of Labor").
_BODY_RE = re.compile(r"^(?:(?:Federal|State|National|Royal)\s+)?(?:Ministry|Department|Office|Secretariat)\s+(?:of|for)\s+"
                      r"[A-Z][\w'’-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w'’-]*))*$")


def _lines_after(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """The spans of the next ``count`` non-blank lines from ``start``."""
    spans: list[tuple[int, int]] = []
    pos = start
    while len(spans) < count and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos = end + 1
    return spans


def _name_line(state: State, mention: MentionRef) -> bool:
    """Whether the mention is the whole of its line, right under a contact heading."""
    text = state.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:mention.start].strip() or text[mention.end:line_end].strip():
        return False
    before = text[:line_start].rstrip("\n").split("\n")
    recent = [ln for ln in before[-(_MAX_GAP + 2):] if ln.strip()][-_MAX_GAP:]
    return any(_HEADING_RE.match(ln) for ln in recent)


def _country_named(state: State, line: str) -> str | None:
    for key, entity in state.entities.items():
        if entity.type != "Country":
            continue
        names = {entity.label, *entity.aliases}
        if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", line) for n in names if n):
            return key
    return None


def _body_named(state: State, start: int, end: int) -> str | None:
    """The ministry a skipped contact line names: one the text named before, or the line's
    own "Ministry of ..." part (a country after it or glued to it left off)."""
    line = state.text[start:end]
    for key, entity in state.entities.items():
        if entity.type == "GovernmentAgency" and not entity.unnamed and any(
                re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", line) for n in {entity.label, *entity.aliases} if n):
            return key
    pos = start
    for part in line.split(","):
        name = part.strip()
        lead = pos + len(part) - len(part.lstrip())
        pos += len(part) + 1
        country = _country_named(state, name)
        if country is not None:  # "Ministry of Transport Vietnam": the country glued to the name
            for n in {state.entities[country].label, *state.entities[country].aliases}:
                if n and name.endswith(" " + n):
                    name = name[:-len(n) - 1].rstrip()
        if _BODY_RE.match(name) and state.gaz.lookup(name) is None:
            body = state.add_entity(name, "GovernmentAgency")
            if body.type != "GovernmentAgency":
                return None
            state.add_mention(body.key, lead, lead + len(name))
            return body.key
    return None


# One line: "Media contact: Neo Molefe, communications officer, press@trust.org, +267 ..." (round-30 O4)
_INLINE_HEAD_RE = re.compile(r"[ \t]*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)|contacts?|enquiries|inquiries)"
                             r"[ \t]*:[ \t]*$", re.IGNORECASE)
_INLINE_POST_RE = re.compile(r"[ \t]*,[ \t]+(?P<post>[A-Za-z][A-Za-z'’&/\- ]{2,60}?)[ \t]*(?:[,;|]|$)", re.MULTILINE)
_ISSUER_TYPES = ("Organization", "GovernmentAgency")


def _inline_contact(state: State, mention: MentionRef) -> Office | None:
    """The post after the name on a one-line contact ("Media contact: NAME, post, e-mail"), held at
    the body that issues the release (the first organisation the body names)."""
    line_start = state.text.rfind("\n", 0, mention.start) + 1
    if not _INLINE_HEAD_RE.fullmatch(state.text[line_start:mention.start]):
        return None
    hit = _INLINE_POST_RE.match(state.text, mention.end)
    if hit is None or _NOT_POST_RE.search(hit.group("post")) or any(c.isdigit() for c in hit.group("post")):
        return None
    post_start, post_end = hit.span("post")
    if state.mentions_in(post_start, post_end):
        return None  # a body or a place where the post should be
    first = min((m for m in state.mentions
                 if state.body_start <= m.start < line_start and state.entity_type(m.key) in _ISSUER_TYPES
                 and not state.entities[m.key].unnamed), key=lambda m: m.start, default=None)
    issuer = first.key if first is not None else None
    line_end = state.text.find("\n", mention.end)
    office = Office(mention.key, " ".join(hit.group("post").split()), (post_start, post_end), issuer,
                    (line_start, len(state.text) if line_end == -1 else line_end), no_context=True)
    if issuer is not None:
        office.org, office.org_is_employer = issuer, True
    return office


def contact_title(state: State, mention: MentionRef) -> Office | None:
    """The post on the line under a contact block's name, with the country the body line names."""
    if not _name_line(state, mention):
        return _inline_contact(state, mention)
    lines = _lines_after(state.text, mention.end + 1, 2)
    if not lines:
        return None
    post_start, post_end = lines[0]
    post = state.text[post_start:post_end]
    unit = None
    if "," in post:  # "Director-General, Public Communications Division": the post, then its unit
        head, rest = post.split(",", 1)
        lead = len(rest) - len(rest.lstrip())
        if not _UNIT_RE.match(rest.strip()):
            return None
        unit = (post_start + len(head) + 1 + lead, post_end)
        post, post_end = head.rstrip(), post_start + len(head.rstrip())
    if not _POST_RE.match(post) or _NOT_POST_RE.search(post) or state.mention_at(post_start, post_end) is not None:
        return None  # a second name, a phone line, or a body named where the post should be
    side = None
    org = None
    if len(lines) > 1:
        body_start, body_end = lines[1]
        for ref in state.mentions:
            if body_start <= ref.start and ref.end <= body_end:
                kind = state.entity_type(ref.key)
                if kind == "Country" and side is None:
                    side = ref.key
                elif kind in ("GovernmentAgency", "Organization") and org is None:
                    org = ref.key
        if side is None:  # a footer the entity pass skipped: a country of the text named on the line
            side = _country_named(state, state.text[body_start:body_end])
        if org is None:
            org = _body_named(state, body_start, body_end)
        if org is not None and side is not None and state.entity_type(side) == "Country" \
                and state.entity_type(org) == "GovernmentAgency" and not state.objects(org, "partOf"):
            state.add_relation(org, "partOf", state.span(body_start, body_end), obj=side)
    if unit is not None and org is not None and state.entity_type(org) == "GovernmentAgency":
        body = state.add_entity(state.text[unit[0]:unit[1]], "GovernmentAgency")
        if body.type == "GovernmentAgency" and body.key != org:
            state.add_mention(body.key, *unit)
            state.add_relation(body.key, "partOf", state.span(unit[0], lines[1][1]), obj=org)
    evidence_end = lines[1][1] if len(lines) > 1 else post_end
    return Office(mention.key, " ".join(post.split()), (post_start, post_end), side or org,
                  (mention.start, evidence_end), country=side, org=org if side else None,
                  org_is_employer=org is not None)
