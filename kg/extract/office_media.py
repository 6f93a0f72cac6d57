"""Broadcast and press roles: "presenter Síle Ní Bhriain on Atlantic FM's
morning programme", "host Aled Jones of Radio Cymru", "Conor Byrne, a
correspondent for the Irish Times," -> the person holds the role
("presenter", "host", "anchor", "correspondent", ...) and acts for the outlet.
"joined host Rana Said in the studio" (no outlet named with the role): the
host holds the role, for the broadcaster the header names if it names one.
"By Amani Waweru, Regional Economy Editor" (a byline with the writer's post,
round-27 class O3): the writer holds "Regional Economy Editor"; a town or an
outlet after the comma ("By X, Nairobi", "By X, Steppe TV") is no post.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import Office, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

_OUTLET_TYPES = {"MediaOrganization", "Organization"}
# a programme's own people: named with the role alone, they work for the broadcaster of the text
_HOSTS = lexicon.alternation("programme_hosts")
_ROLES = f"{_HOSTS}|{lexicon.alternation('press_roles')}"
# "presenter NAME on/of/from <Outlet>('s ...)"
_ROLE_BEFORE_RE = re.compile(rf"\b(?P<title>(?:(?:senior|chief|veteran|political|diplomatic|economics|business|"
                             rf"foreign|breakfast|morning|evening|radio|television|TV|news|programme|show)\s+)?"
                             rf"(?:{_ROLES}))\s+$")
_OUTLET_AFTER_RE = re.compile(r",?\s+(?:on|of|from|at|for)\s+(?:the\s+)?")
# "NAME, a/the (senior) correspondent for/at/with <Outlet>"
_APPOSED_ROLE_RE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+(?P<title>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLES}))"
    # "NAME, North Sea correspondent of <Outlet>": a beat of capitalised words, no article (round-31 O3)
    rf"|(?P<beat>(?:[A-Z][\w-]*\s+){{1,3}}(?:{_ROLES})))\s+(?:for|at|with|of|on)\s+(?:the\s+)?")


def media_role_title(state: State, mention: MentionRef) -> Office | None:
    """The role and outlet of a presenter, host or correspondent named with them."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    before = _ROLE_BEFORE_RE.search(state.text[max(sent_start, mention.start - 40):mention.start])
    if before is not None:
        base = max(sent_start, mention.start - 40)
        title_span = (base + before.start("title"), base + before.end("title"))
        after = _OUTLET_AFTER_RE.match(state.text, mention.end)
    else:
        after = _APPOSED_ROLE_RE.match(state.text, mention.end)
        group = "title" if after is not None and after.group("title") else "beat"
        title_span = (after.start(group), after.end(group)) if after is not None else None
    if title_span is None:
        return None
    outlet = state.mention_at(after.end(), after.end() + 1, _OUTLET_TYPES) if after is not None else None
    if outlet is None or outlet.start != after.end() or state.entities[outlet.key].unnamed:
        base = max(sent_start, mention.start - 40)
        ours = before is not None and re.search(r"\b(?i:our)\s+$", state.text[max(sent_start, base + before.start() - 8):
                                                                            base + before.start()]) is not None
        if before is None or not (ours or re.fullmatch(_HOSTS, before.group("title").split()[-1], re.I)):
            return None  # ("Our reporter Anna Keller was there": the text's own reporter, round-29 S1)
        # "joined host Rana Said in the studio": the programme's own host or presenter, of the
        # broadcaster the header names (when it names one)
        title = " ".join(before.group("title").split())
        office = Office(mention.key, title, title_span, None, sentence_bounds(state, first), no_context=True)
        header = _header_outlet(state)
        if header is not None:
            office.side = office.org = header
            office.org_is_employer = True
        return office
    if before is not None and state.entity_type(outlet.key) != "MediaOrganization" \
            and not re.match(r"['’]s\s", state.text[outlet.end:outlet.end + 3]):
        return None  # "host Aled Jones of the X Council": an outlet must be one, or own the programme
    title = " ".join(state.text[title_span[0]:title_span[1]].split())
    office = Office(mention.key, title, title_span, outlet.key, sentence_bounds(state, first), no_context=True)
    office.org, office.org_is_employer = outlet.key, True
    return office


# The head word of a newsroom post ("Regional Economy Editor", "Senior Africa Correspondent").
_NEWSROOM_HEADS = ("Editor|Correspondent|Reporter|Writer|Columnist|Analyst|Producer|Journalist|Contributor|"
                   "Photographer|Commentator|Editor-at-Large|Editor-in-Chief")
# "By NAME, <Post>" on a line of its own, maybe with a date or outlet after a bar or a comma.
_BYLINE_POST_RE = re.compile(rf"[ \t]*,[ \t]*(?P<title>(?:[A-Z][\w&'’-]*[ \t]+){{0,4}}(?:{_NEWSROOM_HEADS}))"
                             rf"(?:[ \t]*(?:,|\||[-–—])[^\n]*)?[ \t]*$", re.MULTILINE)


def byline_title(state: State, mention: MentionRef) -> Office | None:
    """The post a byline gives its writer ("By Amani Waweru, Regional Economy Editor")."""
    line_start = state.text.rfind("\n", 0, mention.start) + 1
    if not re.fullmatch(r"[ \t]*(?:By|BY)[ \t]+", state.text[line_start:mention.start]):
        return None
    hit = _BYLINE_POST_RE.match(state.text, mention.end)
    if hit is None:
        return None
    title_span = hit.span("title")
    title = " ".join(hit.group("title").split())
    rest = state.text[hit.end("title"):hit.end()]
    outlet = next((m for m in state.mentions_in(hit.end("title"), hit.end(), {"MediaOrganization"})
                   if not state.entities[m.key].unnamed), None)
    office = Office(mention.key, title, title_span, None, (mention.start, hit.end()), no_context=True)
    if outlet is None and rest.strip():
        named = rest.strip(" \t,|-–—")
        outlet_key = next((k for k, e in state.entities.items() if e.type == "MediaOrganization" and not e.unnamed
                           and named in {e.label, *e.aliases}), None)
    else:
        outlet_key = outlet.key if outlet is not None else None
    if outlet_key is not None:
        office.side = office.org = outlet_key
        office.org_is_employer = True
    return office


def _header_outlet(state: State) -> str | None:
    """The one media outlet of the text the header names (the title line, or a first body
    line with no sentence in it: "RADIO AMMAN - MORNING REPORT"), matched without case; else None."""
    first_line = re.match(r"\s*[^\n]*", state.text[state.body_start:])
    end = state.body_start
    if first_line is not None and not re.search(r"[.!?\"”]\s*$", first_line.group(0)) and len(first_line.group(0).split()) <= 12:
        end = state.body_start + first_line.end()
    header = " ".join(state.text[:end].split()).casefold()
    outlets = {key for key, e in state.entities.items() if e.type == "MediaOrganization" and not e.unnamed
               and e.mentions and re.search(rf"(?<!\w){re.escape(' '.join(e.label.split()).casefold())}(?!\w)", header)}
    return next(iter(outlets)) if len(outlets) == 1 else None


# "AKINYI OTIENO (HOST): Good morning ..." - a transcript's turn label with the programme role
_LABEL_ROLE_RE = re.compile(r"[ \t]*\((?P<role>HOST|CO-HOST|PRESENTER|ANCHOR|MODERATOR|Host|Co-host|Presenter|Anchor|"
                            r"Moderator)\)[ \t]*:")


def label_role_title(state: State, mention: MentionRef) -> Office | None:
    """A call-in or interview transcript's own host ("NAME (HOST): ..." at the head of a turn,
    round-31 S4): the host holds "host" and works for the station the header names."""
    hit = _LABEL_ROLE_RE.match(state.text, mention.end)
    if hit is None or state.text[state.text.rfind("\n", 0, mention.start) + 1:mention.start].strip():
        return None
    title = hit.group("role").lower()
    office = Office(mention.key, title, hit.span("role"), None, (mention.start, hit.end()), no_context=True)
    header = _header_outlet(state)
    if header is not None:
        office.side = office.org = header
        office.org_is_employer = True
    return office
