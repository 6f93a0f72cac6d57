"""Session 30 (H1): a known town and the region, province or river named after it are two places
when the text also names the town on its own ("talks in Pavlodar ... Kazakhstan's Pavlodar region").
Invented sentences; the towns are real (the rule asks the world-cities list) but named in no fixture."""

from __future__ import annotations

from tests.extract.conftest import entity_types

DATE = "2025-03-03"


def _labels(x) -> dict[str, set[str]]:
    return {e.label: set(e.aliases) for e in x.entities.values()}


def test_region_named_after_a_known_town_named_alone_is_its_own_place(run):
    x = run("Officials met in Pavlodar on Monday. Farmers in Kazakhstan's Pavlodar region want more water "
            "from the canal, the officials said.", DATE)
    labels = _labels(x)
    assert "Pavlodar region" in labels
    assert "Pavlodar" in labels
    assert "Pavlodar region" not in labels["Pavlodar"]


def test_region_after_the_with_a_known_town_named_alone_is_its_own_place(run):
    x = run("The delegations met in Kostanay on Tuesday. The governor of the Kostanay region said the "
            "road would open in May.", DATE)
    labels = _labels(x)
    assert "Kostanay region" in labels and "Kostanay" in labels
    assert "Kostanay region" not in labels["Kostanay"]


def test_province_named_after_a_known_town_stays_apart_from_it(run):
    x = run("Traders in Namangan welcomed the deal. The market lies in Uzbekistan's Namangan Province, "
            "near the border.", DATE)
    labels = _labels(x)
    assert "Namangan Province" in labels and "Namangan" in labels
    assert "Namangan" not in labels["Namangan Province"]


def test_region_whose_bare_name_is_only_its_possessive_stays_one_place(run):
    # "Tambov's governor" speaks of the region: no town is named on its own
    x = run("Russia's Tambov region will get a new road. Tambov's governor said work would start in May.",
            DATE)
    labels = _labels(x)
    assert not ("Tambov" in labels and "Tambov region" in labels)


def test_region_of_an_unknown_name_keeps_the_bare_name(run):
    # "Velmora" is no known town and no dateline: the bare name may be the region itself
    x = run("Farmers in Tarvia's Velmora region want more water. Officials in Velmora said the canal "
            "would be repaired.", DATE)
    labels = _labels(x)
    assert not ("Velmora" in labels and "Velmora region" in labels)


def test_dateline_town_is_apart_from_the_region_of_its_name(run):
    x = run("VELMORA, Kazakhstan - Officials met in Velmora on Monday. Farmers in the Velmora region want "
            "more water from the canal.", DATE)
    labels = _labels(x)
    assert "Velmora region" in labels and "Velmora" in labels
    assert "Velmora region" not in labels["Velmora"]


def test_river_named_like_a_known_town_named_alone_is_its_own_place(run):
    x = run("In Lipetsk, the mayor said the Lipetsk river had flooded the lower streets twice this year.",
            DATE)
    labels = _labels(x)
    assert "Lipetsk river" in labels and "Lipetsk" in labels
    assert "Lipetsk river" not in labels["Lipetsk"]
    assert entity_types(x).get("Lipetsk river") == "Place"


def test_town_inside_a_longer_name_does_not_split_the_region(run):
    # "Santa Rosa de Penza": the town name ends a longer name, it is not named alone
    x = run("Russia's Penza region borders the district. Santa Rosa de Penza is a village far away.", DATE)
    labels = _labels(x)
    assert "Penza" not in labels


# -- "the X field" far from any gas word, in a story about gas: the field is a place -------------------
def test_field_far_from_gas_words_in_a_gas_story_is_a_place(run):
    x = run("Tarvia and Kessia signed a gas supply deal on Monday. Gas exports will double, and the pipeline "
            "will carry condensate and oil too. " + "The ministers also spoke about schools, roads and hospitals in "
            "the border towns, and about the new ferry timetable for the summer months. " * 3
            + "Both sides agreed to work together north of the Morvessa field.", DATE)
    labels = _labels(x)
    assert "Morvessa" in labels and "Morvessa field" in labels["Morvessa"]
    assert entity_types(x).get("Morvessa") == "Place"


def test_field_in_a_story_without_oil_or_gas_is_left_alone(run):
    x = run("Tarvia and Kessia signed a farm deal on Monday. " + "The ministers also spoke about schools, roads "
            "and hospitals in the border towns, and about the new ferry timetable for the summer months. " * 3
            + "Both sides agreed to plough the Morvessa field together.", DATE)
    assert not any("Morvessa field" in aliases for aliases in _labels(x).values())
