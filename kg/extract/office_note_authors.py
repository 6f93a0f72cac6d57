"""Author lines of a research note (round-30 S3, O7).

"Danube Baltic Bank | Macro & Strategy Research | Central Europe\\n14 May 2026\\n
Anna Kovacs, Senior Economist (Budapest)\\nTomas Novak, Energy Analyst (Prague)":
a line of its own in the note's heading block, a name, a comma, a post, and the
city the author sits in (in brackets or after a second comma). The author holds
the post at the publisher the masthead names (the first organisation of the
heading block) and acts for it alone: the city says where the desk is, never
whom the analyst speaks for (the capital of a side is no side of a bank's
economist).
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office, is_core
from kg.extract.state import MentionRef, State

# After the name: ", <post>" then "(City)" or ", City", then the line ends.
_AUTHOR_RE = re.compile(r"[ \t]*,[ \t]+(?P<title>[A-Za-z][\w&/-]*(?:[ \t]+(?:[A-Za-z][\w&/-]*|&))"
                        r"{0,6}?)[ \t]*(?:\([^()\n]{2,40}\)|,[ \t]+[A-Z][\w .'’-]{1,30})?[ \t]*$", re.M)
_HEADING_LINES = 10  # the heading block: the first lines of the body, before the first paragraph of prose
_NOTE_POSTS = frozenset("analyst economist strategist researcher fellow director head chief officer "
                        "associate manager partner adviser advisor editor".split())
_PUBLISHER_TYPES = {"Organization", "GovernmentAgency", "MediaOrganization"}


def _heading_block(state: State) -> tuple[int, int] | None:
    """The character range of the body's heading lines (short lines, no sentence)."""
    start = state.body_start
    pos, seen = start, 0
    for line in state.text[start:start + 1200].split("\n"):
        stripped = line.strip()
        if stripped:
            seen += 1
            if seen > _HEADING_LINES or len(stripped.split()) > 14 or re.search(r"[.!?][\"”]?$", stripped):
                break
        pos += len(line) + 1
    return (start, pos) if seen > 1 else None


def _publisher(state: State, block: tuple[int, int], before: int) -> str | None:
    """The organisation the masthead names first (before the author lines)."""
    for m in state.mentions_in(block[0], before, _PUBLISHER_TYPES):
        if not state.entities[m.key].unnamed:
            return m.key
    return None


def note_author_title(state: State, mention: MentionRef) -> Office | None:
    """The post and publisher of an author line "NAME, Post (City)" in a note's heading."""
    line_start = state.text.rfind("\n", 0, mention.start) + 1
    if state.text[line_start:mention.start].strip():
        return None  # the name opens its line
    block = _heading_block(state)
    if block is None or not block[0] <= mention.start < block[1]:
        return None
    hit = _AUTHOR_RE.match(state.text, mention.end)
    if hit is None:
        return None
    words = [w.lower() for w in hit.group("title").split()]
    if not any(w in _NOTE_POSTS or is_core(w) for w in words):
        return None
    publisher = _publisher(state, block, line_start)
    if publisher == mention.key:
        publisher = None
    title = " ".join(hit.group("title").split())
    # (no publisher found: the post alone, still no state's: the city is no side)
    office = Office(mention.key, title, hit.span("title"), publisher, (line_start, hit.end()), no_context=True)
    if publisher is not None:
        office.org, office.org_is_employer = publisher, True
    return office
