"""Signature lines of a letters page (round-32 A6).

"Sir, - The fee is unfair ...\n\nPeter Lado Wani, Member, National Legislative
Assembly, Juba" / "Dr Ama Mensah, Department of Economics, University of
Ghana, Legon" / "Akosua Boateng, Kumasi": the line closing a letter names its
signer (a Person, the courtesy title cut), then comma-separated parts: an
office ("Member", "Press Counsellor": no entity here, the office rules read
it), a body ("National Legislative Assembly" a GovernmentAgency, "University
of Ghana" an Organization, "Embassy of the Republic of the Sudan" a
GovernmentAgency) and last a town (a Place). The model reads such a line as
one run of names or not at all.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate
from kg.extract.state import State

# A paragraph opening a letter: "Sir, - ", "Madam, — ", "Dear Editor, - "
_SALUTATION = re.compile(r"(?:Sir|Madam|Sirs|Dear\s+(?:Sir|Madam|Editor|Sirs))\s*,?\s*[-–—]+\s*")
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Revd|Hon|Sir|Dame|Fr|Eng|Capt|Col|Gen)\.?\s+)"
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|ibn|van|de|da)){1,4}"
_LINE = re.compile(rf"(?P<title>{_TITLE})?(?P<name>{_NAME})(?P<rest>(?:\s*,\s*[^,\n]+)+)")
# Heads of state bodies and of other organisations a signer may give after the name.
_STATE_HEADS = re.compile(r"\b(?:Assembly|Parliament|Senate|Council|Ministry|Embassy|High Commission|Consulate|"
                          r"Commission|Authority|Agency|Office|Legislature|Congress)\b")
_ORG_HEADS = re.compile(r"\b(?:University|Institute|College|School|Association|Union|Chamber|Foundation|Society|"
                        r"Centre|Center|Forum|Federation|Network|Trust|Company|Bank)\b")
_UNIT = re.compile(r"^(?:Department|Faculty|School|Division|Section|Unit)\s+of\b")


def letter_signers(state: State) -> list[Candidate]:
    """Candidates of the signature lines closing 'Sir, - ...' letters."""
    text = state.text
    if not _SALUTATION.search(text, state.body_start):
        return []
    out = []
    paragraphs = [m for m in re.finditer(r"[^\n]+", text) if m.start() >= state.body_start]
    in_letter = False
    for para in paragraphs:
        if _SALUTATION.match(text, para.start()):
            in_letter = True
            continue
        line = para.group(0).rstrip()
        m = _LINE.fullmatch(line)
        if not in_letter or m is None or len(line) > 200 or line.endswith((".", "!", "?", ":", '"', "”")):
            continue
        in_letter = False
        base = para.start()
        out.append(Candidate(base + m.start("name"), base + m.end("name"), m.group("name"), "Person", "rule"))
        cleaned = []
        for p in re.finditer(r"[^,]+", m.group("rest")):
            raw = p.group(0)
            start = base + m.start("rest") + p.start() + (len(raw) - len(raw.lstrip()))
            word = raw.strip()
            if word:
                cleaned.append((start, word))
        for k, (start, part) in enumerate(cleaned):
            if _UNIT.match(part):
                continue  # "Department of Economics": a unit of the university named next
            if _STATE_HEADS.search(part):
                out.append(Candidate(start, start + len(part), part, "GovernmentAgency", "rule"))
            elif _ORG_HEADS.search(part):
                out.append(Candidate(start, start + len(part), part, "Organization", "rule"))
            elif k == len(cleaned) - 1 and re.fullmatch(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?", part):
                entry = state.gaz.lookup(part)
                if entry is None or entry.type in {"Place", "Country"}:
                    out.append(Candidate(start, start + len(part), part, entry.type if entry else "Place",
                                         "gaz" if entry else "rule", gaz=entry))
    return out
