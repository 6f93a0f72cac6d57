"""Round 18 entity follow-ups, on invented sentences: names apposed to
"counterpart" the model tags FAC, surnames alone as subjects, transcript
parties, "<brand> <region>" branches, coordinated crossings, single-word
companies apposed to a descriptor and "<X> County" labels."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, entity_types as _labels, relation_set


# -- A-F1. a name apposed to "counterpart" is a person, whatever the NER tag ------------------

def test_name_apposed_to_counterpart_after_a_country_is_a_person(run):
    x = run("The Zambian minister met his Botswana counterpart, Kagiso Mmusi, on Friday.")
    assert _labels(x).get("Kagiso Mmusi") == "Person"


def test_two_counterparts_in_one_text_are_people(run):
    x = run("Ms Banda spoke with her Malawi counterpart, Chikondi Phiri, in Lilongwe. "
            "Later she met her Uganda counterpart, Okello Obote, in Kampala.")
    labels = _labels(x)
    assert labels.get("Chikondi Phiri") == "Person"
    assert labels.get("Okello Obote") == "Person"
    assert labels.get("Lilongwe") == "Place"


# -- A-F2. a surname alone as subject is the person named in full before -----------------------

def test_surname_subject_resolves_to_the_full_name(run):
    x = run("Deputy Minister Oleksandr Hrytsenko led the talks with Aoife Brennan of the Irish side. "
            "Hrytsenko is more cautious. He says the deal is far off. "
            "Brennan told reporters the talks would resume.")
    labels = _labels(x)
    assert labels.get("Oleksandr Hrytsenko") == "Person"
    assert labels.get("Aoife Brennan") == "Person"
    assert "Hrytsenko" not in labels and "Brennan" not in labels
    assert "Hrytsenko" in entity_labelled(x, "Oleksandr Hrytsenko").aliases


def test_surname_that_is_also_a_town_stays_the_person(run):
    x = run("Irish envoy Conor Wexford met the delegation in Riga. Wexford told reporters that nothing was agreed.")
    labels = _labels(x)
    assert labels.get("Conor Wexford") == "Person"
    assert "Wexford" not in labels
    speakers = {s.speaker for s in x.statements}
    assert entity_labelled(x, "Conor Wexford").key in speakers


# -- A-F3. the bracketed party of a transcript speaker ----------------------------------------

def test_party_word_that_is_a_town_is_the_party(run):
    x = run("The bill was read a second time.\n\nMs Orla Keane (Alba): \"The treaty ignores the coast.\"\n")
    labels = _labels(x)
    assert labels.get("Orla Keane") == "Person"
    assert labels.get("Alba") == "Organization"


def test_speaker_surname_that_is_a_landform_stays_a_person(run):
    x = run("The bill was read a second time.\n\nMr Ewan Bay (Greens): \"We oppose it.\"\n\n"
            "Ms Rhian Park (Plaid): \"So do we.\"\n")
    labels = _labels(x)
    assert labels.get("Ewan Bay") == "Person"
    assert labels.get("Rhian Park") == "Person"
    assert labels.get("Greens") == "Organization" and labels.get("Plaid") == "Organization"
    assert not any("(" in label for label in labels)


# -- A-F4. "<brand> <region>" is an organisation -------------------------------------------

def test_brand_and_region_word_is_an_organisation(run):
    x = run("Caritas Balkans said the camps were full. WWF Africa warned that the dam would harm the delta.")
    labels = _labels(x)
    assert labels.get("Caritas Balkans") == "Organization"
    assert labels.get("WWF Africa") == "Organization"
    assert "Africa" not in labels


def test_region_after_a_direction_word_stays_a_place(run):
    x = run("Trade with Central Asia grew by a third last year, Oxfam Asia said in a report on the new roads.")
    labels = _labels(x)
    assert labels.get("Central Asia") == "Place"
    assert labels.get("Oxfam Asia") == "Organization"


# -- A-F5. coordinated crossings keep their head ---------------------------------------------

def test_coordinated_crossings_are_labelled_with_their_head(run):
    x = run("The Tornio-Haparanda and Kilpisjärvi-Helligskogen crossings reopened on Monday.")
    crossing = entity_labelled(x, "Tornio-Haparanda crossing")
    assert crossing.type == "Place"
    assert "Tornio-Haparanda" in crossing.aliases
    assert _labels(x).get("Kilpisjärvi-Helligskogen crossing") == "Place"


# -- A-F8. single-word companies apposed to "the <demonym> <company noun>" ------------------------

def test_company_apposed_to_demonym_descriptor_is_an_organisation(run):
    x = run("The contract went to Statnett, the Norwegian transmission company. "
            "Energinet, the Danish grid operator, said the cable would be late.")
    labels = _labels(x)
    assert labels.get("Statnett") == "Organization"
    assert labels.get("Energinet") == "Organization"


def test_capitalised_non_demonym_descriptor_is_not_enough(run):
    # "the Monday company" is no descriptor: the demonym check keeps a town a town
    x = run("They drove to Rovaniemi, the Lapland company town, on Monday.")
    assert _labels(x).get("Rovaniemi") != "Organization"


# -- A-F9. "<X> County" keeps the text's full form ------------------------------------------

def test_county_written_in_full_keeps_its_label(run):
    x = run("The shale mines of Ida-Viru County will close by 2035, the ministry said.")
    county = entity_labelled(x, "Ida-Viru County")
    assert county.type == "Place"
    assert "Ida-Viru" in county.aliases
    assert "Ida-Viru" not in _labels(x)


def test_bare_region_name_keeps_the_gazetteer_label(run):
    x = run("The shale mines of Ida-Viru will close by 2035, the ministry said.")
    assert _labels(x).get("Ida-Viru") == "Place"


def test_relations_unaffected_by_counterpart_retype(run):
    x = run("The Zambian minister met his Botswana counterpart, Kagiso Mmusi, on Friday.")
    mmusi = entity_labelled(x, "Kagiso Mmusi").key
    assert any(s == mmusi and p == "represents" for s, p, _ in relation_set(x))


# -- A-F6. "the A-B interconnector agreement" is an agreement at the source -----------------------

def test_link_name_before_agreement_word_is_an_agreement_candidate():
    from kg.extract.entity_patterns import rule_candidates
    cands = rule_candidates("The grids signed the Oulu-Luleå interconnector agreement on Monday.")
    found = {(c.text, c.type) for c in cands}
    assert ("Oulu-Luleå interconnector agreement", "Agreement") in found
    assert ("Oulu-Luleå interconnector", "Place") not in found


def test_link_name_alone_stays_a_place():
    from kg.extract.entity_patterns import rule_candidates
    cands = rule_candidates("The Oulu-Luleå interconnector opens in 2027, the operators said.")
    assert ("Oulu-Luleå interconnector", "Place") in {(c.text, c.type) for c in cands}


# -- A-F7. the owner in a possessive before an instrument is a body ----------------------------

def test_lake_named_commission_owning_a_decision_is_a_body(run):
    x = run("The Lake Ohrid Commission's Decision 9 bans new piers, the ministry said.")
    labels = _labels(x)
    assert labels.get("Lake Ohrid Commission") in {"Organization", "GovernmentAgency"}
    assert labels.get("Decision 9") == "Agreement"


def test_surname_that_is_a_country_is_the_person_as_subject(run):
    x = run("Paul Israel, the union's negotiator, met the ministers in Riga on Monday. "
            "Israel told reporters that the offer was too low. Mr Israel is more cautious than his deputy.")
    person = entity_labelled(x, "Paul Israel")
    assert person.type == "Person"
    assert "Israel" not in _labels(x)
    assert any(s.speaker == person.key for s in x.statements)


def test_country_owner_stays_the_country_beside_a_namesake(run):
    x = run("Paul Israel, the union's negotiator, met the ministers in Riga on Monday. "
            "Israel's government sent an observer to the talks.")
    assert _labels(x).get("Israel") == "Country"


def test_unknown_lead_read_as_a_place_is_no_branch(run):
    from kg.extract.entity_region_orgs import region_branch_orgs
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.state import State
    from kg.extract import nlp
    from tests.extract.conftest import make_document
    text = "Engineers said the Trans Europe link is late again, and the contractor blamed the winter."
    state = State(document=make_document(text), doc=nlp.parse(text, headline_end=0), gaz=load_gazetteer())
    assert not [c for c in region_branch_orgs(state) if c.text == "Trans Europe"]
    text = "Engineers said that Greenpeace Europe had warned of the risks to the winter birds."
    state = State(document=make_document(text), doc=nlp.parse(text, headline_end=0), gaz=load_gazetteer())
    assert [c.type for c in region_branch_orgs(state) if c.text == "Greenpeace Europe"] == ["Organization"]


def test_known_brand_branches_in_a_mostly_capitalised_line(run):
    x = run("Caritas Balkans, Greenpeace Arctic and WWF Europe said no.")
    labels = _labels(x)
    assert labels.get("Caritas Balkans") == "Organization"
    assert labels.get("Greenpeace Arctic") == "Organization"
    assert labels.get("WWF Europe") == "Organization"
