"""Lower-case supplements and dated memoranda, read during resolution of generic agreements.

* "our ministries will draft an additional protocol to the 2012 treaty on how the cost is
  shared": "additional protocol to the 2012 treaty" is an Agreement of its own (the text added
  to another one); its name stops at the text it supplements (never "treaty on how ...").
* "It was built under a 2015 memorandum of understanding": an indefinite dated memorandum is
  "2015 memorandum of understanding" (never cut to "2015 memorandum"); when no agreement of the
  same kind came before it, it is a text of its own, not the lower-case agreement under talks
  named just before it.
"""

from __future__ import annotations

import re

from kg.extract.state import MentionRef, State

_KIND = r"(?:treaty|agreement|accord|convention|memorandum(?:\s+of\s+understanding)?|protocol|pact|mou|MoU)"
# "an additional protocol to the 2012 treaty", "a draft addendum to the 2019 agreement"
_SUPPLEMENT_RE = re.compile(
    r"\b(?:a|an|the|this|that|its)\s+((?:(?:additional|supplementary|optional|new|second|third|further|draft|"
    r"separate|implementing)\s+){0,2}(?:protocol|addendum|amendment|annex|annexe|supplement)\s+to\s+the\s+"
    rf"(?:(?:1[89]|20)\d\d\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_KIND})\b")


def supplements(state: State) -> list[MentionRef]:
    """Mentions of lower-case supplements to another text (added before generic references are read)."""
    found: list[MentionRef] = []
    for m in _SUPPLEMENT_RE.finditer(state.text):
        if m.start() < state.body_start or state.is_skipped(m.start(), m.end()):
            continue
        if state.mention_at(m.start(1), m.end(1)) is not None:
            continue  # a name the candidates step saw ("the Protocol to the X Treaty")
        label = " ".join(m.group(1).split())
        key = state.add_entity(label, "Agreement").key
        state.add_mention(key, m.start(1), m.end(1), alias=False)
        found.append(MentionRef(m.start(1), m.end(1), key))
    return found


_OF_UNDERSTANDING_RE = re.compile(r"\s+of\s+understanding\b", re.IGNORECASE)


def of_understanding_end(state: State, end: int, noun: str) -> int:
    """End of "memorandum of understanding" when ``noun`` (ending at ``end``) is "memorandum"."""
    if noun.lower() != "memorandum":
        return end
    tail = _OF_UNDERSTANDING_RE.match(state.text, end)
    return tail.end() if tail else end


def _kind_of(label: str) -> str:
    words = re.findall(r"[a-z]+", label.lower().replace("memorandum of understanding", "memorandum"))
    kinds = [w for w in words if w in {"treaty", "agreement", "accord", "convention", "memorandum", "protocol",
                                       "pact", "deal", "arrangement", "mou", "addendum"}]
    return kinds[-1] if kinds else ""


def own_dated_text(state: State, pool: list[MentionRef], named: list[MentionRef], noun: str) -> bool:
    """'resume talks on a one-stop border post agreement ... built under a 2015 memorandum of
    understanding': an indefinite dated text whose candidates are only lower-case descriptions of
    another kind (no named agreement among them) is a text of its own."""
    named_keys = {x.key for x in named}
    kind = "memorandum" if noun.lower() in {"memorandum", "mou"} else noun.lower()
    for x in pool:
        if x.key in named_keys:
            return False
        if _kind_of(state.entities[x.key].label) == kind:
            return False
    return True
