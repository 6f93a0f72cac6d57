"""Round 20 entity classes, on invented sentences: landform names and the short
form of a river, agency acronyms (also of other scripts), "the <demonym>
ministry" back-references, compound modifiers and names in passing, sidebar
lists of people, line names and "A–B section" places, and bodies introduced
by a naming phrase."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled, entity_types as _labels


# -- A1. landforms are places; "the Ondo" after "the Ondo River" is the river --------------------

def test_lower_case_landform_after_a_name_is_a_place(run):
    x = run("Merovia and Dalmark met on Monday. The Dalmark Lake Commission said the Vessa estuary is silting up, "
            "and farmers in the Orin delta want water.")
    labels = _labels(x)
    assert labels.get("Vessa estuary") == "Place", labels
    assert labels.get("Orin delta") == "Place", labels
    assert "Vessa" not in labels, labels


def test_definite_short_form_of_a_river_is_its_alias(run):
    x = run("Barges carry grain down the Sandor River to the coast. Ministers agreed on Monday that the Sandor "
            "must stay open to traffic all year.")
    labels = _labels(x)
    assert "Sandor" not in labels, labels
    assert "Sandor" in entity_labelled(x, "Sandor River").aliases


# -- A2. agency acronyms, also in other scripts ----------------------------------------------------

def test_acronym_with_non_ascii_capitals_is_an_alias(run):
    x = run("The Polish Energy Works (PGĘ) will build the plant. Later, PGĘ said work would begin in May.")
    labels = _labels(x)
    assert "PGĘ" not in labels, labels
    assert "PGĘ" in entity_labelled(x, "Polish Energy Works").aliases


def test_foreign_initials_close_a_body_name(run):
    x = run("Greece's National Water Works (EYDAP) will fund the dam. Later, EYDAP said the work would start soon.")
    body = entity_labelled(x, "National Water Works")
    assert body.type in {"Organization", "GovernmentAgency"}
    assert "EYDAP" in body.aliases
    assert "Water Works" not in _labels(x)


def test_company_apposed_to_an_operator_known_by_an_acronym(run):
    x = run("Voltara Tikls, the Latvian grid operator known as VGO, said on Monday that prices would rise.")
    assert _labels(x).get("Voltara Tikls") == "Organization", _labels(x)


# -- A3. "the <demonym> ministry" is the one ministry of that country ------------------------------

def test_lower_case_demonym_ministry_is_the_named_ministry(run):
    x = run("The Merovian Ministry of Railways signed the plan with Dalmark on Monday. Paul Gren, head of freight "
            "at the Merovian ministry, said the line was ready.")
    labels = _labels(x)
    assert "Merovian ministry" not in labels, labels
    ministry = entity_labelled(x, "Merovian Ministry of Railways")
    assert any(m.text == "Merovian ministry" for m in ministry.mentions)


def test_two_ministries_of_one_country_leave_the_reference_alone(run):
    x = run("The Merovian Ministry of Railways and the Merovian Ministry of Finance signed the plan. Paul Gren, "
            "an adviser at the Merovian ministry, said it was ready.")
    for label in ("Merovian Ministry of Railways", "Merovian Ministry of Finance"):
        assert not any(m.text == "Merovian ministry" for m in entity_labelled(x, label).mentions)


# -- A4. compound modifiers and names in passing ------------------------------------------------------

def test_country_pair_before_a_possessive_and_a_meeting_noun_is_no_entity(run):
    x = run("Tarvia and Kessa sent envoys. The Kessa-Tarvia leaders' meeting ended on Friday, and growers fear "
            "the Tarvia-Kessa trade dispute.")
    labels = _labels(x)
    assert "Kessa-Tarvia" not in labels and "Tarvia-Kessa" not in labels, labels


def test_language_in_a_naming_phrase_is_no_place(run):
    x = run("The port, known in Dalmarkish as Vessahavn, is busy. The village, known in Orinese as Tosa, is quiet.")
    labels = _labels(x)
    assert "Dalmarkish" not in labels and "Orinese" not in labels, labels


def test_place_used_only_as_a_noun_modifier_is_no_entity(run):
    x = run("Inspectors said Tasmania apple moths were found in a shipment at the port of Rivo on Monday.")
    assert "Tasmania" not in _labels(x), _labels(x)


def test_place_named_as_a_place_elsewhere_stays(run):
    x = run("Tasmania apple moths were found in a shipment. Growers in Tasmania said the ban was fair.")
    assert "Tasmania" in _labels(x), _labels(x)


def test_continental_europe_in_passing_is_no_entity(run):
    x = run("Buyers from continental Europe want more grain from Dalmark, traders said on Monday.")
    assert "Europe" not in _labels(x), _labels(x)


# -- A5. sidebar lists of people ------------------------------------------------------------------

def test_sidebar_lines_name_people_with_their_posts(run):
    x = run("Turkey and Iraq agreed on Monday to share the river's water.\n\n"
            "WHO'S WHO\n"
            "Kemal Öztürk, Turkey's Minister of Energy and Natural Resources\n"
            "Salim Hadi, Iraq's Minister of Water Resources\n\n"
            "The ministers met in Ankara. Öztürk said the deal was fair.")
    labels = _labels(x)
    assert labels.get("Kemal Öztürk") == "Person", labels
    assert labels.get("Salim Hadi") == "Person", labels
    assert "Öztürk" not in labels, labels


def test_a_letterhead_line_is_no_sidebar_person(run):
    x = run("Ghana and Togo signed a deal on Monday.\n\nPress Office, Ministry of Foreign Affairs, Accra\n")
    assert not [e for e in x.entities.values() if e.type == "Person"], _labels(x)


# -- A6. line names and "A–B section" places ---------------------------------------------------------

def test_name_apposed_to_a_line_noun_is_a_place(run):
    x = run("The new bridge is part of Vessa Rail, the line meant to link Tallinn with Riga.")
    assert _labels(x).get("Vessa Rail") == "Place", _labels(x)


def test_pair_before_section_or_waterway_is_one_place(run):
    x = run("Work on the Kaunas–Vilnius section began in May. Barges use the Danube-Tisza waterway.")
    labels = _labels(x)
    assert labels.get("Kaunas–Vilnius section") == "Place", labels
    waterway = entity_labelled(x, "Danube-Tisza waterway")
    assert waterway.type == "Place" and "Danube" not in waterway.aliases


def test_country_pair_before_section_is_no_place(run):
    x = run("The Estonia-Latvia section of the border was closed on Monday.")
    assert "Estonia-Latvia section" not in _labels(x), _labels(x)


# -- A7. bodies introduced by a naming phrase ----------------------------------------------------------

def test_body_known_as_an_initiative_is_an_organization(run):
    x = run("In 2019 the two countries set up a joint secretariat now known as the Ravel Basin Initiative. "
            "A commission known as the Orin Water Partnership oversees it. Farmers formed a body called Green "
            "Terrace Plan. The Ravel Basin Initiative said on Monday it would meet in Tosa.")
    labels = _labels(x)
    assert labels.get("Ravel Basin Initiative") == "Organization", labels
    assert labels.get("Orin Water Partnership") == "Organization", labels
    assert labels.get("Green Terrace Plan") == "Organization", labels


def test_an_initiative_without_a_body_noun_stays_an_agreement(run):
    x = run("The two countries signed the Ravel Basin Initiative in 2019 and agreed to extend it on Monday.")
    assert _labels(x).get("Ravel Basin Initiative") == "Agreement", _labels(x)
