"""Newspaper names by their masthead word, with "&" inside (round-31 A11).

"Sea & Shore Weekly said the quota was too low", "The view of the Morning
Courier is ...", "according to the Lakeside Herald": two to four capitalised
words (an "&" may join two of them) ending in a paper's masthead word
(Weekly, Courier, Gazette, Herald, Tribune, Chronicle, ...) name a
MediaOrganization. The model broke "Sea & Shore Weekly" into a place "Sea" and
a person "Shore Weekly", or missed "the Morning Courier" altogether. Without
an "&" the name needs "the" before it or a found candidate on it, so a
capitalised phrase of a headline gives nothing.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

# ("Post", "Express", "Monitor", "Standard" left out: "the Namanga Border Post", "the Trans-Asia Express")
_MASTHEADS = r"Weekly|Daily|Courier|Gazette|Herald|Tribune|Chronicle|Times|Observer|Journal|Mirror|Examiner|Sentinel|Telegraph"
_WORD = rf"{CAP_CLASS}[\w'’-]*"
_NAME_RE = re.compile(rf"(?<![\w'’&.-])(?P<name>{_WORD}(?:\s+(?:&\s+)?{_WORD}){{0,2}}\s+(?:&\s+)?(?:{_MASTHEADS}))(?![\w'’-])")
_LEADS_NOT = frozenset("The A An This That In On At By For To From With And But Or As Minister President Mr Mrs Ms "
                       "Dr According".split())
_THE_RE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")


_CREDIT_RE = re.compile(r"©|\(c\)|\bPhotos?\b|\bPhotograph|rights reserved|\bedition\b|\s[|/]\s", re.I)


def _publisher_line(text: str, start: int, end: int) -> bool:
    """The page's own masthead, credit or footer line ("Photo: A / The Chaco Herald", "© 2026
    The Chaco Herald", "The Chaco Herald, Filadelfia"): golds leave the publisher out there."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _CREDIT_RE.search(line):
        return True
    head = text[line_start:start].strip()
    return head in ("", "The", "the") and len(line.split()) <= 8


def paper_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with masthead-named papers as MediaOrganization candidates, their fragments dropped."""
    text = state.text
    body = getattr(state, "body_start", 0) or 0
    new = []
    for m in _NAME_RE.finditer(text, body):
        words = m.group("name").split()
        while words and words[0] in _LEADS_NOT:
            words = words[1:]
        if len([w for w in words if w != "&"]) < 2 or "\n" in m.group("name"):
            continue
        start = m.end("name") - len(" ".join(words))
        end = m.end("name")
        if text[start:end] != " ".join(words):
            continue
        inside = [c for c in found if start <= c.start and c.end <= end]
        crossing = [c for c in found if c.start < end and start < c.end and c not in inside]
        if crossing or any(c.source == "gaz" for c in inside) or any(c.type == "MediaOrganization" for c in inside):
            continue
        if "&" not in words and not _THE_RE.search(text[max(0, start - 4):start]) and not inside:
            continue
        if _publisher_line(text, start, end):
            continue
        new.append(Candidate(start, end, text[start:end], "MediaOrganization", "rule"))
    if not new:
        return found
    kept = [c for c in found if not any(n.start <= c.start and c.end <= n.end for n in new)]
    return kept + new


# "Speaking to The Juba Ledger after the ceremony", "told The Harare Sentinel": a capital "The" inside a
# sentence, or an outlet's verb, before capitalised words and a paper's head word names the paper, "The"
# and a town's name inside it included (round-37 A8)
_PAPER_HEADS = (r"Ledger|Herald|Sentinel|Times|Post|Tribune|Gazette|Chronicle|Observer|Star|Mirror|Courier|Daily|"
                r"Journal|Mail|Express|Standard|Nation|Monitor|Weekly|Telegraph|Examiner|Record|Guardian|Independent|"
                r"Reporter|Dispatch|Bulletin|Review|Argus|Clarion|Leader|Citizen|Voice|News")
_OUTLET_LEAD = (r"(?:[Ss]peaking\s+to|[Ss]poke\s+to|told|telling|[Ii]n\s+an\s+interview\s+with|interviewed\s+by|quoted\s+by|"
                r"[Aa]ccording\s+to|wrote\s+in|writing\s+in|reported\s+by|published\s+(?:in|by)|cited\s+by)\s+")
_COMMON_HEADS = frozenset("News Voice Leader Citizen Review Record Star Nation Post Standard Express Independent Mail "
                          "Guardian Reporter Dispatch Bulletin Monitor Daily Times".split())
_LEAD_PAPER_RE = re.compile(rf"(?P<lead>{_OUTLET_LEAD})?(?P<the>the\s+)?(?P<name>(?:The\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}?\s+(?:{_PAPER_HEADS}))"
                            rf"(?![\w'’-])(?!\s+{CAP_CLASS})")


def the_papers(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with "The X Ledger" papers as MediaOrganization candidates (their inner names dropped)."""
    text = state.text
    new = []
    for m in _LEAD_PAPER_RE.finditer(text, state.body_start):
        start, end = m.span("name")
        if "\n" in m.group("name"):
            continue
        if not m.group("name").startswith("The") and not (m.group("lead") and m.group("the")):
            continue  # "told the Juba Ledger": the lower-case article only after an outlet's verb
        before = text[max(0, start - 2):start]
        if not m.group("lead") and not re.fullmatch(r"[a-z,;:] ", before):
            continue  # "The" opening a sentence is the article of any noun phrase
        if not m.group("lead") and m.group("name").split()[-1] in _COMMON_HEADS:
            continue  # a paper word that is a common noun too needs an outlet's verb before it
        if _publisher_line(text, start, end):
            continue
        new.append(Candidate(start, end, text[start:end], "MediaOrganization", "rule", state.gaz.lookup(text[start:end])))
    return overlaid(found, new)
