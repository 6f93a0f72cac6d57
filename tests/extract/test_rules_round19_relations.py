"""Round-19 relation classes B1-B10, shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _in(x, subject: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == "locatedIn"}


# -- B1: the demonym names the outermost container ------------------------------------
def test_demonym_town_of_x_in_unit_puts_the_country_on_the_unit(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. The Georgian town of "
            "Sadakhlo in Marneuli municipality was quiet.\n")
    assert _in(x, "sadakhlo") == {"marneuli"}
    assert _in(x, "marneuli") == {"georgia"}


def test_apposed_demonym_village_in_region(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. In Bodo, a Georgian village "
            "in Tana region, farmers gathered.\n")
    assert _in(x, "bodo") == {"tana-region"}
    assert _in(x, "tana-region") == {"georgia"}


def test_island_lies_in_the_demonym_department_named_after_it(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Gavrilo, a port town on Pelo "
            "Island in the Armenian department of Lori, waited for news. Rask Island, in the Georgian department "
            "of Kvemo, was calm.\n")
    assert _in(x, "gavrilo") == {"pelo-island"}
    assert _in(x, "pelo-island") == {"lori"}
    assert _in(x, "lori") == {"armenia"}
    assert _in(x, "rask-island") == {"kvemo"}
    assert _in(x, "kvemo") == {"georgia"}


def test_demonym_town_alone_still_lies_in_the_country(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. The Georgian town of "
            "Sadakhlo was quiet.\n")
    assert "georgia" in _in(x, "sadakhlo")


# -- B2: copula "X is (a town of N people) in Y (of C)" -----------------------------------
def test_is_a_town_of_n_people_in_region(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Vanadzor is a town of "
            "5,000 people in the Lori Region.\n")
    assert "lori-region" in _in(x, "vanadzor")


def test_is_in_the_autonomous_region_of_country(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Ijevan is in the Tavush "
            "Autonomous Region of Armenia.\n")
    assert _in(x, "ijevan") == {"tavush-autonomous-region"}
    assert _in(x, "tavush-autonomous-region") == {"armenia"}


def test_lies_in_province_in_the_countrys_north(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Gyumri lies in Shirak "
            "province, in Armenia's north.\n")
    assert _in(x, "gyumri") == {"shirak"}
    assert _in(x, "shirak") == {"armenia"}


# -- B3: "across the river" is a parenthetical ---------------------------------------------
def test_across_the_river_the_town_lies_in_the_state_not_the_river(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Dilijan, across the "
            "Aghstev river in Tavush State, was quiet.\n")
    assert "tavush-state" in _in(x, "dilijan")
    assert _in(x, "aghstev-river") == set()


def _objects(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    return {x.entities[o].label.lower() for o in _objects(x, person, "holdsPosition")}


# -- B5: occupations are positions -------------------------------------------------------
def test_apposed_occupations_are_positions_without_a_side(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. \"We wait,\" said Nino Beridze, "
            "a schoolteacher. Levan Kapanadze, a trader from Gyumri, said prices rose. Sona Melikyan, 52, a rice "
            "farmer, said nothing.\n")
    assert _position_labels(x, "nino-beridze") == {"schoolteacher"}
    assert _position_labels(x, "levan-kapanadze") == {"trader"}
    assert _position_labels(x, "sona-melikyan") == {"rice farmer"}
    assert _objects(x, "levan-kapanadze", "represents") == set()


def test_teaches_makes_a_teacher(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Ani Vardanyan, 34, teaches "
            "maths in a school in Gyumri.\n")
    assert _position_labels(x, "ani-vardanyan") == {"teacher"}


def test_a_demonym_before_the_occupation_is_no_part_of_it(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Levan Kapanadze, a Georgian "
            "trader, said prices rose.\n")
    assert _position_labels(x, "levan-kapanadze") == {"trader"}


def test_a_former_teacher_holds_no_position(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia resumed on Monday. Ani Vardanyan, a former "
            "teacher, said little.\n")
    assert _position_labels(x, "ani-vardanyan") == set()


# -- B6: "NAME of <Country>", "who is <title> of <Country>'s <Body>" ------------------------
def test_heads_of_delegations_name_of_country(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia ended on Monday. The heads of the two delegations, "
            "Giorgi Tsereteli of Georgia and Aram Sargsyan of Armenia, spoke to reporters.\n")
    assert _objects(x, "giorgi-tsereteli", "represents") == {"georgia"}
    assert _objects(x, "aram-sargsyan", "represents") == {"armenia"}


def test_who_is_first_deputy_chairman_of_countrys_committee(run):
    x = run("Border talks\n\nTalks between Georgia and Armenia ended on Monday. \"It is fine,\" said Tigran "
            "Hakobyan, who is first deputy chairman of Armenia's State Committee for Security.\n")
    assert any("first deputy chairman" in label for label in _position_labels(x, "tigran-hakobyan"))
    assert _objects(x, "tigran-hakobyan", "represents") == {"armenia"}


# -- B7: co-signing in one place is a meeting ---------------------------------------------
def test_two_sides_signing_in_a_town_met(run):
    x = run("Border deal\n\nTalks between Georgia and Armenia ended on Monday. On Friday in Tbilisi, Armenia's "
            "Minister for Taxation, Davit Ananyan, and Georgian Finance Minister Lasha Khutsishvili signed the "
            "agreement.\n")
    met = relation_set(x)
    assert ("davit-ananyan", "metWith", "lasha-khutsishvili") in met or \
        ("lasha-khutsishvili", "metWith", "davit-ananyan") in met
    assert any(e.type == "Meeting" for e in x.events)


def test_signed_in_a_town_by_the_heads_of_delegations(run):
    x = run("Border deal\n\nTalks between Georgia and Armenia ended on Monday. The accord was signed in Dilijan by "
            "the heads of the two delegations, Giorgi Tsereteli of Georgia and Aram Sargsyan of Armenia.\n")
    met = relation_set(x)
    assert ("giorgi-tsereteli", "metWith", "aram-sargsyan") in met or \
        ("aram-sargsyan", "metWith", "giorgi-tsereteli") in met


def test_signing_on_different_days_without_a_shared_place_is_no_meeting(run):
    x = run("Border deal\n\nTalks between Georgia and Armenia ended on Monday. Georgian Finance Minister Lasha "
            "Khutsishvili signed the accord in Tbilisi on Friday. Armenian Finance Minister Davit Ananyan signed "
            "it on Saturday.\n")
    assert not any(p == "metWith" for _, p, _ in relation_set(x))


# -- B8: portfolio title takes the country of the same-portfolio ministry -------------------
def test_justice_minister_takes_the_country_of_the_ministry_of_justice(run):
    x = run("Border deal\n\nTalks between Georgia and Armenia ended on Monday. The Armenian Ministry of Justice "
            "said the deal was legal. Justice Minister Karen Andreasyan said it was fine.\n")
    assert _objects(x, "karen-andreasyan", "represents") == {"armenia"}


def test_possessive_lower_case_title_with_commas(run):
    x = run("Border deal\n\nTalks between Georgia and Armenia ended on Monday. \"We are ready,\" Armenia's deputy "
            "minister for social welfare, relief and resettlement, Dr Hasmik Grigoryan, said.\n")
    assert any("deputy minister for social welfare, relief and resettlement" in label
               for label in _position_labels(x, "hasmik-grigoryan"))
    assert _objects(x, "hasmik-grigoryan", "represents") == {"armenia"}


# -- B10: national scientific institutes are state agencies --------------------------------
def test_demonym_meteorological_institute_is_a_state_agency(run):
    x = run("Flood warning\n\nTalks between Georgia and Armenia ended on Monday. The Armenian Meteorological "
            "Institute warned of floods. The Georgian Geological Survey said the river rose.\n")
    assert x.entities["armenian-meteorological-institute"].type == "GovernmentAgency"
    assert ("armenian-meteorological-institute", "partOf", "armenia") in relation_set(x)
    assert ("georgian-geological-survey", "partOf", "georgia") in relation_set(x)


def test_a_private_institute_stays_an_organisation(run):
    x = run("Flood warning\n\nTalks between Georgia and Armenia ended on Monday. The Armenian Meteorological "
            "Institute, a private company, warned of floods.\n")
    assert x.entities["armenian-meteorological-institute"].type == "Organization"


# -- B4: hyphenated links with multiword ends ----------------------------------------------
def test_link_with_multiword_end_and_an_end_named_only_in_plain_words(run):
    x = run("Rail deal\n\nMongolia and China agreed on Monday to build the Tavan Tolgoi-Gashuunsukhait railway. "
            "Coal from Tavan Tolgoi will reach Gashuunsukhait in hours.\n")
    assert _objects(x, "tavan-tolgoi-gashuunsukhait-railway", "connects") == {"tavan-tolgoi", "gashuunsukhait"}
    assert x.entities["gashuunsukhait"].type == "Place"


def test_link_with_a_modifier_before_its_kind(run):
    x = run("Road works\n\nMongolia and China agreed on Monday to repair a road. The Vemo-Tosa coastal road, "
            "which connects Vemo with Tosa, was closed.\n")
    assert x.entities["vemo-tosa-coastal-road"].type == "Place"
    assert _objects(x, "vemo-tosa-coastal-road", "connects") == {"vemo", "tosa"}


def test_capitalised_cross_border_railway_is_a_place_connecting_its_ends(run):
    x = run("Rail deal\n\nMongolia and China agreed on Monday to build the Zamyn Uud-Erenhot Cross-Border "
            "Railway. Trains stop in Zamyn Uud and in Erenhot.\n")
    link = "zamyn-uud-erenhot-cross-border-railway"
    assert x.entities[link].type == "Place"
    assert _objects(x, link, "connects") == {"zamyn-uud", "erenhot"}


def test_factbox_label_of_two_places_is_the_crossing(run):
    x = run("Rail deal\n\nMongolia and China agreed on Monday to reopen two crossings.\n\n"
            "Erlian-Zamyn: the only rail crossing in the region, on the line that connects Erlian with Zamyn.\n")
    assert _objects(x, "erlian-zamyn", "connects") == {"erlian", "zamyn"}


def test_factbox_label_without_known_ends_makes_nothing(run):
    x = run("Rail deal\n\nMongolia and China agreed on Monday to reopen two crossings.\n\n"
            "Bulgan-Takeshiken: a road crossing open in summer.\n")
    assert not any(p == "connects" for _, p, _ in relation_set(x))


# -- B9: "Its spokesperson in <Place>, NAME" -------------------------------------------------
def test_its_spokesperson_in_a_town_represents_the_body_not_the_town(run):
    x = run("Returns\n\nTalks between Georgia and Armenia resumed on Monday. The Danish Refugee Council is "
            "cautious too. Its spokesperson in Gyumri, Anna Lund, says returns must be voluntary.\n")
    assert _objects(x, "anna-lund", "represents") == {"danish-refugee-council"}


# -- B5 (relative clauses): "who coordinates programmes for X", "who heads X" ----------------
def test_who_coordinates_programmes_for_a_body(run):
    x = run("Returns\n\nTalks between Georgia and Armenia resumed on Monday. \"It is slow,\" said Anna Lund, who "
            "coordinates programmes for the Danish Refugee Council in Gyumri. \"We are waiting,\" said Levon "
            "Aronyan, who heads the Gyumri Traders Association.\n")
    assert any("coordinator" in label for label in _position_labels(x, "anna-lund"))
    assert "danish-refugee-council" in _objects(x, "anna-lund", "represents")
    assert any(label.startswith("head") for label in _position_labels(x, "levon-aronyan"))
    assert "gyumri-traders-association" in _objects(x, "levon-aronyan", "represents")
