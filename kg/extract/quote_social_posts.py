"""Social-media posts embedded in a news page: the post's words stand without
quotation marks in the paragraph just above a signature line

    Great day for Bari! The ferry is back from July. #Bari
    — Ana Ruz (@AnaRuzOfficial), June 4, 2026

(a dash, the author's name, the handle in brackets, the date; the dash may be
missing: 'Mohamed Adel (@MAdel_Gov) 4 November 2026'). The paragraph is the
author's direct statement; the signature names who wrote it.
"""

from __future__ import annotations

import re

from kg.extract import dates
from kg.extract.quote_attribution import ORG_SPEAKER_TYPES
from kg.extract.state import State
from kg.model import Statement

# '— Ana Ruz (@AnaRuzOfficial), June 4, 2026' / '-- Ana Ruz (@ana_ruz) June 4, 2026' /
# 'Ana Ruz (@AnaRuz) 4 June 2026' (no dash: then a name of capitalised words and a dated tail)
_SIGNATURE_RE = re.compile(
    r"^[ \t]*(?P<dash>[—–]|--?)?[ \t]*(?P<name>[^\n()@—–]{2,80}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]*,?[ \t]*"
    r"(?P<date>[^\n]{0,40}?)[ \t]*$",
    re.M,
)
_NAME_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|al|el|bin|de|da|van|von)){0,5}")
_MONTH = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
_DATED_RE = re.compile(rf"(?i)^(?:\d{{1,2}}[ \t]+(?:{_MONTH})\.?,?[ \t]+\d{{4}}|"
                       rf"(?:{_MONTH})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})$")


def _signature(text: str, pos: int) -> re.Match[str] | None:
    """The signature line at ``pos``; a line without the dash only when it is a
    bare name, the handle and a date ('Mohamed Adel (@MAdel_Gov) 4 November 2026')."""
    m = _SIGNATURE_RE.match(text, pos)
    if m is None or m.group("dash"):
        return m
    if _NAME_RE.fullmatch(m.group("name").strip()) is None or not _DATED_RE.match(m.group("date").strip()):
        return None
    return m
# Link residue an embedded post carries: 'pic.twitter.com/Ab12', 'https://t.co/Ab12'.
_LINK_RE = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)")
# A run of hashtags closing the post ('... licences. #Bari #Adriatic'): tags, not words said.
_TAIL_TAGS_RE = re.compile(r"(?:\s+#\w+)+\s*$")


def post_spans(state: State) -> list[tuple[int, int, int, int]]:
    """(post start, post end, signature start, signature end) of each embedded post."""
    out = []
    for found in _SIGNATURE_RE.finditer(state.text):
        m = _signature(state.text, found.start())
        if m is None or m.start() < state.body_start:
            continue
        before = state.text[:m.start()].rstrip()
        if not before:
            continue
        # the line right above the signature (a post is one paragraph; an HTML page
        # gives its paragraphs one line each, a text file may add a blank line)
        block = before.rfind("\n")
        start = block + 1 if block >= 0 else 0
        start = max(start, state.body_start)
        while start < len(before) and state.text[start].isspace():
            start += 1
        end = len(before)
        if end <= start or _signature(state.text, start) is not None:
            continue
        if not 3 <= len(state.text[start:end].split()) <= 120:
            continue
        out.append((start, end, m.start(), m.end()))
    return out


def post_statements(state: State, posts: list[tuple[int, int, int, int]]) -> None:
    """Add each embedded post as its author's direct statement."""
    for start, end, sig_start, sig_end in posts:
        sig = _signature(state.text, sig_start)
        if sig is None:
            continue
        name_start, name_end = sig.span("name")
        authors = [m for m in state.mentions_in(name_start, name_end, {"Person", *ORG_SPEAKER_TYPES})
                   if not state.entities[m.key].unnamed]
        speaker = authors[0].key if authors else _named(state, sig.group("name"))
        if speaker is None:
            continue
        words = _TAIL_TAGS_RE.sub("", _LINK_RE.sub("", state.text[start:end]))
        words = " ".join(words.split())
        if len(words.split()) < 3 or any(st.quote_span.start < end and start < st.quote_span.end
                                         for st in state.statements):
            continue
        statement = Statement(speaker=speaker, quote=words, kind="direct",
                              quote_span=state.span(start, end), evidence=state.span(start, end),
                              medium="post")
        statement.stated_on = _date_of(state, sig.group("date"))
        statement.about = list(dict.fromkeys(
            m.key for m in state.mentions_in(start, end)
            if m.key != statement.speaker and not state.entities[m.key].unnamed
            and state.entities[m.key].type not in {"Position"}))
        state.statements.append(statement)


def _named(state: State, name: str) -> str | None:
    """The named person or body whose label or alias is the signature's name."""
    name = " ".join(name.split()).lower()
    for key, entity in state.entities.items():
        if entity.unnamed or entity.type not in {"Person", *ORG_SPEAKER_TYPES}:
            continue
        if entity.label.lower() == name or name in {a.lower() for a in entity.aliases}:
            return key
    return None


def _date_of(state: State, text: str) -> str | None:
    """The post's date from the signature ('June 4, 2026'), when it reads as one."""
    text = text.strip()
    if not text:
        return None
    try:
        return dates.resolve(text, state.document.date)
    except (ValueError, TypeError):
        return None
