"""Round-26 agreement and place classes G1-G11, shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _subjects(x, predicate: str, obj: str) -> set[str]:
    return {s for s, p, o in relation_set(x) if p == predicate and o == obj}


def _agreements(x):
    return [e for e in x.entities.values() if e.type == "Agreement"]


def _agreement(x, words: str):
    hits = [e for e in _agreements(x) if words in e.label]
    assert hits, f"no agreement with {words!r}: {sorted(entity_types(x))}"
    return hits[0]


# -- G7: "They signed a memorandum ..., which officials call the X Memorandum" ------------------
def test_they_signed_description_named_by_which_clause(run):
    x = run("Border deal\n\nTARVO - Delegations led by Ahmed Bashir, Sudan's deputy interior minister, and Tesfaye "
            "Alemu, Ethiopia's state minister for peace, met on Monday in Tarvo. They signed a memorandum of "
            "understanding that sets up joint patrols along the border, which officials have started calling the "
            "Tarvo Memorandum.\n", date="2026-05-14")
    key = _agreement(x, "Tarvo Memorandum").key
    assert {"sudan", "ethiopia"} <= _subjects(x, "partyTo", key)
    assert _objs(x, key, "dateSigned") == {"2026-05-11"}


# -- G3: lower-case nicknames of a described agreement -------------------------------------------
def test_call_it_simply_lowercase_nickname(run):
    x = run("Crossing deal\n\nLAHORE - Pakistan and India on Tuesday signed a memorandum on the modernisation of the "
            "Tarvo border crossing. Officials call it simply the crossing memorandum.\n\nThe crossing memorandum "
            "sets fees for lorries.\n", date="2026-05-14")
    agreements = _agreements(x)
    assert len(agreements) == 1, [a.label for a in agreements]
    assert "crossing memorandum" in agreements[0].aliases
    assert _objs(x, agreements[0].key, "dateSigned") == {"2026-05-12"}


def test_set_off_nickname_as_officials_call_it(run):
    x = run("Gas talks\n\nYEREVAN - Armenia and Iran are extending the 2004 gas-for-electricity swap agreement - "
            "the gas-for-power deal, as officials here call it - by ten years.\n\nUnder the gas-for-power deal, Iran "
            "sends gas to Armenia.\n")
    agreements = _agreements(x)
    assert len(agreements) == 1, [a.label for a in agreements]
    assert "gas-for-power deal" in agreements[0].aliases
    assert _objs(x, agreements[0].key, "dateSigned") == {"2004"}


# -- G2: a title stops at the venue of its signing -----------------------------------------------
def test_put_names_to_title_ending_at_venue(run):
    x = run("Patrol deal\n\nVALLETTA - Malta and Italy on Friday put their names to the Memorandum of Understanding "
            "on Tarvo Fisheries Patrols at the Palazzo Vessa in Valletta.\n", date="2026-05-14")
    labels = entity_types(x)
    key = _agreement(x, "Tarvo Fisheries Patrols").key
    assert x.entities[key].label == "Memorandum of Understanding on Tarvo Fisheries Patrols"
    assert labels.get("Palazzo Vessa") == "Place"
    assert {"malta", "italy"} <= _subjects(x, "partyTo", key)
    assert _objs(x, key, "dateSigned") == {"2026-05-08"}
    venue = next(e.key for e in x.entities.values() if e.label == "Palazzo Vessa")
    assert _objs(x, venue, "locatedIn") == {next(e.key for e in x.entities.values() if e.label == "Valletta")}


def test_signed_title_ending_at_hotel(run):
    x = run("Road deal\n\nGhana and Togo signed the Agreement on Tarvo Road Tolls at the Grand Vessa Hotel in Lomé "
            "in 2019.\n")
    labels = entity_types(x)
    assert labels.get("Agreement on Tarvo Road Tolls") == "Agreement"
    assert labels.get("Grand Vessa Hotel") == "Place"


# -- G10: locatedIn from unit appositions, possessive islands, demonym lists, crossings ----------
def _key(x, label: str) -> str:
    hits = [e.key for e in x.entities.values() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(entity_types(x))}"
    return hits[0]


def test_province_apposition_city_and_capital(run):
    x = run("Island talks\n\nIndonesia and Singapore discussed the Riau Islands province. Batam, the province's "
            "largest city, hosts the factories. Sekupang, the provincial capital, hosted the talks.\n")
    province = _key(x, "Riau Islands province")
    assert province in _objs(x, _key(x, "Batam"), "locatedIn")
    assert province in _objs(x, _key(x, "Sekupang"), "locatedIn")


def test_possessive_island_home_to_town(run):
    x = run("Cane talks\n\nFiji and Australia met on Monday. Fiji's second island, Vanua Levu, home to Labasa, "
            "also grows cane.\n")
    island = _key(x, "Vanua Levu")
    assert x.entities[island].type == "Place"
    assert "fiji" in _objs(x, island, "locatedIn")
    assert island in _objs(x, _key(x, "Labasa"), "locatedIn")


def test_demonym_regions_of_list(run):
    x = run("Fruit talks\n\nGrowers in the Chilean regions of Maule, Ñuble and Araucanía export fruit to Peru.\n")
    assert "chile" in _objs(x, _key(x, "Maule"), "locatedIn")
    assert "chile" in _objs(x, _key(x, "Ñuble"), "locatedIn")


def test_crossing_into_country_over_bridge_between_towns(run):
    x = run("Transit talks\n\nSenegal and Mali met on Monday. Lorries cross into Mali over the bridge between Kidira "
            "and Diboli.\n")
    assert "mali" in _objs(x, _key(x, "Diboli"), "locatedIn")


def test_town_sits_in_province_and_faces_from_province(run):
    x = run("Border talks\n\nArmenia and Iran met on Monday. Meghri sits on the Armenian bank of the river, in Syunik "
            "Province; Jolfa faces it from Iran's East Azerbaijan Province.\n")
    assert _key(x, "Syunik Province") in _objs(x, _key(x, "Meghri"), "locatedIn")
    assert _key(x, "East Azerbaijan Province") in _objs(x, _key(x, "Jolfa"), "locatedIn")


# -- G5: exchanges of notes between capitals; each agreement its own parties ---------------------
def test_exchange_of_notes_between_capitals(run):
    x = run("Border talks\n\nNAIROBI - Kenya and Somalia resumed talks on Monday on their maritime border. The line "
            "was first set out in a 1965 exchange of notes between Nairobi and Mogadishu.\n")
    key = _agreement(x, "1965 exchange of notes").key
    assert {"kenya", "somalia"} <= _subjects(x, "partyTo", key)
    assert _objs(x, key, "dateSigned") == {"1965"}


def test_two_agreements_each_with_own_parties(run):
    x = run("Border talks\n\nKenya and Somalia met on Monday. Under a 1902 treaty between Britain and Ethiopia, and a "
            "1972 exchange of letters between Kenya and Ethiopia, the border runs along the river. The water agencies "
            "of both countries share data under the deal.\n")
    treaty = _agreement(x, "1902 treaty").key
    letters = _agreement(x, "1972 exchange of letters").key
    assert _subjects(x, "partyTo", treaty) == {"united-kingdom", "ethiopia"}
    assert _subjects(x, "partyTo", letters) == {"kenya", "ethiopia"}


# -- G1: agreements the entity step typed as places ------------------------------------------------
def test_treaty_name_typed_as_place_is_agreement(run):
    x = run("Desert talks\n\nJordan and Israel met on Monday. The Wadi Rum Treaty worked because both sides could "
            "check the numbers, a Jordanian official said.\n")
    assert entity_types(x).get("Wadi Rum Treaty") == "Agreement"


def test_dated_declaration_better_known_as_project(run):
    x = run("River talks\n\nLaos and Thailand signed the 2019 declaration, better known as Project Tarvo Corridor. "
            "Project Tarvo Corridor covers the river ports.\n")
    labels = entity_types(x)
    assert labels.get("Project Tarvo Corridor") is None
    declaration = _agreement(x, "2019 declaration")
    assert "Project Tarvo Corridor" in declaration.aliases
    assert _objs(x, declaration.key, "dateSigned") == {"2019"}


# -- G8: not signed; a dated description of the one named treaty ----------------------------------
def test_nothing_is_signed_until_parliament(run):
    x = run("Water deal\n\nAMMAN - Jordan and Israel are negotiating the Agreement on Tarvo Water Swaps. Officials "
            "stress that nothing is signed until parliament has seen the Agreement on Tarvo Water Swaps. Is Israel "
            "ready to sign the Agreement on Tarvo Water Swaps?\n")
    key = _agreement(x, "Tarvo Water Swaps").key
    assert not _subjects(x, "partyTo", key)
    assert {"jordan", "israel"} <= _subjects(x, "negotiates", key)


def test_dated_peace_treaty_is_the_named_treaty(run):
    x = run("Water deal\n\nAMMAN - Jordan and Israel are negotiating a water-for-energy agreement. The 1994 peace "
            "treaty already obliges Israel to supply water; this agreement would go further. The Vessa Tarvo Treaty "
            "ended decades of war.\n")
    treaty = _agreement(x, "Vessa Tarvo Treaty")
    assert "1994 peace treaty" in treaty.aliases
    assert _objs(x, treaty.key, "dateSigned") == {"1994"}
    assert not _objs(x, _agreement(x, "water-for-energy").key, "dateSigned")


# -- G6: signed on the same day as another agreement --------------------------------------------------
def test_signed_on_same_day_shares_date_and_parties(run):
    x = run("Airspace deal\n\nJAKARTA - Indonesia and Singapore put into force the FIR agreement signed on Bintan on "
            "Jan. 25, 2022, officials said on Monday. It was signed on the same day as the Tarvo Cooperation "
            "Agreement, or TCA.\n")
    fir = _agreement(x, "FIR agreement").key
    other = _agreement(x, "Tarvo Cooperation Agreement").key
    assert _objs(x, fir, "dateSigned") == {"2022-01-25"}
    assert _objs(x, other, "dateSigned") == {"2022-01-25"}
    assert {"indonesia", "singapore"} <= _subjects(x, "partyTo", other)


# -- G11: a pipeline's course from one end, past an apposition, to the other -----------------------
def test_pipeline_from_end_with_apposition_to_end(run):
    x = run("Gas deal\n\nArmenia and Iran met on Monday. Gas flows north through the Iran-Armenia pipeline from "
            "Tabriz, the capital of East Azerbaijan, to Meghri.\n")
    pipeline = _key(x, "Iran-Armenia pipeline")
    assert {_key(x, "Tabriz"), _key(x, "Meghri")} <= _objs(x, pipeline, "connects")


# -- G9: what an earlier version of the story said is no fact ------------------------------------
def test_correction_note_sentence_gives_no_relation(run):
    x = run("Border talks\n\nSudan and Eritrea reopened the border on Monday. Traders in Tarvo welcomed the move.\n\n"
            "CORRECTION: An earlier version of this story said Tarvo lies in Sudan's Vessa state. It is in Kassala "
            "state.\n")
    vessa = [e.key for e in x.entities.values() if e.label.startswith("Vessa")]
    assert not any(o in vessa for o in _objs(x, _key(x, "Tarvo"), "locatedIn"))


# -- G4: a bracketed acronym and a lower-case tail inside a title ---------------------------------
def test_title_with_bracketed_acronym_and_scheme_tail(run):
    x = run("Labour deal\n\nFiji and Australia signed a revised Memorandum on the Tarvo Labour Mobility (TLM) scheme, "
            "the document that has governed seasonal work since 2015.\n")
    agreement = _agreement(x, "Tarvo Labour Mobility")
    assert agreement.label == "Memorandum on the Tarvo Labour Mobility (TLM) scheme"
    assert "TLM" not in agreement.aliases


def test_co_signed_the_declaration_is_party(run):
    x = run("Water talks\n\nSudan and Ethiopia met on Monday. The Tarvo Declaration on water sharing was drafted by "
            "Egypt. Sudan co-signed the declaration in Dubai in November 2021.\n")
    key = _agreement(x, "Tarvo Declaration").key
    assert "sudan" in _subjects(x, "partyTo", key)
    assert _objs(x, key, "dateSigned") == {"2021-11"}
