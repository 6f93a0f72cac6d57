"""Round-29 office, side and meeting classes (O1-O8) and the position parts of the new
document shapes (S1 script labels, S3 former posts), shown on invented sentences (names
made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


_BRIDGE = ("VIENNA - Austria and Slovakia agreed on Tuesday to build a new bridge over the Danube.\n\n"
           "The two transport ministers met in Hainburg yesterday. Austrian Transport Minister Elke Brandl and "
           "her Slovak counterpart, Juraj Kolnik, spent four hours on the details of the crossing.\n\n")


# -- O1: one position per title ------------------------------------------------------------------
def test_counterpart_title_yields_to_the_explicit_title(run):
    x = run(_BRIDGE + "\"We will build it when the traffic is there,\" said Juraj Kolnik, Slovak Minister of "
            "Transport.\n")
    held = _objs(x, "juraj-kolnik", "holdsPosition")
    assert len(held) == 1
    assert {"minister of transport", "transport minister"} <= _position_labels(x, "juraj-kolnik")
    assert "slovakia" in _objs(x, "juraj-kolnik", "represents")


# -- O2: titles with comma lists of portfolios ---------------------------------------------------
def test_portfolio_list_title_with_country_before_the_name(run):
    x = run("PODGORICA - Montenegro and Serbia signed a water agreement on Monday.\n\n"
            "The agreement was signed by the Minister of Agriculture, Forestry and Water Management of Montenegro, "
            "Vesna Radulovic.\n")
    assert any("minister of agriculture, forestry and water management" in p
               for p in _position_labels(x, "vesna-radulovic"))
    assert "montenegro" in _objs(x, "vesna-radulovic", "represents")


def test_portfolio_list_title_with_country_after_the_name(run):
    x = run("MALABO - Equatorial Guinea and Gabon resumed border talks on Monday.\n\n"
            "Teodora Nsue, Minister of Foreign Affairs, Cooperation and Francophonie of Equatorial Guinea, "
            "opened the session.\n")
    assert any("minister of foreign affairs, cooperation and francophonie" in p for p in _position_labels(x, "teodora-nsue"))
    assert "equatorial-guinea" in _objs(x, "teodora-nsue", "represents")


# -- S1 / O8: titles on the soundbite labels of a broadcast script -------------------------------------
_SCRIPT = ("LAGOON TV — EVENING NEWS, 21:00\nSLUG: TOGO-BENIN / LAGOON TALKS\n"
           "DATE: 02/03/2026   RUN: 2'15   REPORTER: Kossi Ablode\n\n[ANCHOR, ON CAM]\n"
           "Togo and Benin have opened talks on the shared lagoon.\n\n[PKG]\n"
           "REPORTER (VO): The boatmen of Aneho cross the lagoon every day.\n"
           "SOT: Afi Hounsou, Minister of Water of Benin\n\"We share one lagoon and one future.\"\n"
           "SOT: Komla Ayivi, president, Aneho Boatmen's Union\n\"We need the channel dredged.\"\n"
           "SOT: Esi Lawani, researcher, Gulf Sea Institute\n\"The lagoon is getting shallower every year.\"\n"
           "[ANCHOR TAG, ON CAM]\nThe next round of talks is set for April.\n###\n")


def test_script_label_titles_and_bodies(run):
    x = run(_SCRIPT)
    assert "president" in _position_labels(x, "komla-ayivi")
    assert "aneho-boatmens-union" in _objs(x, "komla-ayivi", "represents")
    assert "researcher" in _position_labels(x, "esi-lawani")
    assert "gulf-sea-institute" in _objs(x, "esi-lawani", "represents")
    assert any("minister of water" in p for p in _position_labels(x, "afi-hounsou"))
    assert "benin" in _objs(x, "afi-hounsou", "represents")


def test_our_reporter_holds_reporter(run):
    x = run("RADIO LAKESIDE - NEWS AT NINE\n\n[PRESENTER]\nGood morning. Austria and Hungary have agreed to "
            "clean up the lake together. Our reporter Greta Wimmer was there.\n")
    assert "reporter" in _position_labels(x, "greta-wimmer")


# -- S3: a former post gives no side; the present post does -------------------------------------------
def test_former_post_then_present_post(run):
    x = run("By Pham Duc Long\n\nEditor's note: Pham Duc Long was Vietnam's ambassador to Laos from 2012 to 2017 "
            "and is now a senior fellow at the Mekong Policy Institute in Hanoi. The views expressed are his own.\n\n"
            "The railway between Vientiane and the coast has been promised for a decade.\n")
    assert "vietnam" not in _objs(x, "pham-duc-long", "represents")
    assert any("senior fellow" in p for p in _position_labels(x, "pham-duc-long"))
    assert "mekong-policy-institute" in _objs(x, "pham-duc-long", "represents")
    assert not any("ambassador" in p for p in _position_labels(x, "pham-duc-long"))


def test_capitalised_former_before_a_title(run):
    x = run("HANOI - Vietnam and Laos discussed the railway on Monday.\n\n"
            "Former Vietnamese ambassador Pham Duc Long said the line was late.\n")
    assert "vietnam" not in _objs(x, "pham-duc-long", "represents")


# -- O3: one who also took part met the other side ------------------------------------------------------
def test_also_took_part_meets_the_other_side(run):
    x = run("CHETUMAL - Mexico and Belize discussed a new bridge on Friday.\n\n"
            "Ramiro Canul, Mexico's Undersecretary for Trade, met Belize's Minister of Works, Dario Usher. "
            "The state Secretary of Economic Development, Marisol Pech, also took part.\n")
    assert _met(x, "ramiro-canul", "dario-usher")
    assert _met(x, "marisol-pech", "dario-usher")
    assert not _met(x, "marisol-pech", "ramiro-canul")
    assert "mexico" in _objs(x, "marisol-pech", "represents")


# -- O4: "the two ministers met", then the pair; counterparts spending hours together ------------
def test_the_two_ministers_met_then_the_pair(run):
    x = run(_BRIDGE.replace("spent four hours on", "agreed on"))
    assert _met(x, "elke-brandl", "juraj-kolnik")


def test_counterparts_spent_hours_together(run):
    x = run(_BRIDGE.replace("The two transport ministers met in Hainburg yesterday. ", ""))
    assert _met(x, "elke-brandl", "juraj-kolnik")


# -- O5: a municipality's mayor in a town of a known country ------------------------------------------
def test_mayor_of_a_municipality_in_an_opening_town(run):
    x = run("HELSINKI - Finland and Norway agreed on Tuesday to replace the old bridge.\n\n"
            "The new bridge will link Utsjoki with the Norwegian town of Kirkenes.\n\n"
            "In Kirkenes, Sor-Varanger mayor Tove Lie welcomed the decision.\n")
    assert _objs(x, "tove-lie", "represents") & {"norway"}
    assert "finland" not in _objs(x, "tove-lie", "represents")


# -- O6: "Project director X of the Finnish agency" -----------------------------------------------------
def test_project_director_of_the_demonym_agency(run):
    x = run("HELSINKI - Finland and Norway agreed on Tuesday to replace the old bridge.\n\n"
            "The Finnish Transport Infrastructure Agency will lead the design work. Project director Eero Salo "
            "of the Finnish agency said the bridge would open in 2029.\n")
    assert any("project director" in p for p in _position_labels(x, "eero-salo"))
    assert _objs(x, "eero-salo", "represents") == {"finland"}  # round-35 O1: the state body's country only
    assert "director of finland" not in _position_labels(x, "eero-salo")


# -- O7: researchers of a named institute -------------------------------------------------------------
def test_acronym_researcher_before_the_name(run):
    x = run("HELSINKI - Finland and Norway agreed on Tuesday to replace the old bridge.\n\n"
            "The Natural Resources Institute Finland (Luke) has counted fish since 1975. According to Luke "
            "researcher Sanna Peltola, the salmon stock is recovering.\n")
    assert "researcher" in {p.split(" of ")[0] for p in _position_labels(x, "sanna-peltola")}
    # a research institute's people speak for the institute, not the state (round-35 lead)
    assert _objs(x, "sanna-peltola", "represents") == {"natural-resources-institute-finland"}


def test_single_portfolio_word_before_the_name_is_no_organisation(run):
    x = run("BUDAPEST - Austria and Hungary agreed on Tuesday to clean up the lake.\n\n"
            "Hungary's Minister of Agriculture Janos Fekete said the lake was dirty.\n")
    assert not [e for e in x.entities.values() if e.label == "Agriculture"]
    assert _objs(x, "janos-fekete", "represents") == {"hungary"}


def test_bare_title_then_union_in_an_apposition(run):
    x = run("LOME - Togo and Benin opened talks on the lagoon on Monday.\n\n"
            "\"We need dredging,\" said Kodjo Amenyo, president, Aneho Boatmen's Union.\n")
    assert "aneho-boatmens-union" in _objs(x, "kodjo-amenyo", "represents")
    assert "togo" not in _objs(x, "kodjo-amenyo", "represents")
    assert not any("togo" in p for p in _position_labels(x, "kodjo-amenyo"))


def test_who_is_a_researcher_at_an_institute(run):
    x = run("LOME - Togo and Benin opened talks on the lagoon on Monday.\n\n"
            "Akosua Dede, who is a researcher at the Gulf Sea Institute, said the lagoon was shallow.\n")
    assert "researcher" in {p.split(" of ")[0] for p in _position_labels(x, "akosua-dede")}
    assert "gulf-sea-institute" in _objs(x, "akosua-dede", "represents")


def test_the_two_sides_met_then_the_pair(run):
    x = run(_BRIDGE.replace("The two transport ministers met", "The two sides met")
            .replace("spent four hours on", "agreed on"))
    assert _met(x, "elke-brandl", "juraj-kolnik")


# -- A4 / A6 (O part): a foreign-language state body and a town's municipality belong to the country --
def test_foreign_state_body_and_municipality_are_part_of_their_country(run):
    x = run("HELSINKI - Finland and Norway agreed on Tuesday to run a summer ferry on the Tana river.\n\n"
            "The ferry will link Utsjoki, in Finland, with the Norwegian village of Polmak. Utsjoki municipality "
            "said in a statement that the crossing would run daily until the end of August.\n\n"
            "In Mexico, the Agencia Nacional de Aduanas de México said it would open the bridge.\n")
    assert ("utsjoki-municipality", "partOf", "finland") in relation_set(x)
    body = next(k for k, e in x.entities.items() if e.label == "Agencia Nacional de Aduanas de México")
    assert (body, "partOf", "mexico") in relation_set(x)
