"""Round 34, area C (statements): invented texts for the classes of round 34."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker_label(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


def _speakers(x, words: str) -> set[str]:
    return {x.entities[s.speaker].label for s in x.statements if words in s.quote}


# -- C1: 'In an interview with <outlet>, she ...': the outlet is the one spoken to -----------------
def test_interviewing_outlet_is_the_addressee_of_the_speaker(run):
    x = run("France and Britain discuss fishing rights\n\n"
            "Paris, 3 May 2026 - France and Britain held talks on fishing rights on Monday.\n\n"
            "Marie Dubois, the French fisheries minister, attended. In an interview with France Culture on Tuesday, "
            "she called the talks \"a first honest step\" and said Paris should be ready to walk away.\n\n"
            "In an interview with the BBC, Dubois said the quota would be cut by half.\n")
    for words, outlet in (("a first honest step", "France Culture"), ("Paris should be ready", "France Culture"),
                          ("the quota would be cut by half", "BBC")):
        s = statement_by_quote(x, words)
        assert x.entities[s.speaker].label == "Marie Dubois"
        assert s.addressee is not None and x.entities[s.addressee].label == outlet


# -- C2: a quote as the object of a verb of stance ('ruled out "..."') ------------------------------
def test_quote_ruled_out_or_rejected_is_the_subjects_statement(run):
    x = run("Algeria and Morocco discuss border\n\n"
            "Algiers, 3 May 2026 - Algeria and Morocco held talks on their border on Monday.\n\n"
            "Algeria's Ministry of Foreign Affairs, in a statement carried by the APS news agency, ruled out "
            "\"normalisation by the back door.\"\n\n"
            "Morocco's interior minister, Karim Bennani, dismissed the report as \"pure fiction written in Algiers\" "
            "and rejected \"any unilateral step\" by the other side.\n")
    assert "Ministry of Foreign Affairs" in _speaker_label(x, "normalisation by the back door")
    assert _speaker_label(x, "pure fiction written in Algiers") == "Karim Bennani"
    assert _speaker_label(x, "any unilateral step") == "Karim Bennani"


def test_scare_quote_after_a_stance_verb_is_no_statement(run):
    x = run("Algeria and Morocco discuss border\n\n"
            "Algiers, 3 May 2026 - Algeria and Morocco held talks on their border on Monday.\n\n"
            "Karim Bennani, Morocco's interior minister, welcomed the \"constructive\" tone of the meeting.\n\n"
            "Bennani rejected claims that troops had \"opened fire on unarmed civilians\" near Figuig.\n\n"
            "The ministry welcomed the \"Joint Declaration on Border Cooperation\" signed in May.\n")
    assert not any("constructive" in s.quote for s in x.statements)
    assert not any("opened fire" in s.quote and x.entities[s.speaker].label == "Karim Bennani" for s in x.statements)
    assert not any("Joint Declaration" in s.quote for s in x.statements)


# -- C4: 'X, who has fished ..., said his nets now snag on shoals' (object misread) -----------------
def test_reported_clause_parsed_as_object_and_verb_after_a_relative_clause(run):
    x = run("Iraq and Iran discuss the Shatt al-Arab\n\n"
            "Basra, 3 May 2026 - Iraq and Iran held talks on dredging the waterway on Monday.\n\n"
            "Abbas Karimi, who has fished out of Fao for thirty years, said his nets now snag on shoals.\n")
    s = statement_by_quote(x, "his nets now snag on shoals")
    assert x.entities[s.speaker].label == "Abbas Karimi" and s.kind == "reported"


# -- C5: unnamed groups: 'officials from the two governments', 'Aid groups on the coast' ------------
def test_unnamed_officials_from_the_two_governments_keep_their_description(run):
    x = run("Kenya and Somalia to draft fishing rules\n\n"
            "Nairobi, 3 May 2026 - Kenya and Somalia will draft rules for fishing near their maritime border, "
            "officials from the two governments said, the first practical step since the court ruling.\n\n"
            "Aid groups on the coast said tighter policing would only push departures further along the coast.\n\n"
            "Aid workers on the island said the camps were full.\n")
    assert _speaker_label(x, "will draft rules for fishing") == "officials from the two governments"
    assert _speaker_label(x, "tighter policing would only push departures").lower() == "aid groups"
    assert _speaker_label(x, "the camps were full").lower() == "aid workers"


# -- C6: 'Both said afterwards that ...' after a sentence naming two people -------------------------
def test_both_said_is_each_of_the_pair_just_named(run):
    x = run("Bulgaria and North Macedonia discuss rail link\n\n"
            "Skopje, 3 May 2026 - Bulgaria and North Macedonia held talks on a rail link on Monday.\n\n"
            "Bulgarian Deputy Foreign Minister Ivan Petkov met North Macedonia's Minister for Foreign Affairs, "
            "Ana Trajkovska, in Skopje. Both said afterwards that a text could be ready by August.\n\n"
            "Georgi Ivanov, Bulgaria's transport minister, met Elena Stojanova, her counterpart, on Tuesday.\n\n"
            "\"We are closer than ever,\" both ministers told reporters.\n")
    assert _speakers(x, "a text could be ready by August") == {"Ivan Petkov", "Ana Trajkovska"}
    assert _speakers(x, "We are closer than ever") == {"Georgi Ivanov", "Elena Stojanova"}


# -- C7: 'the (European) envoy said' -> the Special Representative named earlier --------------------
def test_the_envoy_is_the_special_representative_named_earlier(run):
    x = run("Serbia and Kosovo discuss border crossings\n\n"
            "Brussels, 3 May 2026 - Serbia and Kosovo held talks on border crossings on Monday.\n\n"
            "Annelie Vos, the EU Special Representative for the Belgrade-Pristina Dialogue, chaired the meeting.\n\n"
            "\"We will not sign anything that is not fair,\" Marko Jovanovic said. The crossings would reopen in "
            "June, the European envoy said.\n\n"
            "\"Both sides showed good will,\" the envoy said.\n")
    assert _speaker_label(x, "We will not sign anything") == "Marko Jovanovic"
    assert _speaker_label(x, "The crossings would reopen in June") == "Annelie Vos"
    assert _speaker_label(x, "Both sides showed good will") == "Annelie Vos"
    assert not any("envoy" in e.label.lower() for e in x.entities.values() if e.type == "Person")


# -- C8: 'people with knowledge of the talks told <outlet>' -----------------------------------------
def test_people_with_knowledge_of_the_talks_keep_their_description(run):
    x = run("Argentina and Chile discuss gas pipeline\n\n"
            "Buenos Aires, 3 May 2026 - Argentina and Chile held talks on a gas pipeline on Monday.\n\n"
            "\"The price is the last open point,\" people with knowledge of the talks told Southern Cone "
            "Business Daily.\n\n"
            "Officials with direct knowledge of the negotiations said the text would be ready in June.\n")
    assert _speaker_label(x, "The price is the last open point") == "people with knowledge of the talks"
    assert _speaker_label(x, "the text would be ready in June").lower() == \
        "officials with direct knowledge of the negotiations"


# -- C3: 'Driver X, who ..., was blunt. "..."' closing its paragraph: not the next paragraph's speaker --
def test_quote_after_a_stance_sentence_is_not_the_next_paragraphs_speaker(run):
    x = run("Pakistan and Afghanistan discuss Torkham crossing\n\n"
            "Peshawar, 3 May 2026 - Pakistan and Afghanistan held talks on the Torkham crossing on Monday.\n\n"
            "Driver Amanullah Khan, who had waited at the border for eleven days, was blunt. \"Eleven days is too "
            "long for anyone. My fruit is rotting in the truck.\"\n\n"
            "Farmer Jose Cruz said the new rules would ruin the harvest.\n")
    assert _speaker_label(x, "Eleven days is too long") == "Amanullah Khan"
    assert _speaker_label(x, "the new rules would ruin the harvest") == "Jose Cruz"
