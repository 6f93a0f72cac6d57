"""An open letter printed in full: 'The Union of Small Farmers sent the letter
below to the agriculture minister on Monday. We print it in full.' then 'To Mr
Kwame Asante, Minister of ...', 'Dear Minister,', the letter's paragraphs and a
signature line ('Ama Boateng, Chair, Union of Small Farmers, Tamale, 3 May
2026' or 'Yours sincerely,').

Each paragraph between the salutation and the signature is one direct
statement of the body the lead says sent the letter (the signer when the lead
names no body), said to the person of the 'To ...' line, in a letter.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# the lead: 'sent the letter below', 'the following letter', 'We print it in full', 'The letter reads:'
_LEAD_RE = re.compile(r"\b(?:(?:letter|open\s+letter|petition)\s+(?:below|that\s+follows)|following\s+(?:open\s+)?letter"
                      r"|print(?:ed)?\s+(?:it|the\s+letter)\s+in\s+full|letter\s+(?:reads|is\s+printed\s+below))\b",
                      re.I)
_SALUTATION_RE = re.compile(r"[ \t]*(?:Dear\s+[^\n,:]{1,60}|(?:Dear\s+)?(?:Sir|Madam|Sirs)(?:\s+or\s+Madam)?"
                            r"|Madam\s+\w+|Mr\.?\s+\w+|Your\s+(?:Excellency|Honou?r))[ \t]*[,:]?[ \t]*$")
_CLOSING_RE = re.compile(r"[ \t]*(?:Yours(?:\s+\w+)?|Sincerely(?:\s+yours)?|(?:With\s+)?(?:kind\s+|best\s+)?regards"
                         r"|Respectfully(?:\s+yours)?|Signed)\b[^\n]{0,40}$", re.I)
_TO_RE = re.compile(r"[ \t]*To:?\s+\S")
_SENDER_VERBS = frozenset("send write address deliver submit publish issue".split())
_BODY_TYPES = frozenset({"Organization", "GovernmentAgency"})


def letter_paragraphs(state: State) -> list[tuple[int, int, str, str | None]]:
    """(start, end, speaker, addressee) of each paragraph of a letter printed in full."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", state.text)
                  if m.start() >= state.body_start]
    out = []
    for i, (a, b) in enumerate(paragraphs):
        if not _LEAD_RE.search(state.text[a:b]):
            continue
        rest = paragraphs[i + 1:i + 4]
        salutation = next((j for j, (c, d) in enumerate(rest) if _SALUTATION_RE.fullmatch(state.text[c:d])), None)
        if salutation is None:
            continue
        addressee = None
        for c, d in rest[:salutation]:
            if _TO_RE.match(state.text, c, d):
                people = [m for m in state.mentions_in(c, d, {"Person"}) if not state.entities[m.key].unnamed]
                addressee = people[0].key if people else None
        body, signer = [], None
        for c, d in paragraphs[i + 1 + salutation + 1:]:
            text = state.text[c:d]
            if _CLOSING_RE.match(text):
                break
            first = [m for m in state.mentions_in(c, d, {"Person"}) if m.start == c]
            if first and len(text) < 200 and "," in text and not text.rstrip().endswith((".", "!", "?")):
                signer = first[0].key  # 'Ama Boateng, Chair, Union of Small Farmers, Tamale, 3 May 2026'
                break
            body.append((c, d))
        sender = _sender(state, a, b) or signer
        if sender is None:
            continue
        for c, d in body:
            if len(state.text[c:d].split()) >= 3:
                out.append((c, d, sender, addressee))
    return out


def _sender(state: State, a: int, b: int) -> str | None:
    """The body that is the subject of 'sent/wrote' in the lead paragraph."""
    for m in state.mentions_in(a, b, set(_BODY_TYPES)):
        if state.entities[m.key].unnamed:
            continue
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SENDER_VERBS:
            return m.key
    return None
