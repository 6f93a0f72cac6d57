"""A quoted time phrase closing a reported clause is no statement of its own.

    She said she hoped the protocol could be signed "before the end of the year".

The reported clause already holds the words; the quoted 'before the end of the
year' says when, not what, and alone it is no statement. The direct statement
of such a fragment goes when a reported statement of the same speaker
contains it (measured: dropping it after any reported clause, or only after
'hoped/expected ... could be signed', scored the same; the general rule stays).
"""

from __future__ import annotations

from kg.extract.reported_speech import when_phrase
from kg.extract.state import State
from kg.model import Statement


def drop_time_fragments(state: State) -> None:
    reported = [s for s in state.statements if s.kind == "reported"]
    state.statements[:] = [s for s in state.statements
                           if not (s.kind == "direct" and _fragment_inside(state, s, reported))]


def _fragment_inside(state: State, st: Statement, reported: list[Statement]) -> bool:
    a, b = st.quote_span.start, st.quote_span.end
    words = [t for t in state.tokens if a <= t.idx < b and not t.is_punct and not t.is_space]
    if not words or not when_phrase(words):
        return False
    # the reported words run over the quote (its closing mark may stand after them)
    return any(r.speaker == st.speaker and r.quote_span.start <= a and b <= r.quote_span.end + 2
               for r in reported)
