"""Round-31 office, side, meeting and relation classes (O1-O3, O5-O8), shown on invented
sentences (names made up; real countries where the country must be recognised)."""

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


def _person(x, name: str) -> str:
    """The person named ``name`` (label or alias: the courtesy title is another area's part)."""
    hits = [k for k, e in x.entities.items() if e.type == "Person" and name in {e.label, *e.aliases}]
    assert hits, f"no person {name!r}: {_people(x)}"
    return hits[0]


def _people(x) -> list[str]:
    return sorted(e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed)


# -- O1: "<Title> of <Country> <Name>", a later "Deputy Minister <Surname>" -----------------------
def test_title_of_country_name_and_later_surname_are_one_person(run):
    x = run("Georgia and Azerbaijan hold consultations\n\nTBILISI, 12 May 2026 - Deputy Minister of Foreign Affairs "
            "of Georgia Levan Beridze held consultations with Deputy Minister of Foreign Affairs of Azerbaijan Rashad "
            "Aliyev in Tbilisi on Tuesday.\n\nThe sides discussed the border. Deputy Minister Beridze said the talks "
            "were useful.\n")
    assert "Beridze" not in _people(x)
    labels = _position_labels(x, "levan-beridze")
    assert any("deputy minister of foreign affairs" in label for label in labels)
    assert "deputy minister of georgia" not in labels
    assert _met(x, "levan-beridze", "rashad-aliyev")


def test_bare_rank_after_fuller_title_is_no_second_office(run):
    x = run("Georgia and Azerbaijan hold consultations\n\nTBILISI, 12 May 2026 - Tamar Kvaratskhelia, Georgia's deputy "
            "foreign minister, held consultations with Rashad Aliyev in Tbilisi on Tuesday.\n\nThe sides discussed "
            "the border. Deputy Minister Kvaratskhelia said the talks were useful.\n")
    labels = _position_labels(x, "tamar-kvaratskhelia")
    assert any("deputy foreign minister" in label for label in labels)
    assert "deputy minister of georgia" not in labels


# -- O2: a bare rank yields to the full title; an ambassador "of A to B" -------------------------
def test_bare_vice_minister_yields_to_full_title(run):
    x = run("Colombia and Peru talk\n\nBOGOTA, 12 May 2026 - Colombia and Peru held talks on Monday.\n\n"
            "Vice-Minister Laura Gómez led the delegation. \"Our Vice-Minister of Foreign Affairs, Laura Gómez, will "
            "travel to Lima,\" the minister said.\n")
    labels = _position_labels(x, "laura-gomez")
    assert any("vice-minister of foreign affairs" in label for label in labels)
    assert "vice-minister of colombia" not in labels


def test_ambassador_of_country_to_country(run):
    x = run("Chile and Peru talk\n\nLIMA, 12 May 2026 - Chile and Peru held talks on Monday.\n\n"
            "The Ambassador of Chile to Peru, Ana Soto, hosted a dinner for both delegations.\n")
    assert any("ambassador" in label for label in _position_labels(x, "ana-soto"))
    assert "chile" in _objs(x, "ana-soto", "represents")
    assert "peru" not in _objs(x, "ana-soto", "represents")


def test_demonym_ambassador_posted_abroad(run):
    x = run("Chile and Peru talk\n\nLIMA, 12 May 2026 - Chile and Peru held talks on Monday.\n\n"
            "Yesterday the Chilean deputy ambassador to Peru, Ana Soto, hosted a dinner.\n")
    assert any("deputy ambassador" in label for label in _position_labels(x, "ana-soto"))
    assert _objs(x, "ana-soto", "represents") == {"chile"}


# -- O3: sides of people who are no officials -----------------------------------------------------
def test_party_labelled_member_represents_the_parliament_country(run):
    x = run("UK and Norway agree on quotas\n\nLONDON, 12 May 2026 - The United Kingdom and Norway agreed on fishing "
            "quotas on Tuesday.\n\nIn the Commons, a Liberal Democrat, Fiona Hale, asked whether fishermen had been "
            "consulted. The Green lawmaker Ana Ruz said the deal was weak.\n")
    assert "united-kingdom" in _objs(x, "fiona-hale", "represents")
    assert "united-kingdom" in _objs(x, "ana-ruz", "represents")
    assert any("member of parliament" in label for label in _position_labels(x, "ana-ruz"))


def test_member_of_a_group_with_possessive_descriptor(run):
    x = run("UK and Norway agree on quotas\n\nOSLO, 12 May 2026 - The United Kingdom and Norway agreed on fishing "
            "quotas on Tuesday.\n\nEva Holm of the citizens' group Clean Seas Now said the quotas were too high. "
            "Lars Dahl, of the fishermen's association North Coast Fishers Union, said they were fair.\n")
    assert _objs(x, "eva-holm", "represents") == {"clean-seas-now"}
    assert _objs(x, "lars-dahl", "represents") == {_key(x, "North Coast Fishers Union")}


def test_correspondent_with_a_beat_before_the_outlet(run):
    x = run("UK and Norway agree on quotas\n\nOSLO, 12 May 2026 - The United Kingdom and Norway agreed on fishing "
            "quotas on Tuesday.\n\nIan Ross, North Sea correspondent of the Morning Courier, wrote that the talks had "
            "been tense.\n")
    assert "north sea correspondent" in _position_labels(x, "ian-ross")
    assert _objs(x, "ian-ross", "represents") == {_key(x, "Morning Courier")}


# -- O5: agencies' states ---------------------------------------------------------------------------
def test_officers_of_a_foreign_named_agency_sent_by_a_state(run):
    x = run("Guatemala and Honduras agree\n\nSAN SALVADOR, 12 May 2026 - Guatemala and Honduras agreed on a joint "
            "border post on Monday.\n\nGuatemala would send officers of the Superintendencia de Aduanas (SAD) to the "
            "post. Honduras will deploy agents of the Dirección Nacional de Migración at the crossing.\n")
    assert "guatemala" in _objs(x, _key(x, "Superintendencia de Aduanas"), "partOf")
    assert "honduras" in _objs(x, _key(x, "Dirección Nacional de Migración"), "partOf")


def test_regional_governments_and_their_units(run):
    x = run("India and UK agree on tea\n\nNEW DELHI, 12 May 2026 - India and the United Kingdom agreed on tea trade "
            "on Monday.\n\nThe Government of Assam welcomed it. The Welsh Government's Energy Directorate said "
            "nothing.\n")
    assert "india" in _objs(x, _key(x, "Government of Assam"), "partOf")
    assert "united-kingdom" in _objs(x, _key(x, "Welsh Government"), "partOf")
    assert "india" not in _objs(x, _key(x, "Energy Directorate"), "partOf")


# -- O6: a courtesy title between the office and the name -----------------------------------------
def test_spanish_courtesy_title_between_office_and_name(run):
    x = run("Chile and Argentina talk\n\nSANTIAGO, 12 May 2026 - Chile and Argentina held talks on Monday.\n\n"
            "The Chilean Minister of Economy Sra. Ana Herrera met the Argentine Minister of Production, Sofia Duarte, "
            "in Esquel.\n")
    assert any("minister of economy" in label for label in _position_labels(x, "ana-herrera"))
    assert "chile" in _objs(x, "ana-herrera", "represents")


# -- O7: the listed delegations negotiate ---------------------------------------------------------
def test_officials_from_listed_bodies_negotiated(run):
    x = run("UK and Norway agree fisheries deal\n\nLONDON, 12 May 2026 - The United Kingdom and Norway reached the "
            "North Sea Fisheries Agreement on Friday.\n\nOfficials from the Norwegian Ministry of Fisheries, the "
            "Directorate of Fisheries, Defra and the Marine Directorate negotiated the North Sea Fisheries Agreement "
            "over three weeks in Bergen.\n")
    agreement = _key(x, "North Sea Fisheries Agreement")
    for body in ("Ministry of Fisheries", "Directorate of Fisheries", "Marine Directorate"):
        assert (_key(x, body), "negotiates", agreement) in relation_set(x)


# -- O8: a government's own document: its bodies named without a state ----------------------------
def test_government_heading_gives_its_bodies_state(run):
    x = run("India-Myanmar border trade: written answer\n\nGOVERNMENT OF INDIA\nMINISTRY OF COMMERCE AND INDUSTRY\n\n"
            "India's trade with Myanmar through Moreh has fallen, the Minister of State for Commerce said in a written "
            "answer. The Ministry of External Affairs is in talks with Myanmar on reopening the land port. The Land "
            "Ports Authority will upgrade the integrated check post at Moreh.\n")
    assert "india" in _objs(x, _key(x, "Ministry of External Affairs"), "partOf")
    assert "india" in _objs(x, _key(x, "Land Ports Authority"), "partOf")


# -- S2: written answer: the answering minister, the questioner a Member of Parliament -------------
_ANSWER = ("Land port exports fall, minister tells House\n\nHOUSE OF ASSEMBLY\nWRITTEN QUESTION NO. 512\n"
           "TO BE ANSWERED ON 04.03.2026\n\n512. Shri Arjun Mehta:\nWill the Minister of COMMERCE be pleased to state:\n"
           "(a) whether exports through the land port at Petrapole have fallen?\n\nANSWER\n"
           "THE MINISTER OF STATE IN THE MINISTRY OF COMMERCE\n(Shri Vikram Rao)\n\n"
           "(a) Exports through the land port at Petrapole have fallen by 12 per cent.\n\n*****\n\n"
           "India's exports through Petrapole fell last year, the government told parliament. Arjun Mehta, a Member "
           "of Parliament from West Bengal, had asked the question.\n")


def test_written_answer_minister_and_questioner(run):
    x = run(_ANSWER)
    assert any("minister of state" in label for label in _position_labels(x, _person(x, "Vikram Rao")))
    assert "india" in _objs(x, _person(x, "Vikram Rao"), "represents")
    assert any("member of parliament" in label for label in _position_labels(x, _person(x, "Arjun Mehta")))


# -- S3: the signature line of a printed letter ----------------------------------------------------
def test_letter_signature_gives_title_and_body(run):
    x = run("Farmers write to minister over maize imports\n\nThe Ghana Farmers Union sent the letter below to the "
            "agriculture minister on Monday. We print it in full.\n\nTo Mr Kwame Asante, Minister of Food and "
            "Agriculture, Accra\n\nDear Minister,\n\nWe write because maize from across the border is sold below our "
            "costs.\n\nAma Boateng, Chair, Ghana Farmers Union, Tamale, 3 May 2026\n\nThe ministry answered on "
            "Tuesday in a statement.\n")
    assert any(label.startswith("chair") for label in _position_labels(x, "ama-boateng"))
    assert _objs(x, "ama-boateng", "represents") == {_key(x, "Ghana Farmers Union")}


# -- S4: a call-in transcript's host label ---------------------------------------------------------
def test_host_label_gives_host_of_the_station(run):
    x = run("Radio call-in on the Busia crossing\n\nRadio Lakeside - Kisumu, Kenya\n\"Morning Line\" - broadcast of "
            "Monday 4 May 2026\n\nAKINYI OTIENO (HOST): Good morning. With me is Dr. Peter Ouma Were, a trade economist "
            "at Maseno University.\n\nPETER OUMA WERE (GUEST): Good morning. The crossing at Busia is slow.\n")
    assert "host" in _position_labels(x, "akinyi-otieno")


# -- S5: an infobox's negotiators with their country in brackets ------------------------------------
def test_infobox_negotiator_with_country_in_brackets(run):
    x = run("Oresund Lake Treaty\n\nType: bilateral boundary treaty\nLead negotiators: Marta Lindqvist (Sweden); "
            "Ole Hansen (Denmark)\nStatus: under negotiation\n\nThe Oresund Lake Treaty is a proposed agreement "
            "between Sweden and Denmark on the lake.\n")
    assert _objs(x, "marta-lindqvist", "represents") == {"sweden"}
    assert _objs(x, "ole-hansen", "represents") == {"denmark"}
