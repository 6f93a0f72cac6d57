"""Titles a text is given with "call": "a text both sides call the Filling and Operation
Rules" / "what officials call the Incident Prevention Protocol" / "a framework that negotiators
have started to call GME 2, a new transit agreement".
The capitalised name after "call" is the name of the text spoken of: one Agreement with the
whole name (the NER cut "Filling and Operation Rules" into two bodies, or took "GME 2" for a
person). A text noun ("text", "document", "framework", "draft" ...) must stand right before the
naming clause; after "what" the name must itself end in a text word ("... Protocol", "...
Rules"), so "what locals call the Kessa Gap" stays a place. An indefinite description set off
after the name (", a new transit agreement") describes it and is no second agreement.
"call it the X" (a name of a text named before) is the alias step's.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_titles import drop_mention, retype_as_agreement
from kg.extract.state import State
from kg.iris import slugify

_TEXT_NOUNS = (r"text|texts|document|documents|draft|framework|arrangement|instrument|paper|set\s+of\s+rules|"
               r"rulebook|deal|accord|pact|agreement|protocol|memorandum|treaty|plan|roadmap|road\s+map")
_WORD = r"[A-Z][\w'’.-]*"
_TITLE = rf"{_WORD}(?:\s+(?:(?:and|of|on|for|the|de|del|la)\s+)*(?:{_WORD}|\d+[A-Za-z]?)\b)*"
_CALL_RE = re.compile(
    rf"\b(?:(?P<noun>{_TEXT_NOUNS})\s+(?:that\s+|which\s+)?|(?P<what>what)\s+)"
    rf"(?P<who>(?:(?!it\b|them\b)[a-z][\w'’-]*\s+){{1,6}}?)"
    rf"(?:call|calls|called|calling|dub|dubs|dubbed|refer\s+to\s+as|refers\s+to\s+as|describe\s+as|describes\s+as)\s+"
    rf"(?:(?:simply|just|now|already|informally)\s+)?(?:the\s+)?(?P<title>{_TITLE})")
# words a text's name may end in after "what ... call"
_KIND_END = ("Rules", "Procedures", "Guidelines", "Principles", "Regulations", "Terms", "Minute", "Annex", "Plan",
             "Roadmap", "Consensus", "Formula", "Mechanism")
# ", a new transit agreement": an indefinite description of the text just named
_DESCRIBED_RE = re.compile(r"\s*,\s*(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(
    sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True)) + r"|memorandum\s+of\s+understanding)\b")


def apply(state: State) -> None:
    nouns = lexicon.words("agreement_nouns")
    for hit in list(_CALL_RE.finditer(state.text, state.body_start)):
        start, end = hit.span("title")
        title = _trim(hit.group("title"))
        end = start + len(title)
        if "\n" in hit.group(0) or state.is_skipped(start, end) or not title:
            continue
        if any(w in {"It", "Them", "This", "That"} for w in title.split()[:1]):
            continue
        words = title.split()
        if hit.group("what") and not (words[-1] in _KIND_END or words[-1] in nouns
                                      or any(n in title for n in nouns if " " in n)):
            continue  # "what locals call the Kessa Gap": a place's name, not a text's
        if len(words) == 1 and not re.search(r"\d|[A-Z]{2}", title) and words[0] not in nouns:
            continue  # a single plain word ("call Lumi") is too thin
        if state.mentions_in(start, end, {"Country"}) and len(words) == 1:
            continue
        if hit.group("noun") and _names_apposed_text(state, hit.start("noun")):
            continue  # "the X Agreement, a 2021 accord that both sides call the XA": an alias, the alias step's
        key = _make_agreement(state, start, end, title)
        for again in re.finditer(rf"(?<![\w'’-]){re.escape(title)}(?![\w'’-])", state.text[state.body_start:]):
            a, b = again.start() + state.body_start, again.end() + state.body_start
            if a != start and not state.is_skipped(a, b):
                _make_agreement(state, a, b, title)  # the name used again later: the same text
        described = _DESCRIBED_RE.match(state.text, end)
        if described is not None:
            for inner in state.mentions_in(end, described.end(), {"Agreement"}):
                if inner.key != key:
                    drop_mention(state, inner)


# ", a 2021 accord that ...": the text noun in an indefinite apposition
_APPOSED_RE = re.compile(r",\s*(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$")


def _names_apposed_text(state: State, noun_start: int) -> bool:
    """True when the text noun describes an agreement named right before it."""
    apposed = _APPOSED_RE.search(state.text, max(state.body_start, noun_start - 60), noun_start)
    if apposed is None:
        return False
    comma = apposed.start()
    return any(m.end == comma or state.text[m.end:comma].strip() == ""
               for m in state.mentions_in(max(0, comma - 150), comma, {"Agreement"}))


def _trim(title: str) -> str:
    """Drop joiners left at the end ("the X and" before a lower-case word)."""
    words = title.split()
    while words and words[-1] in {"and", "of", "on", "for", "the", "de", "del", "la"}:
        words.pop()
    return " ".join(words)


def _make_agreement(state: State, start: int, end: int, label: str) -> str:
    """The Agreement named ``label`` at ``start:end``; bodies, people or places the NER made
    of its words lose that mention (and go when none is left)."""
    for inner in list(state.mentions):
        if inner.start < end and start < inner.end and state.entity_type(inner.key) != "Agreement" \
                and start <= inner.start and inner.end <= end:
            drop_mention(state, inner)
    existing = next((e for e in state.entities.values() if e.type == "Agreement"
                     and label in e.aliases | {e.label}), None)
    key = existing.key if existing is not None else slugify(label)
    if key in state.entities:
        retype_as_agreement(state, key)
    else:
        state.add_entity(label, "Agreement", key=key)
    for inner in state.mentions_in(start, end, {"Agreement"}):
        if inner.key != key:
            drop_mention(state, inner)  # "Operation Rules" read alone inside the whole title
    state.add_mention(key, start, end, alias=True)
    return key
