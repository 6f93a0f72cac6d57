"""Round-9 rules for statements (class H9), each shown on invented sentences
(several countries and names, none taken from any gold article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import load_document
from kg.extract import extract
from tests.extract.conftest import statement_by_quote

_LEAD = ("Chile and Bolivia held talks in La Paz on Monday. Chile's foreign minister, Pedro Soto, said the talks "
         "went well.\n\n")


# -- H9: "The line, from X, was repeated ..." names the lone quote's source --------------
@pytest.mark.parametrize(("text", "words", "speaker"), [
    (_LEAD + "\"Rivers do not vote.\" The line, from Potosi region's governor, Ana Ruiz, was repeated by several "
     "delegates.", "Rivers do not vote", "ana-ruiz"),
    (_LEAD + "\"The sea unites us.\" The words, from the mayor of Arica, Gabriela Rojas, were repeated by several "
     "delegates.", "The sea unites us", "gabriela-rojas"),
    (_LEAD + "\"The sea unites us all, and nobody can own it.\" The phrase, from Bolivia's ambassador, Juan Mamani, "
     "was cited by several delegates.", "nobody can own it", "juan-mamani"),
])
def test_the_line_from_x_names_the_source(run, text, words, speaker):
    s = statement_by_quote(run(text), words)
    assert s.kind == "direct" and s.speaker == speaker


def test_the_line_from_a_treaty_names_no_speaker(run):
    x = run(_LEAD + "\"Water is shared.\" The line, from the Silala Accord of 1998, was quoted by several delegates.")
    assert not [s for s in x.statements if "Water is shared" in s.quote]


# -- H9: a passive speech verb inside the reported clause is not the attribution --------
@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Pakistan and India held talks in Islamabad on Monday. Foreign ministry spokesman Ali Khan told reporters on "
     "Monday that Islamabad was \"in close touch with Lahore\" and that no text had been agreed.",
     "in close touch with Lahore", "ali-khan"),
    ("Kenya and Uganda held talks in Kampala on Monday. Government spokeswoman Mary Achieng told reporters on "
     "Tuesday that Kampala was \"in constant contact with Nairobi\" and that no date had been agreed.",
     "in constant contact with Nairobi", "mary-achieng"),
])
def test_fragment_speaker_is_the_subject_of_told(run, text, fragment, speaker):
    x = run(text)
    s = statement_by_quote(x, fragment)
    assert s.kind == "direct" and s.speaker == speaker and s.addressee == "reporters"
    reported = [st for st in x.statements if st.kind == "reported"]
    assert reported and all(st.speaker == speaker for st in reported)


# -- H9: "According to a statement from <ACRONYM>, ..." ----------------------------------
@pytest.mark.parametrize(("text", "speaker", "clause"), [
    ("Peru and Ecuador held talks on Monday. According to a statement from MINCETUR, Peru's customs service will "
     "run a joint lane from July.", "mincetur", "Peru's customs service will run a joint lane from July"),
    ("Kenya and Uganda held talks on Monday. According to a statement from KENTRADE, the border post will open a "
     "second lane in May.", "kentrade", "the border post will open a second lane in May"),
])
def test_according_to_a_statement_from_an_acronym(run, text, speaker, clause):
    x = run(text)
    s = statement_by_quote(x, clause)
    assert s.kind == "reported" and s.speaker == speaker and s.medium == "statement"
    assert x.entities[speaker].type != "Person"


# -- H9: a stand-alone quote paragraph, then "She told reporters that ..." (HTML) ---------
def _html(tmp_path: Path, paragraphs: list[str]):
    html = ("<html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return extract(load_document(path))


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    (["Peru and Ecuador held talks in Tumbes on Monday. Peru's trade minister, Rosa Quispe, led the Peruvian "
      "delegation, while Ecuador sent its deputy minister, Luis Vera.",
      "“We are building a border for trade.”",
      "She told reporters that the two countries would open a joint customs lane in July."], "rosa-quispe"),
    (["Kenya and Uganda held talks in Busia on Monday. Uganda's trade minister, Grace Namara, led her delegation, "
      "while Kenya sent its deputy minister, Peter Otieno.",
      "“The lake feeds both our peoples and it must stay open.”",
      "She told reporters that the two countries would share the fishing data."], "grace-namara"),
    (["Kenya and Uganda held talks in Busia on Monday. Uganda's trade minister, Grace Namara, led her delegation, "
      "while Kenya sent its deputy minister, Peter Otieno.",
      "“The lake feeds both our peoples and it must stay open.”",
      "He told reporters that the two countries would share the fishing data."], "peter-otieno"),
])
def test_lone_quote_paragraph_then_pronoun_told_reporters(tmp_path, paragraphs, speaker):
    x = _html(tmp_path, paragraphs)
    direct = [s for s in x.statements if s.kind == "direct"]
    reported = [s for s in x.statements if s.kind == "reported" and "two countries" in s.quote]
    assert len(direct) == 1 and direct[0].speaker == speaker
    assert len(reported) == 1 and reported[0].speaker == speaker and reported[0].addressee == "reporters"


def test_he_does_not_skip_a_man_with_a_name_ending_in_a(run):
    x = run("Serbia and Kosovo held talks on Monday. Dragan Petrovic met Nikola Jovic in Brussels.\n\n"
            "Jovic rejected the plan. \"We are not asking for anything new,\" he told reporters.")
    assert statement_by_quote(x, "anything new").speaker == "nikola-jovic"


# -- H9: reported clause + direct fragment; the lead clause before a joint statement ------
@pytest.mark.parametrize(("text", "reported", "fragment", "speaker"), [
    ("Peru and Ecuador held talks on Monday. A Peruvian official who attended the talks said the two delegations "
     "would keep working on a customs protocol and hoped to sign it \"before the harvest\".",
     "the two delegations would keep working on a customs protocol", "before the harvest", "peruvian-official"),
    ("Kenya and Uganda held talks on Monday. A Kenyan official who attended the meeting said the two sides would "
     "keep drafting a fisheries annex and hoped to sign it \"before the rains\".",
     "the two sides would keep drafting a fisheries annex", "before the rains", "kenyan-official"),
])
def test_reported_clause_and_direct_fragment(run, text, reported, fragment, speaker):
    x = run(text)
    assert statement_by_quote(x, fragment).kind == "direct"
    r = statement_by_quote(x, reported)
    assert r.kind == "reported" and r.quote == reported and r.speaker == speaker


@pytest.mark.parametrize(("text", "lead"), [
    ("Peru and Ecuador have agreed to cut next year's quota by 15 percent, the two delegations said in a joint "
     "statement on Thursday, after four days of talks in Tumbes that were overshadowed by a row over trawlers.",
     "Peru and Ecuador have agreed to cut next year's quota by 15 percent"),
    ("Kenya and Uganda have agreed to reopen the Busia crossing to lorries, the two governments said in a joint "
     "statement on Friday, after three days of talks in Kampala that were marred by a dispute over fees.",
     "Kenya and Uganda have agreed to reopen the Busia crossing to lorries"),
])
def test_joint_statement_reports_the_lead_clause(run, text, lead):
    x = run(text, date="2024-05-10")
    reported = [s for s in x.statements if s.kind == "reported"]
    assert [s.quote for s in reported] == [lead]
    assert reported[0].medium == "joint statement"
