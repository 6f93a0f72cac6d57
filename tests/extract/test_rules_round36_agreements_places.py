"""Round-36 agreement and place classes (GP1-GP13), shown on invented sentences (towns, links,
bodies and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


# -- GP1: the capital of a country's unit; the demonym capital ---------------------------------
def test_capital_of_a_countrys_namesake_unit(run):
    for kind, unit in (("capital", "Tovo region"), ("headquarters", "Tovo County"), ("seat", "Tovo province")):
        x = run(f"Talks\n\nMali and Senegal met on Monday in Tovo, the {kind} of Mali's {unit}. Trade was discussed.\n")
        rels = relation_set(x)
        town, region = _key(x, "Tovo"), _key(x, unit)
        assert (town, "locatedIn", region) in rels and (region, "locatedIn", "mali") in rels, rels
        assert (town, "locatedIn", "mali") not in rels, rels


def test_demonym_capital_before_the_name(run):
    for lead in ("in the Togolese capital, Lomé,", "in the Togolese capital Lomé", "in the Togolese port city, Lomé,"):
        x = run(f"Talks\n\nTogo and Ghana met {lead} on Monday. Trade was discussed.\n")
        assert (_key(x, "Lomé"), "locatedIn", "togo") in relation_set(x), relation_set(x)


# -- GP3: coordinated places sharing a container -------------------------------------------------
def test_coordinated_districts_share_the_possessive_country(run):
    for names in (("Kalo", "Mareni", "Tubara"), ("Kalo", "Mareni")):
        listed = ", ".join(names[:-1]) + " and " + names[-1]
        x = run(f"Floods\n\nNepal and India met on Monday about the floods in Nepal's {listed} districts. Aid was sent.\n")
        rels = relation_set(x)
        for name in names:
            assert (_key(x, name), "locatedIn", "nepal") in rels, rels


def test_coordinated_districts_of_a_demonym_state(run):
    x = run("Floods\n\nNepal and India met on Monday. Rain hit Kalo and Mareni districts of the Indian state of "
            "Gujarat on Friday.\n")
    rels = relation_set(x)
    gujarat = _key(x, "Gujarat")
    assert (_key(x, "Kalo"), "locatedIn", gujarat) in rels and (_key(x, "Mareni"), "locatedIn", gujarat) in rels, rels


# -- GP4: small places described by a noun phrase ------------------------------------------------
def test_region_village_and_island_descriptions(run):
    x = run("Talks\n\nAustria and Hungary met in Morvisa, a Burgenland village whose wine is famous. "
            "Vanuatu and Fiji met too. The village of Tapele lies on Efate, Vanuatu's main island. "
            "Malekula is Vanuatu's second island.\n")
    rels = relation_set(x)
    assert (_key(x, "Morvisa"), "locatedIn", _key(x, "Burgenland")) in rels, rels
    assert (_key(x, "Tapele"), "locatedIn", _key(x, "Efate")) in rels, rels
    assert _types(x).get("Malekula") == "Place" and (_key(x, "Malekula"), "locatedIn", "vanuatu") in rels, rels


def test_demonym_hamlet_and_city_s_district(run):
    x = run("Talks\n\nHungary and Slovakia met in Ilvasa, a Hungarian hamlet just across the border. "
            "Afghanistan and Pakistan met in Kabul on Monday, where a blast hit the city's Tarvo district.\n")
    rels = relation_set(x)
    assert (_key(x, "Ilvasa"), "locatedIn", "hungary") in rels, rels
    district = next(k for k, e in x.entities.items() if e.label.startswith("Tarvo"))
    assert (district, "locatedIn", _key(x, "Kabul")) in rels, rels


# -- GP5: on the demonym side of a shared feature -------------------------------------------------
def test_on_the_demonym_side_of_a_river_or_delta(run):
    x = run("Dams\n\nEcuador and Peru discussed the Tarsa dam, which would sit on the Ecuadorian side of the "
            "Catama river. Romania and Ukraine discussed the Luna canal on the Romanian side of the Danube Delta.\n")
    rels = relation_set(x)
    assert (_key(x, "Tarsa dam"), "locatedIn", "ecuador") in rels, rels
    river = next(k for k, e in x.entities.items() if e.label.startswith("Catama"))
    assert (river, "locatedIn", "ecuador") not in rels, rels
    canal, delta = _key(x, "Luna canal"), _key(x, "Danube Delta")
    assert (canal, "locatedIn", "romania") in rels and (canal, "locatedIn", delta) in rels, rels
    assert (delta, "locatedIn", "romania") not in rels, rels


# -- GP6: connects from carrying verbs and "the main road between" ----------------------------
def test_structure_carrying_traffic_between_two_towns(run):
    for text in ("The Ostra Bridge carries the E20 across the strait between Malmö, in Sweden's Skåne, and Copenhagen.",
                 "The Ostra Bridge takes trains and lorries between Malmö and Copenhagen."):
        x = run(f"Links\n\nSweden and Denmark met on Monday. {text} Traffic grew.\n")
        rels = relation_set(x)
        link = _key(x, "Ostra Bridge")
        assert (link, "connects", _key(x, "Malmö")) in rels and (link, "connects", _key(x, "Copenhagen")) in rels, rels


def test_named_road_is_the_main_road_between(run):
    for kind in ("main road", "only railway"):
        x = run(f"Links\n\nPortugal and Spain met on Monday. The A9 is the {kind} between Lisbon and Porto.\n")
        rels = relation_set(x)
        assert (_key(x, "A9"), "connects", _key(x, "Lisbon")) in rels and (_key(x, "A9"), "connects", _key(x, "Porto")) in rels, rels


def test_cable_end_on_an_island(run):
    x = run("Cable\n\nGreece and Cyprus discussed the Tarvo Interconnector, which would run from Atherinos on "
            "Crete to Vasilo in Cyprus.\n")
    rels = relation_set(x)
    link, end = _key(x, "Tarvo Interconnector"), _key(x, "Atherinos")
    assert (link, "connects", end) in rels and (end, "locatedIn", _key(x, "Crete")) in rels, rels


# -- GP7: crossings between the two countries / towns -------------------------------------------
def test_crossing_between_the_two_countries(run):
    x = run("Border\n\nGeorgia and Armenia met on Monday. Lorries cross into Armenia at Bagrasa, the only open "
            "land crossing between the two countries.\n")
    rels = relation_set(x)
    post = _key(x, "Bagrasa")
    assert (post, "connects", "georgia") in rels and (post, "connects", "armenia") in rels, rels


def test_one_of_the_crossings_between_the_two_countries(run):
    x = run("Border\n\nGeorgia and Armenia met on Monday. Traffic uses Sarpo, one of the busiest border crossings "
            "between the two countries. Trade grew.\n")
    rels = relation_set(x)
    post = _key(x, "Sarpo")
    assert (post, "connects", "georgia") in rels and (post, "connects", "armenia") in rels, rels


def test_ferry_takes_lorries_between_two_towns_the_finder_missed(run):
    x = run("Border\n\nGeorgia and Armenia met on Monday. The Tovo ferry takes lorries between Ama and Lumi. Trade grew.\n")
    rels = relation_set(x)
    ferry = _key(x, "Tovo ferry")
    assert (ferry, "connects", _key(x, "Ama")) in rels and (ferry, "connects", _key(x, "Lumi")) in rels, rels


def test_gate_between_the_two_towns(run):
    x = run("Border\n\nEstonia and Latvia met on Monday. Residents of Valga and Valka protested. Police "
            "blocked the Nord gate, the other main crossing between the two towns.\n")
    rels = relation_set(x)
    gate = _key(x, "Nord gate")
    assert (gate, "connects", _key(x, "Valga")) in rels and (gate, "connects", _key(x, "Valka")) in rels, rels


def test_pair_crossing_with_two_facility_nouns_is_one_place(run):
    x = run("Border\n\nZambia and Zimbabwe opened the Chiru-Karo one-stop border post in 2019. Traffic at the "
            "Chiru-Karo crossing doubled. Traders in Jesso and Hilo use the Jesso-Hilo land port.\n")
    labels = [e.label for e in x.entities.values() if e.label.startswith("Chiru-Karo")]
    assert len(labels) == 1, labels
    rels = relation_set(x)
    port = _key(x, "Jesso-Hilo land port")
    assert (port, "connects", _key(x, "Jesso")) in rels and (port, "connects", _key(x, "Hilo")) in rels, rels


# -- GP8: year references resolve to the named agreement ---------------------------------------
def test_dated_statute_reference_is_the_statute_signed_that_year(run):
    for ref in ("the 1980 statute", "that 1980 statute"):
        x = run("River\n\nArgentina and Paraguay discussed the Statute of the Tarvo River, signed in Asunción on "
                f"March 3, 1980, on Monday. Officials said {ref} needs work.\n")
        types = _types(x)
        assert types.get("Statute of the Tarvo River") == "Agreement", types
        assert "1980 statute" not in types, types
        assert (_key(x, "Statute of the Tarvo River"), "dateSigned", "1980-03-03") in relation_set(x)


# -- GP9: negotiating an annex negotiates the base text -----------------------------------------
def test_negotiating_an_annex_to_the_dated_protocol(run):
    for part in ("an annex", "an addendum"):
        x = run("Border\n\nOman and Yemen signed the Tarvo Border Protocol in 2019. The joint committee is "
                f"negotiating {part} to the 2019 protocol.\n")
        rels = relation_set(x)
        protocol = _key(x, "Tarvo Border Protocol")
        assert ("oman", "negotiates", protocol) in rels and ("yemen", "negotiates", protocol) in rels, rels
        assert not any(e.label.startswith(("annex", "addendum")) for e in x.entities.values()), _types(x)


# -- GP10: agreement names ----------------------------------------------------------------------
def test_country_pair_stays_in_the_agreement_title(run):
    x = run("Trade\n\nCanada and Jamaica discussed the Canada-Jamaica Security and Trade Partnership Agreement "
            "(STPA), signed in Ottawa on Dec. 9, 2024.\n")
    types = _types(x)
    title = "Canada-Jamaica Security and Trade Partnership Agreement"
    assert types.get(title) == "Agreement" and "Security and Trade Partnership Agreement" not in types, types
    assert (_key(x, title), "dateSigned", "2024-12-09") in relation_set(x)


def test_covenant_and_long_title_and_dated_regulation(run):
    x = run("Border\n\nBelgium and the Netherlands signed the Baarle Cooperation Covenant in 2010. Russia and Georgia "
            "discussed the Agreement on the Basic Principles for a Mechanism of Customs Administration and Monitoring "
            "of Trade in Goods. Both follow the 2011 weir regulation, which engineers call the WBR.\n")
    types = _types(x)
    assert types.get("Baarle Cooperation Covenant") == "Agreement", types
    assert types.get("Agreement on the Basic Principles for a Mechanism of Customs Administration and Monitoring "
                     "of Trade in Goods") == "Agreement", types
    assert "Customs Administration" not in types and "Monitoring of Trade" not in types, types
    assert types.get("weir regulation") == "Agreement", types


def test_it_was_signed_dates_the_agreement_named_before(run):
    x = run("Rail\n\nAustria and Slovakia signed a deal known as the Vienna memorandum. It was signed in Vienna on "
            "May 3, 2021. Trains will run.\n")
    assert (_key(x, "Vienna memorandum"), "dateSigned", "2021-05-03") in relation_set(x)


# -- GP11: unsigned agreements are not partyTo ----------------------------------------------------
def test_agreement_signed_only_as_soon_as_is_negotiated(run):
    for clause in ("as soon as the arrangement was signed", "the moment the arrangement is signed"):
        x = run("Sea\n\nSouth Korea and Japan met on Monday about the Busan Sea Arrangement. Officials said the "
                f"fishing would resume {clause}.\n")
        rels = relation_set(x)
        deal = _key(x, "Busan Sea Arrangement")
        assert ("japan", "partyTo", deal) not in rels and ("south-korea", "partyTo", deal) not in rels, rels


def test_document_under_discussion_is_negotiated(run):
    x = run("Sea\n\nSouth Korea and Japan met on Monday. Under discussion is a document the two sides call the "
            "Busan Sea Arrangement. Both had hoped to sign it this week.\n")
    rels = relation_set(x)
    deal = _key(x, "Busan Sea Arrangement")
    assert ("japan", "negotiates", deal) in rels and ("japan", "partyTo", deal) not in rels, rels


# -- GP12: short references ---------------------------------------------------------------------
def test_bare_strait_is_the_named_strait(run):
    for head, name in (("Strait", "Strait of Otranto"), ("Channel", "Tarvo Channel")):
        x = run(f"Cable\n\nItaly and Albania discussed the {name} on Monday. A cable would run across the {head}.\n")
        types = _types(x)
        assert head not in types and types.get(name) == "Place", types


# -- GP13: compound place labels with a lower-case head -----------------------------------------
def test_lowercase_head_stays_in_the_label(run):
    x = run("Routes\n\nNigeria and Benin discussed the Lagos-Cotonou ferry route on Monday. Mozambique and Zimbabwe "
            "upgraded the Beira corridor railway. Zambia and Zimbabwe opened the Chiru border trade zone. "
            "Traders in Lagos and Cotonou welcomed the talks.\n")
    types = _types(x)
    for label in ("Lagos-Cotonou ferry route", "Beira corridor railway", "Chiru border trade zone"):
        assert types.get(label) == "Place", types
    rels = relation_set(x)
    route = _key(x, "Lagos-Cotonou ferry route")
    assert (route, "connects", _key(x, "Lagos")) in rels and (route, "connects", _key(x, "Cotonou")) in rels, rels


def test_police_zone_is_an_agency_and_speaks(run):
    x = run("Routes\n\nZambia and Zimbabwe met on Monday. The Tembo police zone said trucks were slow.\n")
    assert _types(x).get("Tembo police zone") == "GovernmentAgency", _types(x)
    assert any(x.entities[s.speaker].label == "Tembo police zone" for s in x.statements if s.speaker in x.entities)


# -- GP2: a place said to belong to / lie in a demonym's unit of Y --------------------------------
def test_place_belonging_to_a_demonym_province(run):
    for clause in ("Kaspa, which belongs to the Georgian province of Shida Kartli,", "Kaspa, which lies in the Georgian "
                   "province of Shida Kartli,"):
        x = run(f"Water\n\nGeorgia and Armenia met on Monday. The mayor of {clause} attended the talks.\n")
        rels = relation_set(x)
        region = _key(x, "Shida Kartli")
        assert (_key(x, "Kaspa"), "locatedIn", region) in rels and (region, "locatedIn", "georgia") in rels, rels


def test_unit_of_name_the_finder_missed(run):
    x = run("Roads\n\nOman and Yemen met on Monday. Oman built a road in the wilayat of Sadah in Oman's Dhofar "
            "Governorate last year.\n")
    rels = relation_set(x)
    assert _types(x).get("Sadah") == "Place", _types(x)
    assert (_key(x, "Sadah"), "locatedIn", _key(x, "Dhofar Governorate")) in rels, rels
