"""Round-15 rules for relations, each shown on invented sentences (names made
up, countries other than those of the round's examples)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _positions(x, person: str) -> list[str]:
    return sorted(x.entities[r.object].label for r in x.relations
                  if r.subject == person and r.predicate == "holdsPosition")


def _sides(x, person: str) -> set[str]:
    return {r.object for r in x.relations if r.subject == person and r.predicate == "represents"}


def _person(x, name: str) -> str:
    """The key of the person whose label ends with ``name`` (a style of address may or may not stay)."""
    keys = [k for k, e in x.entities.items() if e.type == "Person" and e.label.endswith(name)]
    assert len(keys) == 1, (name, keys)
    return keys[0]


# -- B1: "<Country>'s <Title> A and his <Demonym> counterpart, B" ------------------------------
@pytest.mark.parametrize(("text", "a", "b", "b_side", "b_title"), [
    ("Estonia and Finland agreed on Tuesday to link their power grids.\n\n"
     "Estonia's Energy Minister Kaja Tamm and her Finnish counterpart, Mikko Virtanen, met in Tallinn on Monday.",
     "kaja-tamm", "mikko-virtanen", "finland", "Energy Minister of Finland"),
    ("Chile and Peru agreed on Tuesday to open a ferry line.\n\n"
     "Chile's Transport Minister Ana Rojas and her Peruvian counterpart, Luis Quispe, signed it in Lima.",
     "ana-rojas", "luis-quispe", "peru", "Transport Minister of Peru"),
])
def test_counterpart_after_a_possessive_title_gets_the_same_office(run, text, a, b, b_side, b_title):
    x = run(text)
    assert _positions(x, b) == [b_title], _positions(x, b)
    assert _sides(x, b) == {b_side}, _sides(x, b)
    # no Position built from the words "A and her ... counterpart"
    assert not any("counterpart" in e.label.lower() for e in x.entities.values() if e.type == "Position")
    assert len(_positions(x, a)) == 1, _positions(x, a)


def test_counterpart_of_a_pronoun_takes_the_office_named_before(run):
    x = run("Estonia and Finland agreed on Tuesday to link their power grids.\n\n"
            "Estonia's Energy Minister Kaja Tamm flew to Helsinki on Monday. She met her Finnish counterpart, "
            "Anna Virtanen, at the ministry.")
    assert _positions(x, "anna-virtanen") == ["Energy Minister of Finland"], _positions(x, "anna-virtanen")
    assert _sides(x, "anna-virtanen") == {"finland"}


def test_counterpart_of_the_same_side_gets_no_copied_office(run):
    x = run("Estonia and Finland agreed on Tuesday to link their power grids.\n\n"
            "Finland's Energy Minister Kaja Tamm flew to Tallinn on Monday. She met her Finnish counterpart, "
            "Anna Virtanen, at the ministry.")
    assert _positions(x, "anna-virtanen") == [], _positions(x, "anna-virtanen")


@pytest.mark.parametrize("style", ["Datuk Seri", "Tan Sri", "Dato'", "Pehin"])
def test_counterpart_with_a_style_of_address(run, style):
    x = run("Croatia and Malaysia agreed on Tuesday to cooperate on ports.\n\n"
            f"Croatia's Transport Minister Davor Horvat and his Malaysian counterpart, {style} Rahman Aziz, "
            "met in Zagreb on Monday.")
    aziz = _person(x, "Rahman Aziz")
    assert _sides(x, aziz) == {"malaysia"}, _sides(x, aziz)
    assert _positions(x, aziz) == ["Transport Minister of Malaysia"], _positions(x, aziz)


def test_titled_counterpart_with_a_style_of_address(run):
    x = run("Croatia and Malaysia agreed on Tuesday to cooperate on ports.\n\n"
            "Davor Horvat, Croatia's transport minister, met his Malaysian counterpart, "
            "Transport Minister Datuk Seri Rahman Aziz, in Zagreb.")
    aziz = _person(x, "Rahman Aziz")
    assert _sides(x, aziz) == {"malaysia"}, _sides(x, aziz)
    assert _positions(x, aziz) == ["Transport Minister of Malaysia"], _positions(x, aziz)


# -- B3: local officials represent the country their town lies in ------------------------------
_TOWNS = ("Chile and Peru agreed on Tuesday to open a ferry line.\n\n"
          "Arica's mayor, Carla Munoz, said the port was ready. Tacna mayor Jorge Vilca told reporters the "
          "line was late. \"It is good,\" said Pedro Soto, the intendente of Arica. Rosa Mamani, Tacna's mayor, "
          "said it was cheap. Luis Ccama, the mayor of Ilo, agreed.")


@pytest.mark.parametrize(("person", "country", "office"), [
    ("carla-munoz", "chile", "mayor"),
    ("jorge-vilca", "peru", "mayor"),
    ("pedro-soto", "chile", "intendente"),
    ("rosa-mamani", "peru", "mayor"),
    ("luis-ccama", "peru", "mayor"),
])
def test_local_officials_represent_their_towns_country(run, person, country, office):
    x = run(_TOWNS)
    assert _sides(x, person) == {country}, _sides(x, person)
    assert [p for p in _positions(x, person) if office in p.lower()], _positions(x, person)


def test_the_mayor_of_a_town_before_the_name(run):
    x = run("Chile and Peru agreed on Tuesday to open a ferry line.\n\n"
            "The mayor of Arica, Carla Munoz, said the port was ready. The deputy mayor of Tacna, Dr. Jorge Vilca, "
            "agreed.")
    assert _sides(x, "carla-munoz") == {"chile"}, _sides(x, "carla-munoz")
    assert _sides(x, "jorge-vilca") == {"peru"}, _sides(x, "jorge-vilca")
    assert [p for p in _positions(x, "jorge-vilca") if "deputy mayor" in p.lower()], _positions(x, "jorge-vilca")


def test_unknown_towns_country_from_the_text(run):
    x = run("Estonia and Latvia agreed on Tuesday to share a hospital.\n\n"
            "The hospital is in Voruste, a small Estonian town near the border. Voruste's mayor, Liis Kask, "
            "said the wards were ready. Anna Berzina, the mayor of Kalnciems, in Latvia, said patients would come.")
    assert _sides(x, "liis-kask") == {"estonia"}, _sides(x, "liis-kask")
    assert _sides(x, "anna-berzina") == {"latvia"}, _sides(x, "anna-berzina")


def test_town_the_name_finder_missed_before_mayor(run):
    x = run("Latvia opened a hospital on Tuesday.\n\n"
            "Voruste's mayor, Liis Kask, said the wards were ready. Kalnciems mayor Peteris Ozols agreed.")
    assert x.entities["voruste"].type == "Place"
    assert _sides(x, "liis-kask") == {"latvia"}, _sides(x, "liis-kask")
    assert _sides(x, "peteris-ozols") == {"latvia"}, _sides(x, "peteris-ozols")
    assert "kalnciems" in x.entities and x.entities["kalnciems"].type == "Place"


def test_a_town_is_never_whom_its_mayor_represents(run):
    x = run("Estonia and Latvia agreed on Tuesday to share a hospital.\n\n"
            "Voruste's mayor, Liis Kask, said the wards were ready.")
    assert not {s for s in _sides(x, "liis-kask") if x.entities[s].type == "Place"}, _sides(x, "liis-kask")


# -- B2: "The energy ministers, Latvia's A and Lithuania's B, met" -----------------------------
@pytest.mark.parametrize(("text", "people"), [
    ("Chile and Peru agreed on Tuesday to open a ferry line.\n\n"
     "The transport ministers, Chile's Ana Rojas and Peru's Luis Quispe, met in Arica on Monday.",
     {"ana-rojas": ("chile", "transport minister"), "luis-quispe": ("peru", "transport minister")}),
    ("Estonia and Finland signed a grid deal.\n\n"
     "The two energy ministers, Finland's Anna Virtanen and Estonia's Maria Tamm, signed it on Monday.",
     {"anna-virtanen": ("finland", "energy minister"), "maria-tamm": ("estonia", "energy minister")}),
])
def test_plural_office_before_possessive_names(run, text, people):
    x = run(text)
    for person, (country, office) in people.items():
        assert _sides(x, person) == {country}, (person, _sides(x, person))
        assert [p for p in _positions(x, person) if office in p.lower()], (person, _positions(x, person))


def test_plural_office_of_two_countries_pairs_the_names_in_order(run):
    x = run("Estonia and Finland agreed on Tuesday to link their power grids.\n\n"
            "The energy ministers of Estonia and Finland, Anna Tamm and Maria Virtanen, met in Tallinn on Monday.")
    assert _sides(x, "anna-tamm") == {"estonia"}, _sides(x, "anna-tamm")
    assert _sides(x, "maria-virtanen") == {"finland"}, _sides(x, "maria-virtanen")
    assert _positions(x, "maria-virtanen") == ["Energy Minister of Finland"], _positions(x, "maria-virtanen")


def test_possessive_name_after_a_clause_gets_no_plural_office(run):
    x = run("Chile and Peru agreed on Tuesday to open a ferry line.\n\n"
            "The ministers met on Monday, and Chile's Pedro Soto said it was good.")
    assert _positions(x, "pedro-soto") == [], _positions(x, "pedro-soto")


# -- B4: agencies partOf their country (more forms) --------------------------------------------
_AGENCIES = ("Estonia and Finland agreed on Tuesday to patrol the gulf together under the Gulf Patrol Authority.\n\n"
             "Finland's maritime security agency, Merivarti, will share radar data. TKV, Estonia's state health "
             "provider, will run the clinic. The Prison Service Agency (PSA), which runs Finnish prisons, agreed. "
             "The deal names the Ministry of Justice of Estonia. The authority's Council of Ministers met.")


@pytest.mark.parametrize(("body", "owner"), [
    ("merivarti", "finland"),
    ("tkv", "estonia"),
    ("prison-service-agency", "finland"),
    ("ministry-of-justice-of-estonia", "estonia"),
    ("council-of-ministers", "gulf-patrol-authority"),
])
def test_agency_belongs_to_its_owner(run, body, owner):
    x = run(_AGENCIES)
    assert (body, "partOf", owner) in relation_set(x), sorted(r for r in relation_set(x) if r[1] == "partOf")


def test_what_a_company_runs_is_no_ownership_without_a_demonym(run):
    x = run("Estonia and Finland agreed on Tuesday to patrol the gulf.\n\n"
            "The Prison Service Agency (PSA), which runs Tallinn Central Prison, agreed.")
    assert not {r for r in relation_set(x) if r[0] == "prison-service-agency" and r[1] == "partOf"}


# -- B7: location chains -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia and Finland agreed on Tuesday to build a ferry terminal.\n\n"
     "The terminal will be in Paldiski, in Estonia's western province of Laane.",
     {("paldiski", "locatedIn", "laane"), ("laane", "locatedIn", "estonia")}),
    ("Chile and Peru agreed on Tuesday to build a ferry terminal.\n\n"
     "The port will be at Caleta Sur, in Peru's southern region of Moquegua.",
     {("caleta-sur", "locatedIn", "moquegua"), ("moquegua", "locatedIn", "peru")}),
    ("Estonia and Finland agreed on Tuesday to build a ferry terminal.\n\n"
     "Jurmala, the capital of Estonia's Laane province, objected.",
     {("jurmala", "locatedIn", "laane-province"), ("laane-province", "locatedIn", "estonia")}),
    ("Estonia and Finland agreed on Tuesday to build a ferry terminal.\n\n"
     "Officials said Lahti, the Hame's provincial capital, objected, and officials in Hame Province agreed.",
     {("lahti", "locatedIn", "hame-province")}),
    ("Estonia and Finland agreed on Tuesday to build a ferry terminal.\n\n"
     "Talks were held at the Kalev Hotel in Helsinki.",
     {("kalev-hotel", "locatedIn", "helsinki")}),
    ("Estonia and Finland agreed on Tuesday to build a rail line.\n\n"
     "A rail line between Balti Jaam in Tallinn and Pasila Station in Helsinki is planned.",
     {("balti-jaam", "locatedIn", "tallinn"), ("pasila-station", "locatedIn", "helsinki")}),
])
def test_place_chains(run, text, expected):
    rels = relation_set(run(text))
    assert expected <= rels, sorted(r for r in rels if r[1] == "locatedIn")


def test_region_chain_keeps_the_town_out_of_the_country_shortcut(run):
    rels = relation_set(run("Estonia and Finland agreed on Tuesday to build a ferry terminal.\n\n"
                            "The terminal will be in Paldiski, in Estonia's western province of Laane."))
    assert ("paldiski", "locatedIn", "estonia") not in rels


# -- B8: connects ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia and Finland agreed on Tuesday to build a rail tunnel.\n\n"
     "The Baltic Rail Link, a rail line between Balti Jaam in Tallinn and Pasila Station in Helsinki, "
     "will open in 2030.",
     {("baltic-rail-link", "connects", "balti-jaam"), ("baltic-rail-link", "connects", "pasila-station")}),
    ("Estonia and Finland agreed on Tuesday to build a rail tunnel.\n\n"
     "Traffic backs up where the Via Karelia crosses from Finland's Kymi province into Vaalimaa.",
     {("via-karelia", "connects", "kymi-province"), ("via-karelia", "connects", "vaalimaa")}),
    ("Estonia and Finland agreed on Tuesday to build a rail tunnel.\n\n"
     "The Vaalimaa crossing links the Finnish town of Vaalimaa with Torfyanovka.",
     {("vaalimaa-crossing", "connects", "vaalimaa"), ("vaalimaa-crossing", "connects", "torfyanovka")}),
    ("Estonia and Finland agreed on Tuesday to build a rail tunnel.\n\n"
     "Route 7, the highway that links Kotka with Helsinki, is busy.",
     {("route-7", "connects", "kotka"), ("route-7", "connects", "helsinki")}),
])
def test_connects(run, text, expected):
    x = run(text)
    rels = relation_set(x)
    assert expected <= rels, sorted(r for r in rels if r[1] == "connects")
    for subject, _, _ in expected:
        assert x.entities[subject].type == "Place"


def test_a_company_is_not_made_a_link_by_a_plain_apposition(run):
    x = run("Estonia and Finland agreed on Tuesday to build a rail tunnel.\n\n"
            "Nordrail Group, a rail operator between Tallinn and Helsinki, will bid.")
    assert not {r for r in relation_set(x) if r[1] == "connects"}


# -- B5: lowercase offices "of ... at", spokespeople of a demonym's ministry, researchers ------------
_OFFICES = ("Estonia and Finland agreed on Tuesday to patrol fisheries together.\n\n"
            "\"We will share data,\" said Liis Kask, director-general of marine resources surveillance at "
            "Estonia's Ministry of Agriculture. A spokesperson for the Finnish ministry, Anna Virtanen, said the "
            "deal was fair. A spokesman for the Estonian interior ministry, Peeter Kask, agreed. Maria Tamm, a "
            "researcher at Transparency Watch Finland, said it was weak.")


@pytest.mark.parametrize(("person", "side", "office"), [
    ("liis-kask", "estonia", "director-general of marine resources surveillance"),
    ("anna-virtanen", "finland", "spokesperson"),
    ("peeter-kask", "estonia", "spokesman"),
    ("maria-tamm", "transparency-watch-finland", "researcher"),
])
def test_lowercase_offices_and_their_sides(run, person, side, office):
    x = run(_OFFICES)
    assert side in _sides(x, person), _sides(x, person)
    assert [p for p in _positions(x, person) if office in p.lower()], _positions(x, person)


# -- B6: meetings ------------------------------------------------------------------------------
def _met(x, a: str, b: str) -> bool:
    return (a, "metWith", b) in relation_set(x) or (b, "metWith", a) in relation_set(x)


def test_meeting_named_before_the_two_ministers(run):
    x = run("Estonia and Finland agreed on Tuesday to open a joint customs post.\n\n"
            "The deal came after a meeting in the customs building in Narva. Estonia's Finance Minister Kaja Tamm "
            "and Finland's Finance Minister Anna Virtanen signed it.")
    assert _met(x, "kaja-tamm", "anna-virtanen")


def test_meeting_then_two_people_of_one_side_is_no_meeting_between_them(run):
    x = run("Estonia and Finland agreed on Tuesday to open a joint customs post.\n\n"
            "The deal came after a meeting in Narva. Estonia's Finance Minister Kaja Tamm and Estonia's Interior "
            "Minister Liis Kask praised it.")
    assert not _met(x, "kaja-tamm", "liis-kask")


def test_sat_across_the_table_from(run):
    x = run("Estonia and Finland resumed talks on Tuesday.\n\n"
            "The two chief negotiators met in Tallinn. Estonia's deputy minister, Liis Kask, sat across the table "
            "from Anna Virtanen, Finland's trade envoy.")
    assert _met(x, "liis-kask", "anna-virtanen")


def test_received_by_the_host_then_met(run):
    x = run("Finland's Trade Minister Anna Virtanen arrived in Tallinn on Tuesday.\n\n"
            "She is being received by her host, Minister Kaja Tamm. The two met privately.")
    assert _met(x, "anna-virtanen", "kaja-tamm")
