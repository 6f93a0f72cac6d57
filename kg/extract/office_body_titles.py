"""A title, "in/at/of the", a body, then the holder's name (round-34 O2):

"Joint Secretary in the Ministry of External Affairs Anil Rao led the Indian side" /
"Director General at the Department of Fisheries Ana Cruz said" -> "Joint Secretary",
of the ministry (its people act for the country the ministry belongs to). The title
rules read the body glued to the name as the whole title ("Minister of External
Affairs"); the capitalised title words before "in the" are the office.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, Office, is_core, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

# "Joint Secretary in the " / "Director General (South Asia) at the " right before the body
_TITLE_IN_RE = re.compile(r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s*\([^()]{1,40}\))?)\s+(?:in|at|of)\s+(?:the\s+)?$")


def body_title_before(state: State, mention: MentionRef) -> Office | None:
    first = token_at(state, mention.start)
    if first is None:
        return None
    gap = re.search(r"[ \t]+$", state.text[max(0, mention.start - 3):mention.start])
    if gap is None:
        return None
    body_end = mention.start - len(gap.group(0))
    body = next((m for m in state.mentions_in(max(0, body_end - 120), body_end, ORG_TYPES) if m.end == body_end), None)
    if body is None or state.entities[body.key].unnamed:
        return None
    hit = _TITLE_IN_RE.search(state.text, max(first.sent.start_char, body.start - 80), body.start)
    if hit is None:
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", re.sub(r"\([^()]*\)", "", hit.group("title")))]
    if not words or not any(is_core(w) for w in words):
        return None
    if state.mentions_in(hit.start("title"), hit.end("title"), {"Person", "Country", *ORG_TYPES}):
        return None  # "Kenya's Minister ..." / a name inside: the title rules' case
    return Office(mention.key, hit.group("title"), (hit.start("title"), hit.end("title")), body.key,
                  sentence_bounds(state, first))


# ", director of the Can Tho exporter Mekong Harvest Co.," / ", chairman of the hauliers'
# group Zambezi Haulage": a title, "of/at the", words that say what the body is (a place
# word or two, then one or two lower-case nouns), then the body's name (round-34 O4)
_DESCRIBED_BODY_RE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at|for)\s+"
                                r"(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){1,2}$")


def described_body_title_after(state: State, mention: MentionRef) -> Office | None:
    """'Tran Thi Ngoc, director of the Can Tho exporter Mekong Harvest Co., said': the
    office is the title, of the company named after its description; she acts for it."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_end = first.sent.end_char
    body = next(iter(state.mentions_in(mention.end, min(sent_end, mention.end + 120), ORG_TYPES | {"Person", "Place", "Country"})), None)
    if body is None or state.entity_type(body.key) != "Organization" or state.entities[body.key].unnamed:
        return None
    hit = _DESCRIBED_BODY_RE.match(state.text, mention.end, body.start)
    if hit is None or hit.end() != body.start or not is_core(hit.group("title").split()[-1].lower()):
        return None
    return Office(mention.key, hit.group("title"), (hit.start("title"), hit.end("title")), body.key,
                  sentence_bounds(state, first), no_context=True)
