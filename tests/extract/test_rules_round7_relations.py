"""Round-7 rules for relations and offices, each shown on invented sentences
(several countries, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _countries_of(x, person: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == person and p == "represents"
            and x.entities[o].type == "Country"}


# -- D1: a role at an organisation: the person acts for the body, not a country -------
@pytest.mark.parametrize(("text", "person", "body"), [
    ("Zambia and Zimbabwe signed a water deal in Lusaka on Monday. Chanda Mwila, chief executive of the "
     "Zambezi River Authority, said Zimbabwe would pay on time.", "chanda-mwila", "zambezi-river-authority"),
    ("Uruguay and Argentina met in Montevideo. Lucia Ferreyra, a researcher at the Plata Policy Institute, "
     "said Argentina had moved first.", "lucia-ferreyra", "plata-policy-institute"),
    ("Kenya and Tanzania met in Arusha. Amina Njoroge, a community organiser with the Dam Villages Forum, "
     "said Tanzania had ignored the fishers.", "amina-njoroge", "dam-villages-forum"),
])
def test_role_at_an_organisation_represents_the_body(run, text, person, body):
    x = run(text)
    assert (person, "represents", body) in relation_set(x)
    assert not _countries_of(x, person)


@pytest.mark.parametrize(("text", "person"), [
    ("Thailand and Cambodia held talks in Phnom Penh. The state utility's chief, Anan Srisuk, said "
     "Cambodia was a reliable buyer.", "anan-srisuk"),
    ("Bolivia and Brazil held talks on gas prices in Brasilia. The state-owned power company's director, "
     "Marco Tellez, said Brazil would pay more.", "marco-tellez"),
])
def test_office_of_an_unnamed_body_takes_no_country_from_the_sentence(run, text, person):
    x = run(text)
    assert any(s == person and p == "holdsPosition" for s, p, o in relation_set(x))
    assert not _countries_of(x, person)


def test_ministry_official_still_represents_the_country_named(run):
    x = run("Chile and Peru held talks. In Santiago, Pedro Soto, director of the Ministry of Energy, said gas "
            "sales would rise.")
    assert "chile" in _countries_of(x, "pedro-soto")


# -- D6 / D5: a deal still being negotiated has negotiators, not parties ----------------
@pytest.mark.parametrize(("text", "deal", "negotiators"), [
    ("Ghana and Burkina Faso held talks in Accra. Volta Gas and the Burkinabe state utility, Sonabel, have been "
     "negotiating the Volta Supply Agreement since 2021. The Volta Supply Agreement is expected to run for 20 "
     "years once signed.", "volta-supply-agreement", {"volta-gas", "sonabel"}),
    ("Chile and Argentina met in Santiago. The two countries have been negotiating the Andes Power Accord since "
     "2020; it would take effect when signed by both parliaments.", "andes-power-accord", {"chile", "argentina"}),
])
def test_unsigned_deal_has_negotiators_and_no_parties(run, text, deal, negotiators):
    rels = relation_set(run(text))
    assert {s for s, p, o in rels if p == "negotiates" and o == deal} >= negotiators
    assert not any(p == "partyTo" and o == deal for s, p, o in rels)
    assert not any(s == deal and p == "dateSigned" for s, p, o in rels)


def test_renegotiating_a_signed_treaty_keeps_the_parties(run):
    rels = relation_set(run("Bolivia and Brazil want to renegotiate the royalties under the 1986 Guapore Treaty, "
                            "officials said."))
    for c in ("bolivia", "brazil"):
        assert (c, "negotiates", "guapore-treaty") in rels
        assert (c, "partyTo", "guapore-treaty") in rels


def test_once_signed_does_not_date_another_agreement(run):
    rels = relation_set(run("Peru and Ecuador signed the Border Treaty in 1998. They have been negotiating the "
                            "Zarumilla Water Agreement since 2022; it will run for 29 years once signed in Quito."))
    assert ("border-treaty", "dateSigned", "1998") in rels
    assert not any(s == "zarumilla-water-agreement" and p == "dateSigned" for s, p, o in rels)


# -- D2: "<Country>'s Minister of <A> and <B>, <Name>, met ..." ---------------------------
def test_two_part_portfolios_before_names_give_offices_sides_and_meeting(run):
    rels = relation_set(run("Chile and Bolivia held talks. Bolivia's Minister of Hydrocarbons and Energy, Luis "
                            "Mamani, met Chile's Minister of Mining and Energy, Diego Pardo, on Tuesday."))
    assert ("luis-mamani", "represents", "bolivia") in rels
    assert ("diego-pardo", "represents", "chile") in rels
    assert ("luis-mamani", "metWith", "diego-pardo") in rels or ("diego-pardo", "metWith", "luis-mamani") in rels
    assert any(s == "diego-pardo" and p == "holdsPosition" and "mining-and-energy" in o for s, p, o in rels)


# -- D5: signing dates after places, before the subject, or in the name ------------------
@pytest.mark.parametrize(("text", "deal", "date"), [
    ("Chile and Argentina signed the Andes Water Treaty at the Organization of American States in Washington "
     "on April 9, 2015.", "andes-water-treaty", "2015-04-09"),
    ("On 12 June 1994, the day after the ceasefire, Eritrea signed the Red Sea Fisheries Accord with Yemen in "
     "Asmara.", "red-sea-fisheries-accord", "1994-06-12"),
    ("Peru and Bolivia still rely on the Titicaca Treaty of 1957, officials said.", "titicaca-treaty", "1957"),
])
def test_signing_date_phrasings(run, text, deal, date):
    assert (deal, "dateSigned", date) in relation_set(run(text))


def test_a_fuller_date_wins_over_the_year_in_the_name(run):
    rels = relation_set(run("The Titicaca Treaty of 1957 was signed on 30 July 1957 in Lima by Peru and Bolivia."))
    dated = {o for s, p, o in rels if s == "titicaca-treaty" and p == "dateSigned"}
    assert dated == {"1957-07-30"}


def test_a_date_of_another_event_after_signing_is_not_the_signing_date(run):
    rels = relation_set(run("Chile and Argentina signed the Andes Water Treaty in Mendoza, which hosted the "
                            "talks in 2015."))
    assert not any(s == "andes-water-treaty" and p == "dateSigned" for s, p, o in rels)


# -- D1 (context): a country in what the person did is not their side ---------------------
def test_country_met_is_not_the_side_of_an_agency_official(run):
    rels = relation_set(run("Peru and Ecuador held talks in Lima. Rosa Quispe, director of the Ministry of "
                            "Foreign Trade, met Luis Vera, Ecuador's energy minister."))
    assert ("rosa-quispe", "represents", "ecuador") not in rels
    assert ("luis-vera", "represents", "ecuador") in rels


# -- D7: a demonym in a state-body description gives partOf ------------------------------
@pytest.mark.parametrize(("text", "body", "country"), [
    ("Ghana and Togo held talks. The Volta Grid Authority, the Ghanaian state agency that runs the lines, said "
     "power would flow by May.", "volta-grid-authority", "ghana"),
    ("Thailand buys power from the Lao state utility, the Mekong Power Company, under a 2019 deal.",
     "mekong-power-company", "laos"),
    ("Peru and Ecuador met. The Andes Oil Corporation, the Peruvian state oil company, will supply the plant.",
     "andes-oil-corporation", "peru"),
])
def test_state_body_descriptor_gives_part_of(run, text, body, country):
    assert (body, "partOf", country) in relation_set(run(text))


def test_a_private_firm_described_by_a_demonym_is_not_part_of_the_state(run):
    rels = relation_set(run("Peru and Ecuador met. The Quito Trading Company, an Ecuadorian firm, sells fish."))
    assert not any(s == "quito-trading-company" and p == "partOf" for s, p, o in rels)


# -- D3: metWith from a relative clause ----------------------------------------------------
@pytest.mark.parametrize(("text", "a", "b"), [
    ("Peru and Ecuador held talks. The Peruvian delegation was led by Trade Minister Rosa Quispe, who met Luis "
     "Vera on Monday and again on Tuesday.", "rosa-quispe", "luis-vera"),
    ("Ghana and Togo held talks. The talks were chaired by Kwame Asante, who met with Komi Agbeko twice.",
     "kwame-asante", "komi-agbeko"),
])
def test_relative_clause_meeting(run, text, a, b):
    rels = relation_set(run(text))
    assert (a, "metWith", b) in rels or (b, "metWith", a) in rels


def test_relative_clause_of_someone_else_is_not_a_meeting_of_the_subject(run):
    rels = relation_set(run("Ghana and Togo held talks. Kwame Asante praised the envoy who met Komi Agbeko in May."))
    assert not any(p == "metWith" for s, p, o in rels)


# -- D8: under, beneath or off a sea ------------------------------------------------------
@pytest.mark.parametrize(("text", "place", "sea"), [
    ("Timor-Leste and Australia held talks. The Bayu Field lies under the Timor Sea.", "bayu-field", "timor-sea"),
    ("Indonesia and Australia held talks. Production at Kupang Field, off the Savu Sea, fell.",
     "kupang-field", "savu-sea"),
    ("Papua New Guinea and Australia held talks. The Corral Reef, found beneath the Coral Sea, is protected.",
     "corral-reef", "coral-sea"),
])
def test_place_under_or_off_a_sea_lies_in_it(run, text, place, sea):
    assert (place, "locatedIn", sea) in relation_set(run(text))


def test_a_place_north_of_a_sea_is_not_in_it(run):
    rels = relation_set(run("Timor-Leste and Australia held talks. Gas goes to Darwin, north of the Timor Sea."))
    assert ("darwin", "locatedIn", "timor-sea") not in rels
