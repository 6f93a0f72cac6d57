"""A title held somewhere abroad, set off before the name: "UNHCR's representative
in Malta, Ingrid Holm," / "Italy's ambassador to Malta, Marco Neri," / "the IOM
chief of mission in Libya, Tom Berg," / "the head of UNHCR in Libya, Sara Lind,".

The place after "in"/"to" is where the post is, not whom the holder acts for:
the owner before the title (an organisation or a country) is. ``title_before``
walks back from the name and stops at the place, so these were lost.
"""

from __future__ import annotations

import functools
import re

from kg.extract import lexicon
from kg.extract.office_base import RANKS_RE, Office, sentence_bounds, title_vocab, token_at
from kg.extract.office_local import office_in_named_place
from kg.extract.office_sides import ensure_country
from kg.extract.state import MentionRef, State

_OWNERS = {"Organization", "GovernmentAgency", "MediaOrganization", "Country"}
# lower-case title words ending in the office ("representative", "chief of mission", "country director")
_TITLE = r"(?P<title>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+of\s+mission)?)"
_TAIL = rf"\s+(?P<prep>in|to|for)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s*,\s*{RANKS_RE}{{0,3}}" \
        r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?$"
_OWNED_RE = re.compile(rf"['’]s\s+{_TITLE}{_TAIL}")  # "<owner>'s representative in Malta, "
_ITS_RE = re.compile(rf"(?:^|(?<=\s))[Ii]ts\s+{_TITLE}{_TAIL}")  # "Its country manager for Kenya, "
_GLUED_RE = re.compile(rf"\s+{_TITLE}{_TAIL}")  # "the <owner> representative in Malta, "
_OF_RE = re.compile(rf"(?:^|(?<=\s))(?P<title>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)\s+(?:of|at)\s+(?:the\s+)?$")


def posted_title(state: State, mention: MentionRef) -> Office | None:
    """The office and the owner it is held for, when a place of posting stands between."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    lead = state.text[sent_start:mention.start]
    for rx in (_OWNED_RE, _GLUED_RE):
        hit = None
        for h in rx.finditer(lead):
            hit = h
        if hit is None or not _is_title(hit.group("title")):
            continue
        place = state.mention_at(sent_start + hit.start("place"), sent_start + hit.end("place"), {"Country", "Place"})
        if place is None:
            continue
        owner = _owner_ending(state, sent_start + hit.start())
        if owner is None and rx is _GLUED_RE:
            continue
        if owner is None:
            continue
        if rx is _GLUED_RE and not re.search(r"(?:^|\s)the\s+$", state.text[max(sent_start, owner.start - 5):owner.start]):
            continue  # "the IOM chief of mission": the owner's name is glued to the title after "the"
        end = sent_start + (hit.end("place") if hit.group("prep") == "for" else hit.end("title"))
        return _office(state, mention, first, owner.key, sent_start + hit.start("title"), end,
                       state.text[sent_start + hit.start("title"):end])
    its = _ITS_RE.search(lead)
    if its is not None and _is_title(its.group("title")):
        # "Its country manager for Kenya, Nadia Frey,": the body "its" stands for (round-37 O4)
        from kg.extract.office_owners import its_owner
        tok = token_at(state, sent_start + its.start())
        owner = its_owner(state, tok) if tok is not None else None
        place = state.mention_at(sent_start + its.start("place"), sent_start + its.end("place"), {"Country", "Place"})
        if owner is not None and place is not None and owner != place.key:
            end = sent_start + (its.end("place") if its.group("prep") == "for" else its.end("title"))
            return _office(state, mention, first, owner, sent_start + its.start("title"), end,
                           state.text[sent_start + its.start("title"):end])
    # "the head of UNHCR in Libya, Sara Lind,": "<title> of <owner> in <place>, <Name>"
    tail = re.search(rf"(?P<owner_end>)\s+(?:in|to)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s*,\s*"
                     rf"{RANKS_RE}{{0,3}}(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?$", lead)
    if tail is None:
        return None
    place = state.mention_at(sent_start + tail.start("place"), sent_start + tail.end("place"), {"Country", "Place"})
    owner = _owner_ending(state, sent_start + tail.start())
    if place is None or owner is None or owner.key == place.key:
        return None
    of = _OF_RE.search(state.text, sent_start, owner.start)
    if of is None or not _is_title(of.group("title")):
        # "The Ambassador of Chile to Peru, Ana Soto,": the title written as a name (round-31 O2)
        found = _capital_title(state, sent_start, owner.start)
        if found is None:
            return None
        return _office(state, mention, first, owner.key, *found)
    return _office(state, mention, first, owner.key, of.start("title"), of.end("title"), of.group("title"))


_CAP_OF_RE = re.compile(r"(?P<title>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:of|at)\s+(?:the\s+)?$")
_DEMONYM_RE = re.compile(rf"(?:^|(?<=\s))(?P<demonym>[A-Z][\w-]*)\s+(?P<title>(?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*)"
                         rf"{_TAIL}")


def _capital_title(state: State, sent_start: int, end: int) -> tuple[int, int, str] | None:
    """'... the Ambassador of ' ending at ``end``: the capitalised title words right before "of"
    (the core word and the title words before it; a capital of the sentence is no word of it)."""
    hit = _CAP_OF_RE.search(state.text, sent_start, end)
    if hit is None:
        return None
    words = hit.group("title").split()
    if not _is_title(words[-1]):
        return None
    vocab = title_vocab()
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in vocab and words[k - 1].lower() not in {"the", "of", "and"}:
        k -= 1
    title = " ".join(words[k:])
    return hit.end("title") - len(title), hit.end("title"), title


def demonym_posted_title(state: State, mention: MentionRef) -> Office | None:
    """'The Chilean ambassador to Peru, Ana Soto,': the people's adjective before the title names
    whom the holder acts for; the country after "to"/"in" is where the post is (round-31 O2)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    lead = state.text[sent_start:mention.start]
    hit = entry = None
    for cap in re.finditer(r"(?<![\w'’-])[A-Z]", lead):
        h = _DEMONYM_RE.match(lead, cap.start())
        if h is not None and state.gaz.country_of_demonym(h.group("demonym")) is not None:
            hit, entry = h, state.gaz.country_of_demonym(h.group("demonym"))
    country = None
    if hit is None:
        # "The New Zealand High Commissioner to Fiji, Anna Pearce,": a country's name used as
        # the adjective (round-37 O3)
        for c in state.mentions_in(sent_start, mention.start, {"Country"}):
            h = _ATTRIBUTIVE_RE.match(lead, c.end - sent_start)
            if h is not None and not state.entities[c.key].unnamed:
                hit, country = h, c.key
        if hit is None:
            return None
    title = hit.group("title")
    if not _is_title(title) or set(title.lower().split()) & {"of", "at", "in", "to", "for", "the"}:
        return None
    place = state.mention_at(sent_start + hit.start("place"), sent_start + hit.end("place"), {"Country", "Place"})
    if place is None or place.key == country or entry is not None and state.entities[place.key].label == entry.label:
        return None
    country = country or ensure_country(state, entry.label)
    if country is None:
        return None
    end = sent_start + (hit.end("place") if hit.group("prep") == "for" else hit.end("title"))
    return _office(state, mention, first, country, sent_start + hit.start("title"), end, state.text[sent_start + hit.start("title"):end])

_ATTRIBUTIVE_RE = re.compile(rf"\s+(?P<title>(?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z][\w-]*){_TAIL}")


def _owner_ending(state: State, end: int):
    """The organisation or country whose name ends at ``end``."""
    found = [m for m in state.mentions_in(max(0, end - 80), end, _OWNERS) if m.end == end]
    if not found or state.entities[found[-1].key].unnamed:
        return None
    return found[-1]


@functools.lru_cache(maxsize=1)
def _title_cores() -> frozenset[str]:
    return frozenset(lexicon.words("title_core") | {"representative", "head", "chief", "manager"})  # "country manager"


def _is_title(words: str) -> bool:
    """The words end in an office ('representative', 'chief of mission', 'ambassador')."""
    low = words.lower().split()
    core = _title_cores()
    if low[-2:] == ["of", "mission"]:
        low = low[:-2]
    return bool(low) and low[-1] in core and not set(low) & {"said", "says", "told", "and", "the"}


def _office(state: State, mention: MentionRef, first, owner: str, start: int, end: int, title: str) -> Office:
    words = " ".join(title.split())
    lead = re.match(r"(?:(?:a|an|the|its|their)\s+)", words)
    if lead:
        start += lead.end()
        words = words[lead.end():]
    evidence = sentence_bounds(state, first)
    if state.entity_type(owner) == "Country":
        return Office(mention.key, words, (start, end), owner, evidence, country=owner)
    office = Office(mention.key, words, (start, end), owner, evidence, no_context=True)
    office.org, office.org_is_employer = owner, True
    return office


# "the president's plenipotentiary representative in the Batken region": a national office
# held in a region; the holder acts for the country the region lies in (round-37 O8)
_NATIONAL_POST = (r"(?:[Tt]he\s+)?(?:president|prime\s+minister|government|cabinet|head\s+of\s+state|king|emir|"
                  r"premier)['’]s\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:in|for|to)\s+(?:the\s+)?"
                  r"(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})"
                  r"(?:\s+(?:region|province|oblast|district|state|county|governorate|prefecture|department))?")
_NATIONAL_BEFORE_RE = re.compile(_NATIONAL_POST + r"\s*,\s*" + RANKS_RE + r"{0,3}(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?$")
_NATIONAL_AFTER_RE = re.compile(r",\s+" + _NATIONAL_POST + r"\s*[,.;]")


def regional_post_title(state: State, mention: MentionRef) -> Office | None:
    """'the president's plenipotentiary representative in the Batken region, X' / 'X, the
    government's envoy to Gorno-Badakhshan,': the office, held in the region named; the
    country is the one the region lies in (decided once places are read)."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    base = max(first.sent.start_char, mention.start - 160)
    hit = _NATIONAL_BEFORE_RE.search(state.text, base, mention.start) \
        or _NATIONAL_AFTER_RE.match(state.text, mention.end, min(first.sent.end_char + 1, len(state.text)))
    if hit is None or not _is_title(hit.group("title")):
        return None
    return office_in_named_place(state, mention, hit, first)
