"""Round-6 rules for relations, offices and statements, each shown on invented
sentences (several countries, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set, statement_by_quote


# -- X1: a ministry whose demonym is only in an alias still belongs to its country ---
@pytest.mark.parametrize(("text", "ministry", "country"), [
    ("Peru and Chile opened talks in Lima on Monday. The Peruvian Ministry of Foreign Trade said the tariffs "
     "would fall. Officials from the ministry, the Peruvian Ministry of Foreign Trade, met Chilean envoys.",
     "ministry-of-foreign-trade", "peru"),
    ("Kenya and Uganda opened talks in Nairobi. The Ugandan Ministry of Works said the road would open. "
     "Engineers from the Ugandan Ministry of Works visited the site.", "ministry-of-works", "uganda"),
])
def test_demonym_in_an_alias_gives_part_of(run, text, ministry, country):
    assert (ministry, "partOf", country) in relation_set(run(text))


# -- X2: an apposition whose head is not a place noun gives no locatedIn --------------
def test_apposition_without_a_place_head_is_not_located_in(run):
    x = run("India and Bangladesh discussed the Teesta. Bangladesh wants a deal on the Teesta, an offer that "
            "has added urgency in New Delhi, officials said.")
    assert not any(p == "locatedIn" and o == "new-delhi" for s, p, o in relation_set(x))


@pytest.mark.parametrize(("text", "place", "region"), [
    ("Ghana and Togo reopened the border. Aflao, a small town in Ghana's Volta Region, saw traffic resume.",
     "aflao", "volta-region"),
])
def test_apposition_with_a_place_head_is_located_in(run, text, place, region):
    assert (place, "locatedIn", region) in relation_set(run(text))


# -- S2: a quoted fragment and a coordinated 'and that' clause ---------------------------
@pytest.mark.parametrize(("text", "fragment", "clause", "speaker"), [
    ("Kenya and Uganda held talks. Kenya's trade minister, Mary Otieno, told Radio Capital that the cut was "
     "\"painful but fair\" and that small farms needed help.", "painful but fair", "small farms needed help",
     "mary-otieno"),
    ("Peru and Bolivia held talks. Bolivia's energy minister, Luis Arce Mamani, said that the deal was "
     "\"a first step\" and that gas exports would resume in May.", "a first step", "gas exports would resume in May",
     "luis-arce-mamani"),
])
def test_quoted_fragment_and_coordinated_that_clause_split(run, text, fragment, clause, speaker):
    x = run(text)
    direct = statement_by_quote(x, fragment)
    assert direct.kind == "direct" and direct.speaker == speaker
    reported = [s for s in x.statements if s.kind == "reported"]
    assert [s.quote for s in reported] == [clause]
    assert reported[0].speaker == speaker


# -- S3: a title-only subject, then a pronoun ------------------------------------------
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Peru and Chile held talks in Lima. Peru's undersecretary for trade, Rosa Vargas, led the talks. Chile's "
     "foreign minister, Pedro Soto, said the deal was close. Asked about the tariffs, the undersecretary was firm. "
     "\"We will not give ground on copper,\" she told reporters.", "give ground on copper", "rosa-vargas"),
    ("Kenya and Uganda held talks. Uganda's cabinet secretary, Joseph Okello, attended. Kenya's minister, Mary "
     "Otieno, spoke first. \"We expect the lane to open in June,\" the cabinet secretary told reporters.",
     "lane to open in June", "joseph-okello"),
])
def test_title_only_subject_names_the_title_holder(run, text, words, speaker):
    assert statement_by_quote(run(text), words).speaker == speaker


# -- S5: "The words were Y's, speaking to Z" -------------------------------------------
@pytest.mark.parametrize(("text", "words", "speaker", "addressee"), [
    ("Kenya and Uganda signed a customs deal. Kenya's president, William Kamau, hosted the ceremony. \"This is a "
     "new beginning for our traders.\" The words were Kamau's, speaking to reporters shortly after the session.",
     "new beginning", "william-kamau", "reporters"),
    ("Laos and Vietnam signed a power deal. Laos's energy minister, Somsak Vongsa, led the talks. \"Nobody will "
     "be left without light this winter.\" Those words were Somsak Vongsa's, speaking to Lao National Radio "
     "after the session.", "without light", "somsak-vongsa", "lao-national-radio"),
])
def test_possessive_source_sentence_after_a_lone_quote(run, text, words, speaker, addressee):
    s = statement_by_quote(run(text), words)
    assert s.kind == "direct" and s.speaker == speaker and s.addressee == addressee


# -- S7: elliptic delegation leads across sentences; a department at a ministry --------
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Peru and Chile held talks in Arica. Peru's delegation was led by Ana Ruiz. Chile's was led by Pedro Soto, "
     "who heads the Department of Water at Chile's Ministry of Public Works.", ("ana-ruiz", "peru"),
     ("pedro-soto", "chile")),
    ("Kenya and Tanzania held talks. Kenya's delegation was led by John Mwangi, the deputy energy minister, and "
     "Tanzania's by Rehema Said.", ("john-mwangi", "kenya"), ("rehema-said", "tanzania")),
])
def test_possessive_delegation_leads(run, text, first, second):
    rels = relation_set(run(text))
    assert (first[0], "represents", first[1]) in rels
    assert (second[0], "represents", second[1]) in rels
    assert (second[0], "represents", first[1]) not in rels


def test_elliptic_lead_after_a_title_only_first_lead(run):
    rels = relation_set(run("Ghana and Togo held talks in Lome. Ghana's team was led by its Minister for Energy, "
                            "and Togo's by Kodjo Adje, the state minister of water."))
    assert ("kodjo-adje", "represents", "togo") in rels
    assert ("kodjo-adje", "represents", "ghana") not in rels


def test_department_at_a_ministry_is_part_of_it(run):
    rels = relation_set(run("Peru and Chile held talks in Arica. Chile's team was led by Pedro Soto, who heads the "
                            "Department of Water at Chile's Ministry of Public Works."))
    assert ("department-of-water", "partOf", "ministry-of-public-works") in rels


# -- S11: parties listed after "the leaders of"; a bare plural negotiating --------------
@pytest.mark.parametrize(("text", "agreement", "parties"), [
    ("Peru and Chile resumed talks. The leaders of Peru, Chile and Bolivia signed the Andean Water Accord in Lima.",
     "andean-water-accord", {"peru", "chile", "bolivia"}),
    ("Kenya and Uganda held talks. The presidents of Kenya, Uganda and Rwanda signed the Lake Victoria Fisheries "
     "Treaty in Kampala.", "lake-victoria-fisheries-treaty", {"kenya", "uganda", "rwanda"}),
])
def test_leaders_of_listed_countries_are_all_parties(run, text, agreement, parties):
    rels = relation_set(run(text))
    assert {s for s, p, o in rels if p == "partyTo" and o == agreement} >= parties


def test_bare_plural_delegations_negotiate_for_the_two_sides(run):
    rels = relation_set(run("Peru and Chile held talks. Delegations met in Lima to negotiate amendments to the "
                            "Andean Water Accord."))
    assert ("peru", "negotiates", "andean-water-accord") in rels
    assert ("chile", "negotiates", "andean-water-accord") in rels


# -- S12: "A ... and B, who met alone" ---------------------------------------------------
@pytest.mark.parametrize(("text", "a", "b"), [
    ("Ghana and Togo signed a power deal. Ghana's president, Kwame Mensah, and Togo's president, Kodjo Adje, who "
     "met alone for three hours before the ceremony, signed the accord.", "kwame-mensah", "kodjo-adje"),
    ("Peru and Chile signed a water deal. Peru's foreign minister, Ana Ruiz, and Chile's foreign minister, Pedro "
     "Soto, who met privately on Sunday, announced the deal.", "ana-ruiz", "pedro-soto"),
])
def test_coordinated_people_who_met(run, a, b, text):
    rels = relation_set(run(text))
    assert (a, "metWith", b) in rels or (b, "metWith", a) in rels


def test_who_met_someone_else_is_not_a_mutual_meeting(run):
    rels = relation_set(run("Peru and Chile signed a water deal. Peru's foreign minister, Ana Ruiz, and Chile's "
                            "foreign minister, Pedro Soto, who met the Bolivian envoy Luis Arce on Sunday, "
                            "announced the deal."))
    assert ("ana-ruiz", "metWith", "pedro-soto") not in rels and ("pedro-soto", "metWith", "ana-ruiz") not in rels


# -- S10: a link's stated ends win over its name's parts; a bridge over a river ---------
@pytest.mark.parametrize(("text", "link", "ends", "not_ends"), [
    ("Ukraine and Romania opened the Porubne-Siret crossing, which links Chernivtsi with the Romanian town of "
     "Suceava.", "porubne-siret-crossing", {"chernivtsi", "suceava"}, {"porubne", "siret", "romania"}),
    ("Kenya and Uganda opened the Malaba-Tororo bridge, which connects Busia with the Ugandan town of Jinja.",
     "malaba-tororo-bridge", {"busia", "jinja"}, {"malaba", "tororo", "uganda"}),
])
def test_stated_ends_of_a_pair_named_link(run, text, link, ends, not_ends):
    x = run(text)
    got = {o for s, p, o in relation_set(x) if p == "connects" and s == link}
    assert got == ends
    parts = {e for e in not_ends if x.entities.get(e) is not None and x.entities[e].type != "Country"}
    assert not parts  # no entities made from the name's parts


@pytest.mark.parametrize(("text", "link", "ends", "river"), [
    ("Romania and Moldova opened the Ungheni Bridge, a bridge over the Prut river that connects Ungheni with Iasi.",
     "ungheni-bridge", {"ungheni", "iasi"}, "prut"),
    ("Laos and Thailand opened the Savan Bridge, a bridge across the Mekong river that links Savannakhet with "
     "Mukdahan.", "savan-bridge", {"savannakhet", "mukdahan"}, "mekong"),
])
def test_bridge_over_a_river_connects_not_the_river(run, text, link, ends, river):
    rels = relation_set(run(text))
    assert {o for s, p, o in rels if p == "connects" and s == link} == ends
    assert not any(s == river and p == "connects" for s, p, o in rels)


# -- S9: places described with a demonym; a town "on the border in" a region -------------
@pytest.mark.parametrize(("text", "place", "country"), [
    ("Peru and Bolivia reopened the border. Trucks cross at Desaguadero, a Peruvian border town across the river "
     "from Guaqui.", "desaguadero", "peru"),
    ("Poland and the Czech Republic settled the mine dispute. Residents of the Polish mining town of Bogatynia "
     "protested.", "bogatynia", "poland"),
    ("Mexico and Guatemala discussed migration. Officials in the Mexican state of Chiapas said crossings fell.",
     "chiapas", "mexico"),
])
def test_demonym_described_place_lies_in_the_country(run, text, place, country):
    assert (place, "locatedIn", country) in relation_set(run(text))


def test_demonym_of_an_unnamed_country_gives_nothing(run):
    rels = relation_set(run("Peru and Bolivia reopened the border. Trucks cross at Desaguadero, a Chilean-style "
                            "border town, and at Kasani."))
    assert not any(s == "desaguadero" and p == "locatedIn" for s, p, o in rels)


def test_town_on_the_border_in_a_region(run):
    rels = relation_set(run("Ghana and Togo reopened the border. Aflao, a town on the border in Ghana's Volta "
                            "Region, saw traffic resume."))
    assert ("aflao", "locatedIn", "volta-region") in rels


# -- S8: a profession at an employer; "the engineer who chairs the commission" ------------
@pytest.mark.parametrize(("text", "person", "org", "word"), [
    ("Peru and Bolivia discussed the lake. Maria Quispe, a hydrologist at the University of San Marcos, said "
     "levels were falling.", "maria-quispe", "university-of-san-marcos", "hydrologist"),
    ("Peru and Bolivia discussed the lake. Juan Mamani, a biologist with the Observatorio Andino, a Lima-based "
     "group, said fish stocks were falling.", "juan-mamani", "observatorio-andino", "biologist"),
])
def test_profession_at_an_employer(run, text, person, org, word):
    x = run(text)
    rels = relation_set(x)
    assert (person, "represents", org) in rels
    positions = [o for s, p, o in rels if s == person and p == "holdsPosition"]
    assert positions and word in x.entities[positions[0]].label.lower()


def test_profession_without_employer_is_no_position(run):
    rels = relation_set(run("Peru and Bolivia discussed the lake. Maria Quispe, a hydrologist, said levels were "
                            "falling."))
    assert not any(s == "maria-quispe" and p == "holdsPosition" for s, p, o in rels)


def test_who_chairs_the_commission_named_before(run):
    x = run("Peru and Bolivia discussed the lake through the Binational Lake Commission. Carlos Rojas, the "
            "Peruvian engineer who chairs the commission this year, said the talks were useful.")
    rels = relation_set(x)
    assert ("carlos-rojas", "represents", "binational-lake-commission") in rels
    positions = [o for s, p, o in rels if s == "carlos-rojas" and p == "holdsPosition"]
    assert positions and "chair" in x.entities[positions[0]].label.lower()
    assert not any(s == "binational-lake-commission" and p == "partOf" for s, p, o in rels)


# -- S13: signing dates: a weekday against the report's date; the agreement it follows ---
def test_signed_on_a_weekday_resolves_against_the_report_date(run):
    x = run("Ghana and Togo agreed on power trade. The two ministers signed the Volta Power Memorandum on "
            "Wednesday in Accra.", date="2024-03-15")
    assert any(r.predicate == "dateSigned" and r.literal == "2024-03-13" for r in x.relations)


def test_signed_in_a_month_goes_to_the_agreement_it_follows(run):
    x = run("Kenya and Uganda agreed on power trade under the Kampala Energy Accord. The Owen Falls Supply "
            "Agreement, signed in July 2019, runs until 2039.", date="2024-03-15")
    signed = {(r.subject, r.literal) for r in x.relations if r.predicate == "dateSigned"}
    assert ("owen-falls-supply-agreement", "2019-07") in signed
    assert not any(s == "kampala-energy-accord" for s, _ in signed)


def test_signed_in_a_year_needs_no_report_date(run):
    x = run("Norway and Russia met. Both remain bound by the Barents Fisheries Treaty, signed in 2010 in Murmansk, "
            "which settled the dispute.", date="2024-03-15")
    assert {(r.subject, r.literal) for r in x.relations if r.predicate == "dateSigned"} == {
        ("barents-fisheries-treaty", "2010")}


# -- S14: an international organisation's agency -------------------------------------------
@pytest.mark.parametrize(("text", "agency"), [
    ("Chad and Niger agreed to expand refugee aid. UNHCR, the United Nations refugee agency, said camps were full.",
     "un-refugee-agency"),
    ("Chad and Niger agreed to expand food aid. The WFP, the United Nations food agency, said stocks were low.",
     "wfp"),
])
def test_un_agency_is_part_of_the_united_nations(run, text, agency):
    assert (agency, "partOf", "united-nations") in relation_set(run(text))


def test_agency_described_by_a_country_is_not_part_of_an_international_body(run):
    rels = relation_set(run("Chad and Niger agreed to expand aid. SONAGAZ, the Nigerien gas agency, said stocks were low."))
    assert not any(s == "sonagaz" and p == "partOf" and o == "united-nations" for s, p, o in rels)


# -- S6: a continuation quote closing a paragraph (one newline apart, as in HTML) ----------
def test_continuation_quote_before_a_single_newline_paragraph(run):
    x = run("Kenya and Uganda sign customs deal\nKenya and Uganda signed a customs deal on Monday. Mary Otieno led "
            "Kenya's team.\n“We got what we wanted,” Otieno told reporters after the talks. “The rest can wait "
            "until the spring.”\nUganda's minister, Joseph Okello, said the lane would open in June.")
    assert statement_by_quote(x, "rest can wait").speaker == "mary-otieno"
    assert statement_by_quote(x, "lane would open").speaker == "joseph-okello"


# -- S1: a trailing group attribution with a relative clause after it -------------------------
def test_trailing_group_attribution_keeps_only_the_clause_before(run):
    x = run("Peru and Chile have agreed to cut tariffs on copper, the two delegations said in a joint statement on "
            "Friday, after three days of talks in Arica, that were overshadowed by protests.")
    s = statement_by_quote(x, "cut tariffs on copper")
    assert s.kind == "reported"
    assert "overshadowed" not in s.quote
