"""Texts still being written: both sides negotiate them.

* "The details will go into a protocol on round-the-clock operation of the Tosa
  checkpoint, which negotiators hope to finish by March." / "Patrols will be set out in
  a memorandum on joint patrols.": a text the agreed details are to go into, or one
  negotiators hope to finish, is under negotiation between the report's two sides
  (when nobody is yet its party or negotiator).
* "agreed to negotiate an annex to the 2019 Kessa Agreement" / "open negotiations on an annex
  to the KA": writing an annex to a signed text is negotiating that text (both sides).
* "Her current file is the X Agreement, which negotiators call the OSBP agreement. It would let
  ..." / "The text under discussion is the X Protocol": a negotiator's current file, or the text
  under discussion, is still being negotiated (both sides), when no date says it was signed.
* "A broader Maritime Security Agreement between A and B is still under negotiation" / "The X
  Protocol remains under discussion" / "The document now on the table, which negotiators call
  the X Agreement," / "The new instrument, which diplomats call the X": a text said to be under
  negotiation, or named by what its negotiators call it, is negotiated by both sides and has no
  parties yet (even when "between A and B" names them), when no date says it was signed.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_INTO_RE = re.compile(r"\b(?:go|goes|will\s+go|going|be\s+(?:put|written|set\s+out|laid\s+down|spelled\s+out|spelt\s+out|"
                      r"included|enshrined|codified|written\s+down|fixed))\s+in(?:to)?\s+(?:a|an)\s+$")
_FINISH_RE = re.compile(r"\s*,?\s*which\s+(?:the\s+)?(?:negotiators|the\s+two\s+sides|both\s+sides|officials|diplomats|"
                        r"experts|the\s+teams|the\s+delegations)\s+(?:\w+\s+){0,2}?(?:hope|expect|aim|plan|want|intend)s?\s+to\s+"
                        r"(?:finish|finalise|finalize|complete|conclude|wrap\s+up|agree|sign)\b")


_ANNEX_TO_RE = re.compile(r"\b(?:negotiat\w*|(?:talks|negotiations?|discussions?)\s+(?:on|about|over)|draft\w*|"
                          r"writ\w*|work\s+on)\s+(?:a|an|the)\s+(?:new\s+|further\s+|additional\s+|separate\s+)?"
                          r"(?:annex|protocol|amendment|addendum|supplement|appendix)\s+to\s+(?:the\s+)?$", re.I)


_FILE_RE = re.compile(r"\b(?:(?:current|main|present|latest|chief)\s+(?:file|dossier|brief|task|assignment|project)|"
                      r"text\s+(?:now\s+|still\s+)?(?:under|in)\s+(?:discussion|negotiation)|"
                      r"draft\s+(?:now\s+|still\s+)?on\s+the\s+table)\s+(?:is|remains)\s+(?:the\s+|a\s+)?$", re.I)


# "Negotiators are working on the X Protocol", "have agreed on most of the text of a Special Agreement",
# "the talks on the X Annex", "The draft calls the new text the X Memorandum": a text still being written
_WORKING_RE = re.compile(
    r"(?:\b(?:negotiators|the\s+two\s+sides|both\s+sides|officials|experts|diplomats|delegations|the\s+teams|"
    r"the\s+two\s+governments|the\s+two\s+delegations|they|we)\s+(?:are|were|have\s+been|had\s+been|will\s+be)\s+"
    r"(?:still\s+|now\s+|already\s+)?(?:working\s+on|drafting|writing|finali[sz]ing|hammering\s+out|negotiating)"
    r"|\b(?:agreed|settled|closed)\s+(?:on\s+)?(?:most|much|parts|the\s+bulk|some|nearly\s+all|all\s+but\s+\w+\s+\w+)\s+of\s+"
    r"the\s+(?:text|wording|draft|provisions|articles|clauses)\s+of"
    r"|\b(?:[Tt]he|[Tt]heir|[Ff]resh|[Nn]ew)\s+(?:talks|negotiations)\s+(?:on|over|about)"
    r"|\b[Tt]he\s+draft\s+(?:text\s+)?(?:calls|names|titles|refers\s+to)(?:\s+(?:it|the\s+(?:new\s+)?(?:text|document|accord|"
    r"agreement|deal))(?:\s+as)?)?)"
    r"\s+(?:(?:the|a|an)\s+)?(?:new\s+|proposed\s+|planned\s+)?$", re.I)


# "X (between A and B) is still under negotiation", "X remains under discussion", "X is being
# negotiated": the text itself as the subject of a still-under-talks predicate
_UNDER_TALKS_AFTER_RE = re.compile(
    r"(?:\s+\([^()]{1,40}\))?(?:\s+between\s+[A-Z][^,.;]{0,60}?)?\s*(?:,[^,.;]{0,80},\s*)?"
    r"(?:is|are|remains?|was|were)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?:under\s+(?:negotiation|discussion)|being\s+(?:negotiated|drafted|discussed|finali[sz]ed|worked\s+out)|"
    r"(?:yet|still)\s+to\s+be\s+(?:agreed|finali[sz]ed|signed|concluded)|not\s+yet\s+(?:agreed|finali[sz]ed|signed))\b")
# "the document now on the table, which negotiators call the", "the new instrument, which
# diplomats call the": the name the people writing a text give it
_CALLED_BY_NEGOTIATORS_RE = re.compile(
    r"(?:\b(?:document|text|draft|paper|proposal|instrument)\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:on\s+the\s+table|under\s+(?:discussion|negotiation)|being\s+negotiated)\s*,?\s*(?:which|that)\s+"
    r"(?:[\w'’-]+\s+){1,4}?"
    r"|\b(?:which|that|what)\s+(?:the\s+)?(?:negotiators|diplomats|the\s+negotiating\s+teams|the\s+delegations)\s+"
    r"(?:now\s+|have\s+|privately\s+|informally\s+)?)"
    r"(?:call|calls|called|dub|dubs|dubbed|refer\s+to\s+as|have\s+called)\s+(?:it\s+)?(?:the\s+|a\s+)?$", re.I)


def _under_talks(state: State, sides: list[str]) -> None:
    """Both sides negotiate a text said to be under talks (and are not yet its parties)."""
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        if any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            continue  # "the 2004 accord is being revised": signed, in force, under revision
        sent = state.sentence_of(m.start)
        if _UNDER_TALKS_AFTER_RE.match(state.text, m.end, sent.end_char) is None \
                and _CALLED_BY_NEGOTIATORS_RE.search(state.text, max(sent.start_char, m.start - 120), m.start) is None:
            continue
        for r in [r for r in state.relations if r.object == m.key and r.predicate == "partyTo" and r.subject in sides]:
            state.remove_relation(r)
        for side in sides:
            state.add_relation(side, "negotiates", state.sentence_span(sent), obj=m.key)


def apply(state: State, sides: list[str]) -> None:
    if len(sides) != 2:
        return
    _annexes(state, sides)
    _under_talks(state, sides)
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        sent = state.sentence_of(m.start)
        if _FILE_RE.search(state.text, max(sent.start_char, m.start - 60), m.start) is not None \
                and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations):
            # "Her current file is the X Agreement": not signed yet, whatever a sentence without
            # negotiation words made of it
            for r in [r for r in state.relations if r.object == m.key and r.predicate == "partyTo" and r.subject in sides]:
                state.remove_relation(r)
        working = _WORKING_RE.search(state.text, max(sent.start_char, m.start - 90), m.start) is not None \
            and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations)
        if working:
            # "Negotiators are working on the X Protocol": under negotiation, whatever else the sentence says
            for r in [r for r in state.relations if r.object == m.key and r.predicate == "partyTo" and r.subject in sides]:
                state.remove_relation(r)
            for side in sides:
                state.add_relation(side, "negotiates", state.sentence_span(sent), obj=m.key)
            continue
        if any(r.object == m.key and r.predicate in {"partyTo", "negotiates"} for r in state.relations):
            continue
        into = _INTO_RE.search(state.text, max(sent.start_char, m.start - 40), m.start)
        finish = _FINISH_RE.match(state.text, m.end, sent.end_char)
        on_file = _FILE_RE.search(state.text, max(sent.start_char, m.start - 60), m.start) is not None \
            and not any(r.subject == m.key and r.predicate == "dateSigned" for r in state.relations)
        if into is None and finish is None and not on_file:
            continue
        for side in sides:
            state.add_relation(side, "negotiates", state.sentence_span(sent), obj=m.key)


def _annexes(state: State, sides: list[str]) -> None:
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement":
            continue
        sent = state.sentence_of(m.start)
        if _ANNEX_TO_RE.search(state.text, max(sent.start_char, m.start - 90), m.start) is None:
            continue
        for side in sides:
            state.add_relation(side, "negotiates", state.sentence_span(sent), obj=m.key)
