"""Session 30: a title's portfolio glued to a name by the NER is no agency (invented people; real
countries where the side matters)."""

from __future__ import annotations

from tests.extract.conftest import entity_types

DATE = "2025-03-03"


def test_portfolio_after_minister_of_is_no_agency(run):
    # the NER reads "Transport Anton Varga" as one organisation name
    x = run("The Estonian delegation was led by Deputy Minister of Transport Anton Varga; the Latvian side "
            "by Deputy Transport Minister Mira Holt.", DATE)
    types = entity_types(x)
    assert types.get("Anton Varga") == "Person"
    assert "Transport" not in types
    assert not any(r.object == "transport" for r in x.relations)


def test_agency_glued_to_a_name_without_a_title_is_still_an_agency(run):
    x = run("Varga also met Homeland Security Jon Bell in Tallinn on Monday.", DATE)
    types = entity_types(x)
    assert types.get("Jon Bell") == "Person"
    assert any(t == "GovernmentAgency" and "Homeland Security" in label for label, t in types.items())


def test_office_named_after_its_department_is_not_labelled_twice(run):
    x = run("Varga also met Homeland Security Jon Bell in Tallinn on Monday.", DATE)
    positions = [e.label for e in x.entities.values() if e.type == "Position"]
    assert positions == ["Secretary of Homeland Security"]
