"""The context typing pass (kg.extract.context_types) on invented sentences:
descriptors, media cues, venues, towns, numbered facilities, roads, link
names, peoples, office names, question words and accented first names."""

from __future__ import annotations


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


def _names(x) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


ORGS = {"Organization", "GovernmentAgency", "MediaOrganization"}


# -- U1: a descriptor before an unknown name makes it an organisation ----------------

def test_descriptor_nouns_make_organisations(run):
    x = run("Rail freight\n\nThe Croatian rail infrastructure manager Trakovod said on Monday that the bridge "
            "would reopen. The freight operator Sarvik Cargo will run three trains a week.\n")
    types = _types(x)
    assert types.get("Trakovod") in ORGS, types
    assert types.get("Sarvik Cargo") in ORGS, types


def test_possessive_country_and_union_descriptors(run):
    x = run("Strike\n\nUganda's pipeline operator Nyabo said prices would rise. The Estonian dockers' union "
            "SADT called a strike, and the environmental group Lindora criticised the plan.\n")
    types = _types(x)
    for name in ("Nyabo", "SADT", "Lindora"):
        assert types.get(name) in ORGS, types


def test_descriptor_leaves_full_personal_names_alone(run):
    x = run("Ports\n\nThe port operator's new director, Maria Lopez, said cargo volumes grew. The union "
            "leader Tomas Herrera agreed.\n")
    types = _types(x)
    assert types.get("Maria Lopez") == "Person", types
    assert types.get("Tomas Herrera") == "Person", types


def test_missed_names_after_and_before_descriptors_are_added(run):
    x = run("Dam\n\nThe conservation group Rivana objected on Monday. Ferrolux, the largest private rail "
            "freight operator in Chile, said it would run four trains a week.\n")
    types = _types(x)
    assert types.get("Rivana") in ORGS, types
    assert types.get("Ferrolux") in ORGS, types


def test_think_tank_house_stays_an_organisation(run):
    x = run("Analysis\n\nThe think tank Meridian House said the talks had stalled. A fellow at Meridian House "
            "called the deal weak.\n")
    assert _types(x).get("Meridian House") in ORGS, _types(x)


def test_a_name_that_said_it_would_is_an_organisation(run):
    x = run("Ferries\n\nVarkolo said it would run two ferries a day from June. Later, Vellamar said that it "
            "planned to add a third, and Nortaxi said in a statement on Friday that it would sue.\n")
    types = _types(x)
    assert types.get("Varkolo") in ORGS, types
    assert types.get("Vellamar") in ORGS, types
    assert types.get("Nortaxi") in ORGS, types


def test_romance_company_names_are_whole_organisations(run):
    x = run("Roads\n\nWork by Estradas de Cabo Verde and Caminhos de Ferro do Norte began in March, according "
            "to Ecologistas por la Tierra.\n")
    types = _types(x)
    for name in ("Estradas de Cabo Verde", "Caminhos de Ferro do Norte", "Ecologistas por la Tierra"):
        assert types.get(name) in ORGS, types
    assert "Cabo Verde" not in types or types["Cabo Verde"] != "Person"


def test_a_dummy_it_leaves_a_person_a_person(run):
    x = run("Talks\n\nThe talks ended late. Kowalczyk said it would be difficult to agree before June.\n")
    types = _types(x)
    assert types.get("Kowalczyk") == "Person", types


# -- U2: news media named by context -------------------------------------------------

def test_media_cues_make_media_not_places(run):
    x = run("Interview\n\nSpeaking to Dolvenik, the minister said talks would resume. A draft seen by "
            "The Sentinel shows the two sides agree.\n")
    types = _types(x)
    assert types.get("Dolvenik") == "MediaOrganization", types
    sentinel = [e for e in x.entities.values() if e.label in {"The Sentinel", "Sentinel"}]
    assert sentinel and sentinel[0].type == "MediaOrganization", types
    assert sentinel[0].label == "The Sentinel"


def test_a_media_descriptor_types_every_mention(run):
    x = run("Exports\n\nDorji told Vartan on Tuesday that exports would rise. In an interview with the Armenian "
            "weekly Vartan, he said more.\n")
    assert _types(x).get("Vartan") == "MediaOrganization", _types(x)


def test_agency_descriptor_is_no_media(run):
    x = run("Migration\n\nThe EU border agency Frontalis said arrivals fell.\n")
    assert _types(x).get("Frontalis") != "MediaOrganization", _types(x)


def test_a_title_the_model_missed_after_a_cue_is_added(run):
    x = run("Leak\n\nAccording to a memo seen by The Lantern, the ministry will cut the quota.\n")
    media = [e for e in x.entities.values() if e.type == "MediaOrganization"]
    assert [e.label for e in media] == ["The Lantern"], _types(x)


def test_a_sentence_initial_title_keeps_its_the(run):
    x = run("Press\n\nThe Chronicle, a Maseru daily, reported that the border would reopen.\n")
    media = [e for e in x.entities.values() if e.type == "MediaOrganization"]
    assert [e.label for e in media] == ["The Chronicle"], _types(x)


# -- U3: venues are places -----------------------------------------------------------

def test_venues_are_places(run):
    x = run("Summit\n\nThe talks took place at the Lilongwe International Convention Centre. The delegations "
            "later dined at the Marula Hotel and met again at the Tamarind Palace.\n")
    types = _types(x)
    assert types.get("Lilongwe International Convention Centre") == "Place", types
    assert types.get("Marula Hotel") == "Place", types
    assert types.get("Tamarind Palace") == "Place", types


def test_venues_listed_after_at_are_places(run):
    x = run("Summit\n\nThe delegations met at the Baobab Hotel, Kasane Castle and Tsodilo Hall over three days.\n")
    types = _types(x)
    for name in ("Baobab Hotel", "Kasane Castle", "Tsodilo Hall"):
        assert types.get(name) == "Place", types


def test_numbered_facility_written_two_ways_is_one_place(run):
    x = run("Hydropower\n\nThe 700-megawatt Kholong-II hydropower plant opened in 2019. Kholong II now sells power "
            "abroad, and the Dagachhu-III project is delayed.\n")
    places = {e.label: e for e in x.entities.values() if e.type == "Place"}
    assert "Kholong-II" in places and "Kholong II" in places["Kholong-II"].aliases, _types(x)
    assert "Dagachhu-III" in places, _types(x)


def test_state_house_is_one_venue(run):
    x = run("Summit\n\nThe two presidents met at Mount Kenya State House on Friday.\n")
    types = _types(x)
    assert types.get("Mount Kenya State House") == "Place", types
    assert "House" not in types, types


# -- U4: cities are not people; question words are not names --------------------------

def test_city_of_and_city_as_adjective(run):
    x = run("Fishing\n\nThe meeting was held in the northern Peruvian city of Yurimaguas. A Yurimaguas "
            "daily said the mayor welcomed it.\n")
    types = _types(x)
    assert types.get("Yurimaguas") == "Place", types


def test_question_auxiliary_is_no_first_name(run):
    x = run("Power\n\nThe price is falling. Will Latvia have to sell more power abroad? Few think so.\n")
    types = _types(x)
    assert "Will Latvia" not in types, types
    assert types.get("Latvia") == "Country", types


# -- U5: numbered facilities, roads and link names -------------------------------------

def test_numbered_plant_is_a_place(run):
    x = run("Hydropower\n\nThe Wangchu-II plant was built on difficult geology. Wangchu-II will produce "
            "600 megawatts from 2027.\n")
    places = [e for e in x.entities.values() if e.type == "Place" and "Wangchu-II" in e.label]
    assert len(places) == 1, _types(x)
    assert not [e for e in x.entities.values() if e.type in ORGS and "Wangchu" in e.label], _types(x)


def test_road_numbers_are_places_with_their_road_word(run):
    x = run("Traffic\n\nLorries queued on the A7 motorway for hours. Police reopened the A7 on Tuesday.\n")
    types = _types(x)
    assert types.get("A7 motorway") == "Place", types
    assert "A7" not in types, types
    assert "A7" in _names(x)["A7 motorway"]


def test_link_names_are_one_place(run):
    x = run("Rail\n\nThe Faro-Beja line will reopen in 2027, and the Tumbes-Piura pipeline was repaired.\n")
    types = _types(x)
    assert types.get("Faro-Beja line") == "Place", types
    assert types.get("Tumbes-Piura pipeline") == "Place", types
    assert "Faro-Beja" not in types, types


# -- U8: peoples are not places ----------------------------------------------------------

def test_a_village_of_a_people_is_no_place(run):
    x = run("Raid\n\nVillagers fled to a Lenca village near the border on Sunday.\n")
    assert not [e for e in x.entities.values() if "Lenca" in e.label], _types(x)


def test_people_words_are_no_places(run):
    x = run("Land\n\nSoldiers entered a Miskito village near the river. Guarani herders fled, and the "
            "Wayuu community asked for help.\n")
    types = _types(x)
    for name in ("Miskito", "Guarani", "Wayuu"):
        assert name not in types, types


# -- U9: embassies and offices keep their whole name ------------------------------------

def test_embassy_of_x_in_y_keeps_its_name(run):
    x = run("Visas\n\nThe Embassy of Bolivia in Paraguay issued a statement on Monday. Paraguay said it "
            "would reply.\n")
    types = _types(x)
    assert types.get("Embassy of Bolivia in Paraguay") in ORGS, types
    assert types.get("Paraguay") == "Country", types


def test_office_in_a_named_zone_has_no_extra_place(run):
    x = run("Border\n\nThe AU Office in the Demilitarised Corridor said it was monitoring the crossing.\n")
    types = _types(x)
    assert types.get("AU Office in the Demilitarised Corridor") in ORGS, types
    assert "Demilitarised Corridor" not in types, types


# -- N1: accented first names stay with the person ---------------------------------------

def test_accented_first_name_after_apposition_comma(run):
    x = run("Trade\n\nThe delegation met Paraguay's deputy minister for trade, Óscar Iván Peñaloza, at the "
            "chamber of commerce.\n")
    types = _types(x)
    assert types.get("Óscar Iván Peñaloza") == "Person", types
    assert "Iván Peñaloza" not in types, types


# -- N2: "<City>-based <Org>" ---------------------------------------------------------------

def test_city_based_think_tank_descriptor(run):
    x = run("Analysis\n\nThe Lisbon-based think tank Horizonte Atlântico said the deal was weak.\n")
    types = _types(x)
    assert types.get("Horizonte Atlântico") in ORGS, types
    assert types.get("Lisbon") == "Place", types


def test_a_day_or_month_after_a_descriptor_is_no_organisation(run) -> None:
    x = run("The memorandum was signed by the company Friday in Quito, and by the utility March Power in Lima.")
    assert not any(e.label in {"Friday", "March"} for e in x.entities.values())
