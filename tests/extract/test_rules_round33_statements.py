"""Round 33, area C (statements): invented texts for the classes of round 33."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker_label(x, words: str) -> str:
    return x.entities[statement_by_quote(x, words).speaker].label


# -- C1: minutes verbs ('requested that', 'observed that', 'proposed that') ----------------------
def test_minutes_verbs_report_the_participants_words(run):
    x = run("Minutes of the Kenya-Uganda Joint Commission\n\n"
            "Nairobi, 12 March 2026 - The Kenya-Uganda Joint Commission met in Nairobi.\n\n"
            "Members observed that the border post remained congested. The Ugandan side requested that the "
            "next meeting be held in Kampala. The Kenyan delegation proposed that the study be extended to the port.\n")
    assert _speaker_label(x, "the border post remained congested").lower() == "members"
    s = statement_by_quote(x, "next meeting be held in Kampala")
    assert x.entities[s.speaker].label == "Ugandan side" and "that" not in s.quote.split()[:1]
    assert "Kenyan delegation" in _speaker_label(x, "the study be extended to the port")


# -- C3: attribution in the next sentence ('made the remark', 'said those words') --------------
def test_next_sentence_made_the_remark_names_the_speaker(run):
    x = run("Qatar and Bahrain discuss gas link\n\n"
            "Doha, 3 May 2026 - Qatar and Bahrain held talks on a gas pipeline on Monday.\n\n"
            "\"The pipeline could be built within three years.\" Sara Al-Mutawa, chief executive of Gulf Offshore "
            "Company, made the remark at a conference in Doha on Tuesday.\n\n"
            "\"We will pay our share and not a riyal more.\" Ahmed Al-Khalifa, Bahrain's oil minister, said those "
            "words to parliament last week.\n")
    assert _speaker_label(x, "could be built within three years") == "Sara Al-Mutawa"
    assert _speaker_label(x, "not a riyal more") == "Ahmed Al-Khalifa"


# -- C4: '<clause>, MENA reported.' -------------------------------------------------------------
def test_clause_an_outlet_reported_is_the_outlets(run):
    x = run("Egypt and Sudan discuss Nile water\n\n"
            "Cairo, 3 May 2026 - Egypt and Sudan held talks on Nile water on Monday.\n\n"
            "The two ministers will meet again in Cairo in May, MENA reported. Sudan would send technical experts "
            "next week, the state agency reported on Tuesday.\n")
    s = statement_by_quote(x, "will meet again in Cairo in May")
    assert x.entities[s.speaker].label == "MENA" and x.entities[s.speaker].type == "MediaOrganization"
    assert s.kind == "reported"
    assert _speaker_label(x, "Sudan would send technical experts") == "MENA"


# -- C5: the subject across a relative clause -----------------------------------------------------
def test_speaker_is_the_subject_not_the_body_inside_its_relative_clause(run):
    x = run("Slovenia and Croatia discuss rail line\n\n"
            "Ljubljana, 3 May 2026 - Slovenia and Croatia held talks on a rail line on Monday.\n\n"
            "The European Commission, which co-financed the studies through its Connecting Europe Facility, said "
            "in a written reply that the line \"fits the priorities of the trans-European network\".\n")
    assert _speaker_label(x, "fits the priorities") == "European Commission"


# -- C6: 'told the state news agency IRNA that ...' ----------------------------------------------
def test_told_the_news_agency_by_name(run):
    x = run("Iran and Iraq discuss border\n\n"
            "Tehran, 3 May 2026 - Iran and Iraq held talks on their border on Monday.\n\n"
            "Foreign Minister Ali Rezaei told the state news agency IRNA on Sunday that the two sides were close "
            "to a deal.\n")
    s = statement_by_quote(x, "the two sides were close to a deal")
    assert s.quote == "the two sides were close to a deal"
    assert x.entities[s.addressee].label == "IRNA"


# -- C7: 'said <clause>: "<quote>"' is both a reported and a direct statement ---------------------
def test_reported_clause_before_a_colon_quote(run):
    x = run("Slovenia and Croatia discuss hospital cooperation\n\n"
            "Ljubljana, 3 May 2026 - Slovenia and Croatia held talks on hospital cooperation on Monday.\n\n"
            "Ivo Kranjc, director of the Celje hospital, said the ward had room for more: \"We can take twenty "
            "patients a week.\"\n\n"
            "Maja Novak, the mayor of Brezice, said the bridge was too narrow: \"Two lorries cannot pass.\"\n")
    s = statement_by_quote(x, "the ward had room for more")
    assert s.kind == "reported" and x.entities[s.speaker].label == "Ivo Kranjc"
    assert statement_by_quote(x, "twenty patients a week").kind == "direct"
    assert _speaker_label(x, "the bridge was too narrow") == "Maja Novak"


# -- C8: 'A Russian official familiar with the talks called the file "..."' ----------------------
def test_unnamed_official_who_called_it_something(run):
    x = run("Russia and Kazakhstan discuss water and gas\n\n"
            "Astana, 3 May 2026 - Russia and Kazakhstan held talks on water sharing and gas transit on Monday.\n\n"
            "Kazakh Energy Minister Almasadam Satkaliyev said the water deal was nearly done. A Russian official "
            "familiar with the talks called the file \"much harder than the water.\"\n")
    label = _speaker_label(x, "much harder than the water")
    assert label.startswith("Russian official") and "called" not in label


# -- C9: 'The ministry in Maputo said' --------------------------------------------------------------
def test_ministry_in_a_capital_is_that_countrys(run):
    x = run("Mozambique and Malawi discuss rail link\n\n"
            "Lilongwe, 3 May 2026 - Mozambique and Malawi held talks on a rail link on Monday.\n\n"
            "Malawi's Ministry of Transport hosted the talks. The ministry in Maputo said in a statement that the "
            "line would be finished by 2028.\n")
    s = statement_by_quote(x, "the line would be finished by 2028")
    assert x.entities[s.speaker].label != "Ministry of Transport"
    assert ("Maputo" in x.entities[s.speaker].label or "Mozambique" in x.entities[s.speaker].label)


# -- C10: 'The two delegations agreed ..., according to a joint statement' ----------------------------
def test_joint_statement_speaker_named_by_the_clause_subject(run):
    x = run("Mozambique and Malawi discuss rail link\n\n"
            "Lilongwe, 3 May 2026 - Mozambique and Malawi held talks on a rail link on Monday.\n\n"
            "The two delegations agreed to set up a technical committee on the rail link, according to a joint "
            "statement read out at the end of the talks.\n")
    assert "two delegations" in _speaker_label(x, "set up a technical committee")


# -- C11: a group placed by 'in <region>' speaks (the place is no location of the group) --------------
# (a bare generic plural 'Traders say ...' stays a statement: the tuning golds annotate it so)
def test_group_placed_in_a_region_is_a_speaker(run):
    x = run("Kazakhstan and Russia discuss border crossings\n\n"
            "Astana, 3 May 2026 - Kazakhstan and Russia held talks on border crossings on Monday.\n\n"
            "Farmers in the Ural region say the queues spoil their produce. Kazakh farmers say the new rules "
            "help nobody.\n")
    assert "farmers" in _speaker_label(x, "the queues spoil their produce")
    assert _speaker_label(x, "the new rules help nobody") == "Kazakh farmers"
