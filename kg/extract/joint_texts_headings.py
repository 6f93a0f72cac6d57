"""A joint communiqué reproduced under a heading (round-26 class C7).

    The joint communique

    The two parties agreed to reduce by 20 per cent the handling charges ...

    The two parties also agreed to set up a joint committee ...

    Reaction

A heading line of its own that names a joint text ('The joint communique',
'Joint statement', 'Text of the joint declaration') announces its text: each
paragraph after it, up to the next heading (a short line without a closing
stop) or a paragraph with quotation marks, is a direct statement of the
text's authors (the unnamed 'joint communique of the two governments' node),
medium the text ('joint communique').

    Joint Statement
    1. The third session of the Joint Commission was held in Lome ... The Ghanaian
       delegation was led by Mr. Kofi Mensah, Secretary, Ministry of Trade.
    2. The two sides reviewed ... and agreed that the market shall open by 31 March.

Numbered paragraphs are the text's reported words without their number; a
paragraph that records no decision ('agreed', 'will', 'shall') and only says
where the session met and who led the delegations is no statement.
"""

from __future__ import annotations

import re

from kg.extract.joint_texts import JOINT_TEXTS, JOINT_WORDS, joint_author
from kg.extract.state import State

# 'The joint communique', 'Joint statement:', 'Full text of the joint declaration'
_HEADING_RE = re.compile(
    r"[ \t]*(?:(?:the[ \t]+)?(?:full[ \t]+)?text[ \t]+of[ \t]+)?(?:the[ \t]+)?(?P<joint>joint|common|final)[ \t]+"
    r"(?P<noun>communiqu[eé]|statement|declaration)[ \t]*:?[ \t]*$", re.I)


# '1. ', '2) ', '(3) ': the number a paragraph of the text opens with
_NUMBER_RE = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|[ivx]{1,4}[.)])[ \t]+(?=\S)")
# a decision the paragraph records
_DECISION_RE = re.compile(r"\b(?:agree[ds]?|will|shall|decided?|resolved?|undert(?:ook|ake)|commit(?:ted|s)?|"
                          r"pledged?|directed|instructed|signed|approved?|adopted|called\s+(?:on|for)|urged?)\b", re.I)
# the formalities of a session: where it met, who led or headed the delegations
_FORMALITY_RE = re.compile(r"\bdelegations?\b|\bwas\s+held\b|\bco-?chaired\b|\bcomprised\b", re.I)


def _formality(text: str) -> bool:
    """A paragraph that records no decision, only the session's formalities."""
    return _FORMALITY_RE.search(text) is not None and _DECISION_RE.search(text) is None


def _is_heading(text: str) -> bool:
    """A short line without a closing stop: a section heading."""
    line = text.strip()
    return 0 < len(line.split()) <= 6 and line[-1:] not in ".!?\"”:;,"


def heading_paragraphs(state: State) -> list[tuple[int, int, str, str, str]]:
    """(start, end, speaker, medium, kind) of each paragraph of a joint text under its heading."""
    out: list[tuple[int, int, str, str, str]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
             if m.start() >= state.body_start and m.group(0).strip()]
    for i, (a, b) in enumerate(lines):
        m = _HEADING_RE.match(state.text, a, b)
        if m is None or m.end() < b:
            continue
        span = state.doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
        if span is None or not len(span) or span[0].lower_ not in JOINT_TEXTS:
            continue
        found = []
        for c, d in lines[i + 1:]:
            text = state.text[c:d]
            if _is_heading(text) or any(q in text for q in "\"“”"):
                break
            found.append((c, d))
        if not found:
            continue
        speaker = joint_author(state, span[0])
        joint = m.group("joint").lower() if m.group("joint").lower() in JOINT_WORDS else "joint"
        noun = m.group("noun").lower().replace("é", "e")
        for c, d in found:
            while d > c and state.text[d - 1] in " \t.":
                d -= 1
            number = _NUMBER_RE.match(state.text, c, d)
            if number is not None:
                c = number.end()  # the paragraph's number is no part of the words
            if _formality(state.text[c:d]):
                continue
            out.append((c, d, speaker, f"{joint} {noun}", "reported" if number is not None else "direct"))
    return out
