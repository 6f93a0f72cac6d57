"""Agreement titles with a plural head: "Joint Operating Procedures for the
Ama-Lumi One-Stop Border Post", "Rules of Procedure", "Terms of Reference",
"Guidelines on Cargo Inspection", "Practical Guidelines for Implementing the 1981 MoU" (a
gerund's object belongs to the title).

The name patterns only know singular document words (Agreement, Protocol, ...),
so the NER took such a title for a body ("Joint Operating Procedures" as an
Organization) or missed it. This step makes the title an Agreement: the core
title is the label, a "for the <Name>" tail gives the longer alias (the named
place in the tail keeps its own entity), and bodies found inside the core
title are dropped.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_titles import drop_mention, retype_as_agreement
from kg.extract.state import State
from kg.iris import slugify

_WORD = r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)*"
# "Joint Operating Procedures", "Standard Operating Procedures", "Rules of Procedure",
# "Terms of Reference", "Guidelines on Cargo Inspection", "Joint Border Guidelines"
_CORE_RE = re.compile(
    rf"(?<![\w'’-])(?:"
    rf"(?:{_WORD}\s+)+(?:Procedures|Guidelines)"  # capitalised modifiers before the plural head
    rf"|(?:(?:{_WORD}\s+)*)(?:Rules\s+of\s+Procedure|Terms\s+of\s+Reference)"
    rf"|Guidelines"  # only with a capitalised topic after it (checked below)
    rf")(?:\s+(?:on|for|of)\s+(?!the\b)(?:{_WORD})(?:\s+(?:{_WORD}|and(?=\s+[A-Z])))*)?(?![\w'’-])")
# the work or place the procedures are for: "for the Ama-Lumi One-Stop Border Post"
_FOR_RE = re.compile(rf"\s+(?:for|of)\s+the\s+{_WORD}(?:\s+{_WORD})*(?![\w'’-])")
# "for Implementing the 1981 MoU", "for Applying the Kessa Treaty": the object of a title's gerund
_GERUND_OBJECT_RE = re.compile(rf"\s+the\s+(?:(?:1[89]|20)\d\d\s+)?{_WORD}(?:\s+{_WORD})*(?![\w'’-])")
# words that end a title's head run before it: a sentence start, an article, a verb
_LEAD_STOP = frozenset("The A An This That These Those Its Their His Her Our New Under".split())


# "the 2011 Exchange of Notes", "an Exchange of Letters on Fishing Rights": a diplomatic exchange
# of notes or letters is a treaty instrument (a year before it stays in the mention, for its date)
_EXCHANGE_RE = re.compile(rf"(?<![\w'’-])(?:(?:1[89]|20)\d\d\s+)?(?P<core>Exchange\s+of\s+(?:Diplomatic\s+)?(?:Notes|Letters)"
                          rf"(?:\s+(?:on|concerning|regarding|relating\s+to)\s+(?:the\s+)?{_WORD}(?:\s+(?:{_WORD}|and(?=\s+[A-Z])|of(?=\s+[A-Z])))*)?)"
                          rf"(?![\w'’-])")


def _exchanges(state: State) -> None:
    for m in list(_EXCHANGE_RE.finditer(state.text, state.body_start)):
        if "\n" in m.group(0) or state.is_skipped(m.start(), m.end()):
            continue
        _make_agreement(state, m.start(), m.end(), " ".join(m.group("core").split()), None)


def apply(state: State) -> None:
    """Type each plural-head title in the body as an Agreement."""
    _exchanges(state)
    heads = lexicon.words("org_heads")
    for m in list(_CORE_RE.finditer(state.text, state.body_start)):
        start, end = m.start(), m.end()
        words = state.text[start:end].split()
        # "The Joint Operating Procedures": an article or determiner opens the phrase, not the title
        while words and words[0] in _LEAD_STOP:
            start = state.text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        core = " ".join(words)
        if not core or "\n" in state.text[start:end] or any(w in heads for w in words):
            continue  # "Commission on Procedures": a body named after its work
        if core == "Guidelines" or re.fullmatch(r"Guidelines\s+(?:on|for|of)", core):
            continue  # a bare plural word is no title
        if re.fullmatch(r"[A-Z][\w'’-]*\s+(?:Procedures|Guidelines)", core) and words[0].lower() in _COMMON_FIRST:
            continue  # "New Procedures", "Customs Procedures" alone: a topic, not a title
        obj = _GERUND_OBJECT_RE.match(state.text, end) if words[-1].endswith("ing") else None
        if obj is not None and "\n" not in obj.group(0):
            # "Practical Guidelines for Implementing the 1981 MoU": the gerund's object is part of the title
            end = obj.end()
            core = " ".join(state.text[start:end].split())
        tail = _FOR_RE.match(state.text, end)
        full = core + re.sub(r"\s+", " ", tail.group(0)) if tail and "\n" not in tail.group(0) else None
        _make_agreement(state, start, end, core, full)


# first words that make "<Word> Procedures" a plain topic rather than a title
_COMMON_FIRST = frozenset("new customs border these those such other some all many".split())


def _make_agreement(state: State, start: int, end: int, label: str, full: str | None) -> None:
    """An Agreement ``label`` mentioned at ``start:end`` (with alias ``full``); a body
    entity of the same name becomes it, bodies inside the span lose that mention."""
    key = slugify(label)
    for inner in state.mentions_in(start, end):
        entity = state.entities.get(inner.key)
        if inner.key == key or entity is None or entity.type == "Agreement":
            continue
        drop_mention(state, inner)
    entity = state.entities.get(key)
    retype_as_agreement(state, key)
    existing = next((e for e in state.entities.values() if e.type == "Agreement"
                     and label in e.aliases | {e.label}), None)
    if existing is not None and existing.key != key:
        key = existing.key  # already an agreement under another label
    elif entity is None:
        state.add_entity(label, "Agreement", key=key)
    state.add_mention(key, start, end, alias=True)
    if full and full != state.entities[key].label:
        state.entities[key].aliases.add(full)
