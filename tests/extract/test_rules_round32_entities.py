"""Round 32 entity rules, on invented sentences: Arabic surnames with the
article, Arabic and Himalayan place names, historic sites, agencies and
companies named in an apposition, foreign broadcasters, regional governments
and letters-page signatures."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels

# -- A1. Arabic surnames with the article --------------------------------------------------------------


def test_surname_without_its_article_is_the_full_name(run):
    x = run("Kuwait and Iraq revive talks\n\n"
            "Kuwait's Deputy Foreign Minister Khalid Nasser al-Mutairi met Iraqi officials in Baghdad on Tuesday.\n\n"
            '"We are ready to talk," Mutairi told reporters. Al-Mutairi said the committee would meet again.\n')
    labels = _labels(x)
    assert "Mutairi" not in labels, labels
    assert labels.get("Khalid Nasser al-Mutairi") == "Person", labels
    speakers = {x.entities[s.speaker].label for s in x.statements}
    assert speakers == {"Khalid Nasser al-Mutairi"}, speakers


def test_surname_without_el_article_is_the_full_name(run):
    x = run("Egypt and Sudan discuss the border\n\n"
            "Egypt's envoy Omar Fathi el-Sherbini arrived in Khartoum on Monday.\n\n"
            '"The talks will be long," Sherbini said. Ahmed Saleh al-Amiri, a Sudanese negotiator, agreed. '
            "Amiri said the map was ready.\n")
    speakers = {x.entities[s.speaker].label for s in x.statements}
    assert speakers == {"Omar Fathi el-Sherbini", "Ahmed Saleh al-Amiri"}, speakers


# -- A4. places the model reads as persons or organisations ---------------------------------------------


def test_arabic_two_word_places_and_passes_are_places(run):
    labels = _labels(run("Iraq and Kuwait discuss port\n\n"
                         "Iraq and Kuwait discussed shipping in the Khor Abdullah waterway on Monday. Ships bound "
                         "for Umm Qasr wait for days. India and China reopened trade through Nathu La, and "
                         "Saudi Arabia's Prince Bandar bin Sultan was there.\n"))
    for name in ("Khor Abdullah", "Umm Qasr", "Nathu La"):
        assert labels.get(name) == "Place", (name, labels)
    assert labels.get("Bandar bin Sultan") == "Person", labels


def test_trade_marts_ruins_and_fortresses_are_places(run):
    labels = _labels(run("Heritage and trade talks\n\n"
                         "Armenia and Turkey agreed to restore the ruins of Ani on Monday. Traders at the "
                         "Sherathang trade mart said business was slow. Estonia and Russia discussed the Ivangorod "
                         "Fortress and Narva's Hermann Castle.\n"))
    for name in ("Ani", "Sherathang", "Ivangorod Fortress", "Hermann Castle", "Narva"):
        assert labels.get(name) == "Place", (name, labels)


# -- A5. agencies, companies and outlets named in context --------------------------------------------


def test_apposition_makes_an_agency_or_a_company(run):
    labels = _labels(run("Brazil and Venezuela talk power\n\n"
                         "Itamaraty, Brazil's foreign ministry, said on Monday that talks with Venezuela would "
                         "resume. Roraima Energia, the state's distributor, said in a statement that it had not "
                         "been consulted. Ana Ruiz, the head of the ministry, agreed.\n"))
    assert labels.get("Itamaraty") == "GovernmentAgency", labels
    assert labels.get("Roraima Energia") == "Organization", labels
    assert labels.get("Ana Ruiz") == "Person", labels


def test_foreign_broadcasters_told_are_media(run):
    labels = _labels(run("Brazil and Venezuela talk power\n\n"
                         "Venezuela's energy minister told Venezolana de Televisión that supply was secure. "
                         "A Brazilian official told Rede Globo that talks would go on.\n"))
    assert labels.get("Venezolana de Televisión") == "MediaOrganization", labels
    assert labels.get("Rede Globo") == "MediaOrganization", labels


def test_region_government_is_an_agency_and_state_alone_no_entity(run):
    labels = _labels(run("Japan and Russia discuss fishing\n\n"
                         "In Japan, the Hokkaido government welcomed a fishing deal with Russia, and the Sikkim "
                         "government in India said it would study it. The State government was silent.\n"))
    assert labels.get("Hokkaido government") == "GovernmentAgency", labels
    assert labels.get("Sikkim government") == "GovernmentAgency", labels
    assert "State" not in labels, labels


# -- A6. letters page signatures -----------------------------------------------------------------------


def test_letter_signatures_give_signer_body_and_town(run):
    labels = _labels(run("Letters\n\n"
                         "Sir, - The new border fee is unfair to traders and must be dropped.\n\n"
                         "Peter Lado Wani, Member, National Legislative Assembly, Juba\n\n"
                         "Sir, - Sudan and South Sudan must settle the oil fees soon.\n\n"
                         "Dr Ama Mensah, Department of Economics, University of Ghana, Legon\n\n"
                         "Sir, - Trade with Togo matters to all of us here.\n\n"
                         "Akosua Boateng, Kumasi\n"))
    for name in ("Peter Lado Wani", "Ama Mensah", "Akosua Boateng"):
        assert labels.get(name) == "Person", (name, labels)
    assert labels.get("National Legislative Assembly") == "GovernmentAgency", labels
    assert labels.get("University of Ghana") == "Organization", labels
    assert labels.get("Kumasi") == "Place", labels


# -- A2. Turkish and Azerbaijani given names ------------------------------------------------------------


def test_turkish_names_are_persons(run):
    labels = _labels(run("Border trade\n\nArmenia and Turkey agreed to open the border.\n\n"
                         "Selim Aydınlı welcomed it. Orhan Yalçınkaya, head of the Kars Chamber of Commerce, said "
                         "traders were ready.\n"))
    assert labels.get("Selim Aydınlı") == "Person", labels
    assert labels.get("Orhan Yalçınkaya") == "Person", labels


# -- A8. pilgrimages, corridor programmes and macro-regions are no places ------------------------------


def test_pilgrimages_corridor_programmes_and_macro_regions_are_no_places(run):
    labels = _labels(run("India and China reopen route\n\n"
                         "India and China agreed to resume the Kailash Mansarovar Yatra through Lipulekh this summer. "
                         "Pakistan said the China-Pakistan Economic Corridor would benefit, and Angola welcomed the "
                         "Lobito Corridor programme. Trade across East Asia has grown.\n"))
    for name in ("Kailash Mansarovar Yatra", "China-Pakistan Economic Corridor", "Lobito Corridor", "East Asia"):
        assert name not in labels, (name, labels)
    assert labels.get("Lipulekh") == "Place", labels
