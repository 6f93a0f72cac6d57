"""Round 11 entity rules, on invented sentences: time phrases never end a name,
a bare head word names the one body named before it, companies named by a
descriptor, year-qualified agreements, and unknown towns fronted by In/At/From."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels


# -- 1. a time phrase is never part of a name ---------------------------------

def test_weekday_after_a_body_is_cut(run):
    x = run("Delegates from Uruguay held talks at the Andean Trade Commission on Thursday, aides said.")
    labels = _labels(x)
    assert "Andean Trade Commission" in labels
    assert not any("Thursday" in label for label in labels)


def test_weekday_after_a_ministry_of_name_is_cut(run):
    x = run("Farmers protested outside the Ministry of Irrigation on Wednesday in Tarma.")
    labels = _labels(x)
    assert "Ministry of Irrigation" in labels
    assert not any("Wednesday" in label for label in labels)


def test_date_after_a_place_is_cut(run):
    x = run("The envoys met in Valparaíso on 4 April and again in Cusco in May 2021.")
    labels = _labels(x)
    assert labels.get("Valparaíso") == "Place"
    assert not any("April" in label or "May" in label for label in labels)


def test_month_inside_an_agreement_name_of_a_date_stays(run):
    x = run("Both sides still invoke the Accord of 12 June on grazing rights, herders said.")
    assert not any(label.endswith("Accord") for label in _labels(x))  # no half name


# -- 2. a bare head word ------------------------------------------------------

def test_bare_head_joins_the_body_named_before(run):
    x = run("The Rio Verde Basin Authority opened the sluices. Authority engineer Marta Ilves said the "
            "level was safe. The Authority said more rain was expected.")
    labels = _labels(x)
    assert "Authority" not in labels
    authority = next(e for e in x.entities.values() if e.label == "Rio Verde Basin Authority")
    assert len(authority.mentions) >= 2


def test_bare_head_joins_a_headed_name(run):
    x = run("The Ministry of Coastal Affairs issued new permits on Friday. The Ministry said inspections "
            "would follow, and a Ministry official confirmed it.")
    assert "Ministry" not in _labels(x)
    ministry = next(e for e in x.entities.values() if e.label == "Ministry of Coastal Affairs")
    assert len(ministry.mentions) >= 2


def test_bare_head_without_a_named_body_makes_no_entity(run):
    x = run("Ships waited at anchor for days. The Commission said the queue would clear, and the Board agreed.")
    labels = _labels(x)
    assert "Commission" not in labels and "Board" not in labels


def test_bare_head_with_two_candidates_makes_no_entity(run):
    x = run("The Northern Grazing Council and the Southern Grazing Council met in Oruro. The Council said "
            "the herds were too large.")
    labels = _labels(x)
    assert "Council" not in labels
    assert "Northern Grazing Council" in labels and "Southern Grazing Council" in labels


# -- 3. companies named by a descriptor -------------------------------------

def test_apposed_utility_name_with_accents_is_an_organisation(run):
    x = run("Paraguay's national utility, Energía Tarumá, will buy the surplus, its board said.")
    assert _labels(x).get("Energía Tarumá") in {"Organization", "GovernmentAgency"}


def test_acronym_after_a_state_company_noun_is_found(run):
    x = run("Exports run through the state power company ELVANA to three neighbours.")
    assert _labels(x).get("ELVANA") in {"Organization", "GovernmentAgency"}


def test_name_before_an_apposed_operator_is_an_organisation(run):
    x = run("Redlínea, the grid operator, said the new line was ready. Redlínea expects demand to rise.")
    assert _labels(x).get("Redlínea") == "Organization"


def test_person_after_a_company_noun_is_not_a_company(run):
    x = run("A lawyer for the firm, Lucía Ferreyra, said the contract was valid. "
            "The company Chairman Tomas Iversen resigned.")
    labels = _labels(x)
    assert labels.get("Lucía Ferreyra") == "Person"
    assert labels.get("Tomas Iversen") == "Person"


# -- 4. year-qualified agreements -------------------------------------------

def test_year_agreement_without_a_named_agreement_is_its_own(run):
    x = run("Herders on both banks still cite the 1957 agreement, officials said.")
    assert _labels(x).get("1957 agreement") == "Agreement"


def test_year_agreement_joins_the_agreement_of_that_year(run):
    x = run("The Treaty of Punta Gruesa was signed in 1957. Herders still cite the 1957 agreement.")
    labels = _labels(x)
    assert "1957 agreement" not in labels
    treaty = next(e for e in x.entities.values() if e.label == "Treaty of Punta Gruesa")
    assert "1957 agreement" in treaty.aliases


def test_year_accord_joins_a_named_agreement_of_that_year_only(run):
    x = run("The Salto Water Agreement of 1994 set quotas. The 1968 accord was different.")
    labels = _labels(x)
    assert labels.get("1968 accord") == "Agreement"
    assert "1968 accord" not in next(e for e in x.entities.values() if e.label == "Salto Water Agreement").aliases


def test_common_noun_before_an_agreement_name_is_cut(run):
    x = run("Negotiations over the Tacna Water Treaty stalled. Changes to the Lauca Grazing Protocol were agreed.")
    labels = _labels(x)
    assert "Tacna Water Treaty" in labels and "Lauca Grazing Protocol" in labels
    assert not any(label.startswith(("Negotiations", "Changes")) for label in labels)


# -- 5. unknown towns fronted by In/At/From ---------------------------------

def test_fronted_unknown_words_are_places(run):
    x = run("In Tirunallur the mood was grim after the arrests. At Vembakkam, fishermen said the catch had "
            "collapsed. From Kolvanur, traders crossed daily.")
    labels = _labels(x)
    assert labels.get("Tirunallur") == "Place"
    assert labels.get("Vembakkam") == "Place"
    assert labels.get("Kolvanur") == "Place"


def test_fronted_dates_possessives_and_people_are_not_places(run):
    x = run("In March the talks resumed. In Sunday's vote the plan failed. In Hindi, the word means river. "
            "At Quispe, the ministers found an ally. Rosa Quispe said so.")
    labels = _labels(x)
    assert "March" not in labels and "Sunday" not in labels and "Hindi" not in labels
    assert labels.get("Quispe") != "Place"


def test_fronted_word_used_in_lower_case_is_not_a_place(run):
    x = run("In Summary, the ministry wrote a long letter. The summary was short.")
    assert "Summary" not in _labels(x)
