"""Session-27 entity naming classes, shown on invented sentences (people, towns and
bodies made up; real countries where the country must be recognised).

N1 police and military ranks are no part of a name; N2 a name apposed to "his/her
<Town> counterpart" is a person and the town a place; N3 region and territory
demonyms ("Greenlandic", "Sindhi") are adjectives that place a town in its region;
N4 "the <Demonym> bank/utility/railway company" refers back to the named body.
"""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set

DATE = "2026-03-02"


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- N1: ranks ------------------------------------------------------------------------------------
def test_police_and_military_ranks_are_cut_from_names(run):
    for rank in ("Superintendent", "Chief Inspector", "Sergeant", "Detective Constable", "Lieutenant",
                 "Rear Admiral", "Deputy Commissioner", "Commander"):
        x = run(f"Talks\n\nGhana and Togo agreed on joint patrols on Monday. {rank} Efua Amankwah said the "
                "patrols would start in April.\n", DATE)
        types = entity_types(x)
        assert types.get("Efua Amankwah") == "Person", (rank, types)
        people = {label for label, type_ in types.items() if type_ == "Person"}
        assert people == {"Efua Amankwah"}, (rank, types)


def test_rank_before_a_lone_surname_is_cut(run):
    x = run("Talks\n\nGhana and Togo agreed on joint patrols. Inspector Yaw Darko Mensimah led the team. "
            "\"We are ready,\" Sergeant Mensimah said.\n", DATE)
    labels = set(entity_types(x))
    assert "Yaw Darko Mensimah" in labels and not any(l.startswith("Sergeant") for l in labels), labels
    speaker = next(s.speaker for s in x.statements if "We are ready" in s.quote)
    assert speaker == _key(x, "Yaw Darko Mensimah")


def test_superintendent_is_kept_as_the_position(run):
    x = run("Talks\n\nChile and Peru met in Arica on Tuesday. Superintendent Rosa Villagrán said the "
            "customs talks went well.\n", DATE)
    person = _key(x, "Rosa Villagrán")
    positions = [o for s, p, o in relation_set(x) if s == person and p == "holdsPosition"]
    assert positions and x.entities[positions[0]].label == "Superintendent", relation_set(x)


def test_weak_rank_needs_two_name_words(run):
    x = run("Talks\n\nGhana and Togo met in Lomé. Major Kweku Fosu said the border would open. "
            "The Major Roads Fund will pay for the works.\n", DATE)
    labels = set(entity_types(x))
    assert "Kweku Fosu" in labels and "Major Kweku Fosu" not in labels, labels


# -- N2: counterparts -----------------------------------------------------------------------------
def test_name_apposed_to_a_personal_counterpart_is_a_person(run):
    # the model reads this name as an organisation
    x = run("Talks\n\nHungary and Slovakia opened a ferry on Friday. The mayor of Vácrátót, Ilona Berki, "
            "attended. Her Párkány counterpart, Tibor Juhasz, said the ferry would help.\n", DATE)
    types = entity_types(x)
    assert types.get("Tibor Juhasz") == "Person", types


def test_body_apposed_to_its_counterpart_stays_a_body(run):
    x = run("Talks\n\nHungary and Slovakia agreed on rail freight. The Hungarian railway met its Slovak "
            "counterpart, Velko Rail Cargo, in Vácrátót.\n", DATE)
    assert entity_types(x).get("Velko Rail Cargo") != "Person", entity_types(x)


def test_word_between_owner_and_counterpart_is_a_town_not_a_person(run):
    x = run("Talks\n\nHungary and Romania opened a bridge on Friday. The mayor of Zalakvár, Ildikó Fenyvesi, "
            "attended. Her Oradena counterpart, Sorin Dobrescu, said the bridge would help trade.\n", DATE)
    types = entity_types(x)
    assert types.get("Sorin Dobrescu") == "Person", types
    assert types.get("Oradena") == "Place", types
    assert not any(label.endswith("counterpart") for label in types), types


def test_demonym_before_counterpart_stays_no_entity(run):
    x = run("Talks\n\nSenegal and Gambia held talks. The minister welcomed her Gambian counterpart, "
            "Lamin Sowe, in Dakar.\n", DATE)
    types = entity_types(x)
    assert types.get("Lamin Sowe") == "Person" and "Gambian" not in types, types


# -- N3: region demonyms --------------------------------------------------------------------------
def test_territory_demonym_is_no_person_and_places_the_town(run):
    x = run("Talks\n\nDenmark and Iceland discussed fishing quotas. Officials met in Qaqortuk, the Greenlandic "
            "port, on Monday.\n", DATE)
    types = entity_types(x)
    assert "Greenlandic" not in types, types
    assert (_key(x, "Qaqortuk"), "locatedIn", _key(x, "Greenland")) in relation_set(x)


def test_region_demonym_with_an_irregular_stem_names_its_region(run):
    x = run("Talks\n\nPakistan and India discussed the river. Engineers met in Kotrabad, a Sindhi town near "
            "the river, on Monday.\n", DATE)
    assert (_key(x, "Kotrabad"), "locatedIn", _key(x, "Sindh")) in relation_set(x), relation_set(x)


# -- N4: demonym + lower-case body head -----------------------------------------------------------
def test_demonym_bank_is_the_named_bank_of_that_country(run):
    x = run("Talks\n\nLaos and Thailand agreed a currency swap on Monday. The Bank of the Lao PDR will provide "
            "the funds. \"The swap will steady the kip,\" the Lao bank said in a statement.\n", DATE)
    speaker = next(s.speaker for s in x.statements if "steady the kip" in s.quote)
    assert speaker == _key(x, "Bank of the Lao PDR")
    assert "Lao bank" not in entity_types(x)


def test_demonym_utility_is_the_named_power_company(run):
    x = run("Talks\n\nKenya and Uganda signed a power deal. Kenya Power will buy the electricity. "
            "\"We are ready,\" the Kenyan utility said.\n", DATE)
    speaker = next(s.speaker for s in x.statements if "We are ready" in s.quote)
    assert speaker == _key(x, "Kenya Power")


def test_demonym_body_with_two_candidates_is_left_alone(run):
    x = run("Talks\n\nKenya and Uganda signed a power deal. Kenya Power and the Kenya Electricity Generating "
            "Company will share the work. \"We are ready,\" the Kenyan utility said.\n", DATE)
    speakers = {s.speaker for s in x.statements if "We are ready" in s.quote}
    assert not speakers & {_key(x, "Kenya Power")}, speakers


def test_demonym_body_of_another_country_is_not_resolved(run):
    x = run("Talks\n\nLaos and Thailand agreed a currency swap on Monday. The Bank of the Lao PDR will provide "
            "the funds. \"The swap is fair,\" the Thai bank said.\n", DATE)
    speakers = {s.speaker for s in x.statements if "swap is fair" in s.quote}
    assert _key(x, "Bank of the Lao PDR") not in speakers, speakers
