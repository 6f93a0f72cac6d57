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
