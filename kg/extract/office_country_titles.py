"""A title that names its country with "of" before a comma and the name:
"the Vice Minister of Foreign Affairs of Peru, Marco Tellez" -> the office
"Vice Minister of Foreign Affairs", held for Peru.

``title_before`` walks back from the name and stops at the country, so the
words before it were lost; this rule reads the whole "<Title> of <Country>, "
run that ends just before the name.
"""

from __future__ import annotations

import re

from kg.extract.office_base import RANKS_RE, Office, is_core, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

# Capitalised title words joined by lower-case connectors, right before " of <Country>, ".
_RUN = re.compile(r"((?:[A-Z][\w-]*|of|for|and|the|on)(?:\s+(?:[A-Z][\w-]*|of|for|and|the|on))*)\s+of\s+(?:the\s+)?$")
_JOINERS = {"of", "for", "and", "the", "on"}


def country_of_title(state: State, mention: MentionRef) -> Office | None:
    """'<Title> of <Country>, <Name>': the title (without the country) and the country."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    before = state.text[sent_start:mention.start]
    m = re.search(rf",\s*{RANKS_RE}{{0,3}}$", before)  # "..., Colonel X": the rank is the person's style
    if m is None:
        return None
    head = before[:m.start()]
    countries = [c for c in state.mentions_in(sent_start, mention.start, {"Country"}) if c.end == sent_start + len(head)]
    if not countries:
        return None
    country = countries[-1]
    run = _RUN.search(state.text[sent_start:country.start])
    if run is None:
        return None
    words = run.group(1).split()
    while words and words[0].lower() in _JOINERS:  # "The Vice Minister": the article is not the title
        words = words[1:]
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    if not words or not words[0][:1].isupper() or not any(_core(w) for w in words):
        return None
    if not _core(words[0]) and words[0].lower().split("-")[0] not in _LEADS:
        return None  # "Talks of Peru, X": the run must open with the office itself
    title = " ".join(words)
    start = sent_start + run.start(1) + run.group(1).index(words[0])
    return Office(mention.key, title, (start, start + len(title)), country.key, sentence_bounds(state, first),
                  country=country.key)


def _core(word: str) -> bool:
    """'Minister', 'Vice-President' (a lead glued to its core word by a hyphen)."""
    low = word.lower()
    return is_core(low) or "-" in low and is_core(low.split("-")[-1])


# Words that may open a title before its core word ("Vice Minister", "Deputy Director",
# "Prime Minister").
_LEADS = frozenset("vice deputy under assistant first second chief acting senior principal permanent "
                   "executive general special associate prime federal".split())
