"""Round-27 office, side and meeting classes (O1-O9), shown on invented sentences (names made up)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set, statement_by_quote


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


# -- O1: a contact block whose post line names the unit ---------------------------------------------
def test_contact_block_post_with_its_unit_and_the_ministry_of_a_country(run):
    x = run("Fisheries deal\n\nSri Lanka and Maldives agreed on Tuesday to extend their fisheries cooperation, the "
            "Ministry of Foreign Affairs said.\n\nMedia contact\n\nNadia Perera\n"
            "Director-General, Public Communications Division\nMinistry of Foreign Affairs, Sri Lanka\n")
    assert "director-general" in _position_labels(x, "nadia-perera")
    assert "sri-lanka" in _objs(x, "nadia-perera", "represents")
    assert entity_types(x).get("Public Communications Division") == "GovernmentAgency"
    assert _objs(x, "public-communications-division", "partOf") == {"ministry-of-foreign-affairs"}


def test_contact_block_unit_under_a_ministry_the_text_never_named(run):
    x = run("Labour deal\n\nThe Philippines and Japan signed a labour agreement on Monday.\n\nMedia contact:\n"
            "Liza Ocampo-Tan\nDirector, Public Information Office\nDepartment of Labor\n")
    assert "director" in _position_labels(x, "liza-ocampo-tan")
    assert _objs(x, "public-information-office", "partOf") == {"department-of-labor"}


# -- O2: "the Hydrocarbons Service of the Ministry of Energy" ---------------------------------------
def test_unit_of_a_ministry_is_its_own_body_part_of_the_ministry(run):
    x = run("Energy talks\n\nArmenia and Georgia resumed gas talks on Monday. Officials from the Hydrocarbons "
            "Service of the Ministry of Energy said the pipeline was ready. The Statistics Unit of the Ministry of "
            "Finance published figures on Tuesday.\n")
    types = entity_types(x)
    assert types.get("Hydrocarbons Service") == "GovernmentAgency"
    assert types.get("Ministry of Energy") == "GovernmentAgency"
    assert not [label for label in types if "Service of the" in label]
    assert ("hydrocarbons-service", "partOf", "ministry-of-energy") in relation_set(x)
    assert ("statistics-unit", "partOf", "ministry-of-finance") in relation_set(x)


# -- O3: a byline with the writer's post -------------------------------------------------------------
def test_byline_post_is_the_writers_position(run):
    # the writer stays an actor only when the body names her again (round 33: a byline-only writer is none)
    x = run("Border trade grows\n\nBy Wanjiru Kamau, Regional Economy Editor\n\nKenya and Uganda agreed on Monday "
            "to open the Busia crossing at night.\n\n\"The queue was ten kilometres long,\" Wanjiru Kamau reported "
            "from Busia.\n")
    assert "regional economy editor" in _position_labels(x, "wanjiru-kamau")
    assert not _objs(x, "wanjiru-kamau", "represents")
    for tail in ("Nairobi", "Steppe TV"):  # a town or an outlet after the comma is no post
        x = run(f"Border trade grows\n\nBy Wanjiru Kamau, {tail}\n\nKenya and Uganda agreed on Monday to open the "
                "Busia crossing at night.\n")
        assert not _objs(x, "wanjiru-kamau", "holdsPosition")


# -- O4: occupations before the name and border agents -----------------------------------------------
def test_occupation_before_the_name_and_a_clearing_agent(run):
    x = run("Bridge reopens\n\nBolivia and Brazil reopened the bridge on Monday.\n\nTruck driver Mateus Rocha, who "
            "hauls timber from Cobija, said the wait was shorter. Halima Nsubuga, a clearing agent in the town of "
            "Busia, said business was slow.\n")
    assert _position_labels(x, "mateus-rocha") >= {"truck driver"}
    assert _position_labels(x, "halima-nsubuga") >= {"clearing agent"}
    assert not _objs(x, "mateus-rocha", "represents")
    # a capitalised occupation inside a sentence is part of a name
    x = run("Bridge reopens\n\nBolivia and Brazil reopened the bridge on Monday. The Farmer Mateus Rocha agreed.\n")
    assert not _objs(x, "mateus-rocha", "holdsPosition")


# -- O5: joint bodies and research centres named after a state -----------------------------------------
def test_joint_commission_of_a_two_word_country_is_part_of_neither(run):
    x = run("Fish deal\n\nMaldives and Sri Lanka agreed on Monday to share tuna data. The Sri Lanka-Maldives Joint "
            "Commission will meet in June.\n")
    assert not _objs(x, "sri-lanka-maldives-joint-commission", "partOf")


def test_research_centre_named_after_the_state_is_part_of_it(run):
    x = run("Fish deal\n\nMaldives and Sri Lanka agreed on Monday to share tuna data. Maldives Fisheries Research "
            "Centre will publish the catch figures.\n")
    assert ("maldives-fisheries-research-centre", "partOf", "maldives") in relation_set(x)


# -- O6: a capital or state directing an unqualified national body -------------------------------------
def test_body_a_capital_wants_to_act_is_its_states(run):
    x = run("Border post\n\nBrazil and Paraguay agreed on Monday to build a joint border post. Brasília also wanted "
            "the Federal Police to share the building.\n")
    assert _objs(x, "federal-police", "partOf") == {"brazil"}
    x = run("Customs yard\n\nNepal and India agreed on Monday to build a joint customs yard. Kathmandu wants the "
            "Department of Customs to open at weekends.\n")
    assert _objs(x, "department-of-customs", "partOf") == {"nepal"}


# -- O8: "A spokesman for the State Border Service of Latvia, X," -------------------------------------
def test_spokesman_of_a_body_named_of_a_country_represents_the_country(run):
    x = run("New crossing\n\nLatvia and Estonia agreed on Monday to open a new crossing. A spokesman for the State "
            "Border Service of Latvia, Janis Kalnins, said the post would open in June.\n")
    assert "latvia" in _objs(x, "janis-kalnins", "represents")


# -- O9: "Busia's city head, X" --------------------------------------------------------------------------
def test_possessive_town_head_represents_the_towns_country(run):
    x = run("Border hours\n\nKenya and Uganda agreed on Monday to open the border post around the clock.\n\n"
            "Busia mayor Achieng Otieno wrote to the president. Busia's city head, Okello Wafula, wrote too.\n")
    assert _objs(x, "okello-wafula", "represents") == {"kenya"}


# -- O7: a title that opens the sentence, then the holder's name in apposition -------------------
def test_fronted_title_with_apposed_name_gives_the_name_as_speaker(run):
    x = run("Fisheries talks close\n\nSri Lanka and Maldives closed their fisheries talks in Colombo on "
            "Tuesday.\n\nThe Minister of Fisheries of Sri Lanka, Kamal Silva, who joined the talks, said "
            'last month that the 2015 agreement had been "a good start that was never fully used."')
    st = statement_by_quote(x, "a good start that was never fully used")
    assert x.entities[st.speaker].label == "Kamal Silva"
    assert not any(e.label.startswith("Minister of Sri Lanka") for e in x.entities.values())
