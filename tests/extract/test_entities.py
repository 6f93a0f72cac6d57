"""Entity finding, typing, NER repairs and within-document resolution."""

from __future__ import annotations

from kg.iris import slugify


def test_every_mention_indexes_the_text(run):
    text = "Justin Trudeau met Joe Biden in Ottawa. Trudeau said Canada and the U.S. agree."
    x = run(text)
    for entity in x.entities.values():
        for span in entity.mentions:
            assert text[span.start:span.end] == span.text


def test_surname_joins_full_name_and_key_is_slug_of_label(run):
    x = run("Justin Trudeau spoke first. Later Trudeau left.")
    person = x.entities["justin-trudeau"]
    assert person.label == "Justin Trudeau" and "Trudeau" in person.aliases
    assert len(person.mentions) == 2
    assert all(e.key == slugify(e.label) for e in x.entities.values() if not e.unnamed)


def test_us_forms_are_one_country(run):
    x = run("The US and the U.S. government and the United States agree. Canada does not.")
    us = x.entities["united-states"]
    assert us.type == "Country" and {"US", "U.S."} <= us.aliases
    assert len(us.mentions) == 3
    assert us.same_as == ["https://www.wikidata.org/entity/Q30"]


def test_street_names_are_places_not_people(run):
    x = run("Hundreds of migrants crossed Roxham Road and Maple Street last year.")
    assert x.entities["roxham-road"].type == "Place"
    assert x.entities["maple-street"].type == "Place"


def test_photo_credit_is_not_an_actor(run):
    x = run("The talks ended in Ottawa. Photo by Jane Smith, Wikimedia commons.")
    assert "jane-smith" not in x.entities
    assert "wikimedia" not in x.entities


def test_headline_fragment_is_dropped_but_known_names_kept(run):
    text = ("Biden and Trudeau Walk a Tightrope\n\n"
            "President Joe Biden met Prime Minister Justin Trudeau in Ottawa.")
    x = run(text, title="Biden and Trudeau Walk a Tightrope")
    assert "trudeau-walk" not in x.entities
    assert any(m.start < 10 for m in x.entities["joe-biden"].mentions)


def test_unknown_names_are_extracted_without_the_gazetteer(run):
    x = run("Negotiator Ilse Vandersteen met officials of the Ruritanian Fisheries Agency in Zenda.")
    assert x.entities["ilse-vandersteen"].type == "Person"
    assert x.entities["ruritanian-fisheries-agency"].type == "GovernmentAgency"


def test_generic_agreement_mentions_join_the_named_agreement(run):
    text = ("The Safe Third Country Agreement was signed in 2002. "
            "Both nations want to change the asylum agreement. The deal is old.")
    x = run(text)
    agreement = x.entities["safe-third-country-agreement"]
    assert len(agreement.mentions) == 3
    assert "asylum agreement" in agreement.aliases
    assert [e for e in x.entities.values() if e.type == "Agreement"] == [agreement]


def test_media_and_agency_typing(run):
    x = run("US Border Patrol agents spoke to CNN and to the Globe and Mail about the Border Patrol.")
    assert x.entities["us-border-patrol"].type == "GovernmentAgency"
    assert len(x.entities["us-border-patrol"].mentions) == 2
    assert x.entities["cnn"].type == "MediaOrganization"


def test_dateline_city_is_a_place(run):
    x = run("DHAKA, March 14 - India and Bangladesh will resume talks, officials said.")
    assert x.entities["dhaka"].type == "Place" and x.entities["dhaka"].label == "Dhaka"


def test_places_joined_by_and_are_two_places(run):
    x = run("In the French regions of Normandy and Brittany, skippers say the wait has cost them a season.")
    assert x.entities["normandy"].type == "Place" and x.entities["brittany"].type == "Place"
    assert "normandy-and-brittany" not in x.entities


def test_possessive_owner_is_not_part_of_an_organisation_name(run):
    x = run("Egypt's Foreign Ministry said in a statement that talks must produce results.")
    assert x.entities["foreign-ministry"].type == "GovernmentAgency"
    assert x.statements[0].speaker == "foreign-ministry"


def test_described_agreement_merges_with_the_full_name(run):
    x = run("Both countries are bound by the Treaty on Maritime Delimitation in the Barents Sea. "
            "Neither side wants to put the Barents Sea treaty at risk.")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert len(agreements) == 1 and len(agreements[0].mentions) == 2
