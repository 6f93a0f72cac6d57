"""A lower-case description and a title of the same kind are one agreement.

"Tarvia and Kessa signed a memorandum on joint coastal patrols on Monday ...
Minister Ruz signed the Memorandum of Understanding on Coastal Patrol
Cooperation" / "to sign a new bilateral trade protocol ... The Tarvia-Kessa
Trade Facilitation Protocol, which negotiators have been drafting": when the
text names exactly one titled agreement of the description's kind word
(memorandum, protocol, treaty, ...) and the two share a topic word, the
description is that title (its evidence and an alias), never a second agreement.

Only descriptions with a topic word are read here (a bare "the agreement" is the
resolution step's), and a description dated to another year than the title, or
described as new beside an old title, stays apart (an old text and its successor).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.agreement_names import rekey_uses
from kg.extract.entity_years import agreement_years
from kg.extract.evidence import body_mentions
from kg.extract.state import State

_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
# words that tell nothing of a description's topic
_STOP = frozenset(
    "of the on and for in at to between a an with new old current existing previous proposed revised updated "
    "final bilateral joint planned draft possible future formal interim two-way broad separate further "
    "understanding cooperation co-operation".split()
)


def kind_of(label: str, nouns: set[str]) -> str | None:
    """The kind word of an agreement label: its last word when that is a kind noun
    ("Trade Facilitation Protocol"), else its first ("Memorandum of Understanding on X",
    "memorandum on joint patrols"); None when neither is."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", label)]
    if not words:
        return None
    if words[-1] in nouns:
        return words[-1]
    if words[0] in nouns:
        return words[0]
    # "Intergovernmental Agreement on the X Pipeline": the kind word before the title's topic
    for word, nxt in zip(words, words[1:]):
        if word in nouns and nxt in _TOPIC_PREPS:
            return word
    return None


_TOPIC_PREPS = frozenset("on of between for concerning regarding".split())


def _topic(label: str, nouns: set[str]) -> set[str]:
    """Stems (first six letters: "patrols" is "patrol", "international" no "interconnector")
    of a label's topic words; the parts of "Tarvia-Kessa" count apart."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", label)
    return {w.lower()[:6] for w in words if w.lower() not in nouns | _STOP and len(w) > 2}


def join_descriptions(state: State) -> None:
    """Merge each lower-case description into the one title of its kind sharing a topic word."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    agreements = [k for k, e in state.entities.items() if e.type == "Agreement" and not e.unnamed]
    titles: dict[str, list[str]] = {}
    for key in agreements:
        label = state.entities[key].label
        kind = kind_of(label, nouns)
        if kind is not None and label[:1].isupper() and body_mentions(state, key):
            titles.setdefault(kind, []).append(key)
    if not titles:
        return
    years = agreement_years(state)
    for key in agreements:
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        kind = kind_of(entity.label, nouns)
        candidates = titles.get(kind or "", [])
        if len(candidates) != 1:
            continue  # no title of that kind, or two: the text does not say which
        title = candidates[0]
        title_entity = state.entities.get(title)
        if title_entity is None:
            continue
        own = _topic(entity.label, nouns)
        if not own or not own & _topic(" ".join([title_entity.label, *title_entity.aliases]), nouns):
            continue  # "a memorandum on fisheries" beside "the Memorandum on Maritime Safety": two texts
        if not _same_year(state, key, title, years):
            continue
        if _new_beside_old(state, key, title, years):
            continue
        _merge(state, key, title)


def _same_year(state: State, key: str, title: str, years: dict[str, set[str]]) -> bool:
    """A description dated to a year the title is not dated to is another text ("the 1996
    agreement on road transport" beside an undated title is an old text of its own)."""
    own = set(_YEAR_RE.findall(" ".join(state.text[m.start:m.end] for m in body_mentions(state, key))))
    own |= years.get(key, set())
    if not own:
        return True
    theirs = years.get(title, set()) | set(_YEAR_RE.findall(state.entities[title].label))
    return bool(own & theirs)


@lru_cache(maxsize=1)
def _new_words() -> frozenset[str]:
    """"a new X protocol", "the proposed X", "a successor treaty": a text still to come."""
    return lexicon.words("new_text_words") | {"successor"}


def _new_beside_old(state: State, key: str, title: str, years: dict[str, set[str]]) -> bool:
    """'a new transit treaty to replace the 1990 Transit Treaty': a description called new
    beside a title the text dates before the report's year is its successor."""
    doc_year = (state.document.date or "")[:4]
    theirs = years.get(title, set()) | set(_YEAR_RE.findall(state.entities[title].label))
    if not doc_year.isdigit() or not any(int(y) < int(doc_year) for y in theirs):
        return False
    for m in body_mentions(state, key):
        before = state.text[max(0, m.start - 25):m.start].lower().split()[-2:]
        words = [*before, *state.text[m.start:m.end].lower().split()[:2]]
        if set(words) & _new_words():
            return True
    return False


def _merge(state: State, old: str, new: str) -> None:
    """Every mention and use of ``old`` names ``new``; its label stays as an alias."""
    entity = state.entities.pop(old)
    target = state.entities[new]
    refs = [m for m in state.mentions if m.key == old]
    state.mentions[:] = [m for m in state.mentions if m.key != old]
    for m in refs:
        state.add_mention(new, m.start, m.end, alias=False)
    target.aliases |= {a for a in (entity.label, *entity.aliases) if a != target.label
                       and not re.search(r"\b(?:on|in)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                                         a, re.I)}
    target.same_as.extend(s for s in entity.same_as if s not in target.same_as)
    rekey_uses(state, old, new)
