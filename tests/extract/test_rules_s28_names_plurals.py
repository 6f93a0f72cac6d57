"""Session 28: people with unfamiliar names, plural agreement references, unnamed
outlets told something, and companies introduced by a relative clause.

Invented names, places and countries throughout (no fixture's words).
"""

from __future__ import annotations

from tests.extract.conftest import entity_types, statement_by_quote


def _mentions(x, label: str) -> list[str]:
    hits = [e for e in x.entities.values() if e.label == label]
    assert hits, sorted(entity_types(x))
    return [m.text for m in hits[0].mentions]


# --- B: plural references are several texts, not the one named agreement -------------

_PLURALS = ("Fisheries deal\n\nLIMASSA, March 3 - Kenya and Tanzania signed the Lake Tarvo Fisheries Agreement on "
            "Monday, replacing the existing protocols on catch limits. Officials said the older protocols had "
            "expired in 2020. The Lake Tarvo Fisheries Agreement sets a common quota.\n")


def test_a_plural_reference_does_not_join_the_named_agreement(run):
    x = run(_PLURALS, date="2024-03-03")
    mentions = _mentions(x, "Lake Tarvo Fisheries Agreement")
    assert not any(m.endswith("protocols") for m in mentions), mentions


def test_a_plural_reference_is_no_topic_of_a_statement(run):
    x = run(_PLURALS, date="2024-03-03")
    st = statement_by_quote(x, "older protocols had expired")
    assert all(x.entities[k].type != "Agreement" for k in st.about), st.about


def test_a_plural_reference_joins_a_plural_title(run):
    x = run("Peace talks\n\nLIMASSA, March 3 - Kenya and Tanzania agreed on Monday to revive the Tarvo Accords "
            "signed in 2015. Officials said the accords had never been fully applied.\n", date="2024-03-03")
    assert "accords" in _mentions(x, "Tarvo Accords")


def test_a_singular_reference_still_joins_the_named_agreement(run):
    x = run("Fisheries deal\n\nLIMASSA, March 3 - Kenya and Tanzania signed the Lake Tarvo Fisheries Agreement on "
            "Monday. Officials said the agreement sets a common quota.\n", date="2024-03-03")
    assert "agreement" in _mentions(x, "Lake Tarvo Fisheries Agreement")


# --- C: a broadcaster told something is an outlet, never a person --------------------

def test_told_state_radio_makes_no_person(run):
    x = run("Bridge talks\n\nForeign Minister Pavlo Drenek told state radio on Monday that the bridge would "
            "reopen. Trade Minister Ilse Varnok told state television the deal was fair.\n")
    types = entity_types(x)
    assert types.get("state radio") != "Person", types
    assert types.get("state television") != "Person", types


def test_told_the_radio_keeps_the_outlet_as_addressee(run):
    x = run("Bridge talks\n\nForeign Minister Pavlo Drenek told the radio that the bridge would reopen.\n")
    st = statement_by_quote(x, "the bridge would reopen")
    assert st.addressee is not None and x.entities[st.addressee].label == "radio"
    assert x.entities[st.addressee].type == "MediaOrganization"


def test_told_reporters_is_still_people(run):
    x = run("Bridge talks\n\nForeign Minister Pavlo Drenek told lawmakers that the bridge would reopen.\n")
    st = statement_by_quote(x, "the bridge would reopen")
    assert st.addressee is not None and x.entities[st.addressee].type == "Person"


# --- D: "X Sawmills, whose head office is in Y, said" is a company -------------------

def test_company_with_a_whose_clause_is_no_person(run):
    x = run("Timber quota\n\nLIMASSA, March 3 - Kenya and Tanzania agreed a timber quota on Monday.\n\n"
            "Cedar Vale Sawmills, whose head office is in Marlock, said the quota was too low.\n")
    assert entity_types(x).get("Cedar Vale Sawmills") == "Organization", entity_types(x)
    assert "Cedar Vale Sawmills" in {x.entities[s.speaker].label for s in x.statements}


def test_company_ending_in_products_is_found(run):
    x = run("Timber quota\n\nLIMASSA, March 3 - Kenya and Tanzania agreed a timber quota on Monday.\n\n"
            "Redmoor Timber Products, whose head office is in Danbrook, said it would cut jobs.\n")
    assert entity_types(x).get("Redmoor Timber Products") == "Organization", entity_types(x)


def test_sidebar_line_of_a_person_still_found(run):
    x = run("Who is who\n\nThe talks resume on Monday.\n\nKey players:\n"
            "Telvina Morask, Kenya's Minister of Trade\n")
    assert entity_types(x).get("Telvina Morask") == "Person", entity_types(x)


def test_a_common_phrase_before_products_is_no_company(run):
    x = run("Trade\n\nLIMASSA, March 3 - Kenya and Tanzania cut tariffs on dairy products on Monday. "
            "Dairy products make up a third of the trade.\n")
    assert "Dairy Products" not in entity_types(x), entity_types(x)


# --- A: unfamiliar names found by the words around them ------------------------------

def test_name_apposed_to_an_office_of_a_body_without_article_is_a_person(run):
    # a guard in this short text (the model finds the name); in longer articles it often does not
    x = run("Border reopens\n\nThe crossing reopened on Monday.\n\n"
            "Zhelvo Tarrakish, spokesperson for the Marvel Revenue Authority, said queues had eased.\n")
    assert entity_types(x).get("Zhelvo Tarrakish") == "Person", entity_types(x)
    st = statement_by_quote(x, "queues had eased")
    assert x.entities[st.speaker].label == "Zhelvo Tarrakish"


def test_three_word_name_after_a_quote_with_apposed_office_is_whole(run):
    x = run("Border reopens\n\nThe crossing reopened on Monday.\n\n"
            "\"A truck should be unloading by the afternoon,\" Ovrel Kasmundo Brevitsk, chairman of the Customs "
            "Board, told reporters.\n")
    assert entity_types(x).get("Ovrel Kasmundo Brevitsk") == "Person", entity_types(x)


def test_name_after_for_apposed_to_a_research_role_is_a_person(run):
    # a guard in this short text, as above
    x = run("Water talks\n\nThe talks stalled.\n\nFor Tevrak Olmundi, a lecturer at the Delvor Institute, "
            "the difficulty was clear.\n")
    assert entity_types(x).get("Tevrak Olmundi") == "Person", entity_types(x)


def test_name_with_an_age_is_a_person(run):
    x = run("Harbour\n\nAt five in the morning the harbour smells of diesel. Gorvath Elkuni Brasmo, 52, stands on "
            "the deck of a trawler.\n")
    assert entity_types(x).get("Gorvath Elkuni Brasmo") == "Person", entity_types(x)


def test_name_with_a_who_clause_is_a_person(run):
    x = run("Customs union\n\nThe union has not kept its promise.\n\n"
            "Qwelvo Zhamruk Tsobrev, who chairs the logistics committee of the exporters' association, said "
            "the queues were longer.\n")
    assert entity_types(x).get("Qwelvo Zhamruk Tsobrev") == "Person", entity_types(x)


def test_body_apposed_to_a_which_clause_stays_a_body(run):
    x = run("Water\n\nLIMASSA, March 3 - Kenya and Tanzania agreed on Monday.\n\n"
            "Tarvo Water, which supplies the capital, said the deal was fair.\n")
    assert entity_types(x).get("Tarvo Water") != "Person", entity_types(x)


def test_sentence_opening_adverb_is_not_taken_into_a_name(run):
    x = run("Talks\n\nThe talks resumed.\n\nMeanwhile Ana Ruiz, a researcher at the Delvor Institute, said "
            "the talks were slow.\n")
    assert "Meanwhile Ana Ruiz" not in entity_types(x), entity_types(x)


def test_a_style_or_rank_stays_out_of_a_widened_name(run):
    x = run("Patrols\n\nThe patrols resumed.\n\nDr Tevisi Qaloma, who leads the research unit, said the deal was "
            "welcome. Commodore Elvin Basagra, who commands the flotilla, said the boats were ready.\n")
    types = entity_types(x)
    assert "Dr Tevisi Qaloma" not in types and "Commodore Elvin Basagra" not in types, types
