"""Interview transcripts whose both sides are labelled by name (kg/extract/transcripts.py)."""

from __future__ import annotations

INTERVIEW = """Interview: Ghana's roads minister on the Aflao border post

The following is a transcript of an interview broadcast on Monday by Joy FM with Kofi Mensah,
Ghana's Minister of Roads, conducted by Ama Boateng.

BOATENG: Minister, thank you for coming in. When will the post open?

MENSAH: In March, if the contractors keep their promises. We have paid them on time.

BOATENG: Togo says the road on its side is not ready. Is that a problem?

MENSAH: It is their road and their timetable. We will not wait for it.

BOATENG: One last question. Will you meet your Togolese counterpart?

MENSAH: Next week in Lomé, and I expect a signature.
"""


def test_the_interviewees_answers_are_statements_and_the_questions_are_not(run) -> None:
    x = run(INTERVIEW)
    by_speaker = {}
    for s in x.statements:
        by_speaker.setdefault(s.speaker, []).append(s.quote)
    answers = by_speaker.get("kofi-mensah", [])
    for start in ("In March, if the contractors", "It is their road", "Next week in Lomé"):
        assert any(q.startswith(start) for q in answers), (start, answers)
    assert not any("When will the post open" in q for quotes in by_speaker.values() for q in quotes)
    assert "ama-boateng" not in by_speaker


def test_labelled_lines_without_questions_are_no_interview(run) -> None:
    x = run("Talks resumed on Monday.\n\nUPDATE: The ministers met again on Tuesday.\n\n"
            "NOTE: An earlier version misspelt a name.\n\nUPDATE: Talks ended.\n\nNOTE: Corrected.\n")
    assert x.statements == []
