"""Round-35 agreement and place classes (G1-G6), shown on invented sentences (towns, links,
bodies and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _labels(x, kind: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == kind}


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


def _all(x):
    return sorted((e.label, e.type) for e in x.entities.values())


# -- G1: lower-case kinds of arrangement with a year or parties ----------------------------------
def test_dated_customs_union_between_two_is_an_agreement(run):
    for lead in ("Turkey wants to modernise", "Ankara still trades under"):
        x = run(f"Trade\n\n{lead} the 1996 customs union between Turkey and the EU, officials said on Monday.\n",
                date="2026-05-14")
        rels = relation_set(x)
        assert "customs union" in _labels(x, "Agreement"), _all(x)
        union = _key(x, "customs union")
        assert (union, "dateSigned", "1996") in rels, rels
        assert ("turkey", "partyTo", union) in rels and ("european-union", "partyTo", union) in rels, rels


def test_customs_union_a_country_signed_with_a_bloc(run):
    x = run("Trade\n\nAnkara wants to update the customs union Turkey signed with the EU in 1995. Separately, "
            "Tovo Rail runs trains.\n", date="2026-05-14")
    rels = relation_set(x)
    union = _key(x, "customs union")
    assert (union, "dateSigned", "1995") in rels, rels
    assert ("turkey", "partyTo", union) in rels and ("european-union", "partyTo", union) in rels, rels


def test_described_contract_signed_with_a_body_is_an_agreement(run):
    for text, label in (("Tovo Rail lost an operating contract signed with the Kessa Railways Corporation in 2014.",
                         "operating contract"),
                        ("Tovo Rail holds a management contract it signed with the Kessa Railways Corporation in 2014.",
                         "management contract")):
        x = run(f"Rail\n\nKenya and Uganda discussed the line. {text} The line is idle.\n", date="2026-05-14")
        rels = relation_set(x)
        assert label in _labels(x, "Agreement"), _all(x)
        deal = _key(x, label)
        assert (deal, "dateSigned", "2014") in rels, rels
        assert (_key(x, "Kessa Railways Corporation"), "partyTo", deal) in rels, rels


# -- G2: a lower-case title with a comma list closed by an acronym ------------------------------
def test_comma_list_with_acronym_stays_in_the_title(run):
    for lead, topic, acronym in (("a supplementary", "the joint customs, immigration and quarantine (CIQ) facilities", "CIQ"),
                                 ("a supplementary", "trade, transit and investment (TTI) rules", "TTI"),
                                 ("the", "joint customs, immigration and quarantine (CIQ) facilities", "CIQ")):
        x = run(f"Border\n\nMalaysia and Singapore signed {lead} agreement on {topic} on Monday.\n",
                date="2026-05-14")
        assert _labels(x, "Agreement") == {f"agreement on {topic}"}, _all(x)
        assert acronym not in _labels(x, "Organization"), _all(x)


# -- G3: short names of a named agreement --------------------------------------------------------
def test_one_word_short_name_of_a_listed_title(run):
    for title, short in (("Treaty of Friendship, Trade and Navigation", "Friendship Treaty"),
                         ("Agreement on Fisheries, Research and Surveillance", "Fisheries Agreement")):
        x = run(f"Treaty\n\nThe United States and Italy signed the 1987 {title} in Rome. Officials said the {short} "
                "still worked.\n", date="2026-05-14")
        assert _labels(x, "Agreement") == {title}, _all(x)
        assert short in x.entities[_key(x, title)].aliases


def test_better_known_as_is_an_alias(run):
    for phrase in ("in Carinthia it is better known as the Villach accord", "in Carinthia it is widely called the Villach accord"):
        x = run("Tunnel\n\nAustria and Italy signed the Border Tunnel Management Agreement (BTMA) in 2004. "
                f"Officials call it the BTMA; {phrase}. The Villach accord expires in 2030.\n", date="2026-05-14")
        assert _labels(x, "Agreement") == {"Border Tunnel Management Agreement"}, _all(x)
        assert "Villach accord" in x.entities[_key(x, "Border Tunnel Management Agreement")].aliases


def test_guidelines_title_keeps_the_gerund_object(run):
    for lead in ("India and Nepal signed a memorandum of understanding (MoU) on power trade in 1981. On Monday they "
                 "agreed", "India and Nepal on Monday agreed"):
        x = run(f"Power\n\n{lead} the Practical Guidelines for Implementing the 1981 MoU.\n", date="2026-05-14")
        agreements = _labels(x, "Agreement")
        assert "Practical Guidelines for Implementing the 1981 MoU" in agreements, _all(x)
        assert "Practical Guidelines for Implementing" not in agreements, _all(x)


# -- G4: locatedIn from descriptive appositions -------------------------------------------------
def test_region_adjective_places_the_town_in_the_region(run):
    x = run("Border\n\nGermany and Austria discussed checks. In Kessdorf, a Bavarian village in the Tovo district, "
            "residents complained. The Tyrolean town of Amberg was quiet. Lumiach, a Carinthian spa town, waited.\n",
            date="2026-05-14")
    rels = relation_set(x)
    assert (_key(x, "Kessdorf"), "locatedIn", _key(x, "Bavaria")) in rels, rels
    assert (_key(x, "Amberg"), "locatedIn", _key(x, "Tyrol")) in rels, rels
    assert (_key(x, "Lumiach"), "locatedIn", _key(x, "Carinthia")) in rels, rels
    assert (_key(x, "Tyrol"), "locatedIn", _key(x, "Amberg")) not in rels, rels


def test_capital_of_its_namesake_province(run):
    x = run("Rail\n\nAfghanistan and Uzbekistan discussed the line. Herat, capital of Herat province, would get a "
            "station. Kunduz, the provincial capital of Kunduz province, would get one too.\n", date="2026-05-14")
    rels = relation_set(x)
    assert {"Herat", "Herat province", "Kunduz", "Kunduz province"} <= _labels(x, "Place"), _all(x)
    assert (_key(x, "Herat"), "locatedIn", _key(x, "Herat province")) in rels, rels
    assert (_key(x, "Kunduz"), "locatedIn", _key(x, "Kunduz province")) in rels, rels
    assert (_key(x, "Kunduz"), "locatedIn", _key(x, "Herat province")) not in rels, rels
    assert (_key(x, "Kunduz"), "locatedIn", _key(x, "Herat")) not in rels, rels


def test_commune_which_includes_the_village(run):
    for unit in ("commune", "gmina"):
        x = run(f"Border\n\nPoland and Belarus discussed the crossing. Residents of the Sokółka {unit}, which includes "
                "the village of Kuźnica, said trade had fallen.\n", date="2026-05-14")
        assert (_key(x, "Kuźnica"), "locatedIn", _key(x, "Sokółka")) in relation_set(x), relation_set(x)


def test_site_in_a_towns_named_estate(run):
    for site, town, area in (("Stormont House", "Belfast", "Stormont Estate"), ("Tovo Lodge", "Arusha", "Kessa Gardens")):
        x = run(f"Talks\n\nBritain and Ireland met at {site} in {town}'s {area} on Monday.\n", date="2026-05-14")
        rels = relation_set(x)
        assert area in _labels(x, "Place"), _all(x)
        assert (_key(x, site), "locatedIn", _key(x, area)) in rels, rels
        assert (_key(x, area), "locatedIn", _key(x, town)) in rels, rels


# -- G5: connects --------------------------------------------------------------------------------
def test_hyphenated_line_name_connects_its_two_towns_named_elsewhere(run):
    # The ends must be places the text names outside the line's name: blind golds leave the
    # ends of "the Jamondino-Pomasqui line" unannotated when only the line's name has them.
    x = run("Roads\n\nAfghanistan and Pakistan agreed to repair the Kabul-Jalalabad highway. Traders in Jalalabad and "
            "Kabul welcomed the plan. Tanzania and Uganda discussed the Tosa-Mwanza railway and the Rusumo-Kigoma "
            "pipeline. Farmers near Tosa and Mwanza hope for lower fares. The North-South corridor and the "
            "Trans-Sahara highway stalled.\n", date="2026-05-14")
    rels = relation_set(x)
    for link, ends in (("Kabul-Jalalabad highway", ("Kabul", "Jalalabad")), ("Tosa-Mwanza railway", ("Tosa", "Mwanza"))):
        for end in ends:
            assert (_key(x, link), "connects", _key(x, end)) in rels, rels
    assert not {r for r in rels if r[1] == "connects" and r[0] in {"north-south-corridor", "trans-sahara-highway"}}, rels
    assert "Rusumo" not in {e.label for e in x.entities.values()}, rels


def test_region_name_with_a_particle_is_one_place(run):
    x = run("Rivers\n\nGermany and the Czech Republic discussed the Elbe. Officials met in the Ústí nad Labem Region on "
            "Monday. Boats also reach Rothenburg ob der Tauber.\n", date="2026-05-14")
    places = _labels(x, "Place")
    assert {"Ústí nad Labem Region", "Rothenburg ob der Tauber"} <= places, _all(x)
    assert not {"Labem Region", "Tauber"} & places, _all(x)


def test_the_crossing_named_after_its_town_links_the_far_town(run):
    x = run("Border\n\nBulgaria and Turkey agreed to expand the Lesovo crossing. The crossing links the village of "
            "Lesovo, in Bulgaria's Haskovo province, with Hamzabeyli, in Turkey's Edirne province.\n", date="2026-05-14")
    assert (_key(x, "Lesovo"), "connects", _key(x, "Hamzabeyli")) in relation_set(x), relation_set(x)


def test_capitalised_title_keeps_its_acronym_and_facility_word(run):
    title = "Agreement on Joint Customs, Immigration and Quarantine (CIQ) Facilities"
    x = run(f"Border\n\nMalaysia and Singapore signed the {title} on Monday.\n", date="2026-05-14")
    assert _labels(x, "Agreement") == {title}, _all(x)
    assert "CIQ" not in _labels(x, "Organization"), _all(x)


def test_crossing_which_lies_between_two_towns_connects_them(run):
    for verb in ("lies", "is located"):
        x = run(f"Border\n\nCosta Rica and Nicaragua reopened the Tovo crossing, which {verb} between Las Tablillas in "
                "Costa Rica and San Carlos in Nicaragua.\n", date="2026-05-14")
        rels = relation_set(x)
        for end in ("Las Tablillas", "San Carlos"):
            assert (_key(x, "Tovo crossing"), "connects", _key(x, end)) in rels, rels
