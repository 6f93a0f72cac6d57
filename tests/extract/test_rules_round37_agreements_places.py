"""Round-37 agreement and place classes (GP1-GP10), shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-14"


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


def _labels(x) -> set[str]:
    return {e.label for e in x.entities.values()}


# -- GP1: texts still under negotiation -----------------------------------------------------------
def test_text_said_to_be_under_negotiation_is_negotiated_not_signed(run):
    for tail in ("between Greece and Turkey is still under negotiation, officials said.",
                 "remains under discussion.", "is still being negotiated by the two teams."):
        x = run(f"Talks\n\nGreece and Turkey met in Athens on Monday. A broader Aegean Ferry Agreement {tail}\n", DATE)
        rels, deal = relation_set(x), _key(x, "Aegean Ferry Agreement")
        for side in ("greece", "turkey"):
            assert (side, "negotiates", deal) in rels and (side, "partyTo", deal) not in rels, rels


def test_text_named_by_what_negotiators_call_it_is_negotiated(run):
    for lead in ("The document now on the table, which negotiators call the",
                 "The new instrument, which diplomats call the"):
        x = run(f"Talks\n\nGreece and Turkey met in Athens on Monday. {lead} Aegean Ferry Agreement, covers ferries.\n", DATE)
        rels, deal = relation_set(x), _key(x, "Aegean Ferry Agreement")
        assert ("greece", "negotiates", deal) in rels and ("turkey", "negotiates", deal) in rels, rels
        assert not any(r[1] == "dateSigned" and r[0] == deal for r in rels), rels


# -- GP3: a text being amended is in force between the two ------------------------------------------
def test_amended_text_has_both_sides_as_parties(run):
    for sent in ("They discussed a protocol amending the 2004 Lake Tovo Fisheries Accord.",
                 "The two sides want to amend the 2004 Lake Tovo Fisheries Accord."):
        x = run(f"Talks\n\nKenya and Uganda met on Monday. {sent}\n", DATE)
        rels, deal = relation_set(x), _key(x, "Lake Tovo Fisheries Accord")
        assert ("kenya", "partyTo", deal) in rels and ("uganda", "partyTo", deal) in rels, rels
        assert (deal, "dateSigned", "2004") in rels, rels


# -- GP6: appositions naming a side or a country by its demonym -----------------------------------
def test_side_appositions_put_the_town_in_the_country(run):
    for text, town, country in (
            ("Estonia and Latvia met in Valdo, the Estonian side of the town, on Monday.", "Valdo", "estonia"),
            ("Peru and Bolivia met in Kuliaca, the largest city on the Peruvian side of the lake, on Monday.", "Kuliaca", "peru"),
            ("Thailand and Cambodia met on Monday. Traders in Rong Klai, a market on the Thai side, were angry.",
             "Rong Klai", "thailand")):
        x = run(f"Talks\n\n{text}\n", DATE)
        assert (_key(x, town), "locatedIn", country) in relation_set(x), relation_set(x)


def test_demonym_exclave_and_island_appositions(run):
    x = run("Talks\n\nKyrgyzstan and Tajikistan met on Monday. Clashes broke out in the Tajik exclave of Vorasa. "
            "Norway and Tajikistan also met. Ships call at Tanna Mayen, the Norwegian Arctic island.\n", DATE)
    rels = relation_set(x)
    assert (_key(x, "Vorasa"), "locatedIn", "tajikistan") in rels, rels
    assert (_key(x, "Tanna Mayen"), "locatedIn", "norway") in rels, rels


def test_described_place_in_a_region_or_country(run):
    x = run("Talks\n\nEstonia and Latvia met on Monday in Valka. Rujiena, 45 kilometres away in Latvia, sent a bus. "
            "They also met in Kurla, a town of some 600 people in northern Estonia.\n", DATE)
    rels = relation_set(x)
    assert (_key(x, "Rujiena"), "locatedIn", "latvia") in rels, rels
    assert (_key(x, "Kurla"), "locatedIn", "estonia") in rels, rels


def test_upstream_in_a_countrys_province_and_possessive_capital(run):
    x = run("Talks\n\nNamibia and Angola met on Monday. The Calvo Dam, upstream in Angola's Kuneno province, was "
            "discussed. In Namibia's commercial capital, Walvisa, traders were angry.\n", DATE)
    rels = relation_set(x)
    assert (_key(x, "Calvo Dam"), "locatedIn", _key(x, "Kuneno province")) in rels, rels
    assert (_key(x, "Walvisa"), "locatedIn", "namibia") in rels, rels


# -- GP7: a country starting a clause after a comma is no address ---------------------------------
def test_country_starting_a_clause_is_no_container(run):
    x = run("Talks\n\nBenin and Nigeria met on Monday. If the trucks move to Tovolo, Benin loses and Nigeria gains "
            "nothing. The talks were held in Parako, Benin, on Monday.\n", DATE)
    rels = relation_set(x)
    assert (_key(x, "Tovolo"), "locatedIn", "benin") not in rels, rels
    assert (_key(x, "Parako"), "locatedIn", "benin") in rels, rels


# -- GP8: places with a lowercase head ------------------------------------------------------------
def test_stations_camps_and_tunnels_keep_their_head(run):
    x = run("Talks\n\nThailand and Laos met on Monday. Trains stop at Nong Kalai station and Vienta South station. "
            "Refugees stay at the Black Rock camp near Nadi. The 38-kilometre Polani-Katsa transfer tunnel will "
            "carry water.\n", DATE)
    labels, names = _labels(x), _labels(x) | {a for e in x.entities.values() for a in e.aliases}
    for label in ("Vienta South station", "Polani-Katsa transfer tunnel"):
        assert label in labels, labels
    for label in ("Nong Kalai station", "Black Rock camp"):
        assert label in names, names
    assert "Vienta South" not in labels, labels


def test_pair_bridge_with_particle_names_connects_both_towns(run):
    x = run("Talks\n\nBrazil and Argentina met on Monday. The Itaqui-Paso de los Libres bridge was closed. Trucks "
            "wait in Itaqui and Paso de los Libres.\n", DATE)
    rels = relation_set(x)
    bridge = _key(x, "Itaqui-Paso de los Libres bridge")
    assert (bridge, "connects", _key(x, "Itaqui")) in rels and (bridge, "connects", _key(x, "Paso de los Libres")) in rels, rels


# -- GP9: connects from a course, "the city", goods through a pipeline ----------------------------
def test_course_from_start_verb_and_anaphoric_line(run):
    x = run("Talks\n\nBolivia and Brazil met on Monday. The Tarvo pipeline was discussed. The pipeline starts in "
            "Santa Vera and runs 440 km to Corumbo.\n", DATE)
    rels, pipe = relation_set(x), _key(x, "Tarvo pipeline")
    assert (pipe, "connects", _key(x, "Santa Vera")) in rels and (pipe, "connects", _key(x, "Corumbo")) in rels, rels
    x = run("Talks\n\nKenya and Uganda met on Monday. The Tororo railway was discussed. From Naivasa, the electrified "
            "line runs 300 km to Malabo Town.\n", DATE)
    rels, line = relation_set(x), _key(x, "Tororo railway")
    assert (line, "connects", _key(x, "Naivasa")) in rels and (line, "connects", _key(x, "Malabo Town")) in rels, rels


def test_the_city_end_and_goods_through_a_pipeline(run):
    x = run("Talks\n\nChile and Argentina met in Puerto Nalta on Monday. The Bagual Road, which links the city with "
            "the Argentine town of Rio Turbo, was discussed. Brazil imports gas from Bolivia through the Gasvo "
            "pipeline.\n", DATE)
    rels, road, pipe = relation_set(x), _key(x, "Bagual Road"), _key(x, "Gasvo pipeline")
    assert (road, "connects", _key(x, "Puerto Nalta")) in rels and (road, "connects", _key(x, "Rio Turbo")) in rels, rels
    assert (pipe, "connects", "brazil") in rels and (pipe, "connects", "bolivia") in rels, rels


# -- GP5: dateSigned from the sentence around ------------------------------------------------------
def test_signing_dated_by_the_signers_meeting(run):
    x = run("Talks\n\nFinland and Sweden met on Monday. The Agreement on Border Rescue was signed by Aino Rautio and "
            "Erik Berg, who met in Torva on Tuesday afternoon.\n", DATE)
    assert (_key(x, "Agreement on Border Rescue"), "dateSigned", "2026-05-12") in relation_set(x), relation_set(x)
    x = run("Talks\n\nEstonia and Latvia met on Monday. The two ministers met in Valda on September 23. The Agreement "
            "on Ambulance Services was then signed at the town hall.\n", DATE)
    rels = relation_set(x)
    assert any(s == _key(x, "Agreement on Ambulance Services") and p == "dateSigned" and o.endswith("-09-23")
               for s, p, o in rels), rels


def test_year_of_an_agreeing_clause_or_a_pair_and_year(run):
    x = run("Talks\n\nFiji and Vanuatu met on Monday. They praised the Tavua Partnership the two countries agreed in "
            "2021.\n", DATE)
    assert (_key(x, "Tavua Partnership"), "dateSigned", "2021") in relation_set(x), relation_set(x)
    x = run("Talks\n\nItaly and Slovenia met on Monday. They recalled the Treaty of Ostra between Italy and "
            "Yugoslavia in 1975.\n", DATE)
    assert (_key(x, "Treaty of Ostra"), "dateSigned", "1975") in relation_set(x), relation_set(x)


# -- GP4: a title running on into a named water -----------------------------------------------------
def test_title_goes_on_into_a_named_lake(run):
    x = run("Talks\n\nPeru and Bolivia met on Monday. They signed the Binational Protocol on Discharges into Lake "
            "Tarvo in 2019.\n", DATE)
    assert "Binational Protocol on Discharges into Lake Tarvo" in _labels(x), _labels(x)


# -- GP10: region words and geological words, when the bare name is used too -------------------------
def test_region_word_label_merges_into_the_bare_name(run):
    x = run("Talks\n\nColombia and Venezuela met on Monday. Venezuela's Tachira state was represented. The capital "
            "of Tachira is San Cristobal.\n", DATE)
    places = [e for e in x.entities.values() if e.type == "Place" and e.label in {"Táchira", "Tachira", "Tachira state"}]
    assert len(places) == 1 and "Tachira state" in places[0].aliases | {places[0].label}, [
        (e.label, e.aliases) for e in x.entities.values()]
    x = run("Talks\n\nArgentina and Chile met on Monday in Neuquen. Argentina's Vaca Negra formation holds gas. "
            "Drilling in Vaca Negra began in 2011.\n", DATE)
    assert "Vaca Negra" in _labels(x) and "Vaca Negra formation" not in _labels(x), _labels(x)


def test_what_a_province_is_home_to_lies_in_it(run):
    x = run("Talks\n\nArgentina and Chile met on Monday. Neuquen province, home to Vaca Muerta, was discussed. "
            "Vaca Muerta is huge.\n", DATE)
    rels = relation_set(x)
    assert (_key(x, "Vaca Muerta"), "locatedIn", _key(x, "Neuquén Province")) in rels, rels


def test_unit_of_a_town_stays_apart_from_the_town(run):
    x = run("Talks\n\nThailand and Laos met on Monday in Nong Kalai. Nong Kalai province in Thailand is poor. Nong "
            "Kalai is a border town.\n", DATE)
    assert {"Nong Kalai", "Nong Kalai province"} <= _labels(x), _labels(x)
