"""Round-9 rules for relations (classes H1-H8), each shown on invented sentences
(several countries and names, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _held(rels: set[tuple[str, str, str]], person: str, *words: str) -> bool:
    return any(s == person and p == "holdsPosition" and all(w in o for w in words) for s, p, o in rels)


# -- H1: a hyphenated country's possessive title inside a split-quote attribution ---------
@pytest.mark.parametrize(("text", "person", "country", "portfolio"), [
    ("Guinea-Bissau and Senegal held talks in Dakar on Monday. \"The fish belong to both of us,\" said Ana Sousa, "
     "Guinea-Bissau's Minister of Fisheries and Maritime Economy, after Monday's session at the Ministry of Foreign "
     "Affairs. \"We will share the data.\"", "ana-sousa", "guinea-bissau", "fisheries-and-maritime-economy"),
    ("Timor-Leste and Indonesia held talks in Dili on Monday. \"The border is settled,\" said Jose Ramos, "
     "Timor-Leste's Minister of Planning and Strategic Investment, after Monday's session at the Ministry of "
     "Foreign Affairs. \"Only the maps remain.\"", "jose-ramos", "east-timor", "planning-and-strategic-investment"),
    ("Guinea-Bissau and Senegal held talks in Dakar on Monday. “The fish belong to both of us,” said Ana Sousa, "
     "Guinea-Bissau’s Minister of Fisheries and Maritime Economy, after Monday’s session. “We will share the "
     "data.”", "ana-sousa", "guinea-bissau", "fisheries-and-maritime-economy"),
])
def test_hyphenated_country_title_in_a_split_quote(run, text, person, country, portfolio):
    x = run(text)
    rels = relation_set(x)
    assert (person, "represents", country) in rels
    assert _held(rels, person, portfolio)
    assert all(s.speaker == person for s in x.statements)


# -- H2: a body named after a country is not the country ---------------------------------
# round-35 O1 (convention change): the chief of a STATE body named after its country represents
# the country only (blind golds name a country, not the body); the body stays the position's
@pytest.mark.parametrize(("text", "person", "body", "country"), [
    ("Zimbabwe and Zambia held talks on the Kariba dam on Monday. Power cuts are blamed on the Zimbabwe "
     "Electricity Supply Authority (ZESA).\n\nZESA's chief executive, Tendai Moyo, told reporters that the "
     "turbines were old.", "tendai-moyo", "zimbabwe-electricity-supply-authority", "zimbabwe"),
    ("Kenya and Uganda held talks on Monday. Delays are blamed on the Kenya Ports Authority (KPA).\n\nKPA's "
     "managing director, Joseph Mwangi, told reporters that the cranes were old.", "joseph-mwangi",
     "kenya-ports-authority", "kenya"),
])
def test_chief_of_a_state_body_named_after_a_country_represents_the_country(run, text, person, body, country):
    rels = relation_set(run(text))
    assert (person, "represents", country) in rels
    assert (person, "represents", body) not in rels
    assert any(s == person and p == "holdsPosition" for s, p, o in rels)
    assert not any(s == person and p == "holdsPosition" and "s-chief" in o for s, p, o in rels)


@pytest.mark.parametrize(("text", "person", "body", "country"), [
    ("Zimbabwe and Zambia held talks on the Kariba dam on Monday.\n\n\"The river is low,\" said Tendai Moyo, chief "
     "executive of the Zambezi Highlands Development Authority, which builds the dams on the Zambian side, on "
     "Tuesday.", "tendai-moyo", "zambezi-highlands-development-authority", "zambia"),
])
def test_chief_of_a_body_named_after_a_country_represents_the_body(run, text, person, body, country):
    rels = relation_set(run(text))
    assert (person, "represents", body) in rels
    assert (person, "represents", country) not in rels
    assert not any(s == person and p == "holdsPosition" and "s-chief" in o for s, p, o in rels)


def test_ministry_named_after_a_country_still_speaks_for_it(run):
    rels = relation_set(run("Kenya and Uganda held talks on Monday. Peter Otieno, permanent secretary of the "
                            "Kenyan Ministry of Trade, said the talks went well."))
    assert ("peter-otieno", "represents", "kenya") in rels


# -- H7: metWith between two people whose titles hold commas and whose names are long -----
@pytest.mark.parametrize(("text", "a", "b", "ca", "cb"), [
    ("Peru and Ecuador opened talks in Tumbes on Monday.\n\nPeru's Minister of Foreign Trade, Industry and "
     "Tourism, Rosa Quispe Mamani, met Ecuador's deputy minister for foreign trade, Luis Alberto Vera, at the "
     "Tumbes Chamber of Commerce.", "rosa-quispe-mamani", "luis-alberto-vera", "peru", "ecuador"),
    ("Peru and Ecuador opened talks in Tumbes on Monday.\n\nIn a parallel meeting on Tuesday, Peru's Minister "
     "of Energy and Mines, Rosa Quispe, met Ecuador's Minister of Mines and Energy, Luis Vera Torres.",
     "rosa-quispe", "luis-vera-torres", "peru", "ecuador"),
    ("Kenya and Uganda held talks in Busia on Monday.\n\nKenya's Minister of Trade, Investment and Industry, "
     "Jane Wanjiru Kamau, met Uganda's deputy minister for fisheries, Peter Okello Obua, at the Busia Chamber "
     "of Commerce.", "jane-wanjiru-kamau", "peter-okello-obua", "kenya", "uganda"),
])
def test_met_with_titles_holding_commas(run, text, a, b, ca, cb):
    rels = relation_set(run(text))
    assert (a, "metWith", b) in rels or (b, "metWith", a) in rels
    assert (a, "represents", ca) in rels and (b, "represents", cb) in rels
    assert _held(rels, a) and _held(rels, b)


# -- H4: parties named by "between" (capitals too) and by "carved up by A and B under X" ---
@pytest.mark.parametrize(("text", "agreement", "parties", "year"), [
    ("Peru and Ecuador held talks in Tumbes on Monday. The delegations discussed the 2012 Special Status Agreement "
     "between the two countries, which lets fishermen cross.", "special-status-agreement", ["peru", "ecuador"], "2012"),
    ("Peru and Ecuador held talks in Tumbes on Monday. Under the 2012 Special Status Agreement between Lima and "
     "Quito, fishermen may cross.", "special-status-agreement", ["peru", "ecuador"], "2012"),
    ("Kenya and Uganda held talks on Monday. Under the 2015 Lake Fisheries Agreement between Nairobi and Kampala, "
     "boats may land at either shore.", "lake-fisheries-agreement", ["kenya", "uganda"], "2015"),
    ("Kenya and Uganda held talks on Monday. The lake's catch was carved up by Kenya and Uganda under the Kampala "
     "Fisheries Accord of 1994.", "kampala-fisheries-accord", ["kenya", "uganda"], "1994"),
])
def test_parties_between_and_carved_up_by(run, text, agreement, parties, year):
    rels = relation_set(run(text))
    for p in parties:
        assert (p, "partyTo", agreement) in rels
    assert (agreement, "dateSigned", year) in rels


def test_between_a_capital_and_a_town_names_no_parties(run):
    rels = relation_set(run("Peru and Ecuador held talks in Tumbes on Monday. The Gulf Fishing Plan between Lima "
                            "and Tumbes will be drafted next year."))
    assert not [r for r in rels if r[1] == "partyTo"]


# -- H5: "The two signed X on Wednesday afternoon and then met" ----------------------------
@pytest.mark.parametrize(("text", "a", "b", "ca", "cb", "agreement", "date"), [
    ("Chile, Peru and Ecuador held talks in Tumbes this week. Chile's foreign minister, Ana Soto, opened the "
     "meeting. Peru's interior minister, Rosa Quispe, arrived on Tuesday. Ecuador's defence minister, Luis Vera, "
     "arrived a day later.\n\nThe two signed a memorandum of understanding on joint patrols on Wednesday afternoon "
     "and then met privately.", "rosa-quispe", "luis-vera", "peru", "ecuador",
     "memorandum-of-understanding-on-joint-patrols", "2024-05-08"),
    ("Kenya and Uganda held talks in Busia this week. Kenya's interior minister, Jane Wanjiru, and Uganda's "
     "security minister, Peter Okello, led the delegations.\n\nThe two signed a memorandum of understanding on lake "
     "patrols on Tuesday morning and then met privately.", "jane-wanjiru", "peter-okello", "kenya", "uganda",
     "memorandum-of-understanding-on-lake-patrols", "2024-05-07"),
])
def test_the_two_signed_and_met(run, text, a, b, ca, cb, agreement, date):
    rels = relation_set(run(text, date="2024-05-10"))
    assert (ca, "partyTo", agreement) in rels and (cb, "partyTo", agreement) in rels
    assert ("chile", "partyTo", agreement) not in rels
    assert (agreement, "dateSigned", date) in rels
    assert (a, "metWith", b) in rels or (b, "metWith", a) in rels


def test_a_signing_planned_for_a_weekday_has_no_date(run):
    rels = relation_set(run("Kenya and Uganda held talks in Busia this week. The two ministers will sign a "
                            "memorandum of understanding on lake patrols on Friday.", date="2024-05-08"))
    assert not [r for r in rels if r[1] == "dateSigned"]


# -- H6: "..., while Ecuador sent B, director-general of the X Bureau" ----------------------
@pytest.mark.parametrize(("text", "person", "country", "body"), [
    ("Peru and Ecuador held talks in Tumbes on Monday. The Peruvian delegation was led by Rosa Quispe, while "
     "Ecuador sent Luis Vera, director-general of the Andean Affairs Bureau.", "luis-vera", "ecuador",
     "andean-affairs-bureau"),
    ("Kenya and Uganda held talks in Busia on Monday. The Kenyan delegation was led by Jane Wanjiru, while Uganda "
     "sent Peter Okello, director of the Lakes Directorate.", "peter-okello", "uganda", "lakes-directorate"),
])
def test_the_sending_country_is_the_side(run, text, person, country, body):
    rels = relation_set(run(text))
    assert (person, "represents", country) in rels
    assert (body, "partOf", country) in rels


# -- H3: a joint body belongs to neither side -----------------------------------------------
@pytest.mark.parametrize(("text", "body", "chair"), [
    ("Peru and Ecuador held talks in Tumbes on Monday. The talks were prepared by the Peruvian Technical "
     "Commission, the joint body that oversees the scheme.\n\nAna Ruiz, who chairs the commission, was blunter. "
     "\"The canal is full of silt,\" she said.", "peruvian-technical-commission", "ana-ruiz"),
    ("Kenya and Uganda held talks in Busia on Monday. The plan was drafted by the Kenya Lake Commission, the "
     "binational body that manages the lake.\n\nGrace Namara, who chairs the commission, was blunter. \"The lake "
     "is dying,\" she said.", "kenya-lake-commission", "grace-namara"),
])
def test_joint_body_is_part_of_no_country(run, text, body, chair):
    rels = relation_set(run(text))
    assert not [r for r in rels if r[0] == body and r[1] == "partOf"]
    assert not [r for r in rels if r[0] == chair and r[1] == "represents" and r[2] in {"peru", "ecuador", "kenya", "uganda"}]


def test_a_state_body_with_a_demonym_is_still_the_country_s(run):
    rels = relation_set(run("Peru and Ecuador held talks in Tumbes on Monday. The talks were prepared by the "
                            "Peruvian Technical Commission, the state body that oversees the scheme."))
    assert ("peruvian-technical-commission", "partOf", "peru") in rels


# -- H8: negotiating after an apposition that names one country ------------------------------
@pytest.mark.parametrize(("text", "agreement", "sides"), [
    ("Peru and Ecuador resumed talks this week. Delegations spent Tuesday and Wednesday in Tumbes, a city in "
     "northern Peru, negotiating the first amendments to the Agreement on Border Fisheries.",
     "agreement-on-border-fisheries", ["peru", "ecuador"]),
    ("Kenya and Uganda resumed talks this week. Delegations spent Monday and Tuesday in Busia, a town in western "
     "Kenya, negotiating the first amendments to the Agreement on Lake Transport.",
     "agreement-on-lake-transport", ["kenya", "uganda"]),
])
def test_negotiating_after_an_apposition(run, text, agreement, sides):
    rels = relation_set(run(text))
    for side in sides:
        assert (side, "negotiates", agreement) in rels


def test_a_participle_that_is_not_negotiating_adds_nothing(run):
    rels = relation_set(run("Kenya and Uganda resumed talks this week. Delegations spent Monday in Busia, a town "
                            "in western Kenya, touring the port built under the Agreement on Lake Transport."))
    assert not [r for r in rels if r[1] == "negotiates"]
