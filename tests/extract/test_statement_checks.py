"""The last checks on statements (kg.extract.statement_checks), on invented text."""

from __future__ import annotations

import pytest

from kg.extract.statement_checks import dateline_end
from tests.extract.conftest import statement_by_quote


# -- datelines are not part of a reported quote ----------------------------------------
@pytest.mark.parametrize("dateline", [
    "NAIROBI (AP) — ",
    "KAMPALA, Uganda, June 9 (Reuters) - ",
    "DAR ES SALAAM, 9 June – ",
])
def test_dateline_is_not_part_of_reported_words(run, dateline):
    text = f"{dateline}Kenya and Uganda have settled their dispute over the island, the two governments said on Monday."
    x = run(text)
    s = statement_by_quote(x, "settled their dispute")
    assert s.quote.startswith("Kenya and Uganda have settled")
    assert s.quote_span.text.startswith("Kenya")


def test_dateline_end_needs_a_paragraph_start():
    text = "Talks went on. NAIROBI (AP) — was the line."
    assert dateline_end(text, text.index("NAIROBI")) is None
    text = "Lilongwe, March 3 - Malawi said"
    assert text[dateline_end(text, 0):].startswith("Malawi")
    assert dateline_end("Malawi and Zambia said", 0) is None


# -- "the South African minister said": multi-word demonyms --------------------------
def test_multiword_demonym_title_is_the_named_holder(run):
    x = run(
        "Sri Lanka's Minister of Fisheries, Ranil Perera, met India's Minister of Fisheries, "
        "Arjun Mehta, in Colombo on Monday.\n\n"
        "\"We want the trawlers out of our waters,\" the Sri Lankan minister told reporters.\n\n"
        "The Indian minister said the boats would be inspected."
    )
    assert statement_by_quote(x, "trawlers out").speaker == "ranil-perera"
    assert statement_by_quote(x, "boats would be inspected").speaker == "arjun-mehta"
    assert not any(e.unnamed and "minister" in e.label.lower() for e in x.entities.values())


def test_multiword_demonym_title_picks_that_country(run):
    x = run(
        "Costa Rica's ambassador, Laura Mora, met Panama's ambassador, Diego Arias, in San José.\n\n"
        "The Costa Rican ambassador said the border would stay open during the talks."
    )
    assert statement_by_quote(x, "border would stay open").speaker == "laura-mora"


def test_multiword_demonym_title_after_lowercase_possessive_title(run):
    x = run(
        "South Africa's water and sanitation minister, Nomvula Dube, visited Maseru on Monday "
        "with Lesotho's water minister, Thabo Mokoena.\n\n"
        "The South African minister said the dam would be finished by 2027."
    )
    assert statement_by_quote(x, "dam would be finished").speaker == "nomvula-dube"


def test_multiword_demonym_title_without_holder_stays_unnamed(run):
    x = run("The South African minister said the dam would be finished by 2027.")
    s = statement_by_quote(x, "dam would be finished")
    assert x.entities[s.speaker].unnamed


# -- "An <Org> engineer said": an unnamed speaker representing the organisation --------
def test_org_role_speaker_direct_quote(run):
    x = run(
        "The state utility, Eskom, said it would import power from Mozambique. "
        "\"We have no choice,\" an Eskom manager told reporters."
    )
    s = statement_by_quote(x, "no choice")
    speaker = x.entities[s.speaker]
    assert speaker.unnamed and "manager" in speaker.label.lower()
    assert ("represents", "eskom") in {(r.predicate, r.object) for r in x.relations if r.subject == s.speaker}


def test_org_role_speaker_reported(run):
    x = run("Kenya Pipeline Company said in a statement that deliveries would resume. "
            "A Kenya Pipeline Company engineer said the valves needed replacing.")
    s = statement_by_quote(x, "valves needed replacing")
    assert x.entities[s.speaker].unnamed and "engineer" in x.entities[s.speaker].label.lower()
    assert statement_by_quote(x, "deliveries would resume").speaker == "kenya-pipeline-company"


# -- hedged attributions ------------------------------------------------------------------
@pytest.mark.parametrize("lead", [
    "President Amos Mwangi of Kenya and President Peter Banda of Malawi met in Lilongwe on Friday. ",
    "",
])
def test_joint_communique_is_the_two_governments(run, lead):
    x = run(f"{lead}The joint communiqué issued afterwards said the border question should be settled by a commission.")
    s = statement_by_quote(x, "border question")
    assert x.entities[s.speaker].unnamed and "governments" in x.entities[s.speaker].label
    assert s.medium == "communique"
    assert len([t for t in x.statements if "border question" in t.quote]) == 1


def test_joint_statement_said(run):
    x = run("A joint statement issued in Accra said the two sides would set up a boundary commission.")
    s = statement_by_quote(x, "boundary commission")
    assert x.entities[s.speaker].unnamed and "governments" in x.entities[s.speaker].label
    assert s.medium == "joint statement"


@pytest.mark.parametrize("speaker,head", [
    ("diplomats familiar with the negotiations", "diplomats"),
    ("port officials", "officials"),
])
def test_clause_first_then_trailing_speaker(run, speaker, head):
    x = run(f"The ferry talks stalled in March over fuel prices, {speaker} said on Tuesday.")
    s = statement_by_quote(x, "ferry talks stalled")
    assert head in x.entities[s.speaker].label.lower()
    assert s.kind == "reported"


def test_no_statement_for_a_clause_before_a_non_speech_verb(run):
    x = run("Prices rose sharply in March, the survey of farmers showed.")
    assert not x.statements


# -- two ministries of one name --------------------------------------------------------------
def test_demonym_ministry_is_that_countrys_named_ministry(run):
    x = run(
        "Chile's Ministry of Foreign Affairs said the fishermen had been released.\n\n"
        "Peru's Ministry of Foreign Affairs said it had not been informed. "
        "The ministry said it would summon the ambassador.\n\n"
        "\"We expect an explanation,\" the Peruvian foreign ministry said.\n\n"
        "\"They were in our waters,\" the Chilean foreign ministry said."
    )
    assert statement_by_quote(x, "expect an explanation").speaker == "ministry-of-foreign-affairs-peru"
    assert statement_by_quote(x, "in our waters").speaker == "ministry-of-foreign-affairs-chile"
    assert statement_by_quote(x, "summon the ambassador").speaker == "ministry-of-foreign-affairs-peru"
    assert not any("foreign ministry" in e.label.lower() for e in x.entities.values())


# -- a quote after a sentence about a named person -------------------------------------------
def test_quote_after_a_long_sentence_about_a_person(run):
    x = run("Maria Lopez, Chile's minister of energy, opened the new substation in Arica on Thursday "
            "with a group of engineers. \"The line will be finished before winter.\"")
    assert statement_by_quote(x, "finished before winter").speaker == "maria-lopez"


def test_quote_after_a_sentence_about_a_town_is_nobodys(run):
    x = run("The town of Arica opened a new substation on Thursday with a group of engineers. "
            "\"The line will be finished before winter.\"")
    assert not any("finished before winter" in s.quote for s in x.statements)
