"""Round-20 relation classes B1-B8, shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- B1: main-clause roles ---------------------------------------------------------------
def test_main_clause_chairs_gives_chair_of_the_body(run):
    x = run("Port talks\n\nChile and Peru met on Monday. Ilona Berg chairs the Chilean Shipping Association. "
            "\"We want access,\" she said.\n")
    assert "chair" in _position_labels(x, "ilona-berg")
    assert "chilean-shipping-association" in _objs(x, "ilona-berg", "represents")


def test_heads_to_a_city_is_not_an_office(run):
    x = run("Port talks\n\nChile and Peru met on Monday. Marko Tenn heads to Lima on Friday.\n")
    assert not _objs(x, "marko-tenn", "holdsPosition")


def test_who_heads_the_authoritys_programme_acts_for_the_authority(run):
    x = run("Port talks\n\nThe Peruvian Port Authority said it would wait. Chile and Peru met on Monday. "
            "Jon Reyes, who heads the authority's dredging programme, said work would start soon.\n")
    # round-35 O1 (convention change): a state body's official represents the body's country only
    assert _objs(x, "jon-reyes", "represents") == {"peru"}


def test_its_title_after_the_name_belongs_to_the_body_named_first(run):
    x = run("Grid talks\n\nNorway and Sweden met on Monday. At Statnett, the Norwegian grid operator, Lars Dahl, "
            "its head of network planning, said supply was tight.\n")
    assert "head of network planning" in _position_labels(x, "lars-dahl")
    assert "statnett" in _objs(x, "lars-dahl", "represents")


def test_coordinator_of_a_city_based_group(run):
    x = run("Dam talks\n\nChile and Peru met on Monday. Sara Vint, coordinator of the Lima-based group Clean "
            "Rivers, said the dam was harmful.\n")
    assert "coordinator" in _position_labels(x, "sara-vint")
    assert "clean-rivers" in _objs(x, "sara-vint", "represents")
    assert not any("lima" in label for label in _position_labels(x, "sara-vint"))


# -- B4: meetings ------------------------------------------------------------------------
def test_met_two_coordinated_apposed_people(run):
    x = run("Water talks\n\nChile and Peru resumed talks on Monday. Chilean Foreign Minister Ana Soto met her "
            "Peruvian counterpart, Luis Prado, and Chile's fisheries minister, Jorge Lagos, in Arica.\n")
    met = _objs(x, "ana-soto", "metWith")
    assert {"luis-prado", "jorge-lagos"} <= met


def test_caption_greets_is_a_meeting(run):
    x = run("Water talks\n\nChile and Peru resumed talks on Monday.\n\nAna Soto (right) greets Peru's trade "
            "minister Rita Mares at the foreign ministry in Lima.\n")
    assert "rita-mares" in _objs(x, "ana-soto", "metWith") | set()
    assert x.events and any(set(e.participants) == {"ana-soto", "rita-mares"} for e in x.events)


def test_greets_with_a_comma_between_is_not_read(run):
    x = run("Water talks\n\nChile and Peru resumed talks on Monday. Ana Soto greets the plan, Rita Mares said.\n")
    assert "rita-mares" not in _objs(x, "ana-soto", "metWith")


# -- B5: a back-referenced river or line connects both ends --------------------------------
def test_the_river_which_runs_from_a_to_b(run):
    x = run("River talks\n\nChile and Peru resumed talks on Monday. The Lauca River is at the centre of the "
            "dispute. The river, which runs from Lake Chungara to the Coipasa Sea, feeds farms.\n")
    assert {"lake-chungara", "coipasa-sea"} <= _objs(x, "lauca-river", "connects")


def test_the_line_meant_to_link_a_with_b(run):
    x = run("Rail talks\n\nChile and Peru resumed talks on Monday. The Arica Railway is old. Officials want to "
            "rebuild the line meant to link Arica with La Paz.\n")
    assert {"arica", "la-paz"} <= _objs(x, "arica-railway", "connects")


# -- B3: local officials take the country their place is in -------------------------------
def test_district_commissioner_represents_the_country_of_the_district(run):
    x = run("Border talks\n\nChile and Peru resumed talks on Monday. Tacora, in Peru's far south, has suffered "
            "for years. Lovo Banda, the Tacora District Commissioner, said the border should open. Chilean "
            "Minister Ana Rios met Peruvian envoy Juan Paz.\n")
    assert "peru" in _objs(x, "tacora-district", "locatedIn")
    assert _objs(x, "lovo-banda", "represents") == {"peru"}


def test_in_a_countrys_far_south_is_located_in(run):
    x = run("Border talks\n\nChile and Peru resumed talks on Monday. Farmers in Tacna, in Peru's far south, "
            "waited.\n")
    assert "peru" in _objs(x, "tacna", "locatedIn")
    assert "chile" not in _objs(x, "tacna", "locatedIn")


# -- B6: a ministry without a country takes its host's country -----------------------------
def test_ministry_where_the_host_met_is_the_hosts(run):
    x = run("Trade talks\n\nChile and Peru resumed talks on Monday. Vice Minister Ana Ruiz of Chile, who "
            "hosted the meeting at the Ministry of Foreign Affairs and Worship, said the text was ready.\n")
    assert _objs(x, "ministry-of-foreign-affairs-and-worship", "partOf") == {"chile"}


def test_foreign_ministry_in_a_capital(run):
    x = run("Trade talks\n\nChile and Peru resumed talks on Monday. The talks were held at the Foreign "
            "Ministry in Lima.\n")
    assert _objs(x, "foreign-ministry", "partOf") == {"peru"}


# -- B7: a country's foreign-language state body -------------------------------------------
def test_countrys_foreign_language_council_is_part_of_it(run):
    x = run("Grain talks\n\nChile and Peru resumed talks on Monday. Peru's Conseil du Grain (CDG) "
            "disagreed. Chile's Dirección General de Aguas (DGA) said the river was low.\n")
    assert _objs(x, "conseil-du-grain", "partOf") == {"peru"}
    assert _objs(x, "direccion-general-de-aguas", "partOf") == {"chile"}


# -- B8: a minister in the Government of a territory ---------------------------------------
def test_minister_in_the_government_of_a_territory_represents_that_government(run):
    x = run("Island talks\n\nSamoa and Tonga resumed talks on Monday. Samoan Foreign Minister Tala Vaai met "
            "Lina Ott, a minister in the Government of Niue, in Apia.\n")
    assert "government-of-niue" in _objs(x, "lina-ott", "represents")
    assert not _objs(x, "lina-ott", "represents") & {"samoa", "tonga"}
    assert not _objs(x, "government-of-niue", "partOf") & {"samoa", "tonga"}


# -- B2: copular positions -----------------------------------------------------------------
def test_copula_with_two_coordinated_titles(run):
    x = run("Trade talks\n\nChile and Peru resumed talks on Monday. Helen Moss, 54, is a deputy secretary at "
            "the Department of Trade and Chile's chief negotiator on the deal.\n")
    labels = _position_labels(x, "helen-moss")
    assert "deputy secretary" in labels and "chief negotiator" in labels
    assert _objs(x, "helen-moss", "represents") == {"chile"}


def test_copula_former_post_is_not_held(run):
    x = run("Trade talks\n\nChile and Peru resumed talks on Monday. Juan Soto is a former trade minister of Peru.\n")
    assert not _objs(x, "juan-soto", "holdsPosition")


def test_place_on_an_island(run):
    x = run("Island talks\n\nChile and Peru resumed talks on Monday. The museum sits at Liberty Pier, on Ellis "
            "Island.\n")
    assert _objs(x, "liberty-pier", "locatedIn") == {"ellis-island"}
