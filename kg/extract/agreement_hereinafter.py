"""Short names and acronyms a text gives an agreement it has just named.

* "the Agreement on the Management of Western Waters (hereinafter: the WMCA)" /
  "(hereinafter referred to as the Agreement)" / "(hereafter the WMCA)": the bracketed
  short name is an alias (never an Organization "WMCA").
* "the Memorandum on Border Crossing Facilities, known on both sides of the river as
  the Lumi MOU,": the name given is an alias of the title before, whatever the name
  finder took it for (never a second agreement with its own parties).
* "Negotiators refer to it simply as the TFA" / "call it the TFA": an acronym given
  to "it" names the agreement named last before (in the sentence or the one before).
* "the Cross-Border Land Transport Agreement, the CLTA, ...": an acronym set off by
  commas right after a title, built from the title's initials, is its alias.

Runs after the kind step (a short name like "Lumi MOU" may be an Agreement by then).
"""

from __future__ import annotations

import re

from kg.extract.agreement_aliases import _absorb_name, _name_ok
from kg.extract.state import State

_ACRONYM = r"[A-Z][A-Za-z0-9&-]{1,9}"
_HEREINAFTER_RE = re.compile(r"\s*\(\s*(?:hereinafter|hereafter|henceforth)(?:\s*[:,]\s*|\s+(?:referred\s+to\s+as|called|"
                             r"known\s+as|cited\s+as)\s+|\s+)(?:the\s+)?[\"“]?([^()\"“”\n]{2,60}?)[\"”]?\s*\)")
_KNOWN_AS_RE = re.compile(r"\s*,?\s*(?:(?:also|widely|commonly|informally|locally|popularly|usually|often|simply|now)\s+)?"
                          r"(?:known|referred\s+to|called|dubbed)\s+(?:[^,.;()\"“\n]{1,50}?\s+)?as\s+(?:the\s+)?[\"“]?"
                          r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z0-9][\w'’.-]*){0,5})")
_CALL_IT_RE = re.compile(rf"\b(?:call|calls|called|calling|dub|dubs|name|names)\s+it\s+(?:simply\s+|just\s+|only\s+)?(?:the\s+)?"
                         rf"(?P<n1>{_ACRONYM})\b"
                         rf"|\b(?:refer|refers|referred|referring)\s+to\s+it\s+(?:simply\s+|just\s+|only\s+)?as\s+(?:the\s+)?"
                         rf"(?P<n2>{_ACRONYM})\b"
                         rf"|\b(?:know|knows)\s+it\s+(?:simply\s+)?as\s+(?:the\s+)?(?P<n3>{_ACRONYM})\b")
_COMMA_ACRONYM_RE = re.compile(rf",\s+the\s+({_ACRONYM}),")


def apply(state: State) -> None:
    _hereinafter(state)
    _known_as_any(state)
    _comma_acronyms(state)
    _call_it_acronym(state)


def _titled_mentions(state: State):
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities:
            continue
        entity = state.entities[m.key]
        if entity.type == "Agreement" and not entity.unnamed and entity.label[:1].isupper():
            yield m


def _hereinafter(state: State) -> None:
    for m in _titled_mentions(state):
        if m.key not in state.entities:
            continue
        hit = _HEREINAFTER_RE.match(state.text, m.end)
        if hit is None:
            continue
        name = " ".join(hit.group(1).split())
        if not _name_ok(name):
            continue
        _absorb_name(state, m.key, hit.start(1), hit.start(1) + len(hit.group(1)), name)


def _known_as_any(state: State) -> None:
    for m in _titled_mentions(state):
        if m.key not in state.entities:
            continue
        hit = _KNOWN_AS_RE.match(state.text, m.end)
        if hit is None:
            continue
        name = re.split(r"\.\s", hit.group(1))[0].rstrip(".")
        if not _name_ok(name):
            continue
        _absorb_name(state, m.key, hit.start(1), hit.start(1) + len(name), name)


def _initials(label: str) -> str:
    words = re.split(r"[\s-]+", label)
    return "".join(w[0] for w in words if w[:1].isupper())


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _comma_acronyms(state: State) -> None:
    for m in _titled_mentions(state):
        if m.key not in state.entities:
            continue
        hit = _COMMA_ACRONYM_RE.match(state.text, m.end)
        if hit is None:
            continue
        name = hit.group(1)
        initials = _initials(state.entities[m.key].label)
        letters = "".join(c for c in name if c.isupper())
        if len(letters) < 2 or letters[0] != initials[:1] or not _subsequence(letters, initials):
            continue  # ", the EU,": a list of actors, not the title's short name
        _absorb_name(state, m.key, hit.start(1), hit.end(1), name)


def _call_it_acronym(state: State) -> None:
    for hit in _CALL_IT_RE.finditer(state.text, state.body_start):
        group = next(g for g in ("n1", "n2", "n3") if hit.group(g) is not None)
        name = hit.group(group)
        if sum(c.isupper() for c in name) < 2:
            continue
        start = state.previous_sentence_start(hit.start())
        before = [x for x in state.mentions if start <= x.start and x.end <= hit.start() and x.key in state.entities
                  and state.entity_type(x.key) == "Agreement" and not state.entities[x.key].unnamed]
        if not before:
            continue
        _absorb_name(state, before[-1].key, hit.start(group), hit.end(group), name)
