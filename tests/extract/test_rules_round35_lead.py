"""Round-35 integration fixes (found in the per-file blind diff and in earlier notes), on invented sentences."""

from __future__ import annotations


def _labels(x, type_: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == type_}


def test_numbered_protocols_are_two_texts(run):
    # "Protocol No. 2" and "Protocol No. 4" differ only in their numbers: two agreements, not one
    x = run("Benelux\n\nBelgium and the Netherlands on Tuesday signed Protocol No. 2 to the 1960 Benelux treaty. "
            "Officials said Protocol No. 4, on customs, would follow next year.\n", date="2026-05-14")
    assert {"Protocol No. 2", "Protocol No. 4"} <= _labels(x, "Agreement"), _labels(x, "Agreement")


def test_a_state_abbreviation_is_known_only_with_its_dot(run):
    # "Kan." is Kansas after a town; "told Kan radio" names the Israeli broadcaster, not a state
    x = run("Water\n\nJordan and Israel met on Monday. An Israeli official told Kan radio that the first water could "
            "flow within two years. Farmers in Salina, Kan., watched the talks.\n", date="2026-05-14")
    assert "Kan" in _labels(x, "MediaOrganization"), {e.label: e.type for e in x.entities.values()}
    assert "Salina" in _labels(x, "Place")


def test_a_dateline_town_in_capitals_is_no_acronym(run):
    # an all-caps word with a diacritic is an acronym ("ÖBB"), but not a dateline's town
    x = run("Bridge\n\nSAN JOSÉ, Costa Rica - Costa Rica and Nicaragua agreed on Monday to reopen the bridge. "
            "ÚOHS, the Czech competition office, was not involved.\n", date="2026-05-14")
    orgs = {e.label for e in x.entities.values() if e.type in {"Organization", "GovernmentAgency"}}
    assert "JOSÉ" not in orgs and "ÚOHS" in orgs, orgs


def test_a_researcher_at_a_state_institute_speaks_for_the_institute(run):
    # round-35 O1 gives officials of a state body their country only; a scientist at a research
    # institute speaks for the institute (blind golds), an authority's spokesman for the country
    x = run("Lake talks\n\nTanzania and Malawi met on Monday. Dr. Neema Juma, a fisheries biologist at the Tanzania "
            "Fisheries Research Institute (TAFIRI), said stocks had fallen. Peter Banda, a spokesman for the Malawi "
            "Revenue Authority, said trucks were waiting.\n", date="2026-05-14")
    sides = {(x.entities[r.subject].label, x.entities[r.object].label) for r in x.relations
             if r.predicate == "represents" and r.object in x.entities}
    assert ("Neema Juma", "Tanzania Fisheries Research Institute") in sides, sides
    assert ("Neema Juma", "Tanzania") not in sides and ("Peter Banda", "Malawi") in sides, sides


def test_a_long_name_apposed_to_an_office_is_one_person(run):
    # the model cuts "Cyprien" off "Cyprien Ella Bekale" and misses the minister's name after a long title
    x = run("Border market\n\nGabon's Minister of Commerce and Promotion of Small and Medium Enterprises, Rosine Ndong "
            "Mba Obiang, met Cameroon's trade minister in Bitam on Monday. Oyem's mayor, Cyprien Ella Bekale, said: "
            "\"Every closure hurts the market.\"\n", date="2026-05-14")
    people = _labels(x, "Person")
    assert {"Rosine Ndong Mba Obiang", "Cyprien Ella Bekale"} <= people, people
    assert {s.speaker for s in x.statements} == {"cyprien-ella-bekale"}, [s.speaker for s in x.statements]


def test_a_french_given_name_ending_in_e_acute_is_no_place_adjective(run):
    # "Hervé" ends like a Czech place adjective ("Nové Zámky") but is a given name
    x = run("Police talks\n\nBelgium's interior minister, Annelies Vandamme, met her French counterpart, Hervé "
            "Castagnet, at the police centre in Tournai on Monday. Castagnet said the patrols would start soon.\n",
            date="2026-05-14")
    assert "Hervé Castagnet" in _labels(x, "Person"), {e.label: e.type for e in x.entities.values()}


def test_words_of_a_prefect_who_said(run):
    # a French given name the list lacked left "Benoît Marchal" an organisation, and the "who said" clause
    # went to the territory of his office, which then became a person
    x = run("Bridge talks\n\nFrance and Suriname agreed on Wednesday to draft a mobility deal. \"The miners are "
            "supplied from the other bank.\" The words are those of Benoît Marchal, the prefect of French Guiana, who "
            "said the gendarmes had destroyed 400 camps last year.\n", date="2026-05-14")
    assert "Benoît Marchal" in _labels(x, "Person") and "French Guiana" in _labels(x, "Place"), \
        {e.label: e.type for e in x.entities.values()}
    assert {x.entities[s.speaker].label for s in x.statements} == {"Benoît Marchal"}


def test_a_one_word_place_the_model_saw_only_as_a_modifier(run):
    # the model tags the town a person only in "the Oistins fleet" (it misses "at Oistins, on ..."): a place
    x = run("Fish talks\n\nBarbados and Grenada met on Tuesday. Boats tied up at Oistins, on Barbados's west "
            "coast, on Monday. The union chief said the Oistins fleet needed a deal.\n", date="2026-05-14")
    assert "Oistins" in _labels(x, "Place"), {e.label: e.type for e in x.entities.values()}


def test_a_dateline_region_fused_with_the_leads_first_word(run):
    # "VICTORIA, Mahé - Mauritian boats ...": the model reads "Mahé - Mauritian" as one name
    x = run("Fish talks\n\nA caption line. (Photo: Ann Lee)\nVICTORIA, Mahé - Mauritian boats could fish near Mahé "
            "again before the end of the year, after ministers met on Tuesday.\n", date="2026-05-14")
    labels = {e.label for e in x.entities.values()}
    assert not [l for l in labels if " - " in l], labels
    assert "Mahé" in _labels(x, "Place"), labels
