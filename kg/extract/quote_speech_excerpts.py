"""A speech printed in excerpts inside a news story: 'Mongolia's Foreign
Minister, Battsetseg Luvsan, used a speech at the commission to press China ...
Below are excerpts from the speech, as delivered.' then the speech's paragraphs
('Friends, colleagues. Thirty years ago ... [Applause]'), then ordinary
reporting again ('Luvsan, who chaired the session, told reporters ...').

The paragraphs after the excerpt line, up to the first one that is reporting
again (a paragraph with a quotation mark, one that starts with a name, or one
where a named person 'said'/'told'), are one direct statement by the speaker
the lead names: the person who used, gave or delivered the speech (else the
first person named in the lead). Stage directions in brackets ('[Applause]',
'[Laughter]') are no part of the words.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# 'Below are excerpts from the speech, as delivered.', 'The following is the text of her
# remarks as prepared for delivery:', 'Excerpts from the address follow.'
_EXCERPT_RE = re.compile(
    r"(?:\b(?:below|following|here)\b[^.\n:]{0,30}\b(?:excerpts?|extracts?|(?:full\s+)?text|transcript|highlights)"
    r"|\b(?:excerpts?|extracts?|(?:the\s+full\s+)?text)\b)\s+(?:from|of)\s+(?:the|his|her|their|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:speech|remarks|address|lecture|statement\s+to\s+the\s+\w+)\b"
    r"(?P<tail>[^.\n:]{0,60})[.:]?\s*$", re.I)
_FOLLOW_RE = re.compile(r"\b(?:below|following|follow|here|as\s+(?:delivered|prepared))\b", re.I)
# '[Applause]', '[Laughter]', '(Applause)', '[inaudible]': a note of the room, not words
_DIRECTION_RE = re.compile(r"\s*[\[(](?:[A-Za-z]+(?:\s+[a-z]+){0,3})[\])]")
_SPEECH_VERBS = frozenset("use deliver give address make open tell say speak".split())
_REPORT_VERB_RE = re.compile(r"\b(?:said|says|told|added|asked|replied|wrote)\b")


def speech_excerpts(state: State) -> list[tuple[int, int, str, str]]:
    """(start, end, speaker, words) of each speech excerpt the module docstring describes."""
    out = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", state.text)
                  if m.start() >= state.body_start]
    for i, (a, b) in enumerate(paragraphs):
        last = _last_sentence(state.text[a:b])
        m = _EXCERPT_RE.search(last)
        if m is None or not _FOLLOW_RE.search(last):
            continue
        speaker = _speaker(state, paragraphs, i)
        if speaker is None:
            continue
        body = []
        for c, d in paragraphs[i + 1:]:
            if _reporting(state, c, d):
                break
            body.append((c, d))
        if not body:
            continue
        start, end = body[0][0], body[-1][1]
        while True:  # a closing stage direction is no part of the words' span
            tail = re.search(r"\s*[\[(][A-Za-z]+(?:\s+[a-z]+){0,3}[\])]\s*$", state.text[start:end])
            if tail is None:
                break
            end = start + tail.start()
        words = " ".join(_DIRECTION_RE.sub("", state.text[start:end]).split())
        if len(words.split()) >= 3:
            out.append((start, end, speaker, words))
    return out


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    return parts[-1] if parts else text


def _speaker(state: State, paragraphs: list[tuple[int, int]], i: int) -> str | None:
    """The person of the lead: the subject of 'used/gave/delivered a speech', 'said in
    a speech', 'addressed ...' in the excerpt line's paragraph or the two before it,
    else the first person named there."""
    for a, b in reversed(paragraphs[max(0, i - 2):i + 1]):
        people = [m for m in state.mentions_in(a, b, {"Person"}) if not state.entities[m.key].unnamed]
        for m in people:
            token = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if token is None or not len(token):
                continue
            root = token.root
            while root.dep_ in {"appos", "compound", "conj"} and root.head.i != root.i:
                root = root.head
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS:
                return m.key
        if people:
            return people[0].key
    return None


def _reporting(state: State, c: int, d: int) -> bool:
    """A paragraph of ordinary reporting: a quotation mark, a name first, or 'said'/'told'
    after a name."""
    text = state.text[c:d]
    if any(q in text for q in "\"“”"):
        return True
    people = [m for m in state.mentions_in(c, d, {"Person", "Organization", "GovernmentAgency"})
              if not state.entities[m.key].unnamed]
    if people and min(m.start for m in people) == c:
        return True
    return any(_REPORT_VERB_RE.search(state.text[m.end:min(d, m.end + 80)]) for m in people
               if state.entities[m.key].type == "Person")
