"""Round 15 entity rules, on invented sentences: descriptors that type a
name, names ending in a country, multi-part personal names, acronyms and
abbreviations, publisher credits, possessive and short forms of places, and
places the NER misses."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels, entity_labelled as _entity


# -- A1. a descriptor before or after a name types it ---------------------------

def test_agency_descriptor_with_comma_types_the_name(run):
    x = run("Estonia's maritime security agency, Meriturva, and the Finnish Border Guard patrolled the gulf.")
    assert _labels(x).get("Meriturva") == "GovernmentAgency"


def test_spokesperson_for_a_ministry_apposed_name_is_a_person(run):
    x = run("A spokesperson for the Estonian ministry, Kadri Tamm, said on Monday that the talks were frank.")
    assert _labels(x).get("Kadri Tamm") == "Person"


def test_told_an_unknown_single_name_is_a_media_outlet(run):
    x = run("The minister told Postimees on Monday that the deal was close. He told YLE in an interview "
            "that it was good.")
    labels = _labels(x)
    assert labels.get("Postimees") == "MediaOrganization"
    assert labels.get("YLE") == "MediaOrganization"


def test_station_in_a_known_city_is_a_place(run):
    x = run("The plan is a rail line between Balti Jaam in Tallinn and Keski Asema in Helsinki.")
    labels = _labels(x)
    assert labels.get("Balti Jaam") == "Place"
    assert labels.get("Keski Asema") == "Place"


def test_area_and_zone_names_are_no_people(run):
    x = run("Estonia joined the Schengen area in 2007 and the euro zone in 2011, said Kadri Tamm.")
    assert "Schengen" not in _labels(x)
    assert not any(t == "Person" and label != "Kadri Tamm" for label, t in _labels(x).items())


# -- A2. organisation names ending in a country, co-operatives and unions -------

def test_ngo_name_ending_in_a_country_keeps_it(run):
    x = run("Publish What You Earn Finland said the text was weak. Transparency Watch Estonia called it opaque.")
    labels = _labels(x)
    assert labels.get("Publish What You Earn Finland") == "Organization"
    assert labels.get("Transparency Watch Estonia") == "Organization"
    assert not any(s.speaker == "finland" for s in x.statements)


def test_cooperative_name_after_for(run):
    x = run("Mikko Lahti skippers for the Porvoo Fishing Cooperative, which lands herring in Kotka.")
    assert _labels(x).get("Porvoo Fishing Cooperative") == "Organization"


def test_trailing_union_descriptor_is_not_part_of_the_name(run):
    x = run("The EVS Riigi Teenused union, which represents guards, said it would strike on Friday.")
    labels = _labels(x)
    assert labels.get("EVS Riigi Teenused") == "Organization"
    assert "EVS Riigi Teenused union" not in labels


# -- A3. multi-part personal names and honorifics -------------------------------

def test_three_part_name_after_a_title_is_one_person(run):
    x = run("Latvian Economy Minister Inese Vaidere Kalnina met Lithuanian officials in Riga.\n\n"
            "Vaidere Kalnina said the deal was close.\n\nVaidere Kalnina: \"Soon.\"\n")
    person = _entity(x, "Inese Vaidere Kalnina")
    assert person.type == "Person"
    people = [e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed]
    assert people == ["Inese Vaidere Kalnina"], people
    assert all(s.speaker == person.key for s in x.statements)


def test_sentence_adverb_is_not_part_of_a_surname(run):
    x = run("Estonian Economy Minister Kadri Tamm Saar met Finnish officials in Tallinn. Tamm Saar said the "
            "talks were good. Later Tamm Saar told reporters the deal was close.")
    assert "Later Tamm Saar" not in _labels(x)
    assert all(s.speaker == "kadri-tamm-saar" for s in x.statements)


def test_malay_styles_are_not_part_of_the_name(run):
    x = run("Singapore's Transport Minister Lim Wei met his Malaysian counterpart, Datuk Seri Rahman Aziz, "
            "in Johor Bahru. Tan Sri Ismail Yusof, a former envoy, was also there.")
    labels = _labels(x)
    assert labels.get("Rahman Aziz") == "Person"
    assert labels.get("Ismail Yusof") == "Person"
    assert labels.get("Johor Bahru") == "Place"
    assert "Bahru" not in labels


# -- A4. acronyms, time zones and common abbreviations --------------------------

def test_acronym_in_brackets_reused_is_the_same_agency(run):
    x = run("Estonia's customs service, the Riigi Tolli Teenistus (RTT), said on Monday it would check trucks.\n\n"
            "Finnish officials will work with the RTT on the new scanners. RTT said it was ready.")
    agency = _entity(x, "Riigi Tolli Teenistus")
    assert agency.type == "GovernmentAgency"
    assert "RTT" in agency.aliases
    assert "RTT" not in _labels(x)


def test_time_zone_abbreviations_are_no_entities(run):
    x = run("Last updated 18:40 EET\n\nThe ferry left Tallinn at 09:00 CET on Monday.")
    labels = _labels(x)
    assert "EET" not in labels and "CET" not in labels


def test_common_abbreviations_used_as_nouns_are_no_organisations(run):
    x = run("Patients were moved to the ICU of two hospitals in Tartu. The GDP of Estonia grew.")
    labels = _labels(x)
    assert "ICU" not in labels and "GDP" not in labels


# -- A5. publisher credits and section headings ---------------------------------

def test_dateline_outlet_is_no_entity(run):
    x = run("TALLINN, May 5 (Nordic Wire) - Estonia and Finland signed a ferry deal on Monday.")
    labels = _labels(x)
    assert "Nordic Wire" not in labels
    assert labels.get("Tallinn") == "Place"


def test_closing_credit_names_no_entity(run):
    x = run("Estonia and Finland signed a ferry deal on Monday.\n\n"
            "(Reporting by the Nordic Wire energy desk; editing by the Helsinki bureau)\n")
    labels = _labels(x)
    assert not any("Nordic Wire" in label or "bureau" in label for label in labels), labels


def test_upper_case_section_headings_are_no_entities(run):
    x = run("Estonia and Finland signed a ferry deal on Monday.\n\nBACKGROUND\n\nThe two countries have "
            "argued for years.\n\nREACTION\n\nFishermen welcomed it.\n\nTEXT OF THE STATEMENT\n\nThe parties agree.\n")
    labels = _labels(x)
    for heading in ("BACKGROUND", "REACTION", "TEXT OF THE STATEMENT"):
        assert heading not in labels, labels


# -- A6. possessive and short forms resolve to the full name --------------------

def test_possessive_of_a_multiword_town_drops_the_s(run):
    x = run("Santa Rosa do Sul's mayor, Joana Prates, said the bridge would open in May.")
    labels = _labels(x)
    assert labels.get("Santa Rosa do Sul") == "Place"
    assert not any(label.endswith("'s") for label in labels), labels


def test_short_form_of_an_airport_is_the_airport(run):
    x = run("Ulemiste Airport will get new gates. Flights into Ulemiste doubled last year.")
    labels = _labels(x)
    assert labels.get("Ulemiste Airport") == "Place"
    assert "Ulemiste" not in labels


def test_also_known_as_is_an_alias(run):
    x = run("The Narva Bridge, also known as the Friendship Bridge, links Estonia with Russia.")
    bridge = _entity(x, "Narva Bridge")
    assert "Friendship Bridge" in bridge.aliases
    assert "Friendship Bridge" not in _labels(x)


def test_short_country_name_resolves_to_the_long_one(run):
    x = run("The Democratic Republic of the Congo and Angola signed a border deal. Congo's envoy said it was fair.")
    labels = _labels(x)
    assert "Congo" not in labels, labels
    assert any(t == "Country" and "Congo" in label for label, t in labels.items())


def test_america_inside_a_region_is_not_the_united_states(run):
    x = run("Exports from Costa Rica to Central America grew, and Chile joined a Latin America forum in Lima.")
    labels = _labels(x)
    assert "United States" not in labels
    assert labels.get("Central America") == "Place"


def test_region_name_before_provincial_is_the_province(run):
    x = run("Farmers in Vidzeme Province protested. Valmiera, the Vidzeme's provincial capital, hosted the talks.")
    labels = _labels(x)
    assert labels.get("Valmiera") == "Place"
    assert "Vidzeme" not in labels
    assert "Vidzeme" in _entity(x, "Vidzeme Province").aliases


# -- A7. places the NER misses or mistypes ---------------------------------------

def test_two_word_dateline_in_capitals(run):
    x = run("SANTA LUCIA - Estonia and Finland signed a ferry deal on Monday.")
    assert "LUCIA" not in _labels(x) and "Lucia" not in _labels(x)


def test_named_park_that_straddles_the_border_is_a_place(run):
    x = run("Visitors to the Parque Andino, which straddles the border, need no passport.")
    assert _labels(x).get("Parque Andino") == "Place"


def test_named_hotel_is_a_place(run):
    x = run("The ministers met at the Radisson Daugava hotel in Riga on Monday.")
    assert _labels(x).get("Radisson Daugava hotel") == "Place"


def test_hydroelectric_scheme_is_a_place(run):
    x = run("Work on the Aizkraukle Gorge hydroelectric scheme began in March.")
    assert _labels(x).get("Aizkraukle Gorge hydroelectric scheme") == "Place"


def test_named_crossing_keeps_its_head(run):
    x = run("The Grenctale crossing links the Latvian town of Grenctale with Salociai.")
    assert _labels(x).get("Grenctale crossing") == "Place"


def test_landmark_after_off_the_is_a_place(run):
    x = run("The new bridge will take traffic off the Causeway, officials said.")
    assert _labels(x).get("Causeway") == "Place"


def test_dateline_without_date_gives_the_whole_place(run):
    x = run("SANTA LUCIA - Estonia and Finland signed a ferry deal on Monday.")
    assert _labels(x).get("Santa Lucia") == "Place"


def test_brunei_styles_and_hon_are_not_names(run):
    x = run("Brunei's minister, Pehin Dato Lim Jock Seng, met Hon. Peter Obi in Lagos.")
    labels = _labels(x)
    assert labels.get("Lim Jock Seng") == "Person"
    assert labels.get("Peter Obi") == "Person"
    assert "Hon" not in labels and "Lim" not in labels
