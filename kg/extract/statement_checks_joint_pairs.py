"""'Ghana's Minister of Food, Kwame Asante, met Togo's Minister of Agriculture,
Kossi Agbeko, in Lome. According to a joint statement released afterwards,
they agreed to begin drafting a protocol.': the clause's subject is the two
people who met, so what they agreed is each one's reported statement; the joint
text is only the medium. The pair must be named in one sentence that says they
met ('A met B', 'A held talks with B'); otherwise, and for any other subject
('the two sides will meet again'), the unnamed 'joint statement of the two
governments' node speaks.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.state import State

# The clause's subject that stands for the two people named just before.
# ('the two ministers agreed ...' stays the joint text's: the golds keep it so)
_PAIR_SUBJECT = re.compile(r"they\b", re.I)
# How many sentences before the statement the pair may be named.
_SENTENCES_BACK = 2


def split_joint_pairs(state: State) -> None:
    """Give a joint text's 'they agreed ...' to each of the two people named before."""
    out = []
    for st in state.statements:
        speaker = state.entities.get(st.speaker)
        if speaker is None or not speaker.unnamed or not _joint_node(speaker.label) \
                or not _PAIR_SUBJECT.match(st.quote):
            out.append(st)
            continue
        pair = _pair_before(state, st.quote_span.start)
        if pair is None:
            out.append(st)
            continue
        for key in pair:
            out.append(dataclasses.replace(st, speaker=key, medium=st.medium or "joint statement",
                                           about=[k for k in st.about if k != key]))
    state.statements[:] = out


def _joint_node(label: str) -> bool:
    return bool(re.match(r"(?:joint|common|final) (?:statement|communique|declaration) of the two ", label))


def _pair_before(state: State, start: int) -> tuple[str, str] | None:
    """The two named people of the sentences just before ``start`` (its own
    sentence first), None when there are not exactly two."""
    sent = state.sentence_of(start)
    lo = sent.start_char
    for _ in range(_SENTENCES_BACK):
        if sent.start == 0:
            break
        sent = state.doc[sent.start - 1].sent
        lo = sent.start_char
    people = [m for m in state.mentions_in(lo, start, {"Person"}) if not state.entities[m.key].unnamed]
    keys = list(dict.fromkeys(m.key for m in people))
    if len(keys) != 2:
        return None
    # the two met: both named in one sentence that says so ('A met B in Lome', 'A held talks with B')
    for m in people:
        sent = state.sentence_of(m.start)
        inside = {x.key for x in state.mentions_in(sent.start_char, sent.end_char, {"Person"})}
        if set(keys) <= inside and _MEETING.search(sent.text):
            return keys[0], keys[1]
    return None


_MEETING = re.compile(r"\b(?:met|meets|meet|meeting|held\s+talks|talks\s+with|hosted|received)\b")
