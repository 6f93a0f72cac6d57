"""Who leads the talks negotiates the agreement they are about.

* "The talks are led by Ghana's Ministry of Roads and Togo's Ministry of Transport." -> both
  ministries negotiate the agreement the sentence names, else the one the sentences before
  it name (the talks are about it);
* "A joint working group, led by A's Land Transport Department and B's Road Transport
  Authority, will hold its first round of negotiations on the convention" -> both bodies;
* "The Ministry of Roads and the Ministry of Transport lead the negotiations" -> both.

A country that only owns a body in the phrase ("Ghana's Ministry of Roads") is no actor of
its own here: the body is.
"""

from __future__ import annotations

import re

from kg.extract.state import State
from kg.model import ORG_TYPES

_ACTORS = ORG_TYPES | {"Country"}
_TALK_WORDS = r"(?:talks|negotiations?|negotiating\s+team|negotiators|round\s+of\s+(?:talks|negotiations))"
# "led by A and B" (passive or apposed) in a sentence about talks
_LED_BY_RE = re.compile(r"\b(?:led|headed|chaired|conducted|co-chaired|steered)\s+by\s+(?P<who>[^;:.]+?)"
                        r"(?=,\s+(?:will|would|is|are|was|were|has|have|had|met|meets|plans?|opened|began|holds?|held)\b|[;:.]|$)")
# "A and B lead the talks" (active)
_LEAD_RE = re.compile(r"^(?:\s*(?:The|the)\s+)?(?P<who>[^;:.]+?)\s+(?:(?:will|are|is|have|has)\s+)?"
                      r"(?:lead|leads|leading|led|head|heads|heading|headed|chair|chairs|co-chair|co-chairs)\s+"
                      r"(?:the|these|those)\s+" + _TALK_WORDS + r"\b")
_TALKS_IN_SENT_RE = re.compile(r"\b" + _TALK_WORDS + r"\b", re.I)
# how far back an agreement the talks are about may be named (the same passage)
_BACK = 700


# "Officials from A, B, C and D negotiated the X" (round-31 O7): the listed bodies are the delegations
_DELEGATES_RE = re.compile(
    r"^\s*(?:(?:The|the|Senior|senior|Technical|technical)\s+)?(?i:officials|negotiators|delegations?|delegates|teams|"
    r"experts|representatives)\s+(?:from|of)\s+(?P<who>[^;:]+?)\s+(?:(?:have|had|has|were|are|will|would)\s+)?"
    r"(?:(?:jointly|successfully|finally)\s+)?(?:negotiated|negotiate|negotiating|drafted|hammered\s+out|worked\s+out|"
    r"finali[sz]ed|concluded)\b")


def apply(state: State) -> None:
    _delegations(state)
    _bodies_negotiating(state)  # round-36 O7
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        text = sent.text
        if not _TALKS_IN_SENT_RE.search(text):
            continue
        spans = [(sent.start_char + m.start("who"), sent.start_char + m.end("who")) for m in _LED_BY_RE.finditer(text)]
        active = _LEAD_RE.match(text)
        if active is not None:
            spans.append((sent.start_char + active.start("who"), sent.start_char + active.end("who")))
        if not spans:
            continue
        actors = [key for start, end in spans for key in _leaders(state, start, end)]
        if len(set(actors)) < 2:
            continue  # one body leading talks is a mediator or a host as often as a side
        agreement = _subject_agreement(state, sent)
        if agreement is None:
            continue
        evidence = state.sentence_span(sent)
        for key in dict.fromkeys(actors):
            state.add_relation(key, "negotiates", evidence, obj=agreement)


def _leaders(state: State, start: int, end: int) -> list[str]:
    """The bodies and countries named in a 'led by' phrase, a possessive owner aside; the
    phrase must be a list of names (no clause or other words between them)."""
    found = []
    for m in state.mentions_in(start, end, _ACTORS):
        entity = state.entities[m.key]
        if entity.unnamed or entity.type == "MediaOrganization":
            continue
        if re.match(r"['’]s?\s", state.text[m.end:m.end + 3]):
            continue  # "Ghana's Ministry of Roads": the ministry leads, Ghana owns it
        found.append(m)
    if not found:
        return []
    # the words between the names are only joiners and owners ("and", "the", "Togo's")
    cursor = start
    for m in found:
        gap = state.text[cursor:m.start]
        gap = re.sub(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}['’]s?\s", " ", gap)
        # "the Norwegian Ministry of Fisheries": a people's adjective before the name owns it too
        gap = re.sub(r"[A-Z][\w-]*\s*$", lambda w: " " if state.gaz.country_of_demonym(w.group(0).strip()) else w.group(0), gap)
        if not re.fullmatch(r"[\s,]*(?:(?:and|as\s+well\s+as|together\s+with|with|both|the|its|their)\s*)*[\s,]*", gap):
            return []
        cursor = m.end
    if re.search(r"\w", re.sub(r"\([A-Z]{2,10}\)", "", state.text[cursor:end])):
        return []  # more words after the last name: not a bare list of leaders
    return [m.key for m in found]


def _subject_agreement(state: State, sent) -> str | None:
    """The agreement the talks are about: the one the sentence names, else the last one named
    in the sentences just before."""
    here = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
    if here:
        keys = list(dict.fromkeys(m.key for m in here))
        return keys[0] if len(keys) == 1 else None
    before = [m for m in state.mentions
              if state.entity_type(m.key) == "Agreement" and m.end <= sent.start_char
              and sent.start_char - m.end < _BACK and m.start >= state.body_start]
    return before[-1].key if before else None


def _delegations(state: State) -> None:
    """'Officials from the Ministry of Fisheries, the Directorate of Fisheries, Defra and the
    Marine Directorate negotiated the 2027 record': each body negotiates the agreement, and so
    does the country each belongs to."""
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        hit = _DELEGATES_RE.match(sent.text)
        if hit is None:
            continue
        actors = _leaders(state, sent.start_char + hit.start("who"), sent.start_char + hit.end("who"))
        if not actors:
            continue
        agreement = _subject_agreement(state, sent)
        if agreement is None:
            continue
        evidence = state.sentence_span(sent)
        for key in dict.fromkeys(actors):
            state.add_relation(key, "negotiates", evidence, obj=agreement)
            for owner in state.objects(key, "partOf"):
                if state.entity_type(owner) == "Country":
                    state.add_relation(owner, "negotiates", evidence, obj=agreement)


# "The commission is negotiating the draft X" / "the joint committee has been negotiating X":
# a body named before (by its head noun) or by name, then a negotiating verb and the agreement
_BODY_NEGOTIATES_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<subj>[Tt]he\s+(?:(?:joint|border|technical|bilateral|binational|mixed)\s+){0,2}"
    r"(?P<noun>commission|committee|working\s+group|task\s+force|panel|council|board|authority|secretariat)|"
    r"(?P<named>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,6}))\s+"
    r"(?:(?:is|are|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:now\s+|still\s+|also\s+)?negotiating|"
    r"(?:now\s+|also\s+)?(?:negotiates|negotiated|is\s+drafting|has\s+drafted|drafted)|"
    r"(?:will|would|is\s+to|began\s+to|started\s+to)\s+negotiate|began\s+negotiating|started\s+negotiating)\s+"
    r"(?P<rest>[^;.]{3,160})")


def _bodies_negotiating(state: State) -> None:
    """'the Kyrgyz-Tajik Joint Border Commission ... The commission is negotiating the draft
    Road Transit Agreement': the commission (the last body named with that head noun, or the
    body named as subject) negotiates the agreement named after the verb (round-36 O7)."""
    for hit in _BODY_NEGOTIATES_RE.finditer(state.text, state.body_start):
        agreement = next((m for m in state.mentions_in(hit.start("rest"), hit.end("rest"), {"Agreement"})
                          if not state.entities[m.key].unnamed), None)
        if agreement is None:
            continue
        if hit.group("noun"):
            head = hit.group("noun").split()[-1].lower()
            body = None
            for m in state.mentions:
                if m.start >= hit.start():
                    break
                entity = state.entities[m.key]
                if entity.type in ORG_TYPES and not entity.unnamed and head in entity.label.lower().split():
                    body = m.key
        else:
            found = state.mention_at(hit.start("named"), hit.end("named"), ORG_TYPES)
            body = found.key if found is not None and found.end == hit.end("named") \
                and not state.entities[found.key].unnamed else None
        if body is None:
            continue
        sent = state.sentence_of(hit.start())
        state.add_relation(body, "negotiates", state.sentence_span(sent), obj=agreement.key)
