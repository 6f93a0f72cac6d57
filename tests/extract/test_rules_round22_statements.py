"""Round-22 rules for statements (classes C1, C3, C4), each shown on invented
sentences (names other than the classes file's)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

# -- C1: reported speech with object verbs, 'reported that', a 'which blamed' clause --
_OBJECTS = (
    "Queues grow at the Lindo crossing\n\n"
    "Lorries waited for three days at the Lindo crossing last week, according to the Namibia Revenue Agency "
    "(NRA), which blamed the delays on slow scanning by Angolan officers.\n\n"
    "The Angolan General Tax Administration (AGT) reported that it will post fifteen more officers to the "
    "crossing in June.\n\n"
    "The Benguela Current Commission last month advised a total catch of no more than 90,000 tonnes of hake.\n\n"
    "The Ministry of International Relations reiterates the commitment of the Government of Namibia to a "
    "fair settlement of the river border.\n\n"
    "Some traders blamed the weather on Monday.\n"
)


def test_which_blamed_after_according_to_is_the_bodys_statement(run):
    x = run(_OBJECTS)
    s = statement_by_quote(x, "the delays on slow scanning")
    assert s.kind == "reported"
    assert x.entities[s.speaker].label == "Namibia Revenue Agency"


def test_body_reported_that_clause(run):
    x = run(_OBJECTS)
    s = statement_by_quote(x, "fifteen more officers")
    assert s.kind == "reported"
    assert x.entities[s.speaker].label == "Angolan General Tax Administration"
    assert not s.quote.startswith("that")


def test_advised_object_is_reported(run):
    x = run(_OBJECTS)
    s = statement_by_quote(x, "a total catch of no more than 90,000 tonnes")
    assert x.entities[s.speaker].label == "Benguela Current Commission"


def test_present_tense_reiterates_object_is_reported(run):
    x = run(_OBJECTS)
    s = statement_by_quote(x, "the commitment of the Government of Namibia")
    assert x.entities[s.speaker].label == "Ministry of International Relations"


def test_plain_noun_subject_gives_no_object_statement(run):
    x = run(_OBJECTS)
    assert not any("the weather" in s.quote for s in x.statements)


# -- C3: a joint statement of two ministries, and 'the statement said' after it ---------
_JOINT = (
    "Ghana and Togo agree on customs pilot\n\n"
    "The two countries will open a shared scanning lane at the Aflao crossing in May, according to a joint "
    "statement issued by Ghana's Ministry of Finance and Togo's Ministry of Economy. "
    "The statement said both countries would brief hauliers before the launch.\n"
)


def test_joint_statement_of_two_ministries_is_the_pair(run):
    x = run(_JOINT)
    s = statement_by_quote(x, "shared scanning lane")
    speaker = x.entities[s.speaker]
    assert "ministries" in speaker.label and speaker.unnamed
    assert "Ministry of Finance" not in speaker.label


def test_the_statement_said_after_joint_statement_has_same_speaker(run):
    x = run(_JOINT)
    first = statement_by_quote(x, "shared scanning lane")
    second = statement_by_quote(x, "brief hauliers before the launch")
    assert second.speaker == first.speaker


def test_the_statement_said_after_released_statement_is_the_issuers(run):
    x = run("Pipeline talks\n\nKenya's Ministry of Energy released a statement on Friday. "
            "The statement said the pipeline would be finished by 2029.\n")
    s = statement_by_quote(x, "finished by 2029")
    assert x.entities[s.speaker].label == "Ministry of Energy"


# -- C4: a position paper, then 'the chamber also called for ...' -----------------------
_PAPER = (
    "Exporters want fewer forms\n\n"
    "The Tema Chamber of Commerce (TCC) said in a position paper that the fees charged at the border were "
    "too high. The chamber also called for a single online register of exporters.\n"
)


def test_called_for_object_is_the_bodys_statement(run):
    x = run(_PAPER)
    first = statement_by_quote(x, "fees charged at the border")
    second = statement_by_quote(x, "a single online register of exporters")
    assert first.speaker == second.speaker
    assert x.entities[second.speaker].label == "Tema Chamber of Commerce"
    assert second.kind == "reported"


# -- C5: an unnamed job title of a named company speaks, and 'he said' is that person ----
_MANAGER = (
    "Rail line delayed\n\n"
    "Minister Ruth Kamau said the budget for the line would be reviewed in June.\n\n"
    "The site engineer for Lakeside Rail Company, who declined to be named, said the company planned to "
    "finish the track by 2028. \"Safety comes first, then speed,\" he said.\n"
)


def test_job_title_for_company_is_an_unnamed_speaker(run):
    x = run(_MANAGER)
    s = statement_by_quote(x, "finish the track by 2028")
    speaker = x.entities[s.speaker]
    assert speaker.unnamed and "engineer" in speaker.label


def test_he_said_after_unnamed_job_title_is_that_person(run):
    x = run(_MANAGER)
    reported = statement_by_quote(x, "finish the track by 2028")
    direct = statement_by_quote(x, "Safety comes first, then speed")
    assert direct.kind == "direct"
    assert direct.speaker == reported.speaker != "ruth-kamau"


# -- C6 (already handled; kept as guards): short quoted phrase, unnamed plural speakers ---
def test_short_quoted_phrase_after_said_is_direct(run):
    x = run("Budget row\n\nMinister Ruth Kamau said the levy must be \"trimmed, not doubled\" before May.\n")
    s = statement_by_quote(x, "trimmed, not doubled")
    assert s.kind == "direct" and s.speaker == "ruth-kamau"


def test_plural_group_said_is_unnamed_speaker(run):
    x = run("Border post\n\nFarmers said they had heard such pledges many times before.\n")
    s = statement_by_quote(x, "they had heard such pledges")
    assert s.kind == "reported" and x.entities[s.speaker].unnamed
