"""An agreement the two sides' report names but no rule gave a party or negotiator.

Read last, after every pattern that ties actors to an agreement, for a text no rule
tied to anyone and whose status the signing reader left open. In a report on two
sides, a text still being worked on ("would be signed before the end of the year",
"the draft X", "only a signature away", "once the X took effect", "expect to finish
the text, known as the X") is theirs under talks: both negotiate it. A text they
already live under ("as they did under the X", "put their names to the X", "takes
effect on August 1", "was signed ... together with the X") is theirs in force: both
are its parties. A sentence naming a third country is no evidence about the two sides,
and a text the reader found signed ('existing') is left alone here: it may well be a
third pair's old treaty ("the 1890 treaty under which Britain and Germany ...")."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.agreement_status import agreement_status
from kg.extract.state import State

_ACTOR_PREDICATES = frozenset({"partyTo", "negotiates"})
_NEW_WORDS = lexicon.words("new_text_words") | lexicon.words("prospective_words")  # "the draft X", "a future X"

# right after the name: a signing still to come, or a text not signed yet
_PENDING_AFTER_RE = re.compile(
    r"[^.;]{0,80}?\b(?:(?:would|will|could|should|shall|is\s+to|are\s+to)\s+(?:then\s+|soon\s+)?be\s+"
    r"(?:signed|initial{1,2}ed|concluded|finali[sz]ed)\b|in\s+its\s+final\s+(?:reading|stages?|form)\b"
    r"|(?:only\s+)?a\s+signature\s+away\b|ready\s+for\s+(?:signature|signing)\b)", re.I)
# right before the name: "once the X took effect", "still working on a long-term X"
_PENDING_BEFORE_RE = re.compile(
    r"(?:\b(?:once|until|before)\s+(?:the\s+)?|\bstill\s+(?:working|work)\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+)?)$", re.I)
# earlier in the sentence: "Negotiators expect to finish the text, known in both capitals as the X"
_FINISH_TEXT_RE = re.compile(r"\b(?:finish|complete|finali[sz]e|conclude)\s+(?:work\s+on\s+)?(?:the|a|an)\s+"
                             r"(?:text|draft|document)\b", re.I)
# right before the name: a text they live under, or sign along with another
_IN_FORCE_BEFORE_RE = re.compile(
    r"(?:\b(?:under|did\s+under)\s+(?:the\s+)?|\bput\s+(?:their|its|his|her)\s+names?\s+to\s+(?:the\s+)?"
    r"|\bsigned\b[^.;]{0,120}?\b(?:together|along)\s+with\b[^.;]{0,100}?\band\s+(?:a|an|the)\s+)$", re.I)
_IN_FORCE_AFTER_RE = re.compile(r"[^.;]{0,80}?\b(?:takes|took)\s+effect\s+(?:on|from)\b", re.I)


def apply(state: State, sides: list[str]) -> None:
    if len(sides) != 2:
        return
    tied = {r.object for r in state.relations if r.predicate in _ACTOR_PREDICATES}
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or key in tied or agreement_status(state, key) == "existing":
            continue
        mentions = [m for m in state.mentions if m.key == key and m.start >= state.body_start
                    and not state.is_skipped(m.start, m.end)]
        pending, in_force = _cues(state, mentions, sides)
        if pending is not None or agreement_status(state, key) == "prospective":
            sent, predicate = pending or state.sentence_of(mentions[0].start), "negotiates"
        elif in_force is not None:
            sent, predicate = in_force, "partyTo"
        else:
            continue
        for side in sides:
            state.add_relation(side, predicate, state.sentence_span(sent), obj=key)


def _cues(state: State, mentions: list, sides: list[str]):
    """The first sentence speaking of the text as pending, and the first as in force."""
    new_words = _NEW_WORDS
    pending = in_force = None
    for m in mentions:
        sent = state.sentence_of(m.start)
        if _third_country(state, sent, sides):
            continue
        named = state.text[m.start:m.end].lower().split()
        before = state.text[max(sent.start_char, m.start - 40):m.start].lower().split()
        if pending is None and (set(before[-2:]) & new_words or named[:1] and named[0] in new_words
                                or _PENDING_AFTER_RE.match(state.text, m.end, sent.end_char)
                                or _PENDING_BEFORE_RE.search(state.text, max(sent.start_char, m.start - 60), m.start)
                                or _FINISH_TEXT_RE.search(state.text, sent.start_char, m.start)):
            pending = sent
        if in_force is None and (_IN_FORCE_BEFORE_RE.search(state.text, sent.start_char, m.start)
                                 or _IN_FORCE_AFTER_RE.match(state.text, m.end, sent.end_char)):
            in_force = sent
    return pending, in_force


def _third_country(state: State, sent, sides: list[str]) -> bool:
    return any(state.entity_type(m.key) == "Country" and m.key not in sides
               for m in state.mentions_in(sent.start_char, sent.end_char, {"Country"}))
