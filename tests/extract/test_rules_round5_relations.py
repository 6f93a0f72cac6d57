"""Round-5 rules for relations, offices and statements, each shown on invented
sentences (several countries, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set, statement_by_quote


def _met(x) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in relation_set(x) if p == "metWith"}


# -- B1: elliptic delegation leads ---------------------------------------------------
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Chile and Argentina resumed talks in Santiago. The Chilean team was led by Marta Soto, the deputy trade "
     "minister, and Argentina's by Jorge Paz, secretary-general of the Ministry of Commerce (MINCOM).",
     ("marta-soto", "chile"), ("jorge-paz", "argentina")),
    ("Kenya and Tanzania held talks. The Kenyan team was led by John Mwangi, the deputy energy minister, "
     "and Tanzania's by Rehema Said, permanent secretary of the Ministry of Energy.",
     ("john-mwangi", "kenya"), ("rehema-said", "tanzania")),
])
def test_elliptic_second_delegation_lead_represents_its_country(run, text, first, second):
    x = run(text)
    rels = relation_set(x)
    assert (first[0], "represents", first[1]) in rels
    assert (second[0], "represents", second[1]) in rels
    assert not any(s == second[0] and p == "represents" and o.startswith("ministry") for s, p, o in rels)
    assert any(s.startswith("ministry-of") and p == "partOf" and o == second[1] for s, p, o in rels)
    assert any(s == second[0] and p == "holdsPosition" for s, p, o in rels)
    assert frozenset((first[0], second[0])) in _met(x)


# -- B10: statements -------------------------------------------------------------------
def test_according_to_a_statement_from_an_agency_is_its_reported_statement(run):
    x = run("Kenya and Uganda agreed on a lane. According to a statement from the Kenya Revenue Authority, "
            "the two customs services will run a joint lane from June.")
    s = statement_by_quote(x, "joint lane from June")
    assert s.kind == "reported"
    assert s.speaker == "kenya-revenue-authority"
    assert s.medium == "statement"


def test_according_to_a_person_with_a_quoted_fragment_is_direct(run):
    x = run("Kenya and Uganda agreed on a lane. Minister Peter Otieno spoke later. "
            "According to Otieno, that request \"is on the table\".")
    s = statement_by_quote(x, "is on the table")
    assert s.kind == "direct"
    assert s.speaker == "peter-otieno"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Kenya and Uganda agreed on a lane. The chamber's president, Ana Wanjiru, was blunt: "
     "\"Better late than never. We lost years.\"", "Better late than never", "ana-wanjiru"),
    ("Kenya and Uganda agreed on a lane. Ana Wanjiru, who heads the chamber, spoke later. "
     "As she put it: \"We cannot wait for ever.\"", "cannot wait", "ana-wanjiru"),
    ("Laos and Vietnam met. Trade Minister Somsak Vongsa did not mince words: \"This is overdue.\"",
     "overdue", "somsak-vongsa"),
])
def test_colon_after_a_clause_without_speech_verb_introduces_its_subjects_words(run, text, words, speaker):
    s = statement_by_quote(run(text), words)
    assert s.kind == "direct"
    assert s.speaker == speaker


def test_coordinated_that_clause_after_a_quoted_fragment_is_reported_too(run):
    x = run("Kenya and Uganda agreed on a lane. Trade Minister Peter Otieno said farmers must keep their quota "
            "\"in every season,\" and that Nairobi would not accept new tariffs.")
    assert statement_by_quote(x, "in every season").kind == "direct"
    s = statement_by_quote(x, "would not accept new tariffs")
    assert s.kind == "reported"
    assert s.speaker == "peter-otieno"
    assert "in every season" not in s.quote


def test_coordinated_that_clause_without_quotes(run):
    x = run("Peru and Ecuador met. Foreign Minister Luis Salas said the border would stay open and that "
            "Quito had agreed to share customs data.")
    assert statement_by_quote(x, "share customs data").speaker == "luis-salas"
    assert statement_by_quote(x, "border would stay open").speaker == "luis-salas"


# -- B3: locatedIn from descriptions -------------------------------------------------
@pytest.mark.parametrize(("text", "triple"), [
    ("Peru and Chile signed a deal. Talks took place in Arequipa, a city in southern Peru, last week.",
     ("arequipa", "locatedIn", "peru")),
    ("Peru and Chile signed a deal. The ceremony was held at the Casa Verde, the state government complex in Arica.",
     ("casa-verde", "locatedIn", "arica")),
    ("Kenya and Uganda met. Delegates stayed in Kisumu, a port town in western Kenya.",
     ("kisumu", "locatedIn", "kenya")),
])
def test_a_place_described_as_lying_in_another(run, text, triple):
    assert triple in relation_set(run(text))


def test_a_relative_clause_after_a_place_is_not_its_location(run):
    rels = relation_set(run("India and Nepal met. China offered to fund dams on the Kosi, an offer that has "
                            "added urgency in Kathmandu."))
    assert ("kosi", "locatedIn", "kathmandu") not in rels


def test_a_link_named_after_two_multiword_ends_connects_them(run):
    rels = relation_set(run("Chile and Bolivia met. Bolivia wants the Arica-La Paz railway reopened. "
                            "Traders in Arica and La Paz agree."))
    assert ("arica-la-paz-railway", "connects", "la-paz") in rels
    assert ("arica-la-paz-railway", "connects", "arica") in rels


# -- B8: offices ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "person", "country"), [
    ("Colombia and Venezuela met. Venezuela's deputy minister for foreign trade, Luis Paz, said little.",
     "luis-paz", "venezuela"),
    ("Peru and Chile met. Tacna's governor, Ana Ruiz, welcomed the deal. Tacna lies in Peru.", "ana-ruiz", "peru"),
    ("Peru and Chile met in Tacna, a city in southern Peru. Tacna's governor, Ana Ruiz, welcomed the deal.",
     "ana-ruiz", "peru"),
])
def test_possessive_owner_title_gives_the_country_side(run, text, person, country):
    rels = relation_set(run(text))
    assert (person, "represents", country) in rels
    assert any(s == person and p == "holdsPosition" for s, p, o in rels)
    assert not any(s == person and p == "represents" and o == "tacna" for s, p, o in rels)


def test_researcher_at_an_institute_represents_it(run):
    rels = relation_set(run("Peru and Chile met. Ana Ruiz, a researcher at the Institute for Andean Studies, "
                            "welcomed the deal."))
    assert ("ana-ruiz", "represents", "institute-for-andean-studies") in rels
    assert any(s == "ana-ruiz" and p == "holdsPosition" and "researcher" in o for s, p, o in rels)


# -- B6: partyTo from the agreement's own name ------------------------------------
@pytest.mark.parametrize(("text", "agreement", "parties"), [
    ("Officials met in Lima. The Treaty on the Peruvian-Bolivian State Border was mentioned by everyone at the meeting.",
     "treaty-on-the-peruvian-bolivian-state-border", {"peru", "bolivia"}),
    ("Officials met. Ghana cited the Ghanaian-Togolese Boundary Treaty and Togo did too.",
     "ghanaian-togolese-boundary-treaty", {"ghana", "togo"}),
])
def test_countries_named_in_an_agreements_name_are_its_parties(run, text, agreement, parties):
    rels = relation_set(run(text))
    assert {s for s, p, o in rels if p == "partyTo" and o == agreement} == parties


def test_between_the_governments_tail_names_the_parties(run):
    x = run("Officials met in Nairobi. The Agreement on Border Trade between the Government of the Republic of Kenya "
            "and the Government of the United Republic of Tanzania remains the basis of cross-border commerce.")
    agreement = next(e.key for e in x.entities.values() if e.type == "Agreement")
    parties = {s for s, p, o in relation_set(x) if p == "partyTo" and o == agreement}
    assert parties == {"kenya", "tanzania"}


# -- B7: dateSigned goes to the phrase the participle follows ----------------------
def test_signed_participle_dates_the_agreement_it_follows_not_the_nearest(run):
    x = run("Peru and Bolivia met. The Supplementary Agreement on Customs Cooperation and Trade Facilitation, "
            "signed in November 2019, two months before the Border Treaty itself, remains in force.")
    dated = {(s, o) for s, p, o in relation_set(x) if p == "dateSigned"}
    assert ("supplementary-agreement-on-customs-cooperation-and-trade-facilitation", "2019-11") in dated
    assert not any(s != "supplementary-agreement-on-customs-cooperation-and-trade-facilitation" for s, _ in dated)


def test_signed_in_a_city_on_a_full_date(run):
    x = run("Ghana and Togo met. Officials recalled the Lome Transit Agreement, signed in Accra on 12 March 2004, "
            "and the Customs Protocol of 2010.")
    assert ("lome-transit-agreement", "dateSigned", "2004-03-12") in relation_set(x)


# -- B2: agencies belong to their country ---------------------------------------------
@pytest.mark.parametrize(("text", "triple"), [
    ("Thailand and Malaysia agreed on a joint lane. SENAC, Malaysia's customs and excise authority, will run the "
     "lane from March.", ("senac", "partOf", "malaysia")),
    ("Thailand and Malaysia agreed on a joint lane. Data will flow through the Royal Thai Customs Department.",
     ("royal-thai-customs-department", "partOf", "thailand")),
    ("Peru and Bolivia agreed on a joint lane. The Peruvian team was led by Ana Paz, director of the National "
     "Customs Office.", ("national-customs-office", "partOf", "peru")),
])
def test_agency_part_of_its_country(run, text, triple):
    assert triple in relation_set(run(text))


def test_a_joint_body_naming_two_countries_is_part_of_neither(run):
    rels = relation_set(run("Peru and Bolivia agreed. The Peru-Bolivia Joint Commission will meet in June."))
    assert not any(p == "partOf" and o in {"peru", "bolivia"} for s, p, o in rels)


@pytest.mark.parametrize(("text", "person", "agency", "country"), [
    ("Kenya and Uganda met. James Otieno, director of the Border Control Office, led the Kenyan delegation.",
     "james-otieno", "border-control-office", "kenya"),
    ("Kenya and Uganda met. Ruth Nakato, who heads the Uganda Revenue Authority, headed Uganda's delegation.",
     "ruth-nakato", "uganda-revenue-authority", "uganda"),
])
def test_agency_head_leading_a_delegation_gives_both_their_country(run, text, person, agency, country):
    rels = relation_set(run(text))
    assert (person, "represents", country) in rels
    assert (person, "represents", agency) not in rels
    assert (agency, "partOf", country) in rels


# -- B5: negotiating an existing agreement --------------------------------------------
@pytest.mark.parametrize(("text", "agreement", "actors"), [
    ("Peru and Bolivia opened a bridge in 2019. Negotiators from Lima and La Paz are negotiating the first "
     "amendments to the Border Trade Agreement, which took effect in 1998.", "border-trade-agreement",
     {"peru", "bolivia"}),
    ("Chile and Argentina met in Santiago. Officials opened talks on updating their 2011 trade deal, the Economic "
     "Complementation Agreement.", "economic-complementation-agreement", {"chile", "argentina"}),
    ("Chile and Argentina met in Santiago. Chilean and Argentine officials are negotiating the first amendments to "
     "the Andes Transit Protocol.", "andes-transit-protocol", {"chile", "argentina"}),
])
def test_group_negotiators_stand_for_their_countries(run, text, agreement, actors):
    rels = relation_set(run(text))
    assert {s for s, p, o in rels if p == "negotiates" and o == agreement} == actors


# -- B4: connects with an anaphoric subject, long appositions, "between A and B" -------
def test_anaphoric_crossing_with_long_appositions_connects_both_towns(run):
    x = run("Peru and Bolivia met. Trade crosses the Desaguadero International Bridge. The crossing, better known as "
            "the Rosa bridge, links Desaguadero, the capital of the Peruvian province of Chucuito, with Kasani, in "
            "Bolivia's La Paz department.")
    ends = {o for s, p, o in relation_set(x) if p == "connects" and s == "desaguadero-international-bridge"}
    assert ends == {"desaguadero", "kasani"}


def test_bridge_subject_with_an_apposed_name_connects(run):
    rels = relation_set(run("Ghana and Togo met. The Aflao Bridge links Aflao, a market town in Ghana's Volta "
                            "region, with Lome, the Togolese capital."))
    assert ("aflao-bridge", "connects", "aflao") in rels
    assert ("aflao-bridge", "connects", "lome") in rels
    assert ("aflao-bridge", "connects", "volta-region") not in rels


@pytest.mark.parametrize(("text", "bridge", "ends"), [
    ("Peru and Bolivia met. Most trucks use the San Martin bridge, between Desaguadero and Kasani, every day.",
     "san-martin-bridge", {"desaguadero", "kasani"}),
    ("Kenya and Tanzania met. Traffic uses the Namanga Bridge, between Namanga and Longido, every day.",
     "namanga-bridge", {"namanga", "longido"}),
])
def test_bridge_between_two_towns_connects_them(run, text, bridge, ends):
    assert {o for s, p, o in relation_set(run(text)) if p == "connects" and s == bridge} == ends


# -- B9: metWith ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pair"), [
    ("Peru and Chile met. Peru's trade minister, Jorge Vera, met Chile's deputy minister for trade, Ines Castro, "
     "at the chamber of commerce.", ("jorge-vera", "ines-castro")),
    ("Kenya and Uganda met. Kenya's trade minister, Peter Otieno, met Uganda's deputy minister for trade, "
     "Ruth Nakato, at the border.", ("peter-otieno", "ruth-nakato")),
    ("Peru and Chile met. Jorge Vera and Ines Castro held a private meeting on Monday.", ("jorge-vera", "ines-castro")),
    ("Peru and Chile met. Peru's trade minister Jorge Vera arrived on Monday. Chile's deputy minister Ines Castro "
     "arrived later. The two men also held a private meeting.", ("jorge-vera", "ines-castro")),
])
def test_meetings_with_titled_objects_and_private_meetings(run, text, pair):
    assert frozenset(pair) in _met(run(text))


@pytest.mark.parametrize("lead", ["According to a MINCOM statement", "According to a statement issued by MINCOM"])
def test_according_to_a_statement_variants(run, lead):
    x = run(f"Peru and Bolivia met. {lead}, the two customs services will run a joint lane.")
    s = statement_by_quote(x, "joint lane")
    assert (s.kind, s.speaker, s.medium) == ("reported", "mincom", "statement")


def test_according_to_a_person_with_a_fragment_inside_a_longer_clause_gives_both(run):
    x = run("Peru and Bolivia met. Luis Paz, Bolivia's trade minister, spoke first. According to Paz, the request "
            "\"is on the table\" and the customs services will study it over the coming months.")
    kinds = {s.kind for s in x.statements if s.speaker == "luis-paz"}
    assert kinds == {"direct", "reported"}


def test_mayor_of_a_known_capital_represents_its_country(run):
    rels = relation_set(run("Colombia and Venezuela met. Bogota's mayor, Ana Ruiz, welcomed the talks."))
    assert ("ana-ruiz", "represents", "colombia") in rels
    assert ("ana-ruiz", "represents", "bogota") not in rels


def test_a_list_of_titled_names_gives_each_its_own_country(run):
    rels = relation_set(run("Malaysia and Indonesia met. Aisha Rahman, Malaysia's trade minister, and Budi Santoso, "
                            "Indonesia's trade minister, led the talks."))
    assert ("aisha-rahman", "represents", "malaysia") in rels
    assert ("budi-santoso", "represents", "indonesia") in rels
    assert ("budi-santoso", "represents", "malaysia") not in rels


def test_pronoun_after_a_subject_sentence_speaks(run):
    x = run("Malaysia and Indonesia met. Datuk Aisha Rahman, Malaysia's trade minister, led the talks. Aisha Rahman "
            "was more cautious. She said the lane would need more staff before it opens.")
    assert statement_by_quote(x, "need more staff").speaker == "aisha-rahman"


def test_a_sea_or_ocean_name_in_an_agency_is_no_country(run):
    rels = relation_set(run("India and Mauritius met. The Indian Ocean Commission will host the talks."))
    assert not any(p == "partOf" and o == "india" for s, p, o in rels)
