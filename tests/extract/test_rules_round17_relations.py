"""Round-17 rules for relations and offices, each shown on invented sentences
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

import pytest


def _positions(x, person: str) -> list[str]:
    return sorted(x.entities[r.object].label for r in x.relations
                  if r.subject == person and r.predicate == "holdsPosition")


def _position_names(x, person: str) -> set[str]:
    """Labels and aliases of the positions a person holds (lower case)."""
    out: set[str] = set()
    for r in x.relations:
        if r.subject == person and r.predicate == "holdsPosition":
            e = x.entities[r.object]
            out |= {n.lower() for n in (e.label, *e.aliases)}
    return out


def _sides(x, person: str) -> set[str]:
    return {r.object for r in x.relations if r.subject == person and r.predicate == "represents"}


def _people(x) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed}


_LEAD = "Kenya and Tanzania agreed on Tuesday to build a new road bridge.\n\n"


# -- B1: "Minister of X and Y NAME" / "Minister of X, Y and Z, NAME," ----------------------------
@pytest.mark.parametrize(("sentence", "name", "title", "side"), [
    ("Tanzanian Minister of Energy and Minerals Joseph Mwakyusa said the cable was ready.",
     "Joseph Mwakyusa", "minister of energy and minerals", "tanzania"),
    ("Kenyan Minister of Roads and Public Works Amina Odhiambo said the bridge would open in May.",
     "Amina Odhiambo", "minister of roads and public works", "kenya"),
    ("Tanzanian Minister of Lands, Housing and Human Settlements Grace Kimaro told reporters the land was free.",
     "Grace Kimaro", "minister of lands, housing and human settlements", "tanzania"),
    ("Tanzania's Minister of Foreign Affairs and East African Cooperation, Halima Said, was in Arusha.",
     "Halima Said", "minister of foreign affairs and east african cooperation", "tanzania"),
    ("On Friday, Kenya's Minister of State in charge of East African Affairs, Ruth Wanjiku, met officials in Arusha.",
     "Ruth Wanjiku", "minister of state in charge of east african affairs", "kenya"),
    ("Bolivian Minister of Energy and Mines Carla Flores was also present.",
     "Carla Flores", "minister of energy and mines", "bolivia"),
])
def test_minister_of_a_list_of_portfolios_before_a_name(run, sentence, name, title, side):
    lead = _LEAD if side in {"kenya", "tanzania"} else "Bolivia and Peru agreed on Tuesday to build a bridge.\n\n"
    x = run(lead + sentence)
    assert name in _people(x), _people(x)
    key = next(k for k, e in x.entities.items() if e.label == name)
    assert title in _position_names(x, key), _position_names(x, key)
    assert side in _sides(x, key), _sides(x, key)
    # no person or organisation made of the title's last words glued to the name
    assert not any(e.label.endswith(name) and e.label != name for e in x.entities.values()), \
        sorted(e.label for e in x.entities.values())


def test_portfolio_words_of_a_title_are_no_organisation_and_no_speaker(run):
    x = run("Bolivia and Peru agreed on Tuesday to build a bridge.\n\n"
            "Bolivia's Minister of Foreign Affairs and Regional Integration, Marco Mamani, said the text was ready. "
            "Bolivia's Minister of State in charge of Regional Integration, Elena Rojas, signed the protocol.")
    labels = {e.label for e in x.entities.values() if e.type != "Position"}
    assert "Regional Integration" not in labels, labels
    assert {s.speaker for s in x.statements} == {"marco-mamani"}, [(s.speaker, s.quote) for s in x.statements]
    assert "minister of state in charge of regional integration" in _position_names(x, "elena-rojas")


def test_position_keeps_in_charge_of_in_lower_case(run):
    x = run("Bolivia and Peru agreed on Tuesday to build a bridge.\n\n"
            "Peru's Minister of State in charge of Border Development, Luis Quispe, signed the protocol.")
    labels = [x.entities[r.object].label for r in x.relations if r.predicate == "holdsPosition"]
    assert any("in charge of Border Development" in label for label in labels), labels


def test_a_title_list_stops_at_another_owner(run):
    # "A's Minister of Finance and B's Minister of Trade X": X holds B's office only
    x = run("Bolivia and Peru agreed on Tuesday to build a bridge.\n\n"
            "The talks brought together Bolivia's Minister of Finance and Peru's Minister of Trade Luis Quispe.")
    assert "Luis Quispe" in _people(x), _people(x)
    names = _position_names(x, "luis-quispe")
    assert "minister of trade" in names, names
    assert not any("finance" in n for n in names), names
    assert _sides(x, "luis-quispe") == {"peru"}, _sides(x, "luis-quispe")


# -- B2: a country's name inside a longer place name is not that country -------------------------
def test_office_of_a_region_is_part_of_the_sovereign_country(run):
    x = run("Britain and Ireland agreed on Tuesday to fund a new cancer unit.\n\n"
            "Northern Ireland Office minister Owen Hughes welcomed the deal. "
            "Scotland Office minister Fiona Baird said patients from both sides would be treated.")
    assert ("northern-ireland-office", "ireland") not in {(r.subject, r.object) for r in x.relations}
    assert "united-kingdom" in {r.object for r in x.relations
                                if r.subject == "northern-ireland-office" and r.predicate == "partOf"}
    assert _sides(x, "owen-hughes") == {"united-kingdom"}, _sides(x, "owen-hughes")
    assert _sides(x, "fiona-baird") == {"united-kingdom"}, _sides(x, "fiona-baird")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Britain and Ireland agreed on Tuesday to fund a new cancer unit.\n\n"
     "Owen Hughes, the Northern Ireland health minister, welcomed the deal.", "ireland"),
    ("Sudan and Ethiopia agreed on Tuesday to share river data.\n\n"
     "South Sudan Ministry of Water spokesman Deng Mabior said Sudan had not asked.", "sudan"),
    ("Senegal and Guinea agreed on Tuesday to build a road.\n\n"
     "Guinea-Bissau Ports Authority chief Ana Lopes met officials from Guinea.", "guinea"),
])
def test_country_word_inside_a_longer_name_is_no_side(run, text, wrong):
    x = run(text)
    assert not any(r.object == wrong and r.predicate in {"partOf", "represents", "positionIn"} for r in x.relations), \
        [(r.subject, r.predicate, r.object) for r in x.relations]


# -- B3: "Its <title>, NAME," -> an office of the organisation just named -------------------------
@pytest.mark.parametrize(("text", "person", "org", "title"), [
    ("Finland and Estonia agreed on Tuesday to build a second power cable.\n\n"
     "Fingrid, the Finnish grid operator, has surveyed the route. Its head of offshore projects, "
     "Mikko Lahti, said the seabed was clear.", "mikko-lahti", "fingrid", "head of offshore projects"),
    ("Finland and Estonia agreed on Tuesday to build a second power cable.\n\n"
     "The Paldiski Port Authority says it wants investment in the terminal. Its director, Jaan Kask, "
     "told me the quay was too short.", "jaan-kask", "paldiski-port-authority", "director"),
])
def test_its_title_before_a_name_is_an_office_of_the_body_named_before(run, text, person, org, title):
    x = run(text)
    assert title in _position_names(x, person), _position_names(x, person)
    assert org in _sides(x, person), _sides(x, person)
    assert "finland" not in _sides(x, person) and "estonia" not in _sides(x, person)


# -- B4: "who heads / coordinates / directs X at <Org>" and closing taglines ----------------------
_B4 = ("Finland and Estonia agreed on Tuesday to build a second power cable.\n\n"
       "\"The cable is late,\" said Anna Berg, who coordinates energy policy at the Baltic Climate Network. "
       "Peeter Saar, who heads North Baltic Rail, said freight would follow. Liisa Mets, who directs research "
       "at the Tallinn Energy Institute, was less sure.\n\n"
       "Kadri Lepp is a columnist for the Baltic Ledger. Toomas Vahter is a senior fellow at the Nordic Policy Centre.")


@pytest.mark.parametrize(("person", "title", "org"), [
    ("anna-berg", "energy policy coordinator", "baltic-climate-network"),
    ("peeter-saar", "head", "north-baltic-rail"),
    ("liisa-mets", "research director", "tallinn-energy-institute"),
    ("kadri-lepp", "columnist", "baltic-ledger"),
    ("toomas-vahter", "senior fellow", "nordic-policy-centre"),
])
def test_who_heads_and_taglines_give_the_office_as_news_writes_it(run, person, title, org):
    x = run(_B4)
    assert x.entities[person].type == "Person", x.entities[person]
    assert title in _position_names(x, person), _position_names(x, person)
    assert org in _sides(x, person), _sides(x, person)


def test_tagline_needs_an_organisation_after_the_role(run):
    x = run("Finland and Estonia agreed on Tuesday to build a second power cable.\n\n"
            "Kadri Lepp is a columnist for many years now, and she said the cable was late.")
    assert _position_names(x, "kadri-lepp") == set(), _position_names(x, "kadri-lepp")


def test_a_named_department_inside_a_title_run_stays_a_body(run):
    x = run("Bolivia and Peru agreed on Tuesday to build a bridge.\n\n"
            "The Peruvian delegation was led by the Undersecretary for Policy of the Department of Transport, "
            "Luis Quispe, while the Bolivian side was headed by Vice Minister Ana Rojas.")
    agency = next(k for k, e in x.entities.items() if e.label == "Department of Transport")
    assert "peru" in {r.object for r in x.relations if r.subject == agency and r.predicate == "partOf"}
    assert _sides(x, "luis-quispe") == {"peru"}, _sides(x, "luis-quispe")


# -- B5: "his/her <Country-name> counterpart, NAME" -----------------------------------------------
def test_counterpart_with_a_country_name_as_adjective(run):
    x = run("Zambia and Namibia agreed on Tuesday to build a bridge over the river.\n\n"
            "Zambian Transport Minister Mwila Banda met his Namibia counterpart, Minister Petrus Shikongo, "
            "in Lusaka. Zambia's trade minister Chanda Phiri and her Namibia counterpart Hilma Nghidinwa "
            "signed the protocol.")
    assert _sides(x, "petrus-shikongo") == {"namibia"}, _sides(x, "petrus-shikongo")
    assert _sides(x, "hilma-nghidinwa") == {"namibia"}, _sides(x, "hilma-nghidinwa")
    assert _sides(x, "mwila-banda") == {"zambia"}, _sides(x, "mwila-banda")


# -- B6: a party in parentheses after a name -------------------------------------------------------
def test_party_in_parentheses_is_whom_the_member_represents(run):
    x = run("Britain and Ireland agreed on Tuesday to fund a new cancer unit.\n\n"
            "Ms Dana Ortiz (Civic Union): \"The unit must open this year.\"\n"
            "Mr Tomas Reid (Green Party): \"We agree.\"\n")
    assert _sides(x, "dana-ortiz") == {"civic-union"}, _sides(x, "dana-ortiz")
    assert _sides(x, "tomas-reid") == {"green-party"}, _sides(x, "tomas-reid")


def test_parenthesis_that_is_more_than_a_name_gives_no_side(run):
    x = run("Britain and Ireland agreed on Tuesday to fund a new cancer unit.\n\n"
            "Dana Ortiz (a former Civic Union adviser) said the unit must open this year.")
    assert "civic-union" not in _sides(x, "dana-ortiz"), _sides(x, "dana-ortiz")


# -- B7: presenter / host / correspondent of an outlet ---------------------------------------------
@pytest.mark.parametrize(("sentence", "title"), [
    ("Speaking to presenter Niamh Walsh on BBC Radio Cymru's morning programme, the minister said the route "
     "would open.", "presenter"),
    ("The minister told breakfast presenter Niamh Walsh of BBC Radio Cymru that the route would open.",
     "breakfast presenter"),
])
def test_presenter_on_an_outlets_programme_represents_the_outlet(run, sentence, title):
    x = run("Ireland and Wales agreed on Tuesday to fund a new ferry route.\n\n" + sentence)
    assert _position_names(x, "niamh-walsh") >= {title}, _position_names(x, "niamh-walsh")
    assert _sides(x, "niamh-walsh") == {"bbc-radio-cymru"}, _sides(x, "niamh-walsh")


def test_correspondent_for_a_newspaper(run):
    x = run("Ireland and Wales agreed on Tuesday to fund a new ferry route.\n\n"
            "Conor Byrne, a correspondent for the Irish Times, said the route was popular.")
    assert "correspondent" in _position_names(x, "conor-byrne"), _position_names(x, "conor-byrne")
    assert _sides(x, "conor-byrne") == {"irish-times"}, _sides(x, "conor-byrne")


# -- B8: place chains and coordinated crossings ----------------------------------------------------
def _located(x) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "locatedIn"}


def test_part_of_and_lies_in_a_countrys_region(run):
    x = run("Latvia and Lithuania agreed on Tuesday to reopen two border crossings.\n\n"
            "Valka is part of Latvia's Valka Municipality. Biržai lies in Lithuania's Panevėžys County.")
    located = _located(x)
    assert {("valka", "valka-municipality"), ("valka-municipality", "latvia"),
            ("birzai", "panevezys-county"), ("panevezys-county", "lithuania")} <= located, located
    assert ("valka", "latvia") not in located  # the chain says where Valka lies: no shortcut
    assert x.entities["birzai"].type == "Place"


def test_coordinated_crossings_connect_their_named_ends(run):
    x = run("Latvia and Lithuania agreed on Tuesday to reopen two border crossings.\n\n"
            "Traffic from Bauska and Riga goes south to Panevėžys and Šiauliai. "
            "The Bauska-Panevėžys and Riga-Šiauliai crossings will reopen in May.")
    links = {(r.subject, r.object) for r in x.relations if r.predicate == "connects"}
    first = next(k for k, e in x.entities.items() if "Bauska-Panevėžys crossing" in {e.label, *e.aliases})
    second = next(k for k, e in x.entities.items() if "Riga-Šiauliai crossing" in {e.label, *e.aliases})
    assert {(first, "bauska"), (first, "panevezys"), (second, "riga"), (second, "siauliai")} <= links, links


# -- B9: connects forms ----------------------------------------------------------------------------
def test_link_that_runs_from_one_end_to_the_outskirts_of_the_other(run):
    x = run("Latvia and Lithuania agreed on Tuesday to build a new power line.\n\n"
            "The Aizkraukle–Panevėžys transmission line, which runs from Aizkraukle to the outskirts of "
            "Panevėžys, will carry 330 kilovolts.")
    line = next(k for k, e in x.entities.items() if e.label.endswith("transmission line"))
    ends = {r.object for r in x.relations if r.subject == line and r.predicate == "connects"}
    assert ends == {"aizkraukle", "panevezys"}, ends


def test_pair_named_line_is_a_place_that_links_its_ends(run):
    x = run("Latvia and Lithuania agreed on Tuesday to build a new power line.\n\n"
            "The new Jelgava-Šiauliai line, which will link Jelgava, in Latvia, with Šiauliai in Lithuania, "
            "is due in 2028.")
    line = x.entities["jelgava-siauliai-line"]
    assert line.type == "Place" and line.label == "Jelgava-Šiauliai line", line
    assert not any(e.type == "Organization" for e in x.entities.values()), \
        [(e.label, e.type) for e in x.entities.values()]
    ends = {r.object for r in x.relations if r.subject == line.key and r.predicate == "connects"}
    assert ends == {"jelgava", "siauliai"}, ends


# -- B10: a demonym apposition gives partOf; member bodies are not the state's ---------------------
def _parts(x, key: str) -> set[str]:
    return {r.object for r in x.relations if r.subject == key and r.predicate == "partOf"}


def test_apposed_state_service_is_part_of_the_country(run):
    x = run("Latvia and Lithuania agreed on Tuesday to ease border checks.\n\n"
            "The Directorate of Migration, the Lithuanian migration service, said it would hire more staff.")
    assert _parts(x, "directorate-of-migration") == {"lithuania"}, _parts(x, "directorate-of-migration")


def test_member_bodies_named_with_a_possessive_country_are_not_part_of_it(run):
    x = run("Latvia and Lithuania agreed on Tuesday to ease border checks.\n\n"
            "Lithuania's National Federation of Hauliers said the checks cost money. "
            "Latvia's Chamber of Commerce agreed.")
    assert _parts(x, "national-federation-of-hauliers") == set()
    assert _parts(x, "chamber-of-commerce") == set()
