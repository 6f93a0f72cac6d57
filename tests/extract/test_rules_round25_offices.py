"""Round-25 office, side and meeting classes (O1-O11), shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- O1: "<Org sentence>. Its chief executive, X, told" when the parser finds no subject ---------
def test_its_chief_after_a_sentence_opened_by_an_apposed_company(run):
    x = run("Ore corridor\n\nSweden and Norway agreed on Tuesday to open a freight corridor for iron ore.\n\n"
            "Norgruve, the state-owned miner, ships most of its ore through Narvik. Its chief executive, "
            "Hans-Olof Berg, told reporters the corridor would cut costs.\n")
    assert _objs(x, "hans-olof-berg", "represents") == {"norgruve"}
    assert any("chief executive" in label for label in _position_labels(x, "hans-olof-berg"))


# -- O2: "X, managing director of the municipal port company Y," ------------------------------
def test_managing_director_of_a_described_company(run):
    x = run("Ferry corridor\n\nDenmark and Norway agreed on Tuesday to open a ferry corridor.\n\n"
            "Lars Dahl, managing director of the municipal port company Aarhus Havn, said the deal was "
            "welcome.\n")
    assert _objs(x, "lars-dahl", "represents") == {"aarhus-havn"}
    assert "managing director" in _position_labels(x, "lars-dahl")
    assert not any("port company" in label for label in _position_labels(x, "lars-dahl"))


# -- O5: who leads the talks negotiates the agreement they are about ---------------------------
def test_ministries_that_lead_the_talks_negotiate_the_agreement_named_before(run):
    x = run("Transit talks\n\nGhana and Togo will revise the Lomé Transit Convention, officials said on Monday.\n\n"
            "The convention sets the rules for lorries that cross at Aflao. The talks are led by Ghana's Ministry "
            "of Roads and Togo's Ministry of Transport.\n")
    assert ("ministry-of-roads", "negotiates", "lome-transit-convention") in relation_set(x)
    assert ("ministry-of-transport", "negotiates", "lome-transit-convention") in relation_set(x)


def test_bodies_leading_a_working_group_negotiate(run):
    x = run("Transit talks\n\nGhana and Togo will revise the Lomé Transit Convention, officials said on Monday.\n\n"
            "A joint working group, led by Ghana's Land Transport Department and Togo's Road Transport Authority, "
            "will hold its first round of negotiations on the convention in May.\n")
    assert ("land-transport-department", "negotiates", "lome-transit-convention") in relation_set(x)
    assert ("road-transport-authority", "negotiates", "lome-transit-convention") in relation_set(x)


# -- O6: a press release's letterhead state owns its unqualified officials and bodies -----------
_RELEASE = ("Labour pact signed\n\nDEPARTMENT OF LABOR AND EMPLOYMENT\nRepublic of the Philippines\nPRESS RELEASE\n\n"
            "The Department of Labor and Employment (DOLE) and the Saudi Ministry of Human Resources signed a "
            "memorandum on household workers on Monday.\n\nLabor Secretary Ana Cruz said the memorandum would "
            "protect workers. Health Undersecretary Jose Lim of the Department of Health (DOH) said clinics would "
            "open soon.\n\nSaudi Deputy Minister Fahad Salem said the kingdom welcomed the deal.\n")


def test_release_officials_act_for_the_letterhead_state(run):
    x = run(_RELEASE)
    assert _objs(x, "ana-cruz", "represents") == {"philippines"}
    assert _objs(x, "jose-lim", "represents") == {"philippines"}
    assert _objs(x, "fahad-salem", "represents") == {"saudi-arabia"}


def test_release_bodies_belong_to_the_letterhead_state(run):
    x = run(_RELEASE)
    assert ("department-of-health", "partOf", "philippines") in relation_set(x)
    assert ("department-of-labor-and-employment", "partOf", "philippines") in relation_set(x)


def test_one_line_release_letterhead(run):
    x = run("Border pact\n\nMinistry of Foreign Affairs of Ghana — Press Release\n\nGhana and Togo signed a "
            "memorandum on border posts on Monday.\n\nDeputy Minister Kofi Asante said the posts would open "
            "at night.\n")
    assert _objs(x, "kofi-asante", "represents") == {"ghana"}


# -- O11: a multi-word portfolio before a title ------------------------------------------------
def test_portfolio_words_before_a_capitalised_title(run):
    x = run("Road talks\n\nLaos and Thailand opened talks on Monday on lorry permits.\n\nLand Transport Minister "
            "Somchai Keo said the permits would double. Migrant Workers Secretary Rosa Tan said drivers were "
            "waiting.\n")
    assert "land transport minister" in _position_labels(x, "somchai-keo")
    assert "migrant workers secretary" in _position_labels(x, "rosa-tan")


# -- O4: co-signers who sign after a bilateral meeting met ---------------------------------------
def test_cosigners_after_a_bilateral_meeting_met(run):
    x = run("Lithium memorandum\n\nChile and Peru signed a memorandum on lithium exports on Tuesday.\n\n"
            "Chilean Mining Minister Aurora Williams and Peruvian Vice-Minister of Mines Henry Luna signed the "
            "memorandum at the ministry after a bilateral meeting that lasted two hours.\n")
    rels = relation_set(x)
    assert ("aurora-williams", "metWith", "henry-luna") in rels or ("henry-luna", "metWith", "aurora-williams") in rels
    assert any(e.type == "Meeting" for e in x.events)


# -- O3: a local office glossed by a known one ------------------------------------------------
def test_glossed_local_office_of_a_region(run):
    x = run("Water talks\n\nKazakhstan and Kyrgyzstan opened talks on Monday on sharing water from the Talas "
            "river.\n\nFarmers in Zhambyl region, in southern Kazakhstan, need more water. Aigerim Saparova, the "
            "akim, or governor, of Zhambyl region, said the canals were empty.\n")
    assert "akim" in _position_labels(x, "aigerim-saparova")
    assert _objs(x, "aigerim-saparova", "represents") == {"kazakhstan"}


# -- O10: a parliament's committee is part of the parliament ------------------------------------
def test_committee_after_a_possessive_parliament(run):
    x = run("Transit talks\n\nPoland and Slovakia opened talks on Monday on lorry permits.\n\nMembers of the "
            "Sejm's Foreign Affairs Committee heard the minister on Tuesday.\n")
    assert ("foreign-affairs-committee", "partOf", "sejm") in relation_set(x)


# -- O9: the state that acts through a body owns it ---------------------------------------------
def test_state_acting_through_an_institute_owns_it(run):
    x = run("Dam talks\n\nAngola and Namibia agreed on Monday to repair the Calueque dam.\n\nNamibia will pay for "
            "the pumps. Angola will carry out the repairs through the National Institute of Water Resources, "
            "officials said.\n")
    assert _objs(x, "national-institute-of-water-resources", "partOf") == {"angola"}


# -- O7: the home side of a report filed from a capital without a date -------------------------
def test_undated_capital_dateline_owns_unqualified_officials(run):
    x = run("Ambulance hearing\n\nPRAGUE - Czech lawmakers on Wednesday pressed the government over an ambulance "
            "agreement with Slovakia that is still not ready.\n\nThe health committee summoned Deputy Health "
            "Minister Eva Novotna to explain the delay.\n\nSlovakia's State Secretary Martin Kovac said Bratislava "
            "was ready.\n")
    assert _objs(x, "eva-novotna", "represents") == {"czech-republic"}
    assert _objs(x, "martin-kovac", "represents") == {"slovakia"}


def test_foreign_qualified_ministry_is_not_the_release_states(run):
    x = run("Labour pact signed\n\nDEPARTMENT OF LABOR AND EMPLOYMENT\nRepublic of the Philippines\nPRESS RELEASE\n\n"
            "Manila, 4 May 2026 - The Saudi Ministry of Human Resources and the Department of Labor and Employment "
            "signed a memorandum on household workers on Monday.\n\nSecretary Ana Cruz said the memorandum would "
            "protect workers.\n")
    assert "philippines" not in _objs(x, "ministry-of-human-resources", "partOf")
    assert _objs(x, "ana-cruz", "represents") == {"philippines"}
