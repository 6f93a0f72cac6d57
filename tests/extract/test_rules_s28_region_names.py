"""One region, one entity: the official name, the short name and the adjective of a region meet."""

from tests.extract.conftest import relation_set


def test_short_and_official_names_of_a_region_are_one_entity_in_its_country(run) -> None:
    x = run("Iraq and Turkey resumed talks on pipeline fees. Oil from the Kurdistan Region has not flowed "
            "since March, and Iraqi Kurdistan wants the flow restarted before winter.", date="2024-05-01")
    regions = [e for e in x.entities.values() if "Kurdistan" in e.label]
    assert [(e.label, e.type) for e in regions] == [("Kurdistan Region", "Place")]
    assert ("kurdistan-region", "locatedIn", "iraq") in relation_set(x)


def test_the_short_name_takes_the_official_label(run) -> None:
    x = run("Iraq and Turkey resumed talks on pipeline fees. Oil from Kurdistan has not flowed since March.",
            date="2024-05-01")
    assert [e.label for e in x.entities.values() if "Kurdistan" in e.label] == ["Kurdistan Region"]
