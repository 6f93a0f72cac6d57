"""Round-24 fix the lead made after integrating: a name the model calls a facility is a
person when an office is apposed after it ("Le Thi Mai, the spokeswoman of ...")."""

from __future__ import annotations

from tests.extract.conftest import relation_set

TEXT = ("Talks resume\n\nOn Monday, Le Thi Mai, the spokeswoman of the Vietnamese Ministry of Transport, "
        "said the talks would resume in March. Mai added that the bridge was ready.\n")


def test_office_apposed_after_a_name_makes_it_a_person(run):
    x = run(TEXT)
    assert x.entities["le-thi-mai"].type == "Person"
    assert ("le-thi-mai", "represents", "vietnam") in relation_set(x)
    speakers = {s.speaker for s in x.statements if "bridge was ready" in s.quote}
    assert speakers == {"le-thi-mai"}


def test_a_place_apposed_to_a_description_stays_a_place(run):
    x = run("Border talks\n\nThe ministers met in Valga, the hometown of the minister, on Monday. "
            "Valga, a town of 12,000 people, lies on the border.\n")
    assert x.entities["valga"].type == "Place"
