"""Name shapes and patterns seen in unseen articles (invented sentences only).

Hyphenated given names ("Ji-hoon"), compound surnames ("Ruiz Montalbán" later
alone), non-ASCII capitals ("Şahin"), long agreement names with "of the ... to
the ..." and "at", possessive countries before place names, office words that
look like agencies ("Chief Cabinet Secretary"), broadcasters, organisation names
with "and the", full signing dates, partial quotes inside reported speech,
group speakers and "the <demonym> minister" as the office holder.
"""

from __future__ import annotations

from kg.extract.chars import CAP_CLASS
from tests.extract.conftest import relation_set, statement_by_quote


def _labels(x, *types: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type in types and not e.unnamed}


def test_capital_class_is_unicode() -> None:
    import re

    for word in ("Şahin", "Łukasz", "Žilina", "Ömer", "Ærø"):
        assert re.match(CAP_CLASS, word), word
    assert re.match(CAP_CLASS, "ş") is None


def test_hyphenated_given_name_is_kept(run):
    x = run("Seoul and Hanoi resumed talks on Monday. Vice minister Lee Min-jae met officials in Hanoi. "
            "\"We made progress,\" Lee Min-jae told reporters.")
    assert "Lee Min-jae" in _labels(x, "Person")
    assert not any(label == "Lee Min" for label in _labels(x, "Person", "Organization"))
    assert statement_by_quote(x, "We made progress").speaker == "lee-min-jae"


def test_french_hyphenated_name_typed_org_becomes_person(run):
    x = run("Gabon and Congo met in Libreville. Jean-Marc Ondo Biyoghe, director-general of the port authority, "
            "said the ships would sail again.")
    assert "Jean-Marc Ondo Biyoghe" in _labels(x, "Person")
    assert "Jean-Marc Ondo Biyoghe" not in _labels(x, "Organization", "GovernmentAgency")


def test_compound_surname_is_the_same_person(run):
    x = run("Peru and Ecuador signed a river accord. Peruvian trade minister Carmen Ortiz Valdivia led the talks. "
            "\"The river belongs to both peoples,\" Ortiz Valdivia said.")
    people = _labels(x, "Person")
    assert "Carmen Ortiz Valdivia" in people
    assert "Ortiz Valdivia" not in people
    assert statement_by_quote(x, "river belongs").speaker == "carmen-ortiz-valdivia"


def test_non_ascii_name_after_title_is_a_person(run):
    x = run("Azerbaijan and Georgia held talks in Tbilisi. Azerbaijani energy minister Şahin Çelikoğlu "
            "and Georgian officials discussed the pipeline.")
    assert "Şahin Çelikoğlu" in _labels(x, "Person")
    assert "Şahin Çelikoğlu" not in _labels(x, "Organization", "GovernmentAgency")


def test_long_agreement_names_are_whole(run):
    x = run("Malaysia and Thailand reviewed the Memorandum of Understanding on the Joint Use of the Waters "
            "Adjacent to the Two Coasts on Friday. Italy and Tunisia applied the Protocol on Fisheries Cooperation "
            "at Lampedusa and Pantelleria last year.")
    agreements = _labels(x, "Agreement")
    assert "Memorandum of Understanding on the Joint Use of the Waters Adjacent to the Two Coasts" in agreements
    assert "Protocol on Fisheries Cooperation at Lampedusa and Pantelleria" in agreements
    assert not any("Two Coasts" == label for label in _labels(x, "Organization", "GovernmentAgency"))


def test_possessive_country_is_split_from_place(run):
    x = run("Boats left from Indonesia's Natuna Island on Sunday, the navy said.")
    assert "Natuna Island" in _labels(x, "Place")
    assert not any("Indonesia's" in label for label in _labels(x, "Place"))
    assert ("natuna-island", "locatedIn", "indonesia") in relation_set(x)


def test_office_words_before_a_title_are_no_agency(run):
    x = run("Japan and China met in Beijing. Chief Cabinet Secretary Kenji Morimoto said the talks were useful.")
    assert "Chief Cabinet" not in _labels(x, "GovernmentAgency", "Organization")
    positions = {x.entities[o].label for s, p, o in relation_set(x) if s == "kenji-morimoto" and p == "holdsPosition"}
    assert positions and all(label.startswith("Chief Cabinet Secretary") for label in positions)


def test_broadcasters_are_media(run):
    x = run("Chile and Peru met in Lima. The minister spoke to Andes Television, and Radio Pacifico "
            "and Norte TV carried the news conference.")
    media = _labels(x, "MediaOrganization")
    assert {"Andes Television", "Radio Pacifico", "Norte TV"} <= media
    assert "Andes Television" not in _labels(x, "Place")


def test_organisation_name_with_and_the(run):
    x = run("Kenya and Ethiopia met in Nairobi. Grace Wanjiru, head of the United Nations Office for East Africa "
            "and the Horn, said both sides were serious.")
    orgs = _labels(x, "Organization", "GovernmentAgency")
    assert "United Nations Office for East Africa and the Horn" in orgs
    assert "Horn" not in _labels(x, "Person")


def test_full_signing_date_is_iso(run):
    x = run("Denmark and Norway updated the Treaty on Salmon Stocks, signed on March 3, 1981. "
            "The Border Waters Agreement was signed 9 October 2004 in Oslo.")
    rels = relation_set(x)
    assert ("treaty-on-salmon-stocks", "dateSigned", "1981-03-03") in rels
    assert ("border-waters-agreement", "dateSigned", "2004-10-09") in rels


def test_partial_quote_inside_reported_speech_gives_two_statements(run):
    x = run("Senegal and Gambia met in Banjul. The Gambian ministry said Banjul \"respects every clause\" "
            "of the ferry pact and had opened a review of the fares.")
    kinds = {s.kind for s in x.statements}
    assert kinds == {"direct", "reported"}
    reported = [s for s in x.statements if s.kind == "reported"][0]
    assert "opened a review" in reported.quote and '"' not in reported.quote


def test_group_speaker_is_reported(run):
    x = run("Fishing communities say the quota deal has never been respected.")
    s = statement_by_quote(x, "never been respected")
    assert s.kind == "reported"
    assert x.entities[s.speaker].unnamed


def test_demonym_minister_is_the_office_holder(run):
    x = run("Ghana's trade minister Kofi Asante met his Ivorian counterpart in Accra. "
            "The Ghanaian minister said the border would reopen soon. \"We are ready,\" the Ghanaian minister said.")
    assert statement_by_quote(x, "We are ready").speaker == "kofi-asante"


def test_kind_word_refers_back_to_the_named_bridge(run):
    x = run("Benin and Niger reopened the Malanville Bridge on Monday.\n\n"
            "The bridge, linking Malanville and Gaya, carries cotton to Cotonou, Parakou and Niamey.")
    connects = {o for s, p, o in relation_set(x) if s == "malanville-bridge" and p == "connects"}
    assert connects == {"malanville", "gaya"}
