"""Round 22 entity rules, on invented sentences: places after direction and
route cues, wire agencies and call-sign broadcasters, bare service words,
region modifiers, fused datelines and official long country names."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels


# -- A1. names after direction / route / territory cues are places -----------------------------

def test_names_after_compass_route_and_territory_cues_are_places(run):
    x = run("Veldo, in the disputed territory of Ostria, lies about 60 km north of Kal Hamra, "
            "said Piet Mardon. The track that runs from Wadi Sorel to Nuhra was mined.")
    labels = _labels(x)
    assert labels.get("Ostria") == "Place"
    assert labels.get("Kal Hamra") == "Place"
    assert labels.get("Wadi Sorel") == "Place"
    assert labels.get("Piet Mardon") == "Person"


def test_concert_hall_and_strip_are_one_place(run):
    x = run("The envoys met at the Lindo concert hall in central Pravik. Patrols guard the Semra strip, "
            "said Olga Tenn.")
    labels = _labels(x)
    assert labels.get("Lindo concert hall") == "Place"
    assert labels.get("Semra strip") == "Place"
    assert "Lindo" not in labels


# -- A5. wire agencies and call-sign broadcasters are media ------------------------------------

def test_press_agency_is_media_not_government_agency(run):
    x = run("Foreign minister Dario Velk told the Ostrian Press Agency that the talks would resume. "
            "The Pravik Telegraph Agency said a date was close.")
    labels = _labels(x)
    assert labels.get("Ostrian Press Agency") == "MediaOrganization"
    assert not any(r.subject == "ostrian-press-agency" and r.predicate == "partOf" for r in x.relations)


def test_digit_call_sign_after_told_is_media(run):
    x = run("Dario Velk told 4K on Monday that he was hopeful about the deal.")
    labels = _labels(x)
    assert labels.get("4K") == "MediaOrganization"
    assert any(s.addressee == "4k" for s in x.statements)


# -- A6. words that name nothing ---------------------------------------------------------------

def test_bare_customs_word_is_no_organisation(run):
    x = run("Customs were the harder part of the talks, said Ilse Varn, who led the delegation.")
    assert "Customs" not in _labels(x)


def test_compass_ocean_and_gulf_modifiers_are_no_places(run):
    x = run("The North-East Atlantic herring stocks are falling, said Ilse Varn. "
            "The pact was signed with other Gulf states.")
    labels = _labels(x)
    assert "North-East Atlantic" not in labels
    assert "Gulf" not in labels


def test_fused_dateline_gives_the_town_only(run):
    x = run("LUSAKA - Zambia and Malawi opened a new border post on Friday, officials said.")
    labels = _labels(x)
    assert labels.get("Lusaka") == "Place"
    assert labels.get("Zambia") == "Country"
    assert not any(" - " in label for label in labels)


def test_governments_of_official_long_name_are_no_person(run):
    x = run("The accord between the Governments of the United Mexican States and the Republic of "
            "Guatemala was signed on Monday. The accord between the Governments of the United "
            "Ostrian States and Pravia followed.")
    labels = _labels(x)
    assert labels.get("Mexico") == "Country"
    assert "Ostrian States" not in labels
    assert not any(t == "Position" and label.startswith("Governments") for label, t in labels.items())


# -- A2. annexes and numbered protocols are agreements -----------------------------------------

def test_lettered_annex_and_numbered_protocol_are_agreements(run):
    x = run("Negotiators reopened Annex F of the Sorel Treaty on Monday, said Olga Tenn. "
            "Talks on Annex E and Protocol IV continue. Chapter 2 of the report was read.")
    labels = _labels(x)
    assert labels.get("Annex F") == "Agreement"
    assert labels.get("Sorel Treaty") == "Agreement"
    assert labels.get("Annex E") == "Agreement"
    assert labels.get("Protocol IV") == "Agreement"
    assert "Chapter 2" not in labels
    assert not any(label.startswith("Talks on") for label in labels)


# -- A4. long body names: not cut, not extended -------------------------------------------------

def test_between_tail_before_acronym_and_purpose_tail(run):
    x = run("Engineers of the Joint Water Commission between Ostria and Pravia (JWOP) met on Monday. "
            "The minister will send the accord to the Congress of the Republic for ratification, "
            "said Olga Tenn.")
    labels = _labels(x)
    body = [e for e in x.entities.values() if "JWOP" in e.aliases]
    assert body and body[0].label == "Joint Water Commission between Ostria and Pravia"
    assert "Congress of the Republic" in labels
    assert not any(label.endswith("for ratification") for label in labels)


def test_mechanism_name_with_and_is_one_organisation(run):
    x = run("The Sorel Mechanism for Trade and Cooperation will meet again in May, said Olga Tenn.")
    labels = _labels(x)
    assert labels.get("Sorel Mechanism for Trade and Cooperation") in {"Organization", "GovernmentAgency"}
    assert "Cooperation" not in labels
