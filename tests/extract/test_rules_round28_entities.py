"""Round 28 entity rules, on invented sentences: section straps and fact-check
labels, podcast turn labels and footers, "or" aliases, regional public bodies,
outlets and stock indices, link ends, road codes, market towns, bodies named
with a state's long form, ministry units and dateline wires."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, statement_by_quote
from tests.extract.conftest import entity_types as _labels


# -- A1. straps and labels in capitals ------------------------------------------------------------

def test_section_straps_name_nothing(run):
    labels = _labels(run("Border talks\n\nTHE VALLEY STAR | INTERVIEW\n\nMARKETS | GULF EQUITIES\n\n"
                         "PODCAST TRANSCRIPT (EXCERPT)\n\nGhana and Togo met on Monday in Lomé."))
    for word in ("INTERVIEW", "GULF EQUITIES", "EXCERPT", "Valley Star"):
        assert word not in labels, labels


# -- S3. fact-check fields ------------------------------------------------------------------------

def test_fact_check_who_line_keeps_its_person_and_ratings_name_nothing(run):
    x = run("Claims checked\n\nFACT CHECK\n\nGhana and Togo met last week.\n\n"
            'CLAIM 1: "Togo will close the market."\nWHO: Kojo Badu, Ghana\'s Deputy Minister of Trade\n'
            "WHERE: a press conference in Accra, Tuesday\nVERDICT: MOSTLY TRUE\n\n"
            'CLAIM 2: "The market moves."\nWHO: Esi Adjei, Trader\nWHERE: a post, Monday\nVERDICT: FALSE\n')
    labels = _labels(x)
    assert labels.get("Kojo Badu") == "Person"
    for word in ("Trader", "MOSTLY TRUE", "VERDICT", "CLAIM", "FALSE"):
        assert word not in labels, labels


# -- S2. podcast turns and footer -----------------------------------------------------------------

def test_timestamped_turn_labels_are_people_and_the_role_no_name(run):
    x = run("Queue talk\n\nIn this episode, host Ama Boateng talks to Lena Fischer about the border.\n\n"
            "[00:00:12] AMA BOATENG (HOST): Lena, what changed?\n\n"
            "[00:01:05] LENA FISCHER: Less than the photographs suggest.\n")
    host = entity_labelled(x, "Ama Boateng")
    assert host.type == "Person"
    assert "HOST" not in host.aliases


def test_programme_footer_names_its_maker_not_the_title(run):
    labels = _labels(run("Ghana Talk: the queue\n\nGhana and Togo met on Monday.\n\n"
                         "Ghana Talk is produced by Coast Media in Takoradi.\n"))
    assert labels.get("Coast Media") == "MediaOrganization"
    assert "Ghana Talk" not in labels


# -- A2. "or" aliases -----------------------------------------------------------------------------

def test_or_name_is_an_alias_of_the_agency(run):
    x = run("Winter roads\n\nSweden and Norway met on Monday. The Swedish Transport Administration, or "
            "Trafikverket, said it had a plan with the Norwegian Public Roads Administration, or Statens "
            "vegvesen, for the E14.\n\nTrafikverket said in a statement that it would add two ploughs.")
    labels = _labels(x)
    assert "Trafikverket" not in labels and "Statens" not in labels, labels
    assert "Trafikverket" in entity_labelled(x, "Swedish Transport Administration").aliases
    assert "Statens vegvesen" in entity_labelled(x, "Norwegian Public Roads Administration").aliases


# -- A3. regional public bodies -------------------------------------------------------------------

def test_regional_bodies_without_a_type_word_are_agencies(run):
    labels = _labels(run("Ambulances\n\nSweden and Finland met on Monday. Region Skane, the Swedish regional "
                         "authority that runs hospitals, will share ambulances. The Wellbeing Services County of "
                         "Kainuu, the Finnish public body that runs health services, agreed."))
    assert labels.get("Region Skane") == "GovernmentAgency", labels
    assert labels.get("Wellbeing Services County of Kainuu") == "GovernmentAgency", labels


# -- A4. outlets with a region word, stock indices ------------------------------------------------

def test_outlet_with_region_word_and_no_index_entities(run):
    labels = _labels(run("Toll talks\n\nSaudi Arabia and Bahrain met on Tuesday, and the benchmark Tadawul All "
                         "Share Index fell. The Bahrain All Share Index was flat. A Saudi official told the "
                         "Gulf Daily News the talks would resume."))
    assert labels.get("Gulf Daily News") == "MediaOrganization", labels
    assert "Daily News" not in labels
    assert not any("Share" in label for label in labels), labels


# -- A5. a named causeway and its ends ------------------------------------------------------------

def test_causeway_and_the_towns_of_its_link_are_places(run):
    labels = _labels(run("Causeway\n\nSaudi Arabia and Qatar are discussing the Qatar-Saudi Causeway, a road "
                         "link from Salwa to Abu Samra."))
    assert labels.get("Qatar-Saudi Causeway") == "Place", labels
    assert labels.get("Abu Samra") == "Place", labels


# -- A6. road codes in a sentence of hauliers ------------------------------------------------------

def test_road_code_after_hauliers_queue(run):
    labels = _labels(run("MAPUTO, May 3 - Hauliers queue overnight on the N4. Mozambique and South Africa met."))
    assert labels.get("N4") == "Place", labels


# -- A8. the town of a market ----------------------------------------------------------------------

def test_bare_name_of_a_market_town_is_a_place(run):
    labels = _labels(run("QUETTA, May 3 - Gabd lies close to the border with Iran. Pakistan and Iran agreed on "
                         "Tuesday to reopen the Gabd market."))
    assert labels.get("Gabd") == "Place", labels


# -- A9. a body named with its state's long form ---------------------------------------------------

def test_coordinated_agency_with_islamic_republic_name(run):
    labels = _labels(run("Posts\n\nPakistan and Iran met. The Federal Board of Revenue and the Islamic Republic "
                         "of Iran Customs Administration will establish joint posts."))
    assert labels.get("Federal Board of Revenue") == "GovernmentAgency", labels
    assert labels.get("Islamic Republic of Iran Customs Administration") == "GovernmentAgency", labels


# -- A10. ministry divisions; the wire of a dateline -----------------------------------------------

def test_portfolio_divisions_are_agencies_and_dateline_wire_no_town_alias(run):
    x = run("Power\n\nISLAMABAD (APP) - Pakistan and Iran met on Tuesday. A senior official of the Power "
            "Division told reporters the line was ready. The Petroleum Division said gas was not discussed.")
    labels = _labels(x)
    assert labels.get("Power Division") == "GovernmentAgency", labels
    assert labels.get("Petroleum Division") == "GovernmentAgency", labels
    town = entity_labelled(x, "Islamabad")
    assert town.type == "Place" and "APP" not in town.aliases


def test_interviewee_with_a_written_out_title_is_a_person_and_answers(run):
    x = run("Border hours agreed\n\nTHE HILL POST | INTERVIEW\nBy Mary Okafor\n\nACCRA - Ghana and Togo agreed on "
            "Tuesday to open the Aflao post around the clock.\n\nThe Hill Post spoke to Sibusiso Dlamuka, the "
            "Principal Secretary in Ghana's Ministry of Roads, who led the Ghanaian officials at the talks.\n\n"
            "Q: Why so long?\nA: Because there are two sides to every gate.\n")
    assert {e.label: e.type for e in x.entities.values()}.get("Sibusiso Dlamuka") == "Person"
    answer = statement_by_quote(x, "Because there are two sides to every gate")
    assert x.entities[answer.speaker].label == "Sibusiso Dlamuka"


def test_french_style_word_is_no_person_and_keeps_the_sentence_whole(run):
    x = run("Market talks\n\nGhana and Togo met in Lome on Monday. The Togolese delegation was led by Mme. Afi "
            'Dogbe, director of trade. "We want the market open by March," Mme. Dogbe said.')
    labels = {e.label for e in x.entities.values()}
    assert "Mme" not in labels and "Afi Dogbe" in labels
    assert x.entities[statement_by_quote(x, "We want the market open by March").speaker].label == "Afi Dogbe"
    assert ("Afi Dogbe", "represents", "Togo") in {(x.entities[r.subject].label, r.predicate,
                                                     x.entities[r.object].label if r.object in x.entities else r.object)
                                                    for r in x.relations}
