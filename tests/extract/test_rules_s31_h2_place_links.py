"""Session 31 (H2): connects and locatedIn from phrasings the place rules missed (kg.extract.connects,
place_carried_links, place_link_subjects, place_appositions, place_clauses, places).
Invented sentences: made-up towns, real countries other than the fixtures'."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2025-03-03"
LEAD = "Portugal and Uruguay held talks in Lisbon on Tuesday on roads and ports. "


def _has(x, subject: str, predicate: str, obj: str) -> bool:
    return (subject, predicate, obj) in relation_set(x)


def _objects(x, subject: str, predicate: str = "connects") -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


# --- connects: a length spelled out, a planned link, a section named after its ends


def test_spelled_out_length_before_the_ends(run):
    x = run(LEAD + "The Vasko–Merin section runs for about seventy kilometres from Vasko, in northern Uruguay, "
            "to the Portuguese city of Merin.", DATE)
    assert _objects(x, "vasko-merin-section") == {"vasko", "merin"}


def test_length_with_for_names_the_real_ends_not_the_name_parts(run):
    x = run(LEAD + "The Kessa-Brava Road Bridge will run for about 1.6 kilometres between Maluko, a district on "
            "the eastern edge of Kessa, and Kintalo, just north of Brava.", DATE)
    assert _objects(x, "kessa-brava-road-bridge") == {"maluko", "kintalo"}


def test_a_line_meant_to_link_two_cities(run):
    x = run(LEAD + "The new track is part of Rail Vantica, the line meant to link Tarvo with Lumsk.", DATE)
    assert _objects(x, "rail-vantica") == {"tarvo", "lumsk"}


def test_a_length_with_a_thousands_comma_in_the_apposition(run):
    x = run(LEAD + "The gas travels through the Orlo Gas Pipeline, known as Orgas, a 3,150-kilometre line that "
            "runs from Rio Vasko, near Santa Lucia in Uruguay, to Canopa.", DATE)
    assert _objects(x, "orlo-gas-pipeline") == {"rio-vasko", "canopa"}


def test_from_an_end_with_an_aside_on_its_coast(run):
    x = run(LEAD + "The first is the plan to build the Vemo Causeway, a road and rail link of about 40 kilometres "
            "from Askor, on Uruguay's south-east coast, to a landfall near Zubino.", DATE)
    assert _objects(x, "vemo-causeway") == {"askor", "zubino"}


def test_two_word_particle_in_an_end_name(run):
    x = run(LEAD + "Officers would later work at San Cristobo, the crossing between Candelaria de la Vista in "
            "Uruguay's Rivera department and Atescampo in Portugal's Beja district.", DATE)
    assert _objects(x, "san-cristobo") == {"candelaria-de-la-vista", "atescampo"}


# --- connects: what carries a road between two towns


def test_bridge_with_an_opening_date_aside_carries_a_road_between_two_towns(run):
    x = run(LEAD + "The New Orsk Bridge, opened in 2005, carries the E9 across the Vemfjord between Halmo, "
            "in Uruguay's Rivera department, and Strovik.", DATE)
    assert _objects(x, "new-orsk-bridge") == {"halmo", "strovik"}


def test_bridge_relative_clause_inside_the_sentence(run):
    x = run(LEAD + "Before the talks the ministers walked across the Friso Bridge, which carries the Tarvo "
            "railway over the river between Weeno and Westerlo.", DATE)
    assert _objects(x, "friso-bridge") == {"weeno", "westerlo"}


def test_a_town_relative_clause_carrying_something_is_no_link(run):
    x = run(LEAD + "The mayor of Halmo, which carries the scars of the war between Vemo and Lumsk, spoke first.", DATE)
    assert not _objects(x, "halmo")


def test_dam_carrying_a_road_that_connects_two_towns(run):
    x = run(LEAD + "The Orsk Dam also carries a road that connects Falmo Heights with Nueva Guerro.", DATE)
    assert _objects(x, "orsk-dam") == {"falmo-heights", "nueva-guerro"}


def test_something_carrying_a_named_road_does_not_take_its_ends(run):
    x = run(LEAD + "The convoy carries a road map that links Vemo with Tarvo.", DATE)
    assert not [r for r in relation_set(x) if r[1] == "connects" and r[0] not in {"vemo", "tarvo"}
                and r[2] in {"vemo", "tarvo"} and "road" not in r[0]]


def test_crossing_on_a_named_highway_between_two_towns(run):
    x = run(LEAD + "Corinta, in the Uruguayan department of Rivera, is the crossing on the Coastal highway "
            "between Puerto Vales and Puerto Barrino.", DATE)
    assert _objects(x, "corinta") == {"puerto-vales", "puerto-barrino"}


def test_crossing_on_the_road_between_two_towns(run):
    x = run(LEAD + "Jarinko, on the road between Rasko in central Uruguay and Levosa in northern Portugal, "
            "is the busiest of the crossings in the north.", DATE)
    assert _objects(x, "jarinko") == {"rasko", "levosa"}


def test_town_on_the_road_between_two_towns_is_no_crossing(run):
    x = run(LEAD + "Vasko, on the road between Tarvo and Lumsk, is a market town of 4,000 people.", DATE)
    assert not _objects(x, "vasko")


def test_dateline_town_is_not_the_link(run):
    x = run("KESSAVO - When the Unity Bridge opened in 2010, it carried fewer than forty vehicles a day across "
            "the Vemo River, linking Mtambo in Uruguay's Kessavo Region with Negomo in Portugal's "
            "Beja district.", DATE)
    assert _objects(x, "unity-bridge") == {"mtambo", "negomo"}
    assert not [r for r in relation_set(x) if r[1] == "connects" and r[0] != "unity-bridge"]


# --- locatedIn: appositions and clauses


def test_airfield_described_in_a_region(run):
    x = run(LEAD + "Migrants are taken to a centre at Gjado, a former military airfield in Uruguay's Rivera "
            "department.", DATE)
    assert any(s == "gjado" and p == "locatedIn" and "rivera" in o for s, p, o in relation_set(x))


def test_demonym_in_the_description_and_a_unit_before_the_name(run):
    x = run(LEAD + "In Cedo, a village on the Uruguayan shore in the department of Cholo, the catch has fallen.", DATE)
    assert any(s == "cedo" and p == "locatedIn" and "cholo" in o for s, p, o in relation_set(x))


def test_capitalised_name_in_the_description_blocks_it(run):
    x = run(LEAD + "Talks moved to Velmo, a partner town of Kessa Holdings in Rivera.", DATE)
    assert not any(s == "velmo" and p == "locatedIn" and "rivera" in o for s, p, o in relation_set(x))


def test_hamlet_on_the_coast_of_an_island(run):
    x = run(LEAD + "Hunters travel as far as Griso Fiord, a hamlet on the southern coast of Ellesmo Island.", DATE)
    assert _has(x, "griso-fiord", "locatedIn", "ellesmo-island")


def test_its_port_in_a_province(run):
    x = run(LEAD + "Ships call at Turkmo, its modernised port in Balko province, which opened a terminal in 2018.", DATE)
    assert any(s == "turkmo" and p == "locatedIn" and "balko" in o for s, p, o in relation_set(x))


def test_which_lies_in_a_countrys_region(run):
    x = run(LEAD + "Many have relatives in Ivano, which lies in Uruguay's Rivera department.", DATE)
    assert any(s == "ivano" and p == "locatedIn" and "rivera" in o for s, p, o in relation_set(x))


def test_aside_before_is_in_a_countrys_region(run):
    x = run(LEAD + "Korlo lies in Portugal's Beja district; Ak-Jolo, across the line, is in Uruguay's Rivera "
            "department.", DATE)
    assert any(s == "ak-jolo" and p == "locatedIn" and "rivera" in o for s, p, o in relation_set(x))


def test_town_after_a_comma_opening_a_clause_is_no_container(run):
    x = run(LEAD + "\"If it works at Anguito, San Cristobo comes next,\" she said.", DATE)
    assert not _has(x, "anguito", "locatedIn", "san-cristobo")


def test_town_and_its_unknown_region_after_a_comma_still_pairs(run):
    x = run(LEAD + "Trucks queue at Anguito, San Cristobo, for hours.", DATE)
    assert _has(x, "anguito", "locatedIn", "san-cristobo")


def test_compass_point_written_as_one_word(run):
    x = run(LEAD + "Hunters from Qarvik, in northwest Uruguay, asked for access.", DATE)
    assert _has(x, "qarvik", "locatedIn", "uruguay")


def test_in_the_city_of_and_no_pair_across_two_containers(run):
    x = run(LEAD + "The two busiest, Vaalo in the municipality of Virolo and Nuijo in the city of Lappeno, "
            "once carried millions of travellers.", DATE)
    assert _has(x, "nuijo", "locatedIn", "lappeno")
    assert _has(x, "vaalo", "locatedIn", "virolo")
    assert not _has(x, "virolo", "locatedIn", "lappeno")


def test_caption_row_of_town_region_and_country(run):
    x = run(LEAD + "The photos.\n1. Vemora, Benguela province, Angola. Copper waits in wagons at the port.", DATE)
    assert any(s == "vemora" and p == "locatedIn" and "benguela" in o for s, p, o in relation_set(x))
    assert any("benguela" in s and p == "locatedIn" and o == "angola" for s, p, o in relation_set(x))


def test_row_inside_a_sentence_is_a_list_not_an_address(run):
    x = run(LEAD + "Talks were held in Vemora, Benguela province, Angola and Namibia.", DATE)
    assert not any(s == "vemora" and p == "locatedIn" and "benguela" in o for s, p, o in relation_set(x))


def test_two_crossings_sharing_a_plural_kind_lie_in_the_place_after(run):
    x = run(LEAD + "Lorries use the Koidu and Luhamo crossings in southern Uruguay.", DATE)
    assert _has(x, "koidu-crossing", "locatedIn", "uruguay")
    assert _has(x, "luhamo-crossing", "locatedIn", "uruguay")


def test_two_crossings_on_the_border_lie_in_nothing(run):
    x = run(LEAD + "Lorries drive between the Koidu and Luhamo crossings on the border.", DATE)
    assert not [r for r in relation_set(x) if r[1] == "locatedIn" and r[0] in {"koidu-crossing", "luhamo-crossing"}]


def test_is_in_the_unit_of_a_country(run):
    x = run(LEAD + "Gashvo lies in Rivera department, while Ganqo is in the Vemo Autonomous Region of Portugal.", DATE)
    assert _has(x, "ganqo", "locatedIn", "vemo-autonomous-region")
    assert _has(x, "vemo-autonomous-region", "locatedIn", "portugal")


def test_is_in_the_heart_of_a_country_names_no_unit(run):
    x = run(LEAD + "Ganqo is in the heart of Portugal's wine country.", DATE)
    assert not [r for r in relation_set(x) if r[0] == "ganqo" and r[1] == "locatedIn" and r[2] != "portugal"]


def test_particle_es_inside_an_end_name(run):
    x = run(LEAD + "The driver has worked on the Vemo-Kessa Railway for 22 years. Last month the two states signed "
            "a concession to run the 1,860-kilometre line between Dar es Tosa and Kapiri Lumo for 30 years.", DATE)
    assert {"dar-es-tosa", "kapiri-lumo"} <= _objects(x, "vemo-kessa-railway")


def test_pass_fact_line_with_an_altitude_aside_on_the_border(run):
    x = run(LEAD + "Facts.\nKhuvo Pass: about 4,700 metres above sea level, on the border between Portugal's Beja "
            "district and Uruguay's Rivera department.", DATE)
    assert len(_objects(x, "khuvo-pass")) == 2


def test_fact_line_of_a_highway_running_from_one_end_to_another(run):
    x = run(LEAD + "Facts.\nKarvo Highway: runs some 1,300 km from Hasan Abdo in Beja to the Khuvo Pass.", DATE)
    assert _objects(x, "karvo-highway") == {"hasan-abdo", "khuvo-pass"}
