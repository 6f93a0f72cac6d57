"""Nicknames officials give an agreement the text has described or named before.

* "signed a memorandum on the modernisation of the X crossing. Officials call it
  simply the crossing memorandum.": the lower-case nickname after "call it" is the
  agreement named last before (one agreement, the nickname an alias).
* "the 2004 gas-for-electricity swap agreement - the gas-for-power deal, as officials
  here call it -": a set-off name closed by "as ... call it" is the agreement before it.
* 'the document both sides now simply call "Addendum Two"', '"known in Accra as "the
  bridge deal"': a quoted name a naming verb gives the document is an alias of the agreement
  that document is (read there, else the one named last before it); never an entity of its own.
* "The 2004 treaty, signed in Vienna on 30 April 2004, ... the Vienna agreement still works": an
  agreement named "<place> agreement" is the text the report says was signed in that place
  (one agreement, the place name an alias).
* "Officials call it the BTMA; in Carinthia it is better known as the Villach accord": the name
  after "it is (better) known as" is another name of the agreement named last before.
* "a 2021 accord that both sides call the JBMA": the initials a that- or which-clause gives
  the agreement right before are its alias (never a body of its own).
* "They signed a memorandum of understanding that sets up patrols, which officials
  have started calling the Tarvo Memorandum.": the described text of the sentence is
  the title the which-clause gives it (the description becomes its mention, so the
  signing, its date and its signers reach the title).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_aliases import merge_agreement
from kg.extract.state import State

_ADVERBS = r"(?:(?:simply|just|informally|privately|already|now|still|often|usually|mostly|generally)\s+)*"
# "call it simply the", "know it as the", "refer to it as the"
_CALL_IT_RE = re.compile(rf"\b(?:call|calls|called|calling|dub|dubs|dubbed|nickname|nicknames)\s+it\s+{_ADVERBS}the\s+"
                         rf"|\b(?:know|knows|refer\s+to|refers\s+to)\s+it\s+{_ADVERBS}as\s+the\s+"
                         # "in Carinthia it is better known as the Villach accord", "it is widely called the X"
                         rf"|\bit\s+is\s+(?:(?:better|also|widely|more|commonly|locally|often|usually|simply|still)\s+)*"
                         rf"(?:known\s+as|called|referred\s+to\s+as|dubbed)\s+the\s+", re.I)
# "..., as officials here call it", "- as it is known in Yerevan"
_AS_CALL_RE = re.compile(r"\s*,\s*as\s+(?:(?:[\w'’-]+\s+){1,4}?(?:call|calls|know|knows|put)\s+it"
                         r"|it\s+is\s+(?:\w+\s+)?(?:known|called))\b")
# "which officials have started calling the X", "which negotiators call the X"
_WHICH_CALL_RE = re.compile(r",\s*which\s+(?:[\w'’-]+\s+){0,5}?(?:call|calls|calling|dub|dubs|dubbing|have\s+dubbed|"
                            r"have\s+called|refer\s+to\s+as)\s+" + _ADVERBS + r"the\s+")


def apply(state: State) -> None:
    _quoted_call_names(state)
    _that_call_acronyms(state)
    _signed_place_names(state)
    _call_it_lowercase(state)
    _as_they_call_it(state)
    _described_then_named(state)


def _agreement_mention_at(state: State, pos: int):
    m = state.mention_at(pos, pos + 1, {"Agreement"})
    return m if m is not None and m.start == pos and m.key in state.entities else None


def _agreement_before(state: State, pos: int, exclude: str):
    """The agreement mentioned last before ``pos`` in its sentence or the one before."""
    start = state.previous_sentence_start(pos)
    before = [m for m in state.mentions if start <= m.start and m.end <= pos and m.key != exclude
              and m.key in state.entities and state.entity_type(m.key) == "Agreement"]
    return before[-1] if before else None


def _call_it_lowercase(state: State) -> None:
    """'Officials call it simply the crossing memorandum': a lower-case agreement read
    after "call it" is another name of the agreement named last before."""
    for hit in _CALL_IT_RE.finditer(state.text, state.body_start):
        other = _agreement_mention_at(state, hit.end())
        if other is None:
            continue
        target = _agreement_before(state, hit.start(), other.key)
        if target is None:
            continue
        alias = state.entities[other.key].label
        merge_agreement(state, other.key, target.key)
        if alias != state.entities[target.key].label:
            state.entities[target.key].aliases.add(alias)


def _as_they_call_it(state: State) -> None:
    """'the 2004 swap agreement - the gas-for-power deal, as officials here call it -':
    the agreement set off by a dash or comma and closed by "as ... call it" is the one before."""
    for m in list(state.mentions):
        if m.key not in state.entities or state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        if _AS_CALL_RE.match(state.text, m.end) is None:
            continue
        lead = re.search(r"(?:[-–—,(]\s*)(?:the\s+|a\s+)?$", state.text[max(0, m.start - 8):m.start])
        if lead is None:
            continue
        target = _agreement_before(state, m.start, m.key)
        if target is None or target.end < m.start - 12:
            continue  # only the agreement right before the set-off name
        alias = state.entities[m.key].label
        merge_agreement(state, m.key, target.key)
        if alias != state.entities[target.key].label:
            state.entities[target.key].aliases.add(alias)


def _described_then_named(state: State) -> None:
    """'They signed a memorandum of understanding that sets up joint patrols, which
    officials have started calling the Tarvo Memorandum': the kind noun the sentence's
    verb takes as its object (no agreement read there) is a mention of the named title."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")} | {"memorandum", "mou"}
    for hit in _WHICH_CALL_RE.finditer(state.text, state.body_start):
        title = _agreement_mention_at(state, hit.end())
        if title is None:
            continue
        sent = state.sentence_of(hit.start())
        if any(m.end <= hit.start() for m in state.mentions_in(sent.start_char, hit.start(), {"Agreement"})):
            continue  # an agreement read before: the which-clause names that one (other rules)
        noun = next((t for t in sent if t.idx < hit.start() and t.lower_ in nouns and t.dep_ in {"dobj", "nsubjpass", "pobj"}
                     and t.head.pos_ in {"VERB", "ADP"}), None)
        if noun is None:
            continue
        end = noun.idx + len(noun.text)
        tail = re.match(r"\s+of\s+understanding\b", state.text[end:hit.start()], re.I)
        if tail is not None:
            end += tail.end()
        if state.mentions_in(noun.idx, end):
            continue
        state.add_mention(title.key, noun.idx, end, alias=False)


# 'the document both sides now simply call "Addendum Two"', 'the text, known in Accra as "the Deal"'
_QUOTED_CALL_RE = re.compile(
    r"\b(?:the|this|that|a|an)\s+((?:[\w-]+\s+){0,3}?(?:document|text|agreement|accord|treaty|protocol|"
    r"memorandum|deal|pact|addendum|annex|arrangement|draft))\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,4}?(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed|refer\s+to\s+as)"
    r"|(?:is\s+|are\s+)?(?:known|referred\s+to)(?:\s+[^,.;\"“]{0,30}?)?\s+as)"
    rf"\s+{_ADVERBS}[\"“]((?:the\s+)?[A-Za-z][^\"”\n]{{1,40}}?)[\"”]")


def _quoted_call_names(state: State) -> None:
    """'the document both sides now simply call "Addendum Two"': the quoted name is an alias
    of the agreement the described document is (other entities read inside the quote go)."""
    for hit in _QUOTED_CALL_RE.finditer(state.text, state.body_start):
        here = state.mention_at(hit.start(1), hit.end(1), {"Agreement"})
        target = here if here is not None and here.key in state.entities else \
            _agreement_before(state, hit.start(), exclude="")
        if target is None:
            continue
        name = " ".join(hit.group(2).split())
        name = re.sub(r"^the\s+", "", name) if name[4:5].isupper() else name
        for inner in list(state.mentions_in(hit.start(2), hit.end(2))):
            if inner.key == target.key or inner.key not in state.entities:
                continue
            other = state.entities[inner.key]
            if other.type in {"Country", "Person"} or other.same_as:
                continue
            if " ".join(state.text[inner.start:inner.end].split()) not in name:
                continue
            for r in [r for r in state.relations if inner.key in {r.subject, r.object}]:
                state.remove_relation(r)
            merge_agreement(state, inner.key, target.key)
        if name != state.entities[target.key].label:
            state.entities[target.key].aliases.add(name)


# "a 2021 accord that both sides call the JBMA", "the X Agreement, which negotiators call the XA"
_THAT_CALL_RE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?(?:call|calls|dub|dubs|refer\s+to\s+as|"
                           rf"refers\s+to\s+as|know\s+as|have\s+dubbed|have\s+called)\s+{_ADVERBS}(?:the\s+)?"
                           r"(?P<name>[A-Z][A-Za-z0-9&-]{1,9})(?![\w-])(?!\s+[A-Z]?[a-z])")


def _that_call_acronyms(state: State) -> None:
    from kg.extract.agreement_aliases import _absorb_name  # the naming step's own merge

    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        hit = _THAT_CALL_RE.match(state.text, m.end)
        if hit is None or sum(c.isupper() for c in hit.group("name")) < 2:
            continue
        _absorb_name(state, m.key, hit.start("name"), hit.end("name"), hit.group("name"))


_PLACE_NAMED_RE = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:agreement|treaty|accord|pact|deal|memorandum|protocol|"
                             r"convention|declaration)")


def _signed_place_names(state: State) -> None:
    for key in [k for k, e in list(state.entities.items()) if e.type == "Agreement" and not e.unnamed]:
        entity = state.entities.get(key)
        if entity is None:
            continue
        named = _PLACE_NAMED_RE.fullmatch(entity.label)
        if named is None:
            continue
        place = named.group(1)
        if not any(state.entity_type(m.key) in {"Place", "Country"} and state.text[m.start:m.end] == place
                   for m in state.mentions if m.key in state.entities):
            continue  # the first word names no place of the text
        targets = set()
        for hit in re.finditer(rf"\b(?:signed|initialled|initialed|concluded|agreed)\s+(?:\w+\s+)?in\s+{re.escape(place)}\b",
                               state.text[state.body_start:]):
            pos = state.body_start + hit.start()
            sent = state.sentence_of(pos)
            before = [m for m in state.mentions_in(sent.start_char, pos, {"Agreement"}) if m.key != key]
            if before:
                targets.add(max(before, key=lambda m: m.start).key)
        if len(targets) != 1:
            continue
        target = targets.pop()
        merge_agreement(state, key, target)
        if entity.label != state.entities[target].label:
            state.entities[target].aliases.add(entity.label)
