"""Round-10 entity rules, on invented sentences (names and countries differ from
the class descriptions): security forces named by country or demonym; demonyms
never places; unknown names in place contexts; lower-case regions; lower-case
and year-qualified agreements; common-noun acronyms; units of known bodies."""

from __future__ import annotations


def _types(x) -> dict[str, str]:
    return {e.label: e.type for e in x.entities.values()}


def _names(x) -> dict[str, set[str]]:
    return {e.label: {e.label, *e.aliases} for e in x.entities.values()}


def _by_type(x, type_: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == type_}


# -- C1: security forces named by country or demonym are agencies ------------------

def test_demonym_police_is_an_agency_one_entity_across_case(run):
    x = run("Boats seized\n\nCroatian police seized two trawlers on Tuesday. The Croatian police said the "
            "crews had fished without licences.\n")
    agencies = [e for e in x.entities.values() if e.type == "GovernmentAgency"]
    assert [e.label for e in agencies] == ["Croatian police"], _types(x)
    assert len(agencies[0].mentions) == 2


def test_country_name_navy_and_later_demonym_form_are_one_agency(run):
    x = run("Arrests\n\nThe Bangladesh Navy detained 12 fishermen near the estuary. Officials said the "
            "Bangladeshi navy would hand them over on Friday.\n")
    navies = [e for e in x.entities.values() if e.type == "GovernmentAgency"]
    assert len(navies) == 1, _types(x)
    assert navies[0].label == "Bangladesh Navy"
    assert "Bangladeshi navy" in navies[0].aliases


def test_modified_forces_and_coast_guards(run):
    x = run("Patrols\n\nUkrainian border police stopped a lorry. The Senegal Coast Guard towed a canoe to port, "
            "and the Bolivian army set up a checkpoint.\n")
    types = _types(x)
    assert types.get("Ukrainian border police") == "GovernmentAgency", types
    assert types.get("Senegal Coast Guard") == "GovernmentAgency", types
    assert types.get("Bolivian army") == "GovernmentAgency", types
    assert not any(label.startswith(("The ", "the ")) for label in types)


def test_force_word_modifying_a_person_noun_names_no_agency(run):
    x = run("Incident\n\nA Latvian police officer was injured on the quay, witnesses said.\n")
    assert "Latvian police" not in _types(x), _types(x)


# -- C2: a demonym is never a place (or any entity) --------------------------------

def test_multi_word_demonyms_are_no_entities(run):
    x = run("Reef dispute\n\nThe reef lies in South African waters, the minister said. Trawlers stayed on the "
            "South African side, and Costa Rican boats kept away. A Costa Rican official said nothing.\n")
    labels = {e.label for e in x.entities.values()}
    assert "South African" not in labels and "Costa Rican" not in labels, _types(x)


# -- C7: common-noun acronyms are not organisations --------------------------------

def test_unit_and_commodity_acronyms_are_no_organisations(run):
    x = run("Gas deal\n\nTanzania will ship LNG and LPG from 2027, the ministry said. The field holds 2 tcf and the "
            "plant will add 300 MW, lifting GDP. Mozambique's EEZ is vast, and VAT on fuel was cut at 09:00 GMT.\n")
    labels = {e.label for e in x.entities.values()}
    assert not labels & {"LNG", "LPG", "MW", "GDP", "EEZ", "VAT", "GMT", "tcf"}, _types(x)
    assert _types(x).get("Tanzania") == "Country"


# -- C8: a known body's secretariat, council or board is its own organisation ------

def test_secretariat_named_first_keeps_the_body_apart(run):
    x = run("River\n\nThe Okavango Basin Authority Secretariat, based in Maun, said levels were low. Members of "
            "the Okavango Basin Authority meet in May.\n")
    types = _types(x)
    assert types.get("Okavango Basin Authority Secretariat") in {"Organization", "GovernmentAgency"}, types
    assert types.get("Okavango Basin Authority") in {"Organization", "GovernmentAgency"}, types
    assert "Okavango Basin Authority" not in _names(x)["Okavango Basin Authority Secretariat"]


def test_long_body_names_keep_their_unit(run):
    x = run("River\n\nThe Lake Tana Basin Commission Executive Secretariat published figures. The Andean "
            "Cooperation Council Secretariat General said. Later the Senegal Valley Initiative Council met, and "
            "the Senegal Valley Initiative promised funds.\n")
    types = _types(x)
    assert "Lake Tana Basin Commission Executive Secretariat" in types, types
    assert "Andean Cooperation Council Secretariat General" in types, types
    assert types.get("Senegal Valley Initiative") == "Organization", types
    assert not any(label.startswith("Later") for label in types), types


def test_convention_secretariat_leaves_the_convention_an_agreement(run):
    x = run("Wetlands\n\nThe Tisza Wetlands Convention entered into force in 2001. The Tisza Wetlands Convention "
            "Secretariat said the sites were protected.\n")
    types = _types(x)
    assert types.get("Tisza Wetlands Convention") == "Agreement", types
    assert "Tisza Wetlands Convention Secretariat" in types, types


# -- C3: unknown names in place contexts are places ---------------------------------

def test_territory_and_belonging_make_places(run):
    x = run("Islet row\n\nIlhéu Branco is Cape Verdean territory, the minister said. Cayo Norte belongs to Cuba, "
            "officials insist.\n")
    types = _types(x)
    assert types.get("Ilhéu Branco") == "Place", types
    assert types.get("Cayo Norte") == "Place", types


def test_coordinated_and_single_facilities_are_places(run):
    x = run("Rail link\n\nTrains will stop at the Xuan Loc and Bao Chanh stations. The Ngoc Ha station was shut, and "
            "drilling began at the Dembi well, the Oyala gas field and the Kiri-2 well.\n")
    types = _types(x)
    for name in ("Xuan Loc", "Bao Chanh", "Ngoc Ha", "Dembi", "Oyala", "Kiri-2"):
        assert types.get(name) == "Place", (name, types)
    assert "Oyala gas field" in _names(x)["Oyala"]
    assert "Bao Chanh station" in _names(x)["Bao Chanh"]


def test_apposed_river_and_quarter_and_residents_make_places(run):
    x = run("Floods\n\nThe Lubilo, a tributary of the Kasai, burst its banks. Nam Tha, the crowded fishing quarter "
            "of Pakse, was flooded, and the fishermen of Ban Khiet lost their boats.\n")
    types = _types(x)
    for name in ("Lubilo", "Nam Tha", "Ban Khiet"):
        assert types.get(name) == "Place", (name, types)


def test_people_described_by_a_place_noun_stay_people(run):
    x = run("Town\n\nKwabena Owusu, the mayor of the town, said the road was closed. Yaw Darko, a river guide, "
            "agreed.\n")
    types = _types(x)
    assert types.get("Kwabena Owusu") == "Person", types
    assert types.get("Yaw Darko") == "Person", types


# -- C4: lower-case "<Name> province|region|district|state" --------------------------

def test_lower_case_region_word_stays_in_the_label_with_the_bare_name_an_alias(run):
    x = run("Canal\n\nDiggers reached Tuol Preap in Kampong Leav province on Monday. In Dak Nong district the work "
            "stopped, and Ban Me state was calm.\n")
    names = _names(x)
    assert "Kampong Leav province" in names and "Kampong Leav" in names["Kampong Leav province"], names
    assert "Dak Nong district" in names, names
    assert "Ban Me state" in names, names
    assert not any(label.startswith("In ") for label in names)


def test_function_word_inside_a_region_name(run):
    x = run("Rail\n\nTrains will reach Long An province by 2027.\n")
    assert _types(x).get("Long An province") == "Place", _types(x)


def test_a_kind_of_state_is_no_region(run):
    x = run("Gulf\n\nBahrain, a Gulf state, agreed. The Baltic state of Latvia too.\n")
    assert not any(label.endswith(" state") for label in _types(x)), _types(x)


def test_figcaption_text_is_read(tmp_path):
    from kg.documents import load_document
    from kg.extract import extract

    page = tmp_path / "canal.html"
    page.write_text(
        "<html><head><title>Canal work</title></head><body><article><h1>Canal work</h1>"
        "<p>Laos began digging a canal on Monday, the government said, and officials told reporters at the "
        "ceremony that the work would take four years to finish.</p><figure><img src='x.jpg'>"
        "<figcaption>Diggers at Ban Hatsa in Khammouane province on Monday.</figcaption></figure>"
        "<p>The project is expected to cost more than the budget set aside for roads and bridges this year, "
        "according to the ministry of public works.</p></article></body></html>", encoding="utf-8")
    x = extract(load_document(page))
    names = {n for e in x.entities.values() for n in (e.label, *e.aliases)}
    assert "Khammouane province" in names, names


# -- C5: lower-case agreements with a qualifier --------------------------------------

def test_indefinite_described_agreement_between_the_countries_is_its_own(run):
    x = run("Fishing\n\nThe 1961 Treaty of Kande fixed the river border. In 2018 Gabon and Congo signed a fisheries "
            "protocol between the two countries.\n")
    agreements = _by_type(x, "Agreement")
    assert "fisheries protocol" in agreements, agreements
    assert "fisheries protocol" not in _names(x)["Treaty of Kande"]


def test_sequence_word_before_a_year_is_dropped_from_the_label(run):
    x = run("Boundary\n\nBenin and Niger signed the Treaty of Gaya in 1965. A separate 1972 agreement extended the "
            "line to the hills, and a further 1980 accord set fees.\n")
    agreements = _by_type(x, "Agreement")
    assert "1972 agreement" in agreements and "1980 accord" in agreements, agreements
    assert not any(a.startswith(("separate", "further")) for a in agreements), agreements


# -- C6: year-qualified references resolve only to the agreement of that year -------

def test_year_reference_joins_the_formal_title_of_that_year(run):
    x = run("River\n\nThe Convention on the Protection and Use of the Sava River, signed in Zagreb in 2002, set up a "
            "commission. Officials said the 2002 Sava Agreement still works.\n")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert len(agreements) == 1, _names(x)
    assert "2002 Sava Agreement" in agreements[0].aliases


def test_year_reference_never_joins_a_memorandum_in_negotiation(run):
    x = run("Border\n\nBenin and Togo are negotiating a Memorandum of Understanding on River Fisheries. The 1968 accord "
            "drew the land border, and officials said the 1968 agreement still holds.\n")
    names = _names(x)
    assert "1968 accord" in names and "1968 agreement" in names["1968 accord"], names
    assert not any("1968" in n for n in names["Memorandum of Understanding on River Fisheries"]), names


def test_formally_named_accord_is_one_agreement_with_the_formal_label(run):
    x = run("Sea\n\nThe 1977 accord, formally the Agreement between Kenya and Tanzania on the Maritime Boundary, "
            "drew the line. Both sides still apply it.\n")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert len(agreements) == 1, _names(x)
    assert agreements[0].label.startswith("Agreement between Kenya and Tanzania")
    assert "1977 accord" in agreements[0].aliases


def test_year_reference_gives_a_year_to_the_agreement_just_named(run):
    x = run("Trade\n\nMinisters met on Monday on a revised Lake Basin Transit Agreement (LBTA). The 2009 accord let "
            "traders cross duty-free.\n")
    agreements = [e for e in x.entities.values() if e.type == "Agreement"]
    assert len(agreements) == 1, _names(x)
    assert "2009 accord" in agreements[0].aliases


def test_memorandum_abbreviation_is_no_organisation(run):
    x = run("Gas\n\nThe two ministers signed an MoU on gas pricing in May. The MoU sets prices for 2026.\n")
    assert "MoU" not in _types(x), _types(x)


def test_signing_clause_with_place_and_full_date_gives_the_year(run):
    x = run("River\n\nThe Treaty of Kpalime, concluded in Lome, Togo, on 3 May 1981, fixed the fees. Officials said "
            "the 1981 treaty is still used, while the 1990 treaty lapsed.\n")
    names = _names(x)
    assert "1981 treaty" in names["Treaty of Kpalime"], names
    assert "1990 treaty" not in names["Treaty of Kpalime"], names


def test_well_as_an_adverb_after_a_plural_names_no_place(run):
    x = run("Visit\n\nThe envoy knew the Mendozas well, officials said. Drilling at the Bonito well resumed.\n")
    types = _types(x)
    assert types.get("Mendozas") != "Place", types
    assert types.get("Bonito") == "Place", types
