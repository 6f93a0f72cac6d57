"""Listed titles: one plural office shared by several names ('ministers, X of A
and Y of B'; 'the foreign ministers of A and B, X and Y'), and 'their respective'
titles.
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office, sentence_bounds, token_at
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State


def listed_title(state: State, mention: MentionRef) -> Office | None:
    """'the two countries' foreign ministers, Yoko Sakamoto of Japan and Priya Mendis of Australia'."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)", state.text[mention.end:mention.end + 40])
    if not after:
        return _listed_owned_title(state, mention) or _respective_title(state, mention)
    start = mention.end + after.start(1)
    side = country_key_for_word(state, start, mention.end + after.end(1))
    first = token_at(state, mention.start)
    if side is None or first is None:
        return None
    before = state.text[first.sent.start_char:mention.start]
    plural = re.search(r"((?:[a-z]+\s+){0,2}(?:ministers|secretaries|ambassadors|envoys|negotiators|presidents|leaders))\s*,[^.]*$", before)
    title = None
    if plural:
        words = plural.group(1).split()
        words[-1] = {"secretaries": "secretary"}.get(words[-1], words[-1][:-1])
        title = " ".join(w for w in words if w not in {"the", "two", "both", "countries'", "their"})
    if title is None:
        return None
    return Office(mention.key, title, None, side, sentence_bounds(state, first))


_PLURAL_OFFICE_RE = re.compile(
    r"\b((?:[a-z][\w-]*\s+){0,2}?(ministers|secretaries|ambassadors|envoys|negotiators|presidents|"
    r"premiers|chancellors|spokespeople|spokespersons|directors|heads|commissioners|chiefs))"
    # "the special envoys for normalisation, A's X and B's Y": the remit after the plural is no part
    # of the office's words
    r"(?:\s+(?:for|on)\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?:of\s+|and\s+)?[a-z][\w-]*){0,3})?\s*,\s*$")


def _listed_owned_title(state: State, mention: MentionRef) -> Office | None:
    """'The energy ministers, Latvia's A and Lithuania's B, met': each holds the
    office the plural names (singular) and acts for the country that owns the name."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    owner = re.search(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)['’]s\s+$", state.text[max(first.sent.start_char, mention.start - 40):mention.start])
    if owner is None:
        return None
    owner_start = mention.start - len(owner.group(0))
    side = country_key_for_word(state, owner_start, owner_start + len(owner.group(1)))
    if side is None or state.entity_type(side) != "Country":
        return None
    # only other "<Country>'s <Name>" items (and commas, "and") between the plural office and this name
    before = state.text[first.sent.start_char:owner_start]
    cut = len(before)
    for m in reversed(state.mentions_in(first.sent.start_char, owner_start, {"Person", "Country"})):
        gap = before[m.end - first.sent.start_char:cut]
        if not re.fullmatch(r"(?:['’]s)?\s*(?:,\s*)?(?:and\s+)?", gap):
            break
        cut = m.start - first.sent.start_char
    plural = _PLURAL_OFFICE_RE.search(before[:cut])
    if plural is None:
        return None
    words = [w for w in plural.group(1).split() if w not in {"the", "two", "both", "their", "countries'", "nations'"}]
    head = words[-1]
    words[-1] = {"secretaries": "secretary", "spokespeople": "spokesperson", "chiefs": "chief"}.get(head, head[:-1])
    return Office(mention.key, " ".join(words), None, side, sentence_bounds(state, first))


def _respective_title(state: State, mention: MentionRef) -> Office | None:
    """'The energy ministers of Estonia and Finland, Anna Tamm and Maria Virtanen,':
    the names follow the countries in order."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    names = [m for m in state.mentions_in(sent_start, first.sent.end_char, {"Person"}) if not state.entities[m.key].unnamed]
    idx = next((i for i, m in enumerate(names) if m.start == mention.start), None)
    if idx is None:
        return None
    # the pair of names this one belongs to: "A and B" right after "..., "
    for i in (idx - 1, idx):
        if i < 0 or i + 1 >= len(names) or not re.fullmatch(r"\s+and\s+", state.text[names[i].end:names[i + 1].start]):
            continue
        before = state.text[sent_start:names[i].start]
        hit = re.search(r"\b((?:[a-z][\w-]*\s+){0,2}?(?:ministers|secretaries|ambassadors|envoys|negotiators|presidents|"
                        r"premiers|chancellors|spokespeople|directors|heads|commissioners|chiefs))\s+of\s+(?:the\s+)?"
                        r"(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
                        r"\s*,\s*$", before)
        if hit is None:
            continue
        group = "a" if names[i].start == mention.start else "b"
        side = country_key_for_word(state, sent_start + hit.start(group), sent_start + hit.end(group))
        other = country_key_for_word(state, sent_start + hit.start("b" if group == "a" else "a"),
                                     sent_start + hit.end("b" if group == "a" else "a"))
        if side is None or other is None or side == other or state.entity_type(side) != "Country":
            return None
        words = [w for w in hit.group(1).split() if w not in {"the", "two", "both", "their"}]
        head = words[-1]
        words[-1] = {"secretaries": "secretary", "spokespeople": "spokesperson", "chiefs": "chief"}.get(head, head[:-1])
        return Office(mention.key, " ".join(words), None, side, sentence_bounds(state, first))
    return None
