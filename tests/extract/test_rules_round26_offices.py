"""Round-26 office, side and meeting classes (O1-O9), shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- O1: "Delegations led by A, <title>, and B, <title>, met ..." ----------------------------------
def test_leaders_of_delegations_that_met_met_each_other(run):
    x = run("Border crossing\n\nDelegations led by Ahmed Osman, director general of Sudan's customs authority, and "
            "Tesfaye Bekele, director-general of Ethiopia's revenue ministry, met at a hotel in Gallabat on Monday.\n",
            date="2026-05-14")
    assert _met(x, "ahmed-osman", "tesfaye-bekele")
    meeting = [e for e in x.events if e.type == "Meeting"]
    assert meeting and meeting[0].date == "2026-05-11"


def test_delegations_led_by_two_titled_leaders_met(run):
    x = run("Border crossing\n\nDelegations led by Sudan's trade minister Ahmed Osman and Ethiopia's transport minister "
            "Tesfaye Bekele met on Monday in Metema.\n", date="2026-05-14")
    assert _met(x, "ahmed-osman", "tesfaye-bekele")


# -- O2: "A led the Armenian side. Across the table sat B, ..." ------------------------------------
def test_person_seated_across_the_table_met_the_other_sides_leader(run):
    x = run("Gas price\n\nArmenia and Iran agreed a new gas price on Tuesday after talks in Yerevan.\n\n"
            "Hayk Sargsyan, Armenia's deputy energy minister, led the Armenian side. Across the table sat Reza "
            "Karimi, Iran's deputy oil minister.\n")
    assert _met(x, "hayk-sargsyan", "reza-karimi")
    # nobody named before: nobody met
    x = run("Gas price\n\nArmenia and Iran agreed a new gas price on Tuesday.\n\n"
            "Across the table sat Reza Karimi, Iran's deputy oil minister.\n")
    assert not any(p == "metWith" for _, p, _ in relation_set(x))


# -- O3: communiqué style "The Minister of X of the Republic of Y, Colonel Z," ---------------------
def test_communique_titles_with_a_military_rank_before_the_name(run):
    x = run("Transport accord\n\nThe Minister of Infrastructure of the Republic of Senegal, Awa Ndiaye, and the Minister "
            "of Transport of the Republic of Mali, Colonel Moussa Traoré, met in Dakar on 7 March.\n",
            date="2026-05-14")
    assert _objs(x, "moussa-traore", "represents") == {"mali"}
    assert "minister of transport" in _position_labels(x, "moussa-traore")
    assert _objs(x, "awa-ndiaye", "represents") == {"senegal"}
    assert _met(x, "awa-ndiaye", "moussa-traore")


def test_possessive_title_then_rank_before_the_name(run):
    x = run("Border patrols\n\nFiji and Tonga agreed on joint patrols.\n\nFiji's army commander, Major General Jone "
            "Kalou, said the talks went well.\n")
    assert _objs(x, "jone-kalou", "represents") == {"fiji"}
    assert "army commander" in _position_labels(x, "jone-kalou")


# -- O4: "joined host Rana Said in the studio" ------------------------------------------------------
def test_host_without_outlet_holds_host_for_the_broadcaster_of_the_header(run):
    text = ("RADIO AMMAN - MORNING REPORT\n\nJordan's water minister Omar Saleh joined host Rana Said in the studio "
            "on Tuesday to discuss the water deal with Israel. \"We are close,\" Saleh told Radio Amman. Later, "
            "presenter Tom Eide asked about prices.\n")
    x = run(text, title="RADIO AMMAN - MORNING REPORT")
    assert "host" in _position_labels(x, "rana-said")
    assert _objs(x, "rana-said", "represents") == {"radio-amman"}
    assert "presenter" in _position_labels(x, "tom-eide")
    assert _objs(x, "tom-eide", "represents") == {"radio-amman"}


def test_host_without_any_outlet_still_holds_the_role(run):
    x = run("Water deal\n\nJordan's water minister Omar Saleh joined host Rana Said in the studio on Tuesday.\n")
    assert "host" in _position_labels(x, "rana-said")
    assert not _objs(x, "rana-said", "represents")


# -- O5: agencies under agencies ---------------------------------------------------------------------
def test_agency_part_of_a_ministry(run):
    x = run("Labour deal\n\nFiji and Australia signed a labour deal on Monday. Fiji's National Employment Centre, part "
            "of the Ministry of Employment, will recruit the workers. Immigration Australia, part of the Department "
            "of Home Affairs (DHA), will issue visas.\n")
    rels = relation_set(x)
    assert ("national-employment-centre", "partOf", "ministry-of-employment") in rels
    assert ("immigration-australia", "partOf", "department-of-home-affairs") in rels
    assert x.entities["national-employment-centre"].type == "GovernmentAgency"


def test_body_owned_by_a_ministry_is_part_of_it(run):
    x = run("Cattle trade\n\nKenya and Uganda agreed on cattle checks. The Ministry of Agriculture said on Monday that "
            "the Ministry of Agriculture's Veterinary Services Department would inspect the herds.\n")
    assert ("veterinary-services-department", "partOf", "ministry-of-agriculture") in relation_set(x)


# -- O6: unions named with a country are no state bodies ----------------------------------------------
def test_union_named_with_a_country_is_not_the_state(run):
    x = run("Labour deal\n\nFiji and New Zealand signed a labour mobility deal on Monday. The Fiji Trades Union Congress "
            "said workers needed protection. Its national secretary, Felix Anthony, said the deal was weak.\n")
    assert x.entities["fiji-trades-union-congress"].type == "Organization"
    assert ("fiji-trades-union-congress", "partOf", "fiji") not in relation_set(x)
    assert _objs(x, "felix-anthony", "represents") == {"fiji-trades-union-congress"}


# -- O7: a mayor of a town whose country the text gives -----------------------------------------------
def test_mayor_after_a_sentence_naming_the_town(run):
    x = run("Gas price\n\nArmenia and Iran agreed a new gas price on Tuesday.\n\nTrucks queue for days in Kajaran, a "
            "mining town in Syunik Province. Mayor Ani Petrosyan said the drivers were tired.\n")
    assert _objs(x, "ani-petrosyan", "represents") == {"armenia"}
    assert "mayor of kajaran" in _position_labels(x, "ani-petrosyan")


def test_mayor_of_the_town_not_of_its_province(run):
    x = run("Gas price\n\nArmenia and Iran agreed a new gas price on Tuesday.\n\nIn Kapan, in Syunik Province, Mayor "
            "Gor Tadevosyan said drivers were tired.\n")
    labels = _position_labels(x, "gor-tadevosyan")
    assert "mayor of kapan" in labels and "mayor of syunik province" not in labels
    assert _objs(x, "gor-tadevosyan", "represents") == {"armenia"}


# -- O8: a body's representative posted abroad; a charity's spokeswoman ------------------------------
def test_representative_in_a_country_acts_for_the_body(run):
    x = run("Migration talks\n\nMalta and Libya held talks on migration on Monday. UNHCR's representative in Malta, "
            "Ingrid Holm, said the deal must respect asylum law. Italy's ambassador to Malta, Marco Neri, "
            "attended the talks.\n")
    holm = _objs(x, "ingrid-holm", "represents")
    assert holm and "malta" not in holm
    assert any("representative" in label for label in _position_labels(x, "ingrid-holm"))
    assert _objs(x, "marco-neri", "represents") == {"italy"}


def test_spokeswoman_for_the_charity_named(run):
    x = run("Migration talks\n\nMalta and Libya held talks on migration on Monday. \"People drown,\" said Elena Ruiz, "
            "a spokeswoman for the charity Mar Abierto.\n")
    assert _objs(x, "elena-ruiz", "represents") == {"mar-abierto"}
    labels = _position_labels(x, "elena-ruiz")
    assert "spokeswoman" in labels and not any("charity" in label for label in labels)


# -- O9: a commander of a state's force acts for the state -------------------------------------------
def test_air_force_commander_represents_the_state(run):
    x = run("Airspace deal\n\nIndonesia and Singapore agreed the airspace deal on Monday. Air Vice Marshal Budi "
            "Santoso, commander of the Indonesian Air Force, said patrols would resume.\n")
    sides = _objs(x, "budi-santoso", "represents")
    assert sides == {"indonesia"}  # round-35 O1: the state body's country only


def test_commander_of_a_forces_unit_represents_the_unit_and_the_state(run):
    x = run("Airspace deal\n\nIndonesia and Singapore agreed the airspace deal on Monday. Rear Admiral Adi Wijaya, "
            "commander of the Indonesian Navy's Fleet Command, said patrols would resume.\n")
    assert _objs(x, "adi-wijaya", "represents") == {"indonesia"}  # round-35 O1: the country only
    assert ("fleet-command", "partOf", "indonesian-navy") in relation_set(x)
    assert x.entities["fleet-command"].type == "GovernmentAgency"
