"""Round 35, area C (statements): invented texts for the classes of round 35."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker_label(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


def _speakers(x, words: str) -> set[str]:
    return {x.entities[s.speaker].label for s in x.statements if words in s.quote}


# -- C2: '"..." X, director general of the port, made the point during a visit' ---------------------
def test_quote_named_by_next_sentence_that_made_the_point_or_put_it(run):
    x = run("France and Comoros discuss migration\n\n"
            "Paris, 3 May 2026 - France and Comoros held talks on migration on Monday.\n\n"
            "\"We cannot stop every boat, but we can stop the smugglers,\" said Lucie Martin, the prefect of "
            "Mayotte.\n\n"
            "\"The port must grow or it will die.\" Jean Koffi, director general of the port, made the point "
            "during a visit on Wednesday.\n\n"
            "\"Nobody wins a price war on the lagoon.\" Ahmed Salim, the Comorian trade minister, put it this way "
            "at a press conference.\n\n"
            "\"Every week of delay costs us a ship.\" Nadia Omar, who chairs the shippers' council, made the same "
            "argument in parliament.\n")
    assert _speaker_label(x, "The port must grow") == "Jean Koffi"
    assert _speaker_label(x, "Nobody wins a price war") == "Ahmed Salim"
    assert _speaker_label(x, "Every week of delay") == "Nadia Omar"


# -- C3: 'according to a summary circulated by X' -----------------------------------------------------
def test_according_to_a_paper_a_body_circulated_is_that_bodys_statement(run):
    x = run("Italy and Libya discuss migration\n\n"
            "Rome, 3 May 2026 - Italy and Libya held talks on migration on Monday.\n\n"
            "Under the draft, Italy would fund training for the Libyan coast guard, according to a summary "
            "circulated by the Italian Red Cross.\n\n"
            "The centres would open in the autumn, according to a memo from the Libyan Red Crescent.\n\n"
            "The patrols would double, according to a document seen by Reuters.\n")
    assert _speaker_label(x, "Italy would fund training") == "Italian Red Cross"
    assert _speaker_label(x, "The centres would open in the autumn") == "Libyan Red Crescent"
    assert not any("patrols would double" in s.quote for s in x.statements)  # Reuters saw it, did not say it


# -- C4: reported tail after a partial quote, after 'but' ---------------------------------------------
def test_reported_tail_after_but_following_a_closing_quote(run):
    x = run("Uzbekistan and Afghanistan discuss railway\n\n"
            "Tashkent, 3 May 2026 - Uzbekistan and Afghanistan held talks on the railway on Monday.\n\n"
            "Ahmad Zaki, the Afghan deputy minister, said in a statement that Kabul was \"open to a longer "
            "contract\" but wanted Afghan engineers trained in Uzbekistan.\n\n"
            "Bakhtiyor Saidov, Uzbekistan's foreign minister, said that the treaty \"was written for another "
            "era,\" but that neither government wanted to reopen it.\n")
    assert _speaker_label(x, "open to a longer contract") == "Ahmad Zaki"
    s = statement_by_quote(x, "wanted Afghan engineers trained")
    assert x.entities[s.speaker].label == "Ahmad Zaki" and s.kind == "reported"
    assert _speaker_label(x, "was written for another era") == "Bakhtiyor Saidov"
    s = statement_by_quote(x, "neither government wanted to reopen it")
    assert x.entities[s.speaker].label == "Bakhtiyor Saidov" and s.kind == "reported"
    assert "was written for another era" not in s.quote
    # the speaker's own act after 'but' is no reported tail
    x = run("Uzbekistan and Afghanistan discuss railway\n\n"
            "Tashkent, 3 May 2026 - Uzbekistan and Afghanistan held talks on the railway on Monday.\n\n"
            "Ahmad Zaki, the Afghan deputy minister, said Kabul was \"open to a longer contract\" but declined "
            "to say for how long.\n")
    assert not any("declined" in s.quote for s in x.statements)


# -- C5: 'the Czech and German transport ministries said' -> one statement per ministry --------------
def test_two_countries_ministries_each_speak(run):
    x = run("Czech Republic and Germany discuss Elbe shipping\n\n"
            "Prague, 3 May 2026 - The Czech Republic and Germany held talks on Elbe shipping on Monday.\n\n"
            "The Czech and German transport ministries said on Thursday that the dredging would start in June.\n\n"
            "The Czech and German interior ministries said they would share passenger data.\n")
    assert _speakers(x, "the dredging would start in June") == {"Czech transport ministry",
                                                                 "German transport ministry"}
    assert _speakers(x, "share passenger data") == {"Czech interior ministry", "German interior ministry"}
    assert not any(e.unnamed and "ministries" in e.label for e in x.entities.values())


def test_two_ministries_reuse_a_named_ministry(run):
    x = run("Czech Republic and Germany discuss Elbe shipping\n\n"
            "Prague, 3 May 2026 - The Czech Republic and Germany held talks on Elbe shipping on Monday, hosted "
            "by Germany's Federal Ministry of Transport.\n\n"
            "The Czech and German transport ministries said on Thursday that the dredging would start in June.\n")
    assert _speakers(x, "the dredging would start in June") == {"Czech transport ministry",
                                                                 "Federal Ministry of Transport"}


# -- C7: 'said ... "a good start" and called for a fixed timetable': the quote only -----------------
def test_called_for_after_a_quoted_clause_is_no_statement(run):
    x = run("Malaysia and Singapore discuss rail link\n\n"
            "Kuala Lumpur, 3 May 2026 - Malaysia and Singapore held talks on the rail link on Monday.\n\n"
            "Malaysia's transport minister, Anthony Tan, said the committee was \"a good start\" and called for "
            "a fixed timetable.\n\n"
            "Vivian Lim, Singapore's foreign minister, said the plan was \"a real step forward\" and welcomed "
            "the offer of joint inspections.\n")
    assert _speaker_label(x, "a good start") == "Anthony Tan"
    assert _speaker_label(x, "a real step forward") == "Vivian Lim"
    assert not any("fixed timetable" in s.quote or "joint inspections" in s.quote for s in x.statements)


# -- C6: a person with an apposition naming a firm keeps the words of 'who told ...' ----------------
def test_relative_clause_after_a_firm_apposition_is_the_persons(run):
    x = run("Czech Republic and Germany discuss Elbe shipping\n\n"
            "Prague, 3 May 2026 - The Czech Republic and Germany held talks on Elbe shipping on Monday.\n\n"
            "\"The river is not a canal.\" The words belong to Jiří Dvořák, a lawyer at the Ústí shipping firm "
            "Labe Freight, who told the forum that the arbitration clauses were weak.\n\n"
            "Radek Kučera, an economist at the Prague Institute for Transport, who said on Monday that barge "
            "traffic had halved, was less gloomy.\n")
    assert _speaker_label(x, "The river is not a canal") == "Jiří Dvořák"
    assert _speaker_label(x, "the arbitration clauses were weak") == "Jiří Dvořák"
    assert _speaker_label(x, "barge traffic had halved") == "Radek Kučera"
    assert not any(e.unnamed and e.label.startswith(("lawyer", "economist")) for e in x.entities.values())


# -- C5: 'the two negotiators said' a sentence after the one naming the pair ------------------------
def test_two_officials_after_a_sentence_naming_nobody_are_the_pair_named_before(run):
    x = run("Greece and Turkey discuss migration\n\n"
            "Athens, 3 May 2026 - Greece and Turkey held talks on migration on Monday.\n\n"
            "Greek Deputy Foreign Minister Alexandra Papadopoulou and Turkish Ambassador Mehmet Ozer led the "
            "talks. The two officials said they would present a draft to their governments by March.\n\n"
            "Later, the two negotiators said the text was nearly ready.\n\n"
            "The two diplomats told reporters that the next round would be held in Ankara.\n")
    pair = {"Alexandra Papadopoulou", "Mehmet Ozer"}
    assert _speakers(x, "present a draft") == pair
    assert _speakers(x, "the text was nearly ready") == pair
    assert _speakers(x, "the next round would be held in Ankara") == pair
