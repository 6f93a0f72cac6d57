"""Names the model does not know, found by their office (session 27).

Renaming the people of the blind articles to invented names (given names outside
kg/data/given_names.txt) showed where typing leaned on the list: a holder apposed to
an office owned by a country ("Haiti's director of border cooperation, X") and a name
behind a rank or style ("Brigadier X", "U X") came out as organisations, or not at all,
and their statements went with them. Invented names and countries throughout.
"""

from __future__ import annotations


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


def _speakers(x) -> set[str]:
    return {x.entities[s.speaker].label for s in x.statements}


def test_holder_of_an_office_owned_by_a_country_is_a_person(run):
    x = run("Market deal\n\nThe deal was signed in Mzuzu by Zambia's director of border cooperation, Ziku Tupor, "
            "and a Malawian official. Tupor said the market would reopen on Monday.\n")
    assert _types(x).get("Ziku Tupor") == "Person", _types(x)
    assert "Ziku Tupor" in _speakers(x)


def test_holder_of_a_long_capitalised_ministry_title_is_a_person(run):
    x = run("Reopening\n\nThe memorandum was signed by Malawi's Minister of Foreign Affairs and Development "
            "Cooperation, Moveo Tabripor. Tabripor told reporters on Wednesday that Lilongwe had received guarantees.\n")
    assert _types(x).get("Moveo Tabripor") == "Person", _types(x)
    assert "Moveo Tabripor" in _speakers(x)


def test_presenter_apposed_with_a_possessive_is_a_person(run):
    x = run("Radio talk\n\nThe minister was interviewed by the programme's presenter, Lavselmi Doporsel Dorundo. "
            "The transcript has been edited.\n")
    assert _types(x).get("Lavselmi Doporsel Dorundo") == "Person", _types(x)


def test_rank_inside_an_organisation_span_is_cut_and_the_name_is_a_person(run):
    x = run("Gulf customs\n\nIn practice, as Brigadier Anvei Datu Lavdo of the Qatari customs directorate admitted "
            "at a workshop in Doha, \"every border still has its own habits\".\n")
    types = _types(x)
    assert types.get("Anvei Datu Lavdo") == "Person", types
    assert not any(label.startswith("Brigadier") for label in types)


def test_burmese_style_u_shows_a_persons_name(run):
    x = run("Repatriation\n\nThailand's foreign secretary met Myanmar's deputy minister for social welfare, "
            "U Veklavbra Molavrun Stoda, to sign the deal. Stoda said the camps were ready.\n")
    assert _types(x).get("U Veklavbra Molavrun Stoda") == "Person", _types(x)
    assert "U Veklavbra Molavrun Stoda" in _speakers(x)


def test_a_place_apposed_to_a_countrys_noun_stays_a_place(run):
    x = run("Ports\n\nTrucks queued outside Tanzania's main port, Port Mtwara, for three days, officials said.\n")
    assert _types(x).get("Port Mtwara") != "Person", _types(x)


def test_a_body_apposed_to_an_owned_office_word_stays_a_body(run):
    x = run("Grid\n\nThe contract went to Zambia's grid operator, Kafue Power Company, on Friday.\n")
    assert _types(x).get("Kafue Power Company") != "Person", _types(x)


def test_title_apposed_after_the_name_behind_modifiers_makes_a_person(run):
    x = run("Talks\n\nThe Chilean delegation was headed by Deputy Foreign Minister Zhukwu Rzagubxo, and the Peruvian "
            "side by Yelxongu Mbetevish, a deputy foreign minister responsible for relations with Asia.\n")
    assert _types(x).get("Yelxongu Mbetevish") == "Person", _types(x)


def test_research_fellow_apposed_after_a_quote_is_a_person(run):
    x = run("Seabed\n\n\"If the treaty dies, the country that gains most is neither side,\" said Lomuvoozo Qaikra, "
            "a senior fellow at the Centre for Strategic Studies in Wellington.\n")
    assert _types(x).get("Lomuvoozo Qaikra") == "Person", _types(x)
    assert {x.entities[s.speaker].label for s in x.statements} == {"Lomuvoozo Qaikra"}


def test_a_company_with_a_relative_clause_naming_its_head_office_stays_a_body(run):
    x = run("Mills\n\nThe quota talks went on.\n\nNorthgate Forest Products, whose head office is in Kamloops, said on "
            "Tuesday that it would restart the second shift at its mill in Smithers, B.C., if the deal is signed this "
            "year. The town sits on Highway 16.\n")
    assert _types(x).get("Northgate Forest Products") == "Organization", _types(x)
