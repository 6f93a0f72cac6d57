"""Session 28 (issue #3): the ends of a link read from more phrasings, shown on invented sentences
(towns, roads and crossings made up; real countries where the country must be recognised)."""

from __future__ import annotations

DATE = "2025-03-03"


def _connects(x) -> set[tuple[str, str]]:
    """(link label, end label) of every connects relation found."""
    labels = {k: e.label for k, e in x.entities.items()}
    return {(labels.get(r.subject, r.subject), labels.get(r.object, r.object))
            for r in x.relations if r.predicate == "connects"}


# -- "between A and the province of B": the end named after a unit word and "of" ---------------------
def test_crossing_between_town_and_the_province_of_a_town(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Lorries are cleared each week at the "
            "Velka crossing between Belmora and the province of Casteno.", DATE)
    assert {("Velka crossing", "Belmora"), ("Velka crossing", "Casteno")} <= _connects(x)


def test_highway_between_town_and_described_city_of_a_town(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. The border post sits on the B12 highway "
            "between Belmora and the northern Zambian city of Casteno and handles 300 trucks a day.", DATE)
    assert {("B12 highway", "Belmora"), ("B12 highway", "Casteno")} <= _connects(x)


def test_end_after_unit_word_is_the_name_not_the_unit(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Lorries are cleared each week at the "
            "Velka crossing between Belmora and the province of Casteno.", DATE)
    assert not {end for link, end in _connects(x) if "province" in end.lower()}


# -- "the N9 toll road, which links A with B": the kind words left outside the name ------------------
def test_route_number_with_lowercase_kind_words_links_its_ends(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. The Ostrava post lies on the N9 toll road, "
            "which links Belmora with Casteno.", DATE)
    assert {("N9", "Belmora"), ("N9", "Casteno")} <= _connects(x)


def test_town_followed_by_non_link_words_links_nothing(run):
    # "Belmora market, which ...": a market is no link; the town joins nothing
    x = run("Malawi and Zambia signed a transit deal on Monday. Traders filled the Belmora market, "
            "which links farmers with buyers from Casteno.", DATE)
    assert not {(link, end) for link, end in _connects(x) if link == "Belmora"}


# -- "The X Bridge, <an aside>, links A with B": the aside between the name and its verb -------------
def test_bridge_described_in_an_aside_before_links(run):
    x = run("Malawi and Zambia met on Monday. The Velka Bridge, a 900-metre road and rail span across the "
            "Luangwa River, links Belmora, in Zambia's Eastern Province, with Malawi's Casteno District.", DATE)
    found = _connects(x)
    assert {("Velka Bridge", "Belmora"), ("Velka Bridge", "Casteno District")} <= found
    assert ("Velka Bridge", "Luangwa River") not in found  # the water it spans is no end


def test_aside_without_link_verb_links_nothing(run):
    x = run("Malawi and Zambia met on Monday. The Velka Bridge, a 900-metre span across the Luangwa River, "
            "carries lorries from Belmora every day.", DATE)
    assert not _connects(x)


def test_second_end_inside_a_pair_named_crossing_links_nothing(run):
    # "the Tosa-Vemo Hills crossing": "Vemo Hills" before "crossing" is an end of the named link, not a link
    x = run("Malawi and Zambia met on Monday. The first crossing to reopen will be the Belmora-Casteno Hills "
            "crossing, which links the town of Belmora, in Malawi's Central Region, with Casteno Hills in "
            "Zambia's Eastern Province.", DATE)
    assert not {(link, end) for link, end in _connects(x) if link == "Casteno Hills"}
