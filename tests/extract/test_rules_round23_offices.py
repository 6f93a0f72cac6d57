"""Round-23 office, side, organisation-link and meeting classes (O1-O12), shown on invented
sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _met(x, person: str) -> set[str]:
    return _objs(x, person, "metWith") | {s for s, p, o in relation_set(x) if p == "metWith" and o == person}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


_SIGNED = "Deal signed\n\nAustria and Italy signed an agreement on freight trains on Monday.\n\n"


# -- O8: coordinated signatories with long titles --------------------------------------------
def test_prime_minister_of_country_before_comma_and_name(run):
    x = run("Deal signed\n\nSlovenia and Croatia signed an agreement on Monday. It was witnessed by the Prime "
            "Minister of Slovenia, Rok Zalar, and the Croatian Prime Minister, Ivo Bakal.\n")
    assert "prime minister" in _position_labels(x, "rok-zalar")
    assert _objs(x, "rok-zalar", "represents") == {"slovenia"}
    assert _objs(x, "ivo-bakal", "represents") == {"croatia"}


def test_capitalised_vice_president_of_country(run):
    x = run("Deal signed\n\nSlovenia and Croatia signed an agreement on Monday. The Vice-President of Croatia, "
            "Ivo Bakal, and the Slovenian Prime Minister, Rok Zalar, attended.\n")
    assert "vice-president" in _position_labels(x, "ivo-bakal")
    assert _objs(x, "ivo-bakal", "represents") == {"croatia"}


def test_federal_minister_with_a_list_of_portfolios(run):
    x = run(_SIGNED + "The agreement was signed by Austria's Federal Minister for Climate Action, Environment, "
                      "Energy and Mobility, Eva Brandt, and Italy's Deputy Prime Minister and Minister of "
                      "Infrastructure and Transport, Marco Villani.\n")
    assert any(label.startswith("federal minister for climate action") for label in _position_labels(x, "eva-brandt"))
    assert _objs(x, "eva-brandt", "represents") == {"austria"}
    assert _objs(x, "marco-villani", "represents") == {"italy"}


def test_director_general_of_portfolios_before_comma(run):
    x = run(_SIGNED + "The agreement was signed by the Italian Director General of Roads and Bridges, Paolo "
                      "Contini, and the Austrian Director of Railways, Lukas Grube.\n")
    assert "director general of roads and bridges" in _position_labels(x, "paolo-contini")
    assert _objs(x, "paolo-contini", "represents") == {"italy"}


# -- O9: "the two met" after two people are named ---------------------------------------------
_PAIR = ("Border deal\n\nGhana and Togo signed a border agreement on Tuesday.\n\nGhana's Minister of Roads, "
         "Kwesi Adom, and Togo's Minister of Transport, Yao Dossou, signed the document on Tuesday.\n\n")


def test_the_pair_met(run):
    x = run(_PAIR + "The pair met for more than three hours before the ceremony.\n")
    assert "yao-dossou" in _met(x, "kwesi-adom")


def test_the_two_last_met(run):
    x = run(_PAIR + "The two last met in March in Kara.\n")
    assert "yao-dossou" in _met(x, "kwesi-adom")


def test_the_two_ministers_who_have_met(run):
    x = run(_PAIR + "The two ministers, who have met three times since January, shook hands.\n")
    assert "yao-dossou" in _met(x, "kwesi-adom")


def test_the_two_held_talks(run):
    x = run(_PAIR + "The two held talks for more than three hours before the ceremony.\n")
    assert "yao-dossou" in _met(x, "kwesi-adom")


def test_signing_apart_is_no_meeting(run):
    x = run(_PAIR + "The weather was fine.\n")
    assert not _met(x, "kwesi-adom")


# -- O7: a press release's own minister acts for the letterhead's country ----------------------
_RELEASE = ("Ghana and Togo sign corridor agreement\n\nMINISTRY OF ROADS AND HIGHWAYS\nREPUBLIC OF GHANA\n\n"
            "PRESS RELEASE\n\nThe Government of Ghana and the Government of the Togolese Republic on Friday "
            "signed an agreement on the rehabilitation of the coastal road corridor.\n\n"
            "The agreement was signed by Hon. Kwesi Adom, Minister of Roads and Highways, and Mr. Yao Dossou, "
            "Togo's Minister of Transport.\n")


def test_release_minister_represents_letterhead_country(run):
    x = run(_RELEASE)
    assert _objs(x, "kwesi-adom", "represents") == {"ghana"}
    assert _objs(x, "yao-dossou", "represents") == {"togo"}


def test_capitalised_title_after_possessive_is_the_other_persons(run):
    x = run("Corridor deal\n\nGhana and Togo on Friday signed an agreement on the corridor.\n\nThe agreement was "
            "signed in Accra by Hon. Kwesi Adom, Minister of Roads and Highways, and Mr. Yao Dossou, Togo's "
            "Minister of Transport.\n")
    assert _objs(x, "kwesi-adom", "represents") == {"ghana"}


# -- O5: a body described by a demonym at the start of a sentence ------------------------------
def test_sentence_opening_demonym_description_owns_the_body(run):
    x = run("Toll deal\n\nGhana and Togo on Friday agreed on a joint toll for the coastal corridor. The Ghana "
            "Revenue Authority will collect the fee and transfer Togo's share.\n\nThe Togolese customs "
            "administration, the Directorate General of Customs, will check lorries at the border.\n")
    rels = relation_set(x)
    body = next(k for k, e in x.entities.items() if e.label == "Directorate General of Customs")
    assert (body, "partOf", "togo") in rels
    gra = next(k for k, e in x.entities.items() if e.label == "Ghana Revenue Authority")
    assert _objs(x, gra, "partOf") == {"ghana"}


# -- O2: "the company's chief executive" is the company's, never another body's -----------------
def test_the_company_is_the_body_described_as_a_company(run):
    x = run("Cable deal\n\nDenmark and Germany agreed on Friday to build a power cable.\n\nNordkabel Energy, the "
            "state-owned company building the cable, signed a contract with the Danish Energy Agency on Friday. "
            "The company's chief executive, Jens Holmer, said the cable would be ready by 2029.\n")
    body = next(k for k, e in x.entities.items() if e.label == "Nordkabel Energy")
    assert _objs(x, "jens-holmer", "represents") == {body}


def test_the_company_of_a_missed_name_is_no_other_body(run):
    x = run("Cable deal\n\nDenmark and Germany agreed on Friday to build a power cable. The Danish Energy Agency "
            "approved the route.\n\nVestkraft A/S, the company laying the cable, told reporters the work would "
            "start in June. The company's chief executive, Lars Dahlberg, said the ships were ready.\n")
    agency = next(k for k, e in x.entities.items() if e.label == "Danish Energy Agency")
    assert agency not in _objs(x, "lars-dahlberg", "represents")
    assert "denmark" not in _objs(x, "lars-dahlberg", "represents")


# -- O10: a title in a second predicate of the sentence's subject -------------------------------
def test_and_is_vice_president_of_a_chamber(run):
    x = run("Border market\n\nThailand and Cambodia agreed to reopen the border market.\n\nSomsak Chaiyaporn has sold "
            "clothes at the market for 22 years and is vice-president of the Sa Kaeo Chamber of Commerce.\n")
    chamber = next(k for k, e in x.entities.items() if e.label == "Sa Kaeo Chamber of Commerce")
    assert any("vice-president" in label for label in _position_labels(x, "somsak-chaiyaporn"))
    assert chamber in _objs(x, "somsak-chaiyaporn", "represents")


# -- O3: a body under another ("reports to", "sits under", "is overseen by") ---------------------
def test_body_reports_to_and_falls_under_a_ministry(run):
    x = run("Rail deal\n\nPoland and Lithuania agreed on Friday to upgrade the railway line.\n\nThe Railway "
            "Regulatory Authority reports to the Ministry of Infrastructure. The Border Guard Service, which "
            "falls under the Ministry of the Interior, will check passengers.\n")
    rels = relation_set(x)
    assert ("railway-regulatory-authority", "partOf", "ministry-of-infrastructure") in rels
    assert ("border-guard-service", "partOf", "ministry-of-the-interior") in rels


def test_the_administration_sits_under_a_ministry(run):
    x = run("Rail deal\n\nPoland and Lithuania agreed on Friday to upgrade the railway line.\n\nThe Lithuanian "
            "Transport Safety Administration will inspect the works. The administration sits under the Ministry "
            "of Transport and Communications.\n")
    body = next(k for k, e in x.entities.items() if e.label == "Lithuanian Transport Safety Administration")
    ministry = next(k for k, e in x.entities.items() if e.label == "Ministry of Transport and Communications")
    assert (body, "partOf", ministry) in relation_set(x)


# -- O4: "X (ACR), a subsidiary of Y" / "a unit of Y" ------------------------------------------
def test_subsidiary_after_an_acronym_in_brackets(run):
    x = run("Gas deal\n\nAlgeria and Niger agreed on Friday to build a gas pipeline.\n\nThe Trans-Sahel Gas "
            "Company (TSGC), a subsidiary of Sonatrach, will build the line.\n")
    body = next(k for k, e in x.entities.items() if e.label == "Trans-Sahel Gas Company")
    parent = next(k for k, e in x.entities.items() if e.label == "Sonatrach")
    assert (body, "partOf", parent) in relation_set(x)


# -- O11 / O12: an office of a town the text places in a country --------------------------------
def test_town_regional_governor_represents_the_towns_country(run):
    x = run("Pipeline deal\n\nBolivia and Argentina agreed on Friday to extend a gas pipeline from the Bolivian "
            "city of Tarija to Salta in Argentina.\n\nThe Tarija regional governor, Ana Rivas, said the line "
            "would bring jobs.\n")
    assert _objs(x, "ana-rivas", "represents") == {"bolivia"}


def test_director_of_a_town_customs_house_represents_the_towns_country(run):
    x = run("Crossing reopens\n\nBANGKOK, May 3 - Cambodia and Thailand agreed on Friday to reopen the crossing "
            "between Poipet in Cambodia and Aranyaprathet in Thailand.\n\nSok Dara, director of the Poipet "
            "customs house, said trucks were waiting.\n")
    assert _objs(x, "sok-dara", "represents") == {"cambodia"}


# -- O6: joint bodies belong to neither country ------------------------------------------------
def test_combining_form_joint_body_is_part_of_neither(run):
    x = run("Bridge tolls\n\nSenegal and Gambia agreed on Friday on tolls for the bridge.\n\nThe Senegalo-Gambian "
            "Permanent Secretariat will collect the tolls.\n")
    body = next(k for k, e in x.entities.items() if e.label == "Senegalo-Gambian Permanent Secretariat")
    assert not _objs(x, body, "partOf")

