"""Round-36 office, side and meeting classes (O1-O7), shown on invented sentences
(names made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


# -- O1: offices from relative clauses --------------------------------------------------------------
def test_who_chairs_a_towns_board_is_its_chair_for_the_country(run):
    x = run("River talks\n\nSweden and Norway resumed talks on the river on Monday. Maria Lind, who chairs "
            "Gävle's municipal executive board, told reporters the talks were useful.\n")
    assert any("chair" in t for t in _position_labels(x, "maria-lind"))
    assert _objs(x, "maria-lind", "represents") == {"sweden"}
    y = run("River talks\n\nSweden and Norway resumed talks on the river on Monday. Maria Lind, who heads "
            "Kiruna's local government, said the talks were useful.\n")
    assert any("head" in t for t in _position_labels(y, "maria-lind"))
    assert _objs(y, "maria-lind", "represents") == {"sweden"}


def test_who_heads_a_demonym_delegation(run):
    x = run("River talks\n\nPeru and Chile resumed talks on Monday. Diego Suarez, who heads the Chilean "
            "delegation to the river commission, said Peru had moved.\n")
    assert any("head" in t for t in _position_labels(x, "diego-suarez"))
    assert _objs(x, "diego-suarez", "represents") == {"chile"}
    y = run("River talks\n\nPeru and Chile resumed talks on Monday. Diego Suarez, who leads the Peruvian "
            "negotiating team, said Chile had moved.\n")
    assert any("head" in t for t in _position_labels(y, "diego-suarez"))
    assert _objs(y, "diego-suarez", "represents") == {"peru"}


def test_the_two_co_chair_the_commission(run):
    x = run("Water talks\n\nPeru and Ecuador set up a Joint Water Commission in 2019. Ana Vera and Luis Paz met "
            "in Quito on Monday. The two women co-chair the Joint Water Commission.\n")
    assert any("co-chair" in t for t in _position_labels(x, "ana-vera"))
    assert any("co-chair" in t for t in _position_labels(x, "luis-paz"))
    y = run("Water talks\n\nPeru and Ecuador held talks on Monday. Ana Vera and Luis Paz met in Quito. "
            "The two co-chaired the panel since 2020.\n")
    assert any("co-chair" in t for t in _position_labels(y, "ana-vera"))
    assert any("co-chair" in t for t in _position_labels(y, "luis-paz"))


# -- O2: offices with a "for ..." tail, comma-listed portfolios --------------------------------------
def test_envoy_for_relations_with_a_country_keeps_the_tail(run):
    x = run("Border talks\n\nTurkey and Armenia held talks on Monday. Juan Soto, the prime minister's special "
            "envoy for relations with Armenia, said the border could open.\n")
    assert "prime minister's special envoy for relations with armenia" in _position_labels(x, "juan-soto")
    assert "armenia" not in _objs(x, "juan-soto", "represents")
    y = run("Border talks\n\nTurkey and Armenia held talks on Monday. Juan Soto, the special envoy for "
            "normalisation with Turkey, said the border could open.\n")
    assert any("special envoy for normalisation with turkey" in t for t in _position_labels(y, "juan-soto"))
    assert "turkey" not in _objs(y, "juan-soto", "represents")


def test_coordinator_for_pair_affairs_names_no_organisation(run):
    x = run("Border talks\n\nPeru and the United States held talks on Monday. Carla Diaz, the U.S. coordinator "
            "for U.S.-Peru border affairs, said the border was calm.\n")
    assert any("coordinator for u.s.-peru border affairs" in t for t in _position_labels(x, "carla-diaz"))
    assert _objs(x, "carla-diaz", "represents") == {"united-states"}


def test_comma_listed_portfolios_before_a_name(run):
    x = run("Power talks\n\nZambia and Zimbabwe held talks on the dam on Monday. Zambian Mines, Energy and Water "
            "Minister Chanda Mulenga met Zimbabwe's delegation.\n")
    assert "mines, energy and water minister" in _position_labels(x, "chanda-mulenga")
    assert _objs(x, "chanda-mulenga", "represents") == {"zambia"}
    assert "Zambian Mines" not in entity_types(x)
    y = run("Rail talks\n\nKenya and Uganda held talks on the railway on Monday. Uganda's Works, Transport "
            "and Housing Minister Ruth Nankya said the line would be ready.\n")
    assert "works, transport and housing minister" in _position_labels(y, "ruth-nankya")
    assert _objs(y, "ruth-nankya", "represents") == {"uganda"}


def test_provincial_deputy_with_a_portfolio_in_a_named_province(run):
    x = run("Bridge talks\n\nThe Netherlands and Belgium discussed the bridge on Monday. Eva de Vries, provincial "
            "deputy for mobility in the province of Utrecht, said the bridge was old.\n")
    assert any("provincial deputy for mobility" in t for t in _position_labels(x, "eva-de-vries"))
    assert _objs(x, "eva-de-vries", "represents") == {"netherlands"}


# -- O3: state bodies of a place: their officials act for its country -------------------------------
def test_port_authority_of_a_town_is_its_countrys(run):
    x = run("Port talks\n\nSpain and Morocco discussed the ferry on Tuesday. Luis Gil, president of the Port "
            "Authority of Badajoz, said the ferries were full.\n")
    assert _objs(x, "luis-gil", "represents") == {"spain"}
    assert "spain" in _objs(x, "port-authority-of-badajoz", "partOf")


def test_water_directorate_in_a_town_is_its_countrys(run):
    x = run("River talks\n\nHungary and Austria discussed the river on Monday. Peter Kovacs, head of hydrology "
            "at the West Danube Water Directorate in Győr, said the water was low.\n")
    assert _objs(x, "peter-kovacs", "represents") == {"hungary"}
    assert "hungary" in _objs(x, "west-danube-water-directorate", "partOf")


def test_acronym_of_a_central_bank_and_a_port_authority_named_after_its_town(run):
    x = run("Power talks\n\nZambia and Zimbabwe discussed the dam on Monday. The Bank of Zambia (BoZ) has raised "
            "rates. BoZ Governor Mary Banda said the bank was ready.\n")
    assert _objs(x, "mary-banda", "represents") == {"zambia"}
    y = run("Port talks\n\nSpain and Morocco discussed the port on Monday. Tomas Riera, director at the "
            "Algeciras Port Authority, said the port was ready.\n")
    assert _objs(y, "tomas-riera", "represents") == {"spain"}


# -- O4: local officials represent the country of their town ----------------------------------------
def test_two_mayors_each_of_his_town(run):
    x = run("Bridge talks\n\nPortugal and Spain resumed talks on the bridge on Monday. Mayor Ana Costa of Elvas "
            "and Mayor José Pérez of Badajoz met in the town hall.\n")
    assert "mayor of badajoz" in _position_labels(x, "jose-perez")
    assert "mayor of elvas" in _position_labels(x, "ana-costa")
    assert _objs(x, "jose-perez", "represents") == {"spain"}
    assert _objs(x, "ana-costa", "represents") == {"portugal"}
    assert _met(x, "ana-costa", "jose-perez")


def test_mayor_of_a_municipality_named_with_its_unit_word(run):
    x = run("Border talks\n\nGeorgia and Turkey discussed the border on Monday. The mayor of Kobuleti "
            "municipality, Nino Beridze, told reporters the road was busy.\n")
    assert _objs(x, "nino-beridze", "represents") == {"georgia"}


def test_county_supervisor_is_a_local_office(run):
    x = run("Bridge talks\n\nCanada and the United States discussed the bridge on Monday. Ann Lee, a Marin County "
            "supervisor whose district includes Point Reyes, said the bridge was old.\n")
    assert any("supervisor" in t for t in _position_labels(x, "ann-lee"))


# -- O5: aides take their principal's side ----------------------------------------------------------
def test_deputy_of_a_named_negotiator_acts_for_his_country(run):
    x = run("Fishing talks\n\nNorway and Russia resumed fishing talks on Monday. Norway's chief negotiator, Jon "
            "Edvardsen, said the quota was too low. Edvardsen's deputy negotiator, Kari Moe, speaking to "
            "journalists, said Russia had moved.\n")
    assert _objs(x, "kari-moe", "represents") == {"norway"}
    y = run("Fishing talks\n\nNorway and Russia resumed fishing talks on Monday. Norway's chief negotiator, Jon "
            "Edvardsen, said the quota was too low. Kari Moe, Edvardsen's deputy, told journalists Russia had moved.\n")
    assert _objs(y, "kari-moe", "represents") == {"norway"}
    assert any("deputy" in t for t in _position_labels(y, "kari-moe"))


def test_the_ministers_spokeswoman_acts_for_the_ministers_country(run):
    x = run("Fishing talks\n\nNorway and Russia resumed fishing talks on Monday. Russia's fisheries minister "
            "Ivan Petrov said he was hopeful. The minister's spokeswoman, Olga Ivanova, said later the talks "
            "would resume.\n")
    assert _objs(x, "olga-ivanova", "represents") == {"russia"}


# -- O6: meetings with pronoun objects and "called on" ----------------------------------------------
def test_met_her_is_the_last_woman_of_the_other_side(run):
    x = run("Water talks\n\nPeru and Ecuador resumed talks on the river on Monday. Ecuador's water minister, "
            "Sofia Andrade, arrived in Lima on Sunday. Peru's Vice Minister of Water, Luis Pardo, met her for "
            "five hours.\n")
    assert _met(x, "luis-pardo", "sofia-andrade")


def test_the_two_co_chairs_called_on_a_chief_minister(run):
    x = run("Border talks\n\nNepal and India held talks in Surkhet. The two co-chairs, Ram Karki and Anil Rao, "
            "visited the dam. Later the two co-chairs called on Rina Thapa, the chief minister of Karnali "
            "Province.\n")
    assert _met(x, "ram-karki", "rina-thapa")
    assert _met(x, "anil-rao", "rina-thapa")
    y = run("Border talks\n\nNepal and India held talks in Surkhet. India's ambassador, Anil Rao, called on "
            "the governor, Rina Thapa, on Monday.\n")
    assert _met(y, "anil-rao", "rina-thapa")
    # "called on X to do Y" is a demand, no visit
    z = run("Border talks\n\nNepal and India held talks in Surkhet. India's ambassador, Anil Rao, called on "
            "Rina Thapa to reopen the post.\n")
    assert not _met(z, "anil-rao", "rina-thapa")


# -- O7: the commission negotiates ------------------------------------------------------------------
def test_the_commission_negotiates_the_draft_agreement(run):
    x = run("Border talks\n\nKyrgyzstan and Tajikistan held talks on Monday in the Kyrgyz-Tajik Joint Border "
            "Commission. The commission is negotiating the draft Road Transit Agreement.\n")
    assert ("kyrgyz-tajik-joint-border-commission", "negotiates", "road-transit-agreement") in relation_set(x)
    assert not {o for o in _objs(x, "kyrgyz-tajik-joint-border-commission", "partOf")} & {"kyrgyzstan", "tajikistan"}
