"""Round-18 follow-ups for statements (classes C-F1..C-F3), each shown on
invented sentences (no name or sentence taken from any gold article)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote

_DOC = (
    "Talks on the lake ferry\n\n"
    "Ruritania and Freedonia resumed talks on the lake ferry on Tuesday.\n\n"
    "{body}\n"
)


# -- C-F1: 'said <demonym> Minister of X and Y <Name>': the name, not the title ---------------
def test_title_with_and_before_the_name_gives_the_named_speaker(run):
    x = run("Road talks\n\nKenya and Tanzania agreed on a new road deal on Monday.\n\n"
            '"The trucks will move faster," said Kenyan Minister of Roads and Public Works Wanjiru Kamau.\n')
    s = statement_by_quote(x, "The trucks will move faster")
    assert s.speaker == "wanjiru-kamau"
    assert not any(e.unnamed and "Minister" in e.label for e in x.entities.values())


def test_possessive_title_with_apposed_name_gives_the_named_speaker(run):
    x = run("Rail talks\n\nLatvia and Lithuania agreed on a rail deal on Monday.\n\n"
            "The timetable will change in May, Lithuania's Minister of State for Transport, Rasa Jonaite, said.\n")
    s = statement_by_quote(x, "The timetable will change in May")
    assert s.speaker == "rasa-jonaite"


def test_title_and_a_second_person_is_no_misparse(run):
    # a real coordination: the name right after 'and' is a second speaker, not the title's name
    x = run(_DOC.format(body="The Minister and Tomas Varga said the ferry would run all winter."))
    speakers = [s.speaker for s in x.statements if s.quote == "the ferry would run all winter"]
    assert speakers and any(k != "tomas-varga" for k in speakers)  # the minister stays a speaker of his own


def test_a_second_title_after_and_keeps_the_name_apart(run):
    x = run("Trade talks\n\nEstonia and Finland signed a trade deal on Monday.\n\n"
            '"A good day," said Estonian Minister of Trade and Finnish President Tarja Halonen.\n')
    speakers = {s.speaker for s in x.statements if s.quote == "A good day"}
    assert speakers and speakers != {"tarja-halonen"}  # the minister is not Halonen


# -- C-F2: 'told host <Name>': the named person is the addressee ------------------------------
def test_told_host_name_addresses_the_person(run):
    x = run(_DOC.format(body='"We are nearly there," Minister Oskar Brandt told host Lena Falk on Radio Lakeside.'))
    s = statement_by_quote(x, "We are nearly there")
    assert s.speaker == "oskar-brandt"
    assert s.addressee == "lena-falk"


def test_told_presenter_name_addresses_the_person(run):
    x = run(_DOC.format(body="Minister Oskar Brandt told presenter Síofra Ní Dhuibhir that the ferry would "
                             "keep its winter timetable."))
    s = statement_by_quote(x, "the ferry would keep its winter timetable")
    assert s.addressee == "siofra-ni-dhuibhir"
    assert x.entities[s.addressee].type == "Person" and not x.entities[s.addressee].unnamed


def test_told_correspondent_name_addresses_the_person(run):
    x = run(_DOC.format(body='"It is a fair price," Oskar Brandt told correspondent Mirela Dobre.'))
    s = statement_by_quote(x, "It is a fair price")
    assert s.addressee == "mirela-dobre"


# -- C-F3: 'Mr <Surname> told reporters that ...' -------------------------------------------
def test_mr_surname_told_reporters_is_the_earlier_full_name(run):
    x = run(_DOC.format(body="The Freedonian delegation was led by Anton Krell, the transport minister.\n\n"
                             "Mr Krell told reporters that the ferry deal would be signed in June."))
    s = statement_by_quote(x, "the ferry deal would be signed in June")
    assert s.speaker == "anton-krell"
    assert s.addressee is not None and x.entities[s.addressee].label == "reporters"


def test_a_presenter_told_is_not_whom_the_next_she_means(run):
    x = run(_DOC.format(body="The Freedonian minister, Ilona Varga, told presenter Dorota Lis that the ferry "
                             "would run all winter.\n\n"
                             '"It is a fair price," she told correspondent Marta Ruiz.'))
    s = statement_by_quote(x, "It is a fair price")
    assert s.speaker == "ilona-varga"
    assert s.addressee == "marta-ruiz"
