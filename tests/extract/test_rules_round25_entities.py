"""Round 25 entity rules, on invented sentences: coordinated agency names,
employers after a job title, people beside a job or cut by the model, datelines
with a country, long official country names, Central European town names,
languages, "State-owned" openers, plural abbreviations."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, relation_set
from tests.extract.conftest import entity_types as _labels


# -- A1. agency names with an inner "and" ---------------------------------------------------------

def test_coordinated_agency_after_a_possessive_is_whole(run):
    x = run("Kenya and Uganda met on Monday. Kenya's Roads and Bridges Authority and Uganda's Ministry of Works "
            "will share the costs.")
    agency = entity_labelled(x, "Roads and Bridges Authority")
    assert agency.type == "GovernmentAgency"
    assert (agency.key, "partOf", entity_labelled(x, "Kenya").key) in relation_set(x)
    assert "Bridges Authority" not in _labels(x)


def test_coordinated_agency_keeps_its_country_after_of(run):
    x = run("Ghana and Togo met on Monday. The Immigration and Customs Service of Ghana and Togo's Border Police "
            "Directorate will add staff.")
    agency = entity_labelled(x, "Immigration and Customs Service of Ghana")
    assert (agency.key, "partOf", entity_labelled(x, "Ghana").key) in relation_set(x)


# -- A2. employers after a job title --------------------------------------------------------------

def test_unknown_name_after_job_at_is_an_organisation(run):
    labels = _labels(run("Chile and Peru reopened talks on Monday. Marta Ruiz, operations manager at Pampa Buslines, "
                         "said the queues were long. \"We lose money,\" said Tomas Vidal, a credit analyst at "
                         "Sudbanken."))
    assert labels.get("Pampa Buslines") == "Organization"
    assert labels.get("Sudbanken") == "Organization"


def test_proper_name_and_cooperative_are_one_organisation(run):
    labels = _labels(run("Chile and Peru reopened talks on Monday. Tomas Vidal, purchasing manager of the Rio Seco "
                         "cooperative, said prices had risen."))
    assert labels.get("Rio Seco cooperative") == "Organization"
    assert "Rio Seco" not in labels


def test_town_after_a_job_stays_a_place_when_used_as_one(run):
    labels = _labels(run("Chile and Peru met on Monday. Tomas Vidal, a manager at Tacna, said trade fell. "
                         "Trucks wait in Tacna for days."))
    assert labels.get("Tacna") == "Place"


# -- A3. people beside a job, or cut ---------------------------------------------------------------

def test_hyphenated_name_with_a_job_after_it_is_a_person(run):
    labels = _labels(run("Sweden and Finland met on Monday. The warning came from Anna-Karin Holm, purchasing "
                         "manager of the Nordic Ferries cooperative."))
    assert labels.get("Anna-Karin Holm") == "Person"


def test_first_given_name_the_model_drops_is_kept(run):
    labels = _labels(run("Sweden and Finland met on Monday. \"We need more berths,\" said Per Olof Lindqvist, "
                         "the harbour master."))
    assert labels.get("Per Olof Lindqvist") == "Person"
    assert "Olof Lindqvist" not in labels


# -- A4. dateline with a country -------------------------------------------------------------------

def test_dateline_country_is_not_fused_with_the_lead(run):
    x = run("Cotton border reopens\n\nKORHOGO, Côte d'Ivoire - Just after dawn, traders lined up at the border. "
            "Côte d'Ivoire and Mali agreed last week to reopen the crossing.")
    labels = _labels(x)
    assert not any("Just" in k for k in labels)
    town = entity_labelled(x, "Korhogo")
    assert town.type == "Place"
    assert (town.key, "locatedIn", entity_labelled(x, "Ivory Coast").key) in relation_set(x)


def test_dateline_town_with_accents(run):
    x = run("Border queue\n\nJIMANÍ, Dominican Republic - Just after dawn, the queue grew. The Dominican Republic "
            "and Haiti are negotiating new rules.")
    assert not any("Just" in k for k in _labels(x))
    assert entity_labelled(x, "Jimaní").type == "Place"


# -- A5. long official country names ---------------------------------------------------------------

def test_adjective_republic_is_the_country(run):
    x = run("The Slovak Republic and Austria signed a rail agreement on Monday. The Hellenic Republic joined later.")
    labels = _labels(x)
    assert labels.get("Slovakia") == "Country" and labels.get("Greece") == "Country"
    assert "Slovak Republic" not in labels and "Hellenic Republic" not in labels


def test_kyrgyz_republic_is_kyrgyzstan(run):
    labels = _labels(run("The Kyrgyz Republic and Tajikistan met on Monday to discuss water."))
    assert labels.get("Kyrgyzstan") == "Country"


# -- A6. Central European town names ---------------------------------------------------------------

def test_town_cut_after_its_adjective_runs_on(run):
    labels = _labels(run("Slovakia and Poland met on Monday. A bus runs from Spišská Nová Ves to the border."))
    assert labels.get("Spišská Nová Ves") == "Place"
    assert "Spišská Nová" not in labels


def test_town_led_by_an_adjective_is_no_person(run):
    labels = _labels(run("Slovakia and the Czech Republic met on Monday. Patients from Stará Ľubovňa and Horní "
                         "Lideč use the clinic."))
    assert labels.get("Horní Lideč") == "Place"


def test_examples_of_villages_are_places(run):
    labels = _labels(run("Slovakia and the Czech Republic met on Monday. Czech villages such as Lanžhot rely on "
                         "the clinic, as do villages such as Zlatna and Cerna."))
    assert labels.get("Lanžhot") == "Place"
    assert labels.get("Zlatna") == "Place" and labels.get("Cerna") == "Place"


# -- A8. languages ---------------------------------------------------------------------------------

def test_listed_languages_are_no_actors(run):
    labels = _labels(run("The Philippines and Japan agreed on a hotline. Calls are answered faster if the person "
                         "answering speaks Tagalog, Kalamantan or Bisalog, officials said."))
    assert "Kalamantan" not in labels and "Bisalog" not in labels


def test_language_in_the_list_is_no_actor(run):
    labels = _labels(run("The Philippines and Japan agreed on a hotline. Staff answer in English or Ilocano."))
    assert "Ilocano" not in labels


# -- A9. "State-owned" at a sentence start -------------------------------------------------------

def test_state_owned_opener_names_no_organisation(run):
    labels = _labels(run("Norway and Sweden met on Monday.\n\nState-owned miner Kirunagruvan said exports would "
                         "rise. State-run broadcaster Yle reported the talks were tense."))
    assert "State" not in labels


# -- A11. plural abbreviations -------------------------------------------------------------------

def test_plural_abbreviation_is_no_organisation(run):
    labels = _labels(run("MPs grill ministry over border deal\n\nSlovakia and Austria are negotiating a transport "
                         "deal. The minister told MPs on Monday that the talks were nearly over. MEPs said little."))
    assert "MPs" not in labels and "MEPs" not in labels


# -- A7. foreign organisation names after an apposed descriptor ------------------------------------

def test_foreign_name_after_a_descriptor_keeps_its_lower_case_words(run):
    labels = _labels(run("Slovakia and Hungary are negotiating an ambulance agreement. The Slovak insurer, Zdrava "
                         "zdravotná poisťovňa, will pay for the transfers."))
    assert labels.get("Zdrava zdravotná poisťovňa") == "Organization"
    assert "Zdrava" not in labels


# -- A10. a parliament's committee ----------------------------------------------------------------

def test_parliament_and_its_committee_are_two_agencies(run):
    labels = _labels(run("Poland and Lithuania are negotiating a rail deal. The Sejm's Foreign Affairs Committee "
                         "will meet next week."))
    assert labels.get("Sejm") == "GovernmentAgency"
    assert labels.get("Foreign Affairs Committee") == "GovernmentAgency"
    assert not any("'s" in k for k in labels)


def test_committee_after_a_national_council_is_an_agency(run):
    labels = _labels(run("Slovakia and Austria are negotiating a transport deal. Members of the National Council's "
                         "Committee on Transport heard the minister on Monday."))
    assert labels.get("National Council") == "GovernmentAgency"
    assert labels.get("Committee on Transport") == "GovernmentAgency"


# -- A12. a name merged across a comma with a place before it ---------------------------------------

def test_place_and_speaker_across_a_comma_are_two_names(run):
    x = run("Flight talks\n\nSlovenia and Austria discussed regional flights on Monday. Infrastructure Minister Ana "
            "Horvat of Slovenia met her Austrian counterpart in Vienna.\n\nThere are direct flights which fly from "
            "Graz and from Maribor, Horvat replied: \"Yes.\"\n")
    labels = _labels(x)
    assert not any("," in k for k in labels)
    assert labels.get("Maribor") == "Place"
    horvat = entity_labelled(x, "Ana Horvat")
    assert any(s.speaker == horvat.key for s in x.statements)


# -- A13. the address line of a contact block ------------------------------------------------------

def test_contact_block_address_names_a_building_and_a_town(run):
    labels = _labels(run("Labour deal signed\n\nThe Philippines and Japan signed a labour agreement on Monday.\n\n"
                         "Media contact:\nLiza Reyes-Tan\nDirector, Public Information Office\nDepartment of Labor\n"
                         "Mabini Tower, Roxas Boulevard, Pasay City\n"))
    assert labels.get("Liza Reyes-Tan") == "Person"
    assert labels.get("Mabini Tower") == "Place" and labels.get("Pasay City") == "Place"
    assert "Roxas Boulevard" not in labels


def test_subject_of_its_chief_executive_is_a_body(run):
    x = run("Ferry talks\n\nSweden and Finland met on Monday to discuss the ferry link. Fjordlink Line runs the "
            "route. Its chief executive, Jan-Erik Sundqvist, told reporters the deal was close.")
    labels = _labels(x)
    assert labels.get("Fjordlink Line") == "Organization"
    assert labels.get("Jan-Erik Sundqvist") == "Person"


def test_sentence_opening_word_is_no_given_name(run):
    labels = _labels(run("Norway and Sweden met on Monday. \"We agree.\" If Anna Berg is right, the deal holds. "
                         "While Olga Lind waited, others left. \"Yes,\" said Per Olof Lindqvist."))
    assert labels.get("Anna Berg") == "Person" and labels.get("Olga Lind") == "Person"
    assert labels.get("Per Olof Lindqvist") == "Person"
