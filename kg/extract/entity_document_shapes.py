"""Entity parts of round-31 document shapes: printed letters and encyclopedic
articles (round-31 S3, S5).

* A letter's address line "To Mr Kwame Asante, Minister of Food and
  Agriculture, Accra": the person is "Kwame Asante"; "To" and the courtesy
  title are no part of the name.
* A signature line "Ama Boateng, Chair, Union of Small Farmers, Tamale": the
  organisation is "Union of Small Farmers"; the signer's office before the
  comma ("Chair, Union of ...") is no part of its name.
* An encyclopedia page: "From Nordpedia, the free encyclopedia" names the
  publisher, no place or person of the story (wherever its name recurs), and a
  section heading alone on its line ("Background", "Negotiations",
  "Reactions", "References") is no name.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_TO_RE = re.compile(r"To:?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Hon|H\.\s?E|Rt\.?\s+Hon|Sir|Dame|Madam|Mme|Sr|Sra)\.?\s+)*")
_ROLE_LEAD_RE = re.compile(r"(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?),\s+(?=[A-Z])")
_ENCYCLOPEDIA_RE = re.compile(r"(?m)^From\s+(?P<name>[^\n,]{2,40}),\s+the\s+(?:free\s+)?(?:online\s+)?encyclop(?:a)?edia")
_HEADINGS = frozenset("Background History Overview Negotiations Reactions Reaction References Notes Sources "
                      "Aftermath Provisions Reception Contents Summary Timeline Context Outcome Implementation "
                      "Criticism Controversy Legacy Bibliography".split())


def _is_line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def letter_and_page_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with letter lines' names cut and an encyclopedia's own name and headings dropped."""
    text = state.text
    roles = lexicon.words("title_core") | lexicon.words("role_nouns")
    publishers = {m.group("name").strip() for m in _ENCYCLOPEDIA_RE.finditer(text)}
    kept = []
    for cand in found:
        if cand.source != "gaz" and cand.text in publishers:
            continue  # "Nordpedia" of "From Nordpedia, the free encyclopedia"
        if cand.source != "gaz" and cand.text in _HEADINGS and _is_line_start(text, cand.start) \
                and text[cand.end:cand.end + 1] in {"\n", ""}:
            continue  # a section heading alone on its line
        if cand.source != "gaz" and cand.type == "Person" and _is_line_start(text, cand.start):
            m = _TO_RE.match(text, cand.start, cand.end)
            if m is not None and m.end() < cand.end and m.end() > cand.start:
                cand.start = m.end()  # "To Mr Kwame Asante, Minister of ..."
                cand.text = text[cand.start:cand.end]
                cand.gaz = state.gaz.lookup(cand.text)
        if cand.source != "gaz" and cand.type in {"Organization", "GovernmentAgency", "MediaOrganization"}:
            m = _ROLE_LEAD_RE.match(text, cand.start, cand.end)
            if m is not None and all(w.lower() in roles for w in m.group("role").split()):
                cand.start = m.end()  # "Chair, Union of Small Farmers"
                cand.text = text[cand.start:cand.end]
                cand.gaz = state.gaz.lookup(cand.text)
        kept.append(cand)
    return kept
