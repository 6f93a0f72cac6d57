"""Round-22 relation classes G5-G7, shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _met(x, person: str) -> set[str]:
    return _objs(x, person, "metWith") | {s for s, p, o in relation_set(x) if p == "metWith" and o == person}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- G5: offices ---------------------------------------------------------------------------
def test_title_of_country_before_comma_and_name(run):
    x = run("Talks resume\n\nChile and Peru resumed talks on gas in Lima on Monday. \"We made progress,\" said "
            "the Vice Minister of Foreign Affairs of Peru, Marco Tellez.\n")
    assert "vice minister of foreign affairs" in _position_labels(x, "marco-tellez")
    assert _objs(x, "marco-tellez", "represents") == {"peru"}


def test_minister_of_portfolio_of_country_in_a_list(run):
    x = run("Talks resume\n\nChile and Peru resumed talks on gas. The meeting was attended by the Minister of "
            "Energy of Chile, Rosa Diaz, and other officials.\n")
    assert "minister of energy" in _position_labels(x, "rosa-diaz")
    assert "chile" in _objs(x, "rosa-diaz", "represents")


def test_its_managing_director_speaks_for_the_body(run):
    x = run("Fish talks\n\nNorway and Iceland failed to agree on cod quotas. Nordtral Fisheries, which represents the "
            "country's trawler owners, criticised the outcome. Its managing director, Harald Lunde, told "
            "reporters the talks had failed.\n")
    assert "managing director" in _position_labels(x, "harald-lunde")
    assert "nordtral-fisheries" in _objs(x, "harald-lunde", "represents")
    assert not {"norway", "iceland"} & _objs(x, "harald-lunde", "represents")


def test_release_issuer_country_for_an_untitled_undersecretary(run):
    x = run("Peru and Chile hold consultations\n\nPeru's Ministry of Foreign Affairs reports that bilateral "
            "consultations with Chile were held in Lima on Monday. The meeting was chaired by the Undersecretary "
            "for Asia and the Pacific, Lucia Mora.\n")
    assert "peru" in _objs(x, "lucia-mora", "represents")
    assert "chile" not in _objs(x, "lucia-mora", "represents")


def test_news_report_without_release_opening_takes_no_issuer(run):
    x = run("Peru and Chile hold consultations\n\nPeru's Ministry of Foreign Affairs said bilateral consultations "
            "were held in Lima on Monday. The meeting was chaired by the Undersecretary for Asia and the "
            "Pacific, Lucia Mora.\n")
    assert "peru" not in _objs(x, "lucia-mora", "represents")


def test_who_has_driven_trucks_for_a_company(run):
    x = run("Truck talks\n\nChile and Peru discussed the border crossing. Juan Paz, who has driven trucks for "
            "Andes Cargo for nine years, said the queues were long.\n")
    assert "andes-cargo" in _objs(x, "juan-paz", "represents")
    assert not {"chile", "peru"} & _objs(x, "juan-paz", "represents")


def test_the_station_master_at_a_town(run):
    x = run("Rail talks\n\nChile and Peru discussed the railway. Pedro Gil, the station master at Tacna, said "
            "the trains ran late.\n")
    assert "station master" in _position_labels(x, "pedro-gil")


# -- G6: meetings --------------------------------------------------------------------------
def test_the_two_officials_held_a_working_meeting(run):
    x = run("Rail talks\n\nChile and Peru discussed the railway, analyst Mario Lenz said. Chilean Transport "
            "Minister Rosa Diaz arrived in Lima on Monday. She was received by Peruvian Transport Minister "
            "Tomas Reyes. The two officials held a working meeting before the signing ceremony.\n")
    assert "tomas-reyes" in _met(x, "rosa-diaz")
    assert "mario-lenz" not in _met(x, "rosa-diaz") | _met(x, "tomas-reyes")


def test_the_two_met_in_a_city_names_the_last_two_people(run):
    x = run("Rail talks\n\nChile and Peru discussed the railway, analyst Mario Lenz said.\n\nRosa Diaz, the "
            "Chilean minister, has pushed for the line for years. Her Peruvian counterpart, Tomas Reyes, was "
            "cautious. The two met in Paris in June and agreed on a timetable.\n")
    met = _met(x, "rosa-diaz")
    assert "tomas-reyes" in met
    assert "mario-lenz" not in met


def test_who_met_someone_at_a_concert_hall(run):
    x = run("Rail talks\n\nChile and Peru discussed the railway.\n\n\"We are close,\" said Rosa Diaz, who met "
            "Tomas Reyes on Tuesday evening at the Vila concert hall in central Lima.\n")
    met = _met(x, "rosa-diaz")
    assert "tomas-reyes" in met


# -- G7: places ----------------------------------------------------------------------------
def test_town_in_the_municipality_of_lies_in_the_innermost_unit(run):
    x = run("Border talks\n\nChile and Peru discussed the border. Talks took place in Villa Nueva, in the "
            "municipality of Tacora, Chile, on Monday.\n")
    assert "tacora" in _objs(x, "villa-nueva", "locatedIn")
    assert "chile" in _objs(x, "tacora", "locatedIn")
