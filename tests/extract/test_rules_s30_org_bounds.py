"""Session 30: where an organisation's name ends when "and" or "&" joins it to something else,
shown on invented sentences (bodies and outlets made up; real countries where the country matters)."""

from __future__ import annotations

from tests.extract.conftest import entity_types

DATE = "2025-03-03"


# -- "<X> Authority and the <Y> Constabulary": "and" after the head word starts a second body -------
def test_and_right_after_a_head_word_starts_a_second_body(run):
    x = run("The post would be staffed by Tarvia's Immigration and Citizenship Authority and the Royal "
            "Tarvian Constabulary, officials said.", DATE)
    types = entity_types(x)
    assert "Immigration and Citizenship Authority" in types
    assert not any("Authority and" in label for label in types)


def test_and_before_a_country_after_a_head_word_leaves_the_country_out(run):
    x = run("Joint patrols by the Kessan Coast Guard Service and Kenya are planned for May.", DATE)
    types = entity_types(x)
    assert types.get("Kenya") == "Country"
    assert not any("Service and" in label for label in types)


def test_a_body_named_with_and_inside_its_of_phrase_stays_whole(run):
    x = run("The Ministry of Trade and Industry said exports rose in March.", DATE)
    assert "Ministry of Trade and Industry" in entity_types(x)


# -- "<Ministry of X and Y> and <Owner>'s <Ministry>": the owner opens a second name --------------------
def test_owner_after_and_opens_a_second_ministry(run):
    x = run("The talks are led by Kazakhstan's Ministry of Water Resources and Irrigation and "
            "Uzbekistan's Ministry of Water Resources.", DATE)
    types = entity_types(x)
    assert types.get("Ministry of Water Resources and Irrigation") == "GovernmentAgency"
    assert types.get("Uzbekistan") == "Country"
    assert not any("and Uzbekistan" in label for label in types)


def test_possessive_of_a_whole_body_name_keeps_the_name(run):
    # nothing named after the possessive: "Industry's" belongs to the ministry's own name
    x = run("The Ministry of Trade and Industry's budget grew by a tenth last year.", DATE)
    assert "Ministry of Trade and Industry" in entity_types(x)


# -- "Catch & Quay Weekly": an ampersand joins one name -----------------------------------------------
def test_ampersand_joins_one_organisation_name(run):
    x = run("Source: harbour auctions, Brill & Tackle analysis. The quota deal angered skippers, "
            "Brill & Tackle reported on Monday.", DATE)
    types = entity_types(x)
    assert "Brill & Tackle" in types
    assert "Brill" not in types and "Tackle" not in types


# -- "posted on X. The field ...": a one-letter name ends its sentence -------------------------------
def test_one_letter_platform_ends_its_sentence_and_is_no_organisation(run):
    x = run('Varro said Tarvia wanted the annex signed. "Every month of delay costs us," he said in a '
            "statement posted on X. The field lies off the coast of Kessia.", DATE)
    assert not any(label.startswith("X") for label in entity_types(x))
    assert not any("field lies" in s.quote for s in x.statements if s.kind == "reported")


def test_initial_after_a_given_name_keeps_the_sentence_whole(run):
    x = run("Officials said George W. Bush signed the first accord with Kessia in 2004.", DATE)
    assert "George W. Bush" in entity_types(x)


def test_initial_after_an_article_keeps_the_name_whole(run):
    x = run("Ana Pereira, a research fellow at the S. Rajan School of Maritime Studies in Velora, said the "
            "protocol mattered.", DATE)
    assert any(label.startswith("S. Rajan School") for label in entity_types(x))
