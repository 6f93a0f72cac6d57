"""Round 14 follow-ups (classes H1-H9), on invented sentences: titled and
apposed people before ", in <City>", meetings of two coordinated office
holders, two portfolios joined by "and" before a title, addressees that keep
their owner, phone calls as media, demonym spellings, towns named beside a
facility, and year-qualified references beside a new agreement."""

from __future__ import annotations

from tests.extract.conftest import entity_types as _labels

from tests.extract.conftest import relation_set, statement_by_quote


def _key(x, label: str) -> str:
    hits = [e.key for e in x.entities.values() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(_labels(x))}"
    return hits[0]


# -- H1. a titled or apposed person before ", in <City>" stays a person ---------------

def test_counterpart_with_title_before_in_city_is_a_person(run):
    x = run("Moldovan Interior Minister Daniela Rusu spoke on Tuesday with her Romanian counterpart, Interior "
            "Minister Catalin Predoiu, in Bucharest about joint patrols.")
    assert _labels(x).get("Catalin Predoiu") == "Person"
    rels = relation_set(x)
    assert (_key(x, "Catalin Predoiu"), "represents", "romania") in rels
    assert not any(p == "locatedIn" and s == _key(x, "Catalin Predoiu") for s, p, o in rels)


def test_counterpart_apposition_before_in_city_is_a_person(run):
    x = run("Norwegian Energy Minister Terje Aasland held talks with his Swedish counterpart, Ebba Busch, in "
            "Stockholm on Monday. \"It is a good day,\" Busch said.")
    assert _labels(x).get("Ebba Busch") == "Person"
    assert statement_by_quote(x, "It is a good day").speaker == _key(x, "Ebba Busch")


def test_one_word_counterpart_before_in_city_is_a_person(run):
    x = run("Slovak Foreign Minister Juraj Blanar met his Hungarian counterpart, Szijjarto, in Budapest on Tuesday.")
    assert _labels(x).get("Szijjarto") == "Person"
    assert (_key(x, "Juraj Blanar"), "metWith", _key(x, "Szijjarto")) in relation_set(x)


def test_counterpart_with_lower_case_title_before_in_city_is_a_person(run):
    x = run("Latvian Foreign Minister Baiba Braze spoke with her Estonian counterpart, foreign minister Margus "
            "Tsahkna, in Tallinn on Monday.")
    assert _labels(x).get("Margus Tsahkna") == "Person"
    assert (_key(x, "Margus Tsahkna"), "represents", "estonia") in relation_set(x)


def test_one_word_name_after_lower_case_title_before_in_city_is_a_person(run):
    x = run("Latvian Foreign Minister Baiba Braze spoke with foreign minister Tsahkna, in Tallinn, on Monday.")
    assert _labels(x).get("Tsahkna") == "Person"


def test_one_word_town_before_in_region_is_still_a_place(run):
    x = run("The convoy stopped at Ruse, in northern Bulgaria, on Monday.")
    assert _labels(x).get("Ruse") == "Place"


# -- H9. "A of X and Y's title, B, met in <City>" ----------------------------------------

def test_coordinated_office_holders_meet_when_parse_nests_them(run):
    x = run("Kenyan President William Ruto and Tanzania's president, Samia Suluhu Hassan, met in Nairobi on "
            "Sept. 30 and asked officials to reopen the border post.", date="2025-10-05")
    ruto, hassan = _key(x, "William Ruto"), _key(x, "Samia Suluhu Hassan")
    rels = relation_set(x)
    assert (ruto, "metWith", hassan) in rels or (hassan, "metWith", ruto) in rels
    assert (ruto, "represents", "kenya") in rels and (hassan, "represents", "tanzania") in rels
    meetings = [e for e in x.events if e.type == "Meeting"]
    assert meetings and set(meetings[0].participants) == {ruto, hassan}
    assert meetings[0].date == "2025-09-30"


def test_owner_possessive_without_s_gives_the_side(run):
    x = run("Belgian Foreign Minister Maxime Prevot and the Netherlands' foreign minister, Caspar Veldkamp, met "
            "in Brussels on Friday.", date="2025-10-05")
    rels = relation_set(x)
    veldkamp = _key(x, "Caspar Veldkamp")
    assert (veldkamp, "represents", "netherlands") in rels
    assert (_key(x, "Maxime Prevot"), "metWith", veldkamp) in rels


def test_subject_with_relative_clause_is_not_read_as_a_list(run):
    x = run("Kenyan President William Ruto, who met Ugandan officials and Tanzanian envoys last week, met the "
            "press in Nairobi on Monday.", date="2025-10-05")
    assert not any(p == "metWith" for s, p, o in relation_set(x))


# -- H3. two portfolios joined by "and" before a title ------------------------------------

def test_two_portfolios_before_minister_after_counterpart_make_no_organisation(run):
    x = run("Lithuanian Energy Minister Zygimantas Vaiciunas held talks on Monday with his Polish counterpart, "
            "Energy and Environment Minister Paulina Kowalska, about the power link.")
    labels = _labels(x)
    assert "Energy" not in labels and "Environment" not in labels
    rels = relation_set(x)
    kowalska = _key(x, "Paulina Kowalska")
    position = [o for s, p, o in rels if s == kowalska and p == "holdsPosition"]
    assert position and x.entities[position[0]].label == "Energy and Environment Minister of Poland"
    assert (kowalska, "represents", "poland") in rels


def test_title_inside_an_agency_like_name_ends_the_name(run):
    x = run("Georgian Economy Minister Mariam Kvrivishvili met Armenia's Territorial Administration and "
            "Infrastructure Minister Davit Khudatyan on Monday.")
    labels = _labels(x)
    assert labels.get("Davit Khudatyan") == "Person"
    assert not any(t in {"GovernmentAgency", "Organization"} for t in labels.values())
    assert (_key(x, "Davit Khudatyan"), "represents", "armenia") in relation_set(x)


def test_office_of_the_president_keeps_its_title(run):
    x = run("The Office of the President Administration said on Monday the plan was ready.")
    assert not any(label == "Office" for label in _labels(x))


# -- H4. addressees keep their owner ------------------------------------------------------

def test_addressee_keeps_a_named_owner(run):
    x = run("Lithuanian Defence Minister Dovile Sakaliene told Lithuania's parliament on Tuesday that the "
            "corridor would be guarded by both armies.")
    s = statement_by_quote(x, "the corridor would be guarded")
    assert x.entities[s.addressee].label == "Lithuania's parliament"


def test_addressee_keeps_an_owning_noun_but_not_the_article(run):
    x = run("\"We cannot wait any longer,\" Dovile Sakaliene told the parliament's defence committee.")
    s = statement_by_quote(x, "We cannot wait")
    assert x.entities[s.addressee].label == "parliament's defence committee"


def test_addressee_drops_an_owning_pronoun(run):
    x = run("Prime Minister Evika Silina told her cabinet on Monday that the budget would be cut.")
    s = statement_by_quote(x, "the budget would be cut")
    assert x.entities[s.addressee].label == "cabinet"


# -- H5. phone calls ----------------------------------------------------------------------

def test_telephone_call_beats_a_reporting_statement(run):
    x = run("Chilean Foreign Minister Alberto van Klaveren told his Peruvian counterpart in a telephone call on "
            "Monday that the limits would stay, according to a ministry statement.")
    s = statement_by_quote(x, "the limits would stay")
    assert s.medium == "phone call"
    assert "according" not in s.quote


def test_by_telephone_is_a_phone_call(run):
    x = run("Peruvian Foreign Minister Elmer Schialer said by telephone that Peru wanted new talks.")
    assert statement_by_quote(x, "Peru wanted new talks").medium == "phone call"


def test_telephone_interview_is_an_interview(run):
    x = run("Peruvian Foreign Minister Elmer Schialer said in a telephone interview that Peru wanted new talks.")
    assert statement_by_quote(x, "Peru wanted new talks").medium == "interview"


def test_according_to_a_statement_alone_stays_the_medium(run):
    x = run("The ministry said in a statement that the border would reopen on Friday.")
    assert statement_by_quote(x, "the border would reopen").medium == "statement"


# -- H6. demonym spellings ----------------------------------------------------------------

def test_demonym_spelling_variants_give_the_country(run):
    x = run("Ecuadorean Trade Minister Sonia Vera met Salvadorean Economy Minister Luis Ortiz and Kyrgyzstani "
            "Energy Minister Aigul Bekova in Quito.")
    rels = relation_set(x)
    assert (_key(x, "Sonia Vera"), "represents", "ecuador") in rels
    assert (_key(x, "Luis Ortiz"), "represents", "el-salvador") in rels
    assert (_key(x, "Aigul Bekova"), "represents", "kyrgyzstan") in rels


# -- H8. a town named by a facility and described after it -------------------------------

def test_town_after_its_substation_stays_a_place(run):
    x = run("The grid operator will build a new line from the Ventspils substation to the border. Ventspils is a "
            "port town on the Baltic coast with about 33,000 inhabitants.")
    labels = _labels(x)
    assert labels.get("Ventspils") == "Place"
    assert labels.get("Ventspils substation") == "Place"


def test_facility_namesake_used_as_a_modifier_is_a_place(run):
    x = run("The Kiisa substation will take over next year, and Kiisa residents welcomed the plan.")
    labels = _labels(x)
    assert labels.get("Kiisa substation") == "Place"
    assert labels.get("Kiisa") in {None, "Place"}


def test_name_described_as_a_town_is_a_place(run):
    x = run("The company will connect the Tarifa terminal to the French network. Tarifa is a small town at the "
            "southern tip of Spain.")
    assert _labels(x).get("Tarifa") == "Place"


def test_person_described_by_the_town_he_leads_stays_a_person(run):
    x = run("Juan Perez, the mayor of the town, said on Monday the bridge would open soon.")
    assert _labels(x).get("Juan Perez") == "Person"


def test_dateline_with_agency_bracket_is_the_city(run):
    x = run("LIMA, May 5 (Reuters) - Peru will open a new border post, officials said.")
    assert _labels(x).get("Lima") == "Place"


# -- H2. "the 2004 accord" beside "a new ... treaty" --------------------------------------

def test_old_dated_accord_is_not_the_new_treaty_at_resolution(run):
    text = ("Uruguay and Argentina began talks on Monday on a new river navigation treaty. The 2004 accord, which "
            "set dredging rules for the river, had survived two changes of government. The new treaty would also "
            "cover pollution.")
    x = run(text, date="2026-05-06")
    new = _key(x, "river navigation treaty")
    old = [e for e in x.entities.values() if e.type == "Agreement" and e.key != new]
    assert len(old) == 1 and "2004" in old[0].label
    later = text.index("new treaty would")
    assert any(m.start <= later < m.end for m in x.entities[new].mentions)
    assert not any(m.start <= later < m.end for m in old[0].mentions)
    rels = relation_set(x)
    assert (old[0].key, "dateSigned", "2004") in rels
    assert not any(s == new and p == "dateSigned" for s, p, o in rels)


# -- H7. an agency named after a possessive owner ----------------------------------------

def test_possessive_owner_before_an_acronym_name_is_no_part_of_it(run):
    x = run("Uganda's Revenue Service (URS) will share cargo data with Kenya from July. The URS said the system "
            "would cut delays.")
    service = _key(x, "Revenue Service")
    assert "URS" in x.entities[service].aliases
    assert not any("'s" in label for label in _labels(x))
    assert (service, "partOf", "uganda") in relation_set(x)


def test_possessive_agency_joins_the_full_name_written_elsewhere(run):
    x = run("Uganda's Revenue Service (URS) will share cargo data with Kenya. The Uganda Revenue Service employs "
            "3,000 people.")
    agencies = [e for e in x.entities.values() if e.type == "GovernmentAgency"]
    assert [e.label for e in agencies] == ["Uganda Revenue Service"]
    assert "URS" in agencies[0].aliases


def test_agency_of_one_country_does_not_join_another_countrys_longer_name(run):
    x = run("Zambia's Revenue Authority (ZRA) and the Kenya Revenue Authority (KRA) will join the scheme.")
    rels = relation_set(x)
    kenya = _key(x, "Kenya Revenue Authority")
    zambia = [s for s, p, o in rels if p == "partOf" and o == "zambia"]
    assert zambia and zambia[0] != kenya
    assert "ZRA" not in x.entities[kenya].aliases


def test_bare_agency_does_not_join_a_longer_name_another_country_owns(run):
    x = run("Staff of Eswatini's Revenue Service attended. Botswana's Unified Revenue Service said it would send "
            "staff.")
    rels = relation_set(x)
    owners = {o for s, p, o in rels if p == "partOf"}
    assert {"eswatini", "botswana"} <= owners
    subjects = {s for s, p, o in rels if p == "partOf"}
    assert len(subjects) == 2


# -- "the company said": the company its sentence names -----------------------------------

def test_the_company_said_is_the_company_named_in_the_sentence(run):
    x = run("Latvia's grid operator AST will build a new line to the Estonian border, the company said on Tuesday.")
    assert statement_by_quote(x, "will build a new line").speaker == _key(x, "AST")


def test_the_company_said_with_two_companies_stays_unresolved(run):
    x = run("Estonia will buy power from Nordgrid Ltd and from Baltpower Ltd until June, the company said on "
            "Tuesday.")
    speaker = statement_by_quote(x, "will buy power").speaker
    assert x.entities[speaker].label not in {"Nordgrid", "Baltpower", "Estonia"}
