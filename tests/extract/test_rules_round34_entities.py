"""Round 34 entity rules, on invented sentences: given names that are English
words, occupation nouns before names, outlets in speaking slots, short forms
of bodies and ministries, names with "and" or a comma list, Arabic and Spanish
article particles, sites with lower-case heads, religious sites, bodies with
organisational heads, currency and byline fragments, demonyms before plural
geographic names."""

from __future__ import annotations

from tests.extract.conftest import entity_labelled
from tests.extract.conftest import entity_types as _labels

_HEAD = "Zambia and Zimbabwe reopen bridge\n\n"


def _names(x) -> dict[str, set[str]]:
    """Label -> the entity's names (label and aliases)."""
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


# -- A1. people's names ---------------------------------------------------------------------------------------


def test_given_names_that_are_english_words_open_the_name(run):
    x = run(_HEAD + '"The trucks are waiting," Given Mwila Banda, chairman of the hauliers\' association, told '
            "reporters. Precious Moyo and Gift Phiri said they agreed. Lovemore Ncube, a trader, also spoke.\n")
    labels = _labels(x)
    for name in ("Given Mwila Banda", "Precious Moyo", "Gift Phiri", "Lovemore Ncube"):
        assert labels.get(name) == "Person", (name, labels)
    assert "Moyo" not in labels, labels


def test_word_given_name_does_not_merge_with_a_surname_namesake(run):
    labels = _labels(run(_HEAD + "Chanda Mulenga, Commissioner for Domestic Taxes at the Zambia Revenue Authority "
                         "(ZRA), told reporters that revenue rose. Memory Chanda, a clearing agent, disagreed.\n"))
    assert labels.get("Memory Chanda") == "Person" and labels.get("Chanda Mulenga") == "Person", labels
    assert "Domestic Taxes" not in labels, labels


def test_occupation_noun_before_a_name_is_no_part_of_it(run):
    labels = _labels(run(_HEAD + "Driver Amanullah Khan, who had waited for days, said he was tired. "
                         "Farmer Jose Cruz agreed, and Trucker Joseph Banda said the queue was long.\n"))
    for name in ("Amanullah Khan", "Jose Cruz", "Joseph Banda"):
        assert labels.get(name) == "Person", (name, labels)
    assert not any(k.startswith(("Driver ", "Farmer ", "Trucker ")) for k in labels), labels


# -- A2. outlets in speaking slots ----------------------------------------------------------------------------


def test_outlets_after_a_medium_noun_or_in_a_speaking_phrase(run):
    labels = _labels(run("Germany and Poland discuss border\n\n"
                         '"We will not give up," the mayor told the broadcaster rbb on Monday. The governor told '
                         "the Cusco daily El Sol that trade would grow. Speaking to TOLOnews, he said the border was "
                         "open. In an interview with the daily Mail & Guardian, she said the bridge was safe.\n"))
    for name in ("rbb", "El Sol", "TOLOnews", "Mail & Guardian"):
        assert labels.get(name) == "MediaOrganization", (name, labels)


# -- A3. short forms ----------------------------------------------------------------------------------------------


def test_a_bodys_name_inside_its_full_name_is_that_body(run):
    x = run("Russia and Estonia discuss border\n\n"
            "Colonel Ivan Petrov of the FSB Border Directorate for the Pskov Region said the crossing was closed. "
            "The Border Directorate said later it would reopen.\n")
    labels = _labels(x)
    assert "Border Directorate" not in labels, labels
    assert "Border Directorate" in _names(x)["FSB Border Directorate for the Pskov Region"]


def test_a_ministry_named_two_ways_is_one(run):
    for a, b in (("The Ministry of Foreign Affairs of the Republic of Peru", "Peru's Foreign Ministry"),
                 ("Chile's Ministry of Transport", "The Chilean Transport Ministry")):
        x = run(f"Chile and Peru talk\n\nChile and Peru met. {a} said talks went well. {b} later added details.\n")
        ministries = [e for e in x.entities.values() if e.type == "GovernmentAgency"]
        assert len(ministries) == 1, [e.label for e in ministries]
    # ... but two countries' ministries of one portfolio stay two
    x = run("Chile and Peru talk\n\nChile and Peru met. Peru's Ministry of Foreign Affairs said talks went well. "
            "Chile's Foreign Ministry disagreed.\n")
    ministries = [e for e in x.entities.values() if e.type == "GovernmentAgency"]
    assert len(ministries) == 2, [e.label for e in ministries]


# -- A4. names with "and" or a comma list -------------------------------------------------------------------


def test_places_with_and_are_one(run):
    labels = _labels(run("France and Canada discuss fishing\n\nFishermen from Saint-Pierre and Miquelon met "
                         "officials in Halifax. The Turks and Caicos Islands sent observers.\n"))
    assert labels.get("Saint-Pierre and Miquelon") == "Place", labels
    assert labels.get("Turks and Caicos Islands") == "Place", labels
    assert "Miquelon" not in labels and "Caicos Islands" not in labels, labels


def test_comma_list_union_is_one_organisation(run):
    x = run("France and Canada discuss fishing\n\nThe Fish, Food and Allied Workers union (FFAW) said the quota was "
            "too low. The National Union of Mine, Energy and Allied Workers (NUMEAW) agreed.\n")
    labels = _labels(x)
    assert "Allied Workers" not in labels, labels
    assert "FFAW" in _names(x)["Fish, Food and Allied Workers union"], labels
    assert "NUMEAW" in _names(x)["National Union of Mine, Energy and Allied Workers"], labels


# -- A5, A7. particles ----------------------------------------------------------------------------------------------


def test_arabic_particle_inside_an_agreement_name(run):
    labels = _labels(run("Iraq and Iran revive protocol\n\nIraq and Iran revived the Shatt al-Arab Navigation "
                         "Protocol on Monday. Ships from Ras al-Khaimah sailed to Umm Qasr.\n"))
    assert labels.get("Shatt al-Arab Navigation Protocol") == "Agreement", labels
    assert "Arab Navigation Protocol" not in labels, labels


def test_article_initial_place_names_stay_whole(run):
    labels = _labels(run("Argentina and Chile discuss pass\n\nTrucks waited near Las Cuevas and in Los Andes. "
                         "The convoy left from Las Heras.\n"))
    for name in ("Las Cuevas", "Los Andes", "Las Heras"):
        assert labels.get(name) == "Place", (name, labels)
    assert "Las" not in labels and "Cuevas" not in labels, labels


def test_other_names_of_a_place_are_no_people(run):
    x = run("Egypt and Israel talk\n\nVenezuela claims a state it calls Guayana Esequiba. The village of Nitzana, "
            "known on the Egyptian side as Al-Awja, was quiet.\n")
    labels = _labels(x)
    assert labels.get("Guayana Esequiba") == "Place", labels
    assert "Al-Awja" in _names(x)["Nitzana"], labels


# -- A6. sites ---------------------------------------------------------------------------------------------------


def test_names_with_lower_case_site_heads(run):
    x = run("China and Vietnam row over gas\n\nChina said the Longjing field was in its waters and gas would flow. "
            "Israel developed its own Tamar field. Exxon drills for oil in the Stabroek block. Trucks queued at the "
            "Cristo Redentor pass.\n")
    names = _names(x)
    for label in ("Longjing field", "Tamar field", "Stabroek block", "Cristo Redentor pass"):
        assert any(label in n for n in names.values()), (label, names)
    assert _labels(x).get("Cristo Redentor") != "Organization"


def test_border_posts_and_religious_sites_are_places(run):
    labels = _labels(run("India and Pakistan open corridor\n\nPilgrims crossed at the Integrated Check Post at Attari "
                         "to visit Gurdwara Dera Sahib Lahore. Others prayed at the Al-Aqsa Mosque and Rila "
                         "Monastery.\n"))
    for name in ("Integrated Check Post", "Gurdwara Dera Sahib Lahore", "Al-Aqsa Mosque", "Rila Monastery"):
        assert labels.get(name) == "Place", (name, labels)


# -- A8. bodies -----------------------------------------------------------------------------------------------------


def test_bodies_with_organisation_heads(run):
    labels = _labels(run("Moldova and Romania discuss gas\n\nThe Rio Grande Valley Growers Cooperative said prices "
                         "fell. Moldtransgaz, a subsidiary of Romania's Transgaz, said the pipeline was ready. "
                         "European University Viadrina hosted talks.\n"))
    assert labels.get("Rio Grande Valley Growers Cooperative") == "Organization", labels
    assert labels.get("Moldtransgaz") == "Organization", labels
    assert labels.get("European University Viadrina") == "Organization", labels


# -- A9. fragments ----------------------------------------------------------------------------------------------------


def test_currency_and_byline_fragments_name_nothing(run):
    for byline in ("By Karim Haddad, North Africa correspondent", "By Herald staff", "By Oder Courier staff"):
        labels = _labels(run(f"Iraq and Kuwait talk\n\n{byline}\n\nIraq and Kuwait met on Monday in Basra. Power "
                             "was sold at US$19 a kilowatt. The ministry said in a post on its Telegram channel that "
                             "talks would resume.\n"))
        for name in ("North Africa", "Herald", "Oder Courier", "United States", "Telegram channel"):
            assert name not in labels, (byline, name, labels)


# -- A10. demonyms ----------------------------------------------------------------------------------------------------


def test_demonym_before_a_plural_geographic_name_is_no_part_of_it(run):
    x = run("Greece and Albania talk\n\nFishermen sailed near Othonoi and the other Greek Diapontia Islands. "
            "Others came from the British Virgin Islands.\n")
    labels = _labels(x)
    assert labels.get("Diapontia Islands") == "Place", labels
    assert "British Virgin Islands" in labels, labels
    entity_labelled(x, "Othonoi")
