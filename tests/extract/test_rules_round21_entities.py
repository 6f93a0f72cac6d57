"""Round 21 entity rules, on invented sentences: names before a lower-case
geographic or infrastructure head, foreign-language organisation names and
legal forms, acronyms given by naming verbs."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled as _entity
from tests.extract.conftest import entity_types as _labels


# -- A1. a proper name before a lower-case feature head is one Place ---------------------------

def test_name_before_corridor_gap_and_area_is_one_place(run):
    x = run("Trucks queue along the Veska corridor. Smugglers use the Harun gap. "
            "Kordavia joined the Schengen area last year, said Pia Lund.")
    labels = _labels(x)
    assert labels.get("Veska corridor") == "Place"
    assert labels.get("Harun gap") == "Place"
    assert labels.get("Schengen area") == "Place"
    assert "Schengen" not in labels and "Harun" not in labels


def test_possessive_owner_then_formation_is_the_place_not_a_company(run):
    x = run("Drilling in Kordavia's Melko shale formation resumed, the ministry said.")
    labels = _labels(x)
    assert labels.get("Melko shale formation") == "Place"
    assert labels.get("Melko") is None


def test_hyphenated_pipeline_and_oil_field_and_checkpoint(run):
    x = run("The Kordavia-Lesmar pipeline carries crude from the Talvo oil field. "
            "The Pirna customs checkpoint closed on Monday and the Dessa salt flat flooded.")
    labels = _labels(x)
    assert labels.get("Kordavia-Lesmar pipeline") == "Place"
    field = [e for e in x.entities.values() if "Talvo oil field" in {e.label} | e.aliases]
    assert field and field[0].type == "Place"
    assert labels.get("Pirna customs checkpoint") == "Place"
    assert labels.get("Dessa salt flat") == "Place"
    assert "Kordavia-Lesmar" not in labels and "Pirna" not in labels


def test_bare_name_unused_elsewhere_is_an_alias_of_the_feature(run):
    x = run("Tourists visit the Nerro floating islands every summer.")
    place = _entity(x, "Nerro floating islands")
    assert place.type == "Place"
    assert "Nerro" in place.aliases


def test_town_named_like_the_river_stays_its_own_place(run):
    x = run("The border town of Virel is split by the Virel river. Fishermen in Virel complain.")
    labels = _labels(x)
    assert labels.get("Virel river") == "Place"
    assert labels.get("Virel") == "Place"


def test_country_pair_corridor_is_no_place(run):
    x = run("Trade along the Ghana-Togo corridor has doubled, officials said.")
    assert "Ghana-Togo corridor" not in _labels(x)


# -- A3. foreign-language organisation names and legal forms ------------------------------------

def test_foreign_name_with_lower_case_word_before_a_company_apposition(run):
    x = run("According to Veskanske zeleznice, the state railway company, ridership fell by a tenth.")
    labels = _labels(x)
    assert labels.get("Veskanske zeleznice") in {"Organization", "GovernmentAgency"}
    assert "Veskanske" not in labels


def test_english_phrase_before_a_company_apposition_is_no_name(run):
    x = run("He spoke to Harun officials, the company said on Monday.")
    assert "Harun officials" not in _labels(x)


def test_malay_company_with_berhad_and_acronym(run):
    x = run("Landasan Perak Berhad (LPB) will operate the new service, the ministry said.")
    org = _entity(x, "Landasan Perak")
    assert org.type == "Organization"
    assert "LPB" in org.aliases
    assert "LPB" not in _labels(x)


def test_sdn_bhd_and_tbk_forms_end_a_company_name(run):
    x = run("Melko Dredging Sdn Bhd and Tarun Logistik Tbk won the contract.")
    labels = _labels(x)
    assert labels.get("Melko Dredging") == "Organization"
    assert labels.get("Tarun Logistik") == "Organization"
    assert "Melko Dredging Sdn" not in labels


def test_state_railway_of_country_keeps_its_of_phrase_with_acronym(run):
    x = run("The State Railway of Kordavia (SRK) will buy new carriages.")
    org = _entity(x, "State Railway of Kordavia")
    assert org.type in {"Organization", "GovernmentAgency"}
    assert "SRK" in org.aliases
    assert "State Railway" not in _labels(x)


# -- A4. acronyms given by naming verbs are aliases ----------------------------------------------

def test_refer_to_as_acronym_is_an_alias_of_the_agreement(run):
    x = run("Fish deal\n\nThe Kordavia-Lesmar Fisheries Protocol, which negotiators refer to as the KLFP, was "
            "signed on Monday. The KLFP runs for five years.\n")
    agreement = _entity(x, "Kordavia-Lesmar Fisheries Protocol")
    assert "KLFP" in agreement.aliases
    assert "KLFP" not in _labels(x)


def test_known_by_initials_as_acronym_is_an_alias_of_the_body(run):
    x = run("Basin talks\n\nThe Upper Nerro Basin Commission, known by its French initials as CBHN, met in March.\n")
    body = _entity(x, "Upper Nerro Basin Commission")
    assert "CBHN" in body.aliases
    assert "CBHN" not in _labels(x)


def test_known_in_the_industry_as_acronym(run):
    x = run("Oil talks\n\nThe Oil Supply Contract, known in the industry as the OSC, expires in 2029. "
            "The OSC covers crude.\n")
    assert "OSC" in _entity(x, "Oil Supply Contract").aliases


# -- A2. coordinated names stay two ---------------------------------------------------------------

def test_coordinated_towns_after_a_verb_are_two_places_and_no_outlet(run):
    x = run("Ferry talks\n\nLorries from Vessa and Marlo cross daily, officials said.\n")
    labels = _labels(x)
    assert labels.get("Vessa") == "Place" and labels.get("Marlo") == "Place"
    assert not any(t == "MediaOrganization" for t in labels.values())
    assert not any(" and " in label for label in labels)


def test_demonym_after_and_ends_an_agency_name(run):
    x = run("Police\n\nOfficers of the Border Police of Moldova and Ukrainian police arrested two men.\n")
    labels = _labels(x)
    assert labels.get("Border Police of Moldova") in {"GovernmentAgency", "Organization"}
    assert "Border Police of Moldova and Ukrainian" not in labels


# -- A6. styles of address are no part of a name ----------------------------------------------------

def test_malay_style_with_apostrophe_is_cut_and_short_form_resolves(run):
    x = run("Rail talks\n\nThe Minister of Works, Dato' Sri Halim Yusri, met reporters. "
            "Dato' Sri Yusri said the line would open in 2028.\n")
    labels = _labels(x)
    assert labels.get("Halim Yusri") == "Person"
    assert not any(label.startswith(("Dato", "Sri")) for label in labels)
    person = _entity(x, "Halim Yusri")
    assert any(s.speaker == person.key for s in x.statements)


def test_tuan_style_is_cut(run):
    x = run("Port talks\n\nTuan Rafiq Omar, the harbour master, welcomed the ships.\n")
    labels = _labels(x)
    assert labels.get("Rafiq Omar") == "Person"
    assert "Tuan Rafiq Omar" not in labels


def test_three_part_malay_name_keeps_its_given_names(run):
    x = run("Media\n\nNurul Izzah Kamal, a spokeswoman, said the talks went well.\n")
    assert _labels(x).get("Nurul Izzah Kamal") == "Person"
    assert "Izzah Kamal" not in _labels(x)


def test_sheikh_before_a_single_name_stays(run):
    x = run("Visit\n\nSheikh Hasina met the delegation in Dhaka.\n")
    assert "Hasina" not in _labels(x) or _labels(x).get("Sheikh Hasina") == "Person"


# -- A5. the outlet's short back-reference ------------------------------------------------------------

def test_short_outlet_name_is_an_alias_of_the_long_one(run):
    x = run("Grain talks\n\nVESSA, May 2 (Marlo Wire) - Minister Rafiq Omar told the Vessa Gazette that talks "
            "would resume. A draft seen by the Gazette shows gaps.\n")
    outlet = _entity(x, "Vessa Gazette")
    assert outlet.type == "MediaOrganization"
    assert "Gazette" in outlet.aliases
    assert "Gazette" not in _labels(x)
    assert "Marlo" not in _labels(x)


def test_masthead_outlet_gives_the_short_form_its_full_name(run):
    x = run("The Vessa Gazette\n\nGrain talks stall\n\nTalks failed, according to a draft seen by the Gazette. "
            "Minister Rafiq Omar said talks would resume.\n")
    outlets = [e for e in x.entities.values() if e.type == "MediaOrganization"]
    assert len(outlets) == 1
    assert outlets[0].label in {"The Vessa Gazette", "Vessa Gazette"}


# -- A1 (capitalised facility names) and A4 (numbered successors) -----------------------------------

def test_capitalised_junction_complex_and_economic_zone_are_places(run):
    x = run("Rail deal\n\nTrains will run from Pak Vessa Junction to the Marlo ICQS Complex. "
            "The Vessa-Marlo Special Economic Zone opened on Monday.\n")
    labels = _labels(x)
    assert labels.get("Pak Vessa Junction") == "Place"
    assert labels.get("Marlo ICQS Complex") == "Place"
    assert labels.get("Vessa-Marlo Special Economic Zone") == "Place"
    assert "Economic Zone" not in labels


def test_numbered_acronym_is_a_successor_agreement(run):
    x = run("Oil talks\n\nThe Crude Supply Agreement, known in the industry as the CSA, expires in 2027. "
            "The new contract, which officials in Marlo call the CSA II, would run to 2040.\n")
    first = _entity(x, "Crude Supply Agreement")
    assert "CSA" in first.aliases and "CSA II" not in first.aliases
    assert _labels(x).get("CSA II") == "Agreement"
