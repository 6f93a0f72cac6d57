"""Round-30 office, side and meeting classes (O1-O3, O7) and the position and side parts of the
new document shapes (S1 transcript intro and questioner's address, S3 research-note authors, S4
agency dispatch), shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- O1: long titles before the name, a coordinated pair that met --------------------------------
def test_minister_delegate_and_deputy_minister_pair(run):
    x = run("Belgium and France agree on Lille tram link\n\nLILLE, Nord - Tuesday 3 March 2026\n\n"
            "French Minister Delegate for Transport Claire Dumont and Belgium's Deputy Minister of Mobility and "
            "Public Works Pieter Claes met for two hours at Lille station on Tuesday to discuss the tram link.\n")
    assert "minister delegate for transport" in _position_labels(x, "claire-dumont")
    assert "france" in _objs(x, "claire-dumont", "represents")
    assert "deputy minister of mobility and public works" in _position_labels(x, "pieter-claes")
    assert "belgium" in _objs(x, "pieter-claes", "represents")
    assert _met(x, "claire-dumont", "pieter-claes")


def test_parliamentary_state_secretary_before_the_name(run):
    x = run("Germany and Poland discuss Oder bridge\n\nFRANKFURT (ODER) - Poland and Germany held talks on the "
            "Oder bridge on Monday.\n\nGermany's Parliamentary State Secretary for Transport Uwe Kettner and "
            "Poland's Minister of Infrastructure Marek Zielinski met at the bridge.\n")
    assert "parliamentary state secretary for transport" in _position_labels(x, "uwe-kettner")
    assert "germany" in _objs(x, "uwe-kettner", "represents")


# -- S1: a questioner's form of address is no second office ---------------------------------------
def test_questioner_address_gives_no_second_office(run):
    x = run("Transcript: Dutch and German ministers on the Venlo bridge\n\n"
            "Dutch Minister of Infrastructure Femke Janssen and Germany's Parliamentary State Secretary for Transport "
            "Lukas Weber met for two hours at Venlo station on Monday. They then took questions from reporters.\n\n"
            "JANSSEN: Good afternoon. We have agreed on the date.\n\n"
            "Q (Joost Mulder, Trouw): Minister Weber, who pays for the bridge?\n\n"
            "WEBER: Both of us pay.\n")
    labels = _position_labels(x, "lukas-weber")
    assert "parliamentary state secretary for transport" in labels
    assert "minister" not in labels
    assert _met(x, "femke-janssen", "lukas-weber")


# -- S4: agency dispatch: the agency's home state, the two sides, the board's chairman ------------
_DISPATCH = ("Egypt, Sudan agree to extend hours at Qustul land port\n\n"
             "ASWAN, Oct. 7 (MENA) - Egypt and Sudan agreed on Tuesday to extend working hours at the Qustul land "
             "port, the Ministry of Transport said in a statement.\n\n"
             "The Egyptian side was headed by Counsellor Karim Adel Mansour, Assistant Minister of Transport for "
             "Foreign Relations, and the Sudanese side by Mr. Idris Kamal Osman, Undersecretary of the Ministry of "
             "Roads and Bridges.\n\n"
             "The meeting was attended by Engineer Tarek Samir Fouad, Chairman of the Board of Directors of the "
             "Land Ports Authority.\n\n(MENA)\n")


def test_dispatch_ministry_belongs_to_the_agency_state(run):
    x = run(_DISPATCH)
    ministry = _key(x, "Ministry of Transport")
    assert "egypt" in _objs(x, ministry, "partOf")
    assert "sudan" not in _objs(x, ministry, "partOf")


def test_chairman_of_the_board_of_a_body(run):
    x = run(_DISPATCH)
    chair = next(k for k, e in x.entities.items() if e.type == "Person" and "Fouad" in e.label)
    assert "chairman of the board of directors" in _position_labels(x, chair)
    assert _objs(x, chair, "represents") == {"egypt"}  # round-35 O1: the state body's country only


# -- O2: copular titles, a capital's possessive -----------------------------------------------------
def test_copular_capitalised_title_and_pronoun_second_title(run):
    x = run("Rwanda and Burundi reopen talks on Akanyaru crossing\n\nKIGALI - Rwanda and Burundi resumed talks on "
            "Tuesday on the Akanyaru crossing.\n\nThe Rwandan team is led by Josiane Uwase. Uwase is Director "
            "General of Customs Policy at Rwanda's Ministry of Finance, and for most of this decade she has been "
            "Kigali's chief negotiator on border trade.\n")
    labels = _position_labels(x, "josiane-uwase")
    assert any("director general of customs policy" in p for p in labels)
    assert any("chief negotiator" in p for p in labels)
    assert "rwanda" in _objs(x, "josiane-uwase", "represents")


def test_copular_title_in_the_last_sentence_of_a_paragraph(run):
    x = run("Kenya and Uganda talks\n\nNAIROBI - Kenya and Uganda met on Monday.\n\nOdhiambo Were is "
            "Uganda's chief negotiator on border trade.\n\nThe talks go on.\n")
    assert any("chief negotiator" in p for p in _position_labels(x, "odhiambo-were"))
    assert "uganda" in _objs(x, "odhiambo-were", "represents")


# -- O3: lower-case titles with comma lists ----------------------------------------------------------
def test_its_title_with_a_comma_list_of_portfolios(run):
    x = run("ECOWAS urges Benin and Nigeria to reopen border\n\nCOTONOU - Benin and Nigeria were urged on Monday to "
            "reopen the Seme crossing.\n\nThe appeal came from the ECOWAS Commission in Abuja. Its commissioner for "
            "agriculture, environment and water resources, Fatou Ndiaye, said the closure hurt farmers.\n")
    assert "commissioner for agriculture, environment and water resources" in _position_labels(x, "fatou-ndiaye")
    assert _key(x, "ECOWAS Commission") in _objs(x, "fatou-ndiaye", "represents")


def test_apposed_title_with_a_comma_list_then_a_ministry(run):
    x = run("Indonesia and Timor-Leste talks\n\nDILI - Indonesia and Timor-Leste met on Monday.\n\n"
            "Rina Kusuma, director general for Asia, Pacific and African affairs at Indonesia's Ministry of Foreign "
            "Affairs, said the talks went well.\n")
    assert any("director general for asia, pacific and african affairs" in p
               for p in _position_labels(x, "rina-kusuma"))
    assert "indonesia" in _objs(x, "rina-kusuma", "represents")
    labels = {e.label for e in x.entities.values() if e.type == "Place"}
    assert "Asia" not in labels and "Pacific" not in labels


# -- S3 / O7: research-note authors act for the bank, not for the city's state -----------------------
_NOTE = ("Hungary-Slovakia: gas link talks gather pace\n\n"
         "Tisza Capital Bank | Macro & Strategy Research | Central Europe\n14 May 2026\n"
         "Eva Farkas, Senior Economist (Budapest)\nPeter Horvath, Energy Analyst (Bratislava)\n\n"
         "KEY POINTS\n- Hungary and Slovakia are close to a deal on the gas interconnector.\n"
         "- We expect a signing before the summer.\n\nDISCLAIMER\n"
         "This note has been prepared by Tisza Capital Bank Research for information only.\n")


def test_note_authors_hold_posts_at_the_bank(run):
    x = run(_NOTE)
    bank = _key(x, "Tisza Capital Bank")
    assert "senior economist" in _position_labels(x, "eva-farkas")
    assert "energy analyst" in _position_labels(x, "peter-horvath")
    assert bank in _objs(x, "eva-farkas", "represents")
    assert bank in _objs(x, "peter-horvath", "represents")


def test_note_authors_never_represent_the_city_state(run):
    x = run(_NOTE)
    for person in ("eva-farkas", "peter-horvath"):
        assert not _objs(x, person, "represents") & {"hungary", "slovakia"}


# -- O4: a one-line media contact ---------------------------------------------------------------------
def test_inline_media_contact_post_at_the_issuer(run):
    x = run("Namibia and Botswana agree to extend Mamuno border hours\n\nWINDHOEK - The Kalahari Freight Forum "
            "welcomed on Monday an agreement between Namibia and Botswana to open the Mamuno border post around "
            "the clock.\n\nMedia contact: Tumelo Sebego, communications officer, media@kff.org, +267 391 0000\n")
    assert "communications officer" in _position_labels(x, "tumelo-sebego")
    assert _key(x, "Kalahari Freight Forum") in _objs(x, "tumelo-sebego", "represents")


# -- O5: a local officer in a region one side holds -------------------------------------------------
def test_village_head_in_a_region_on_one_side(run):
    x = run("Indonesia and Timor-Leste agree on border markets\n\nATAMBUA - Indonesia and Timor-Leste agreed on "
            "Monday to reopen two border markets.\n\nFamilies on the Indonesian side of the border, in Malaka "
            "Regency, have waited years for the markets.\n\nMarkus Bere, a village head in Malaka Regency, "
            "said the markets would help farmers sell their maize.\n")
    assert "indonesia" in _objs(x, "markus-bere", "represents")
    assert "east-timor" not in _objs(x, "markus-bere", "represents")


# -- O6: a state (or its capital) acting through a body owns it -------------------------------------
def test_capital_acting_through_a_national_agency(run):
    x = run("Indonesia and Timor-Leste agree on border markets\n\nDILI - Indonesia and Timor-Leste agreed on "
            "Monday to reopen two border markets.\n\nJakarta would fund a compensation scheme through the National "
            "Frontier Development Agency (BPPN), officials said.\n")
    assert "indonesia" in _objs(x, _key(x, "National Frontier Development Agency"), "partOf")
