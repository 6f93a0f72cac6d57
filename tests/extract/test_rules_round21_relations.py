"""Round-21 relation classes B1-B7, shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- B1: coordinated titled delegation heads ----------------------------------------------
def test_coordinated_delegation_heads_with_portfolio_titles(run):
    x = run("Talks resume\n\nTalks between Chile and Peru resumed this week. The two delegation heads, Chile's "
            "Principal Secretary for Trade Mira Talun and Peru's Deputy Minister for Industry and Trade Pavel "
            "Krenk, met on Monday in Lima.\n")
    assert "deputy minister for industry and trade" in _position_labels(x, "pavel-krenk")
    assert "peru" in _objs(x, "pavel-krenk", "represents")
    assert "chile" in _objs(x, "mira-talun", "represents")
    assert "pavel-krenk" in _objs(x, "mira-talun", "metWith") | set()


# -- B2: business and party roles tied to a body ------------------------------------------
def test_owner_of_a_company_after_the_name(run):
    x = run("Border trade\n\nChile and Peru resumed talks on trucking. \"The queues are terrible,\" said Omar "
            "Lise, owner of Arica Haulage, which runs six trucks.\n")
    assert "owner" in _position_labels(x, "omar-lise")
    assert "arica-haulage" in _objs(x, "omar-lise", "represents")
    assert not {"chile", "peru"} & _objs(x, "omar-lise", "represents")


def test_company_possessive_general_manager_before_the_name(run):
    x = run("Gas talks\n\nChile and Peru resumed talks on gas. Nortegas's general manager, Teo Vance, told "
            "reporters the deal was close.\n")
    assert "general manager" in _position_labels(x, "teo-vance")
    assert "nortegas" in _objs(x, "teo-vance", "represents")


def test_opposition_member_of_parliament_for_a_party(run):
    x = run("Gas talks\n\nChile and Peru resumed talks on gas. Rita Koll, an opposition member of parliament "
            "for the Green Alliance (GA), said the talks were secret.\n")
    assert "member of parliament" in _position_labels(x, "rita-koll")
    assert "green-alliance" in _objs(x, "rita-koll", "represents")


def test_member_of_parliament_from_a_province_acts_for_its_country(run):
    x = run("Border trade\n\nChile and Peru resumed talks on trucking in Peru's Tacna Province. Lina Moss, a "
            "member of parliament from Tacna Province, said she backed the deal.\n")
    assert "member of parliament" in _position_labels(x, "lina-moss")
    assert "peru" in _objs(x, "lina-moss", "represents")
    assert "chile" not in _objs(x, "lina-moss", "represents")


def test_manager_from_a_company_is_not_its_post(run):
    x = run("Gas talks\n\nChile and Peru resumed talks on gas. Teo Vance, a manager from Nortegas, said the "
            "deal was close.\n")
    assert "manager" not in _position_labels(x, "teo-vance")


# -- B6: connects with locating asides and via-lists ----------------------------------------
def test_link_end_with_a_locating_aside_is_the_first_place(run):
    x = run("Pipeline deal\n\nChile and Peru signed a deal on Monday. The deal covers the Andes Pipeline, a "
            "120-km pipeline that will link Arica, west of Putre, with Tacna in southern Peru.\n")
    ends = _objs(x, "andes-pipeline", "connects")
    assert {"arica", "tacna"} <= ends
    assert "putre" not in ends


def test_line_run_through_places_connects_only_its_ends(run):
    x = run("Rail deal\n\nChile and Peru signed a deal on Monday. Officials praised Rail Andino, a "
            "standard-gauge line that will run from Iquique through Calama and Putre to Arequipa.\n")
    ends = _objs(x, "rail-andino", "connects")
    assert ends == {"iquique", "arequipa"}


def test_known_as_then_line_from_a_near_b_to_c(run):
    x = run("Gas deal\n\nChile and Peru signed a deal on Monday. The Norte Gas Pipeline, known as Nosur, a "
            "900-km line that runs from Calama, near Iquique in Chile, to Moquegua in Peru, opened in 2010.\n")
    ends = _objs(x, "norte-gas-pipeline", "connects")
    assert {"calama", "moquegua"} <= ends
    assert "iquique" not in ends


def test_the_pipeline_runs_from_a_field_to_a_terminal_off_a_town(run):
    x = run("Gas deal\n\nChile and Peru signed a deal on Monday on the Norte Gas Pipeline.\n\nThe pipeline runs "
            "from the Camisea gas field in Peru's Cusco region to a terminal off Arica.\n")
    ends = _objs(x, "norte-gas-pipeline", "connects")
    assert "arica" in ends
    assert any(e.startswith("camisea") for e in ends)


def test_highway_between_two_towns_and_end_of_a_peninsula(run):
    x = run("Road deal\n\nChile and Peru signed a deal on Monday. The Coastal Highway connects Arica with Ilo "
            "at the southern end of Peninsular Peru.\n")
    assert {"arica", "ilo"} <= _objs(x, "coastal-highway", "connects")
    assert "peninsular-peru" in _objs(x, "ilo", "locatedIn")
    assert "peninsular-peru" not in _objs(x, "coastal-highway", "connects")


# -- B7: locatedIn --------------------------------------------------------------------------
def test_village_on_a_lake_is_not_in_the_lake(run):
    x = run("Lake deal\n\nChile and Peru signed a deal on Monday. Putre, a Chilean fishing village on Lake "
            "Chungara, depends on the lake.\n")
    assert "chile" in _objs(x, "putre", "locatedIn")
    assert not any("chungara" in o for o in _objs(x, "putre", "locatedIn"))


def test_field_in_a_countrys_province_lies_in_the_province(run):
    x = run("Gas deal\n\nChile and Peru signed a deal on Monday. Gas comes from the Camisea gas field in "
            "Peru's Cusco region.\n")
    field = next(k for k, e in x.entities.items() if e.label.startswith("Camisea"))
    assert any("cusco" in o for o in _objs(x, field, "locatedIn"))
    assert "peru" not in _objs(x, field, "locatedIn")


def test_place_on_a_countrys_side_at_or_in(run):
    x = run("Lake deal\n\nChile and Peru signed a deal on Monday. Fishers work on the Chilean side at Arica Bay "
            "and on the Peruvian side in the inner Bay of Ilo.\n")
    assert "chile" in _objs(x, "arica-bay", "locatedIn")
    assert "peru" in _objs(x, "bay-of-ilo", "locatedIn")
    assert "chile" not in _objs(x, "bay-of-ilo", "locatedIn")


# -- B3: local officials take their town's country ------------------------------------------
def test_mayor_of_a_district_before_the_name(run):
    x = run("Border town\n\nChile and Peru reopened the border on Monday at Tacna in Peru.\n\nMayor of Tacna "
            "district Ivo Prane said trade would recover.\n")
    assert "mayor" in _position_labels(x, "ivo-prane")
    assert "peru" in _objs(x, "ivo-prane", "represents")
    assert "tacna" not in _objs(x, "ivo-prane", "represents")


def test_the_towns_deputy_mayor_after_back_in_a_town(run):
    x = run("Border town\n\nChile and Peru reopened the border on Monday. Arica, a Chilean port, was quiet.\n\n"
            "Back in Arica, the town's deputy mayor, Nela Visco, was more hopeful.\n")
    assert "deputy mayor" in _position_labels(x, "nela-visco")
    assert "chile" in _objs(x, "nela-visco", "represents")
    assert "arica" not in _objs(x, "nela-visco", "represents")


# -- B4: the unmarked minister of a pair is the other side ----------------------------------
def test_styled_minister_without_country_beside_a_marked_counterpart(run):
    x = run("Rail link\n\nKUALA LUMPUR, 4 June 2026 - Malaysia and Thailand agreed to speed up the rail link. "
            "The Minister of Transport, Dato' Sri Rina Halim, and Thailand's Minister of Transport, Mr. Somchai "
            "Wong, met in Putrajaya.\n")
    assert "minister of transport" in _position_labels(x, "rina-halim")
    assert "malaysia" in _objs(x, "rina-halim", "represents")
    assert "thailand" not in _objs(x, "rina-halim", "represents")
    assert "thailand" in _objs(x, "somchai-wong", "represents")


# -- B5: a ministry belongs to the country of its minister ----------------------------------
def test_ministry_takes_the_country_of_the_minister_of_the_same_portfolio(run):
    x = run("Energy talks\n\nMalaysia and Thailand held energy talks on Monday. Thailand's Minister of Energy, "
            "Mining and Mineral Resources, Lodi Karn, attended.\n\nA statement issued by the Ministry of Energy, "
            "Mining and Mineral Resources said supply was secure.\n")
    ministry = "ministry-of-energy-mining-and-mineral-resources"
    assert _objs(x, ministry, "partOf") == {"thailand"}


def test_ministry_with_ministers_of_both_countries_is_left_alone(run):
    x = run("Energy talks\n\nMalaysia and Thailand held energy talks on Monday. Thailand's Minister of Energy, "
            "Lodi Karn, and Malaysia's Minister of Energy, Sara Dinn, attended.\n\nThe Ministry of Energy "
            "said supply was secure.\n")
    assert "thailand" not in _objs(x, "ministry-of-energy", "partOf")


# -- B3: vox pops in a place of one country -------------------------------------------------
def test_local_quoted_in_a_town_acts_for_its_country(run):
    x = run("Border town\n\nChile and Peru reopened the border on Monday. Putre, a Chilean village, waited.\n\n"
            "In Putre, the mood was grim. \"We lost everything,\" said Lena Moor, 58, who runs a kiosk opposite "
            "the station.\n")
    assert _objs(x, "lena-moor", "represents") == {"chile"}


def test_local_in_another_paragraph_takes_no_earlier_town(run):
    x = run("Border town\n\nChile and Peru reopened the border on Monday. Putre, a Chilean village, waited.\n\n"
            "In Putre, the mood was grim.\n\n\"We lost everything,\" said Lena Moor, who runs a kiosk.\n")
    assert "chile" not in _objs(x, "lena-moor", "represents")


def test_unknown_given_name_after_a_portfolio_list_stays_in_the_name(run):
    x = run("Talks resume\n\nTalks between Thailand and Malaysia resumed. The two delegation heads, Thailand's "
            "Principal Secretary for Trade Ana Ruz and Malaysia's Deputy Minister for Industry and Trade Ovek "
            "Brann, met on Monday in Bangkok.\n\n\"We made progress,\" Brann said.\n")
    assert x.entities["ovek-brann"].type == "Person"
    assert "brann" not in x.entities
    assert "deputy minister for industry and trade" in _position_labels(x, "ovek-brann")
    assert "malaysia" in _objs(x, "ovek-brann", "represents")
    assert "ovek-brann" in _objs(x, "ana-ruz", "metWith")


def test_governor_in_a_province_is_no_vox_pop(run):
    x = run("Gas talks\n\nChile and Argentina held gas talks. Neuquen Province lies in Argentina.\n\nIn Neuquen "
            "Province, Governor Ana Lorca welcomed the talks. \"This is work for our towns,\" she said.\n")
    assert "argentina" not in _objs(x, "ana-lorca", "represents")


def test_meeting_between_the_two_ministers_is_a_meeting_of_the_last_two_named(run):
    x = run("Rail link\n\nMalaysia and Thailand agreed today to speed up the rail link. The Minister of "
            "Transport, Dato' Sri Rina Halim, and Thailand's Minister of Transport, Mr. Somchai Wong, agreed on "
            "the timetable.\n\nThe agreement was reached following a bilateral meeting between the two Ministers "
            "in Putrajaya.\n")
    met = {(s, o) for s, p, o in relation_set(x) if p == "metWith"}
    assert ("rina-halim", "somchai-wong") in met or ("somchai-wong", "rina-halim") in met
