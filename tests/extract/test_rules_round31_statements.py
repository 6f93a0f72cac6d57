"""Round 31, area C (statements): invented texts for the classes of round 31."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker_label(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


# -- C1: 'X answered in a statement. "...," the statement said. It added that ...' -----------
def test_the_statement_said_after_answered_in_a_statement_is_the_issuer(run):
    x = run("Farmers press ministry over seed prices\n\n"
            "Accra, 5 May 2026 - Ghana's farmers met officials on Monday as talks with Togo on a seed market "
            "continue.\n\n"
            "The Ministry of Food and Agriculture replied on Tuesday in a short note. \"The minister has read "
            "the letter and will meet the union next week,\" the note said. It added that the talks with Togo "
            "would resume in June.\n")
    assert _speaker_label(x, "will meet the union next week") == "Ministry of Food and Agriculture"
    assert _speaker_label(x, "would resume in June") == "Ministry of Food and Agriculture"


def test_what_they_agreed_in_a_joint_statement_is_each_ministers(run):
    x = run("Seed talks in Lome\n\n"
            "Lome, 6 May 2026 - Ghana's Minister of Food and Agriculture, Kwame Asante, met Togo's Minister of "
            "Agriculture, Kossi Agbeko, in Lome on Wednesday. According to a joint statement issued afterwards, "
            "they agreed to begin drafting a protocol on seed trade.\n")
    hits = [s for s in x.statements if "drafting a protocol on seed trade" in s.quote]
    assert {s.speaker for s in hits} == {"kwame-asante", "kossi-agbeko"}
    assert all(s.kind == "reported" for s in hits)
    y = run("Fish talks in Nouakchott\n\n"
            "Nouakchott, 6 May 2026 - Senegal's Minister of Fisheries, Awa Ndiaye, held talks with Mauritania's "
            "Minister of Fisheries, Sidi Ould Ahmed, on Monday. According to the joint communique released after "
            "the talks, they would renew the licences for another year.\n")
    hits = [s for s in y.statements if "renew the licences" in s.quote]
    assert hits and len({s.speaker for s in hits}) == 2 and all("joint" not in y.entities[s.speaker].label for s in hits)


# -- C2: the judges of a ruling speak for the court ----------------------------------------
def test_the_judges_and_they_are_the_ruling_court(run):
    x = run("Court keeps the border mine open\n\n"
            "Brno, 10 March 2026 - Years after the Court of Justice of the European Union heard Poland's case "
            "against the Czech Republic, the Czech Supreme Administrative Court on Tuesday upheld the permit.\n\n"
            "The court ruled that the regulator had not erred. In paragraph 41 they wrote that the assessment "
            "\"did not ignore the effects across the border\".\n\n"
            "A neighbour's interests, the judges wrote, \"must be weighed, but do not decide the matter\".\n")
    for words in ("did not ignore the effects", "must be weighed"):
        assert "Supreme Administrative Court" in _speaker_label(x, words)


# -- C3: '<Country>'s <title>, <Name>, said <clause>, and that <clause>' -------------------
def test_said_with_a_clause_read_as_object_is_the_apposed_persons(run):
    x = run("Chile says ruling changes nothing\n\n"
            "Santiago, 11 March 2026 - Chile and Argentina have negotiated over the pass for five years.\n\n"
            "Chile's Minister of Public Works, Laura Soto, said the ruling concerned procedure, not substance, "
            "and that the pass would stay open.\n")
    s = statement_by_quote(x, "concerned procedure")
    assert s.speaker == "laura-soto" and s.kind == "reported"
    assert "the pass would stay open" in s.quote


# -- C4: 'he' skips a woman named as the object of the subject's sentence -------------------
def test_he_is_the_subject_not_the_woman_he_met(run):
    x = run("Minister returns from Rome with a handshake\n\n"
            "Valletta, 9 May 2026 - Malta's Minister for Foreign Affairs, Joseph Camilleri, is negotiating a "
            "fisheries accord with Italy.\n\n"
            "The minister had flown to Rome on 7 May to see Italy's Secretary of State, Giulia Ferri, and came "
            "back with a handshake. \"The handshake matters more than the paper,\" he said.\n")
    assert statement_by_quote(x, "handshake matters more").speaker == "joseph-camilleri"


# -- C5: 'A <Body> source was blunter: "..."' is an unnamed source of the body -------------
def test_a_source_of_a_body_before_a_colon_is_an_unnamed_source(run):
    x = run("Britain and Norway near deal on ferry link\n\n"
            "London, 4 June 2026 - British and Norwegian officials met again this week on the ferry link.\n\n"
            "A Foreign Office source was blunter: \"The Norwegians want the money before the boats.\"\n\n"
            "A source at the Norwegian Ministry of Fisheries was more hopeful: \"We can close it in July.\"\n")
    for words in ("money before the boats", "close it in July"):
        s = statement_by_quote(x, words)
        assert x.entities[s.speaker].unnamed and "source" in x.entities[s.speaker].label
        assert any(r.subject == s.speaker and r.predicate == "represents" for r in x.relations)


# -- C7 / S5: a reference marker after a reported clause is no part of the words -----------
def test_reference_marker_is_cut_from_reported_words(run):
    x = run("Lesotho wants more\n\n"
            "Maseru, 2 April 2026 - Lesotho's Minister of Water, Thabo Mokoena, met South African officials.\n\n"
            "Mokoena said that Lesotho wanted a bigger share of the royalties.[7]\n")
    assert statement_by_quote(x, "bigger share of the royalties").quote.endswith("royalties")


# -- S1: a speech printed in excerpts is one direct statement of its speaker ---------------
def test_speech_excerpts_are_one_statement_without_stage_directions(run):
    x = run("Mongolia and China mark thirty years of border talks\n\n"
            "Ulaanbaatar, 14 May 2026 - Mongolia's Minister of Foreign Affairs, Battsetseg Luvsan, gave a speech "
            "at the joint commission on Tuesday. The following are extracts from her remarks as delivered.\n\n"
            "Friends, colleagues. Thirty years ago our two countries signed the first border agreement. "
            "[Applause]\n\n"
            "But let me be frank. The crossing is still closed at night, and our traders pay for it. [Laughter]\n\n"
            "Luvsan, who chaired the session, told reporters afterwards that China had promised an answer.\n")
    s = statement_by_quote(x, "Thirty years ago")
    assert s.speaker == "battsetseg-luvsan" and s.kind == "direct"
    assert "our traders pay for it" in s.quote and "Applause" not in s.quote and "Laughter" not in s.quote
    assert "chaired" not in s.quote


# -- S2: each lettered part of a written answer is the answering minister's ----------------
def test_written_answer_parts_are_the_ministers(run):
    x = run("Parliament told land port exports have fallen\n\n"
            "HOUSE OF THE PEOPLE\nWRITTEN QUESTION NO. 77\nTO BE ANSWERED ON 04.03.2026\n\n"
            "77. SHRI ARJUN MEHTA:\nWill the Minister of COMMERCE be pleased to state:\n"
            "(a) whether exports through the land port at Petrapole have fallen;\n"
            "(b) whether the Government is negotiating with Bangladesh on longer hours?\n\n"
            "ANSWER\nTHE MINISTER OF STATE IN THE MINISTRY OF COMMERCE\n(SHRI VIKRAM RAO)\n\n"
            "(a) Exports through the land port at Petrapole have fallen by twelve per cent this year.\n"
            "(b) Yes. The two Governments are negotiating an amendment on longer hours.\n\n*****\n")
    a = statement_by_quote(x, "fallen by twelve per cent")
    b = statement_by_quote(x, "negotiating an amendment on longer hours")
    assert x.entities[a.speaker].label == "Vikram Rao" and a.speaker == b.speaker and a.kind == "direct"
    assert not [s for s in x.statements if s.quote.startswith("whether")]


# -- S3: an open letter printed in full: each paragraph is the sending body's --------------
def test_open_letter_paragraphs_are_the_senders(run):
    x = run("Fishers write to the minister\n\n"
            "Dakar, 5 May 2026 - The Association of Artisanal Fishers wrote the following letter to the fisheries "
            "minister on Monday.\n\n"
            "Dear Minister,\n\n"
            "We write because the licences for Mauritanian waters have not been renewed and our boats stay in "
            "port.\n\n"
            "We ask you to raise the matter with Nouakchott this month.\n\n"
            "Yours faithfully,\n\nAwa Diop, Secretary\n")
    for words in ("licences for Mauritanian waters", "raise the matter with Nouakchott"):
        s = statement_by_quote(x, words)
        assert "Association of Artisanal Fishers" in x.entities[s.speaker].label and s.kind == "direct"
    assert not [s for s in x.statements if "Yours" in s.quote]
