"""The name line of a press release's contact block is a person (round-23 class A14).

    Media contact

    Kebba Bojang-Sanneh
    Press Officer
    Ministry of Transport, Works and Infrastructure

The model reads an unfamiliar name alone on a line as a place or nothing,
more so with a hyphenated surname. A line of two to four capitalised words
right under a contact heading ("Media contact", "Press enquiries:"), followed
by a line that gives a post, is a person; the post is read by the offices step
(``office_contacts``).

The block's address line ("Rizal Tower, Ayala Avenue, Makati City", round-25
class A13) names a building and a town, both places; the street between them
names no actor.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_HEADING_RE = re.compile(
    r"^[ \t]*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)|contacts?|"
    r"for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?)[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,2}"
    rf"[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{CAP_CLASS}[\w'’.]*(?:[- ]{CAP_CLASS}[\w'’]*){{1,4}})[ \t]*\n"
    r"[ \t]*(?P<post>[A-Z][A-Za-z'’&/,\- ]{2,80})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# Words of communication posts the title lists leave out ("Press Officer", "Media Relations Manager").
_POST_WORDS = frozenset("officer manager head adviser advisor coordinator assistant attaché attache specialist "
                        "consultant liaison communications spokesperson".split())


def contact_people(state: State) -> list[Candidate]:
    """Person candidates for the name line of a contact block followed by a post line."""
    out = []
    titles = lexicon.words("title_heads") | lexicon.words("title_core") | _POST_WORDS
    for m in _HEADING_RE.finditer(state.text):
        name, post = m.group("name"), m.group("post")
        if not name[:1].isupper() or state.gaz.lookup(name) is not None:
            continue
        if not any(w.lower().strip(",") in titles for w in post.split()):
            continue  # the next line is no post ("Ministry of ...": the name line may be the body's)
        start = m.start("name")
        lead = re.match(r"(?:Mr|Mrs|Ms|Dr)\.?\s+", name)
        if lead:
            start += lead.end()
        out.append(Candidate(start, m.end("name"), state.text[start:m.end("name")], "Person", "rule"))
    return out


# Heads of buildings an address line starts with.
_BUILDING_HEADS = ("Tower|Towers|Building|Bldg|Centre|Center|Plaza|House|Hall|Complex|Annex|Block|Court|Place|"
                   "Square|Palace|Mansion|Compound")
_WORDS = rf"{CAP_CLASS}[\w'’.-]*(?: {CAP_CLASS}[\w'’.-]*){{0,3}}"
_ADDRESS_RE = re.compile(
    rf"^[ \t]*(?P<building>{_WORDS} (?:{_BUILDING_HEADS}))(?:,[ \t]*(?:\d+[A-Za-z]?[ \t]+)?{_WORDS})*?"
    rf",[ \t]*(?P<town>{_WORDS})[ \t]*$", re.MULTILINE)


def contact_addresses(state: State) -> list[Candidate]:
    """Place candidates for the building and the town of an address line in a
    contact block (within eight lines after a contact heading)."""
    out = []
    heading = re.compile(r"^[ \t]*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|office)|contacts?)[ \t]*:?[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
    for h in heading.finditer(state.text):
        block_end = h.end()
        for _ in range(8):
            nxt = state.text.find("\n", block_end + 1)
            block_end = len(state.text) if nxt < 0 else nxt
        for m in _ADDRESS_RE.finditer(state.text, h.end(), block_end):
            town = m.group("town")
            street_suffixes = lexicon.words("street_suffixes")
            if town.split()[-1] in street_suffixes or town.split()[-1].lower() in street_suffixes:
                continue  # the line ends in a street: no town given
            out.append(Candidate(m.start("building"), m.end("building"), m.group("building"), "Place", "rule"))
            entry = state.gaz.lookup(town)
            out.append(Candidate(m.start("town"), m.end("town"), town, entry.type if entry else "Place",
                                 "gaz" if entry else "rule", entry))
    return out
