"""Round 29 entity rules, on invented sentences: broadcast script cues, newsletter
digests and mastheads, broadcasters' regional services, foreign body names with
lower-case words, agencies named with their country, crossings named by their
two sides."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled
from tests.extract.conftest import entity_types as _labels

# -- S1. broadcast scripts -------------------------------------------------------------------------

_RADIO = ("RADIO LAKESIDE 101.2 - NEWS AT NINE\n"
          "Monday, 3 March 2026 | Lead item | Bulletin script | Total 2'50\"\n\n"
          "[PRESENTER]\nGood morning. Austria and Switzerland have agreed to clean Lake Constance together. "
          "Our reporter Anna Keller was there.\n\n"
          "[PACKAGE - Anna Keller]\nThe two ministers met in Bregenz on Sunday.\n\n"
          "CLIP 1 - Petra Novak, Environment Minister (0'14\")\n"
          "\"The lake belongs to both shores. We will clean it from both shores.\"\n\n"
          "CLIP 2 - Jan Horak (0'07\")\n\"Not this year.\"\n\n"
          "[PACKAGE OUT] Anna Keller, Radio Lakeside, Bregenz.\n\n"
          "[PRESENTER - BACK-ANNOUNCE]\nThe plan goes to both parliaments in April.\n"
          "[END OF ITEM - next: sport]\n")

_TV = ("LAGOON TV — EVENING NEWS, 21:00\nSLUG: TOGO-BENIN / LAGOON TALKS\n"
       "DATE: 02/03/2026   RUN: 2'15   REPORTER: Koffi Agbeko\n\n"
       "[ANCHOR, ON CAM]\nTogo and Benin opened talks on the lagoon today in Lomé.\n[PKG]\n"
       "[VO: boats at the landing]\nREPORTER (VO): The boatmen say the channel is silting up.\n"
       "SOT: Ama Dossou, Minister of Water of Benin\n\"We share one lagoon and one future.\"\n"
       "REPORTER (VO): The next round is in Cotonou in April.\n[ANCHOR TAG, ON CAM]\n"
       "Lagoon TV will follow the talks.\n###\n")


def test_radio_script_cues_name_nothing_and_clip_labels_name_people(run):
    labels = _labels(run(_RADIO))
    for word in ("PACKAGE", "CLIP", "PRESENTER", "Bulletin", "Lead item", "BACK-ANNOUNCE"):
        assert word not in labels, labels
    assert labels.get("Petra Novak") == "Person"
    assert labels.get("Anna Keller") == "Person"
    assert labels.get("Radio Lakeside") == "MediaOrganization"


def test_tv_script_cues_name_nothing_and_sot_labels_name_people(run):
    labels = {k: v for k, v in _labels(run(_TV)).items() if v != "Position"}  # a reporter's post is O's
    for word in ("PKG", "VO", "CAM", "SOT", "Reporter", "REPORTER", "LAGOON TALKS", "SLUG"):
        assert word not in labels, labels
    assert labels.get("Ama Dossou") == "Person"
    assert labels.get("Koffi Agbeko") == "Person"
    assert labels.get("Lagoon TV") == "MediaOrganization"


# -- S2 / A7. newsletter digests and mastheads -----------------------------------------------------

_DIGEST = ("LAKES WEEKLY — Issue 19\nEdited by Maria Lind\n\nIN THIS ISSUE\n"
           "1. FISHING ACCORD: FINLAND AND SWEDEN AGREE ON TORNE QUOTAS\n"
           "2. IN BRIEF: SUMMER FERRY\n\n-----\n\n"
           "1. FISHING ACCORD: FINLAND AND SWEDEN AGREE ON TORNE QUOTAS\n\n"
           "Finland and Sweden agreed on Tuesday on salmon quotas for the Torne river.\n\n-----\n\n"
           "2. IN BRIEF: SUMMER FERRY\n\nThe summer ferry between Kemi and Luleå will run again from June.\n\n"
           "-----\n\nYou are receiving Lakes Weekly because you subscribed.\n")


def test_digest_editor_masthead_and_headings(run):
    x = run(_DIGEST)
    labels = _labels(x)
    assert labels.get("Maria Lind") == "Person"
    assert labels.get("Lakes Weekly") == "MediaOrganization"
    for word in ("QUOTAS", "SUMMER FERRY", "FISHING ACCORD", "SWEDEN"):
        assert word not in labels, labels
    assert labels.get("Sweden") == "Country"


def test_masthead_and_issue_line_name_the_outlet_only(run):
    labels = _labels(run("THE LAKE LEDGER - Regional business weekly\n"
                         "Issue 412 | 19-25 March 2026 | Energy & Infrastructure\n\n"
                         "Kenya and Uganda open gas talks in Kisumu on Monday.\n\n"
                         "The Lake Ledger is published weekly in Kisumu.\n"))
    assert labels.get("The Lake Ledger") == "MediaOrganization"
    for word in ("Lake Ledger", "Energy", "Infrastructure"):
        assert word not in labels, labels


# -- A1. broadcasters' regional services -----------------------------------------------------------

def test_regional_service_of_a_broadcaster_is_one_outlet(run):
    labels = _labels(run("Bridge talks\n\nFinland and Norway met on Monday. Mayor Tuula Aikio told Yle Pohjanmaa "
                         "that the town was ready. The Austrian minister told ORF Tirol the talks went well, and "
                         "a Spanish minister said on RTVE Canarias that the plan was fine."))
    for name in ("Yle Pohjanmaa", "ORF Tirol", "RTVE Canarias"):
        assert labels.get(name) == "MediaOrganization", labels
    for name in ("Yle", "ORF", "RTVE"):
        assert name not in labels, labels


# -- A4. foreign body names with lower-case words ---------------------------------------------------

def test_foreign_body_names_run_over_lower_case_words(run):
    labels = _labels(run("Rail and customs\n\nSlovakia and Mexico met on Monday. Železnice Slovenskej republiky "
                         "said the line would reopen. Mexico's Agencia Nacional de Aduanas de México said the checks "
                         "would continue, and the Autoridade Tributária de Moçambique will collect the taxes."))
    assert labels.get("Železnice Slovenskej republiky") in {"Organization", "GovernmentAgency"}, labels
    assert "Železnice Slovenskej" not in labels
    assert labels.get("Agencia Nacional de Aduanas de México") == "GovernmentAgency"
    assert labels.get("Autoridade Tributária de Moçambique") == "GovernmentAgency"


# -- A5. agencies named with their country -----------------------------------------------------------

def test_agency_ending_with_its_country_and_its_bracketed_short_form(run):
    x = run("Salmon study\n\nFinland and Norway met on Monday. The Natural Resources Institute Finland (Luke) said "
            "salmon numbers fell. According to Luke researcher Jouni Kallio, the river needs a break. "
            "Geoscience Australia and Business Finland were also cited.")
    labels = _labels(x)
    assert labels.get("Natural Resources Institute Finland") == "GovernmentAgency", labels
    assert "Luke" not in labels
    assert "Luke" in entity_labelled(x, "Natural Resources Institute Finland").aliases
    assert labels.get("Geoscience Australia") == "GovernmentAgency"
    assert labels.get("Business Finland") == "GovernmentAgency"


# -- A12. crossings named by their two sides ---------------------------------------------------------

def test_dash_pair_before_a_crossing_word_is_the_crossing_and_two_places(run):
    labels = _labels(run("Crossing hours\n\nLaos and Cambodia met on Monday. Traffic at the Nong Nok "
                         "Khiene-Trapeang Kriel border post has doubled. Nong Nok Khiene and Trapeang Kriel open at "
                         "seven. Austria and Slovakia plan to widen the Kittsee-Jarovce motorway crossing."))
    assert labels.get("Kittsee-Jarovce motorway crossing") == "Place", labels
    assert labels.get("Nong Nok Khiene-Trapeang Kriel border post") == "Place", labels
    for side in ("Nong Nok Khiene", "Trapeang Kriel"):
        assert labels.get(side) == "Place", labels


# -- A2. outlets named with dots and digits ---------------------------------------------------------

def test_dotted_outlet_names_in_a_medium_slot(run):
    labels = _labels(run("News sites\n\nKyrgyzstan and Uzbekistan met on Monday. The minister told 24.kg that the "
                         "border would open, according to Akipress.kg. He said on Kun.uz that talks went well."))
    for name in ("24.kg", "Akipress.kg", "Kun.uz"):
        assert labels.get(name) == "MediaOrganization", labels


# -- A6. a town's council or municipality -------------------------------------------------------------

def test_town_council_is_a_body_and_the_town_a_place(run):
    labels = _labels(run("Ferry\n\nFinland and Norway met on Monday. Oulu city council agreed to pay for the ferry, "
                         "and the Tromsø municipality will run the pier."))
    assert labels.get("Oulu city council") == "GovernmentAgency", labels
    assert labels.get("Tromsø municipality") == "GovernmentAgency", labels
    assert labels.get("Oulu") == "Place"


# -- A10. regions of a job title --------------------------------------------------------------------

def test_regions_of_a_job_title_are_no_places(run):
    labels = _labels(run("Titles\n\nMexico and Belize met on Monday. The talks were led by the Undersecretary for "
                         "Latin America and the Caribbean and the Minister for Europe and Central Asia."))
    for region in ("Latin America", "Caribbean", "Europe", "Central Asia"):
        assert region not in labels, labels


# -- A11. town names with a lower-case generic; a town before "mayor" ------------------------------

def test_village_name_with_lower_case_generic_and_mayor_town(run):
    labels = _labels(run("Bridge\n\nFinland and Norway met on Monday. Trucks wait at the Norwegian village of Tana "
                         "bru. Sør-Varanger mayor Hilde Dahl welcomed the decision."))
    assert labels.get("Tana bru") == "Place", labels
    assert labels.get("Sør-Varanger") == "Place", labels


# -- A13. possessive plural bodies ------------------------------------------------------------------

def test_cooperative_with_a_possessive_plural_is_one_body(run):
    labels = _labels(run("Fish\n\nGabon and Equatorial Guinea met on Monday. The Cocobeach Fishermen's Cooperative "
                         "welcomed the deal."))
    assert labels.get("Cocobeach Fishermen's Cooperative") == "Organization", labels
    assert "Cocobeach Fishermen" not in labels


# -- A14. "which is known as" aliases ----------------------------------------------------------------

def test_names_in_a_which_clause_are_aliases(run):
    x = run("River names\n\nFinland and Norway met on Monday. The Tana river, which forms the border and is known as "
            "Teno in Finnish and Deatnu in Northern Sámi, floods in May.")
    labels = _labels(x)
    assert "Teno" not in labels and "Deatnu" not in labels and "Finnish" not in labels, labels
    river = next(e for e in x.entities.values() if e.label.lower() == "tana river")
    assert {"Teno", "Deatnu"} <= river.aliases


# -- A16. a pass's bare name ---------------------------------------------------------------------------

def test_bare_name_after_the_pass_is_the_pass(run):
    labels = _labels(run("Pass\n\nKyrgyzstan and China met on Monday. Trucks use the Torugart Pass in winter. "
                         "Torugart is closed at night."))
    assert labels.get("Torugart Pass") == "Place"
    assert "Torugart" not in labels, labels


# -- S4. question headings ------------------------------------------------------------------------------

def test_title_case_question_heading_names_nothing(run):
    labels = _labels(run("The line explained\n\nWhat is the Ferghana line?\nIt is a planned line from Osh to "
                         "Andijan in Uzbekistan.\n\nWhen Will Trains Run?\nNot before 2030, officials say.\n"))
    assert "Will Trains Run" not in labels and "Trains Run" not in labels, labels
    assert labels.get("Osh") == "Place"
