"""Round-37 integration fixes (found in the per-file blind diff and in the round's source), on invented sentences."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _rels(x, predicate: str) -> set[tuple[str, str]]:
    return {(x.entities[r.subject].label, x.entities[r.object].label) for r in x.relations
            if r.predicate == predicate and r.object in x.entities}


def test_a_short_name_stays_with_the_body_it_was_first_given_to(run):
    # two countries' bodies share a name; "The GKNB" later is the one the acronym was given to, not the last named
    x = run("Border calm\n\nBISHKEK - Kyrgyzstan's State Committee for National Security (GKNB) said the border was "
            "calm. Tajikistan's State Committee for National Security said troops had withdrawn. The GKNB added "
            "that talks would continue.\n", date="2026-05-14")
    speaker = x.entities[statement_by_quote(x, "talks would continue").speaker]
    assert "GKNB" in speaker.aliases, speaker
    assert (speaker.label, "Kyrgyzstan") in _rels(x, "partOf"), _rels(x, "partOf")
    assert sum("GKNB" in e.aliases for e in x.entities.values()) == 1

