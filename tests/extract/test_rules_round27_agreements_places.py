"""Round-27 agreement and place classes G1-G7, shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _agreement_keys(x) -> set[str]:
    return {k for k, e in x.entities.items() if e.type == "Agreement"}


# -- G1: a second agreement set apart from the main one ------------------------------------------
def test_separate_agreement_of_same_topic_is_its_own(run):
    x = run("Fish talks\n\nMalta and Libya are negotiating a fisheries agreement that would let boats fish off "
            "the coast. Talks resumed in Valletta on Monday. Malta signed a separate fisheries agreement with "
            "Tunisia in 2004, and officials say that text is the model.\n", date="2026-05-14")
    rels = relation_set(x)
    assert len(_agreement_keys(x)) == 2
    main = next(o for s, p, o in rels if s == "libya" and p == "negotiates")
    other = next(k for k in _agreement_keys(x) if k != main)
    assert ("tunisia", "partyTo", other) in rels and ("malta", "partyTo", other) in rels
    assert (other, "dateSigned", "2004") in rels
    assert (main, "dateSigned", "2004") not in rels and ("tunisia", "partyTo", main) not in rels


# -- G2: negotiation verbs that take the text as their object -----------------------------------
def test_reopening_the_text_of_an_accord_is_negotiating_it(run):
    x = run("Border accord\n\nEstonia and Latvia signed the Agreement on Border Crossings in 2011. The two "
            "countries agreed on Monday to reopen the text of the accord.\n", date="2026-05-14")
    rels = relation_set(x)
    assert ("estonia", "negotiates", "agreement-on-border-crossings") in rels
    assert ("latvia", "negotiates", "agreement-on-border-crossings") in rels
    # reopening a crossing under the accord is no work on the accord
    y = run("Border accord\n\nEstonia and Latvia signed the Agreement on Border Crossings in 2011. The two "
            "countries agreed on Monday to reopen the Valka crossing under the accord.\n", date="2026-05-14")
    assert ("estonia", "negotiates", "agreement-on-border-crossings") not in relation_set(y)


def test_team_to_review_the_acronym_text(run):
    x = run("Trade accord\n\nPeru and Bolivia signed the Preferential Trade Agreement (PTA) in 2019. Ministers "
            "of the two countries met in La Paz on Tuesday and agreed to set up a joint team to review the PTA.\n",
            date="2026-05-14")
    rels = relation_set(x)
    assert ("peru", "negotiates", "preferential-trade-agreement") in rels
    assert ("bolivia", "negotiates", "preferential-trade-agreement") in rels


def test_protocol_adding_to_an_agreement(run):
    x = run("Joint control\n\nEstonia and Latvia held talks in Valga on Tuesday. The delegations agreed the "
            "draft of a protocol that would add the Valka crossing to the 2015 Agreement on Joint Control.\n",
            date="2026-05-14")
    rels = relation_set(x)
    assert ("estonia", "negotiates", "agreement-on-joint-control") in rels
    assert ("latvia", "negotiates", "agreement-on-joint-control") in rels


def test_subject_of_a_meeting_is_negotiated(run):
    x = run("Transit talks\n\nOfficials of Kenya and Uganda met in Kampala on Wednesday for two days of talks. "
            "The subject was the 2019 Framework Agreement, which governs transit fees.\n", date="2026-05-14")
    rels = relation_set(x)
    assert ("kenya", "negotiates", "framework-agreement") in rels
    assert ("uganda", "negotiates", "framework-agreement") in rels


# -- G3: an indefinite first mention of the titled agreement ------------------------------------
def test_indefinite_description_is_the_later_title(run):
    x = run("Pipeline deal\n\nChile and Peru expect to sign an intergovernmental agreement on a gas pipeline "
            "before June, officials said on Monday. The Intergovernmental Agreement on the Chile-Peru Gas "
            "Pipeline would set transit fees for 25 years.\n", date="2026-05-14")
    assert _agreement_keys(x) == {"intergovernmental-agreement-on-the-chile-peru-gas-pipeline"}
    assert ("chile", "negotiates", "intergovernmental-agreement-on-the-chile-peru-gas-pipeline") in relation_set(x)


# -- G4: locatedIn phrasings --------------------------------------------------------------------
def test_lies_in_and_is_located_in_the_city_of(run):
    x = run("Gas deal\n\nIsrael and Cyprus signed a gas deal on Monday. The Marvel field lies in Block 4, south "
            "of the island. Tolvar Harbour is located in the city of Kessaran.\n", date="2026-05-14")
    assert "block-4" in _objs(x, "marvel", "locatedIn") | _objs(x, "marvel-field", "locatedIn")
    assert _objs(x, "tolvar-harbour", "locatedIn") == {"kessaran"}


def test_terminal_on_a_countrys_island(run):
    x = run("Gas deal\n\nCroatia and Hungary signed a gas deal on Monday. The Orvala terminal on Croatia's "
            "Tresk island will take the first cargo.\n", date="2026-05-14")
    assert "tresk-island" in _objs(x, "orvala-terminal", "locatedIn")


def test_part_of_country_and_largest_atoll_of_country(run):
    x = run("Fish deal\n\nMaldives and Sri Lanka signed a fisheries deal on Monday. A cannery will open in Veli "
            "City in the south of Maldives. Boats will land at Kessu Atoll, the largest atoll of Maldives.\n",
            date="2026-05-14")
    assert _objs(x, "veli-city", "locatedIn") == {"maldives"}
    assert _objs(x, "kessu-atoll", "locatedIn") == {"maldives"}


def test_both_listed_ports_lie_in_the_region(run):
    x = run("Port deal\n\nUkraine and Moldova signed a port deal on Monday. Grain leaves from the ports at "
            "Tarvik and Ossova in the Odesa region.\n", date="2026-05-14")
    assert _objs(x, "tarvik", "locatedIn") == _objs(x, "ossova", "locatedIn") != set()


# -- G5: spurious locatedIn ---------------------------------------------------------------------
def test_river_is_in_no_road_nor_in_the_possessive_country(run):
    x = run("Bridge\n\nVenezuela and Colombia opened a bridge on Monday. The bridge runs across the Orinoco at "
            "the end of the Tolvar Highway. Trucks carry grain to Romania's Danube ports.\n", date="2026-05-14")
    rels = relation_set(x)
    assert not {(s, o) for s, p, o in rels if p == "locatedIn" and s in {"orinoco", "danube"}}


# -- G6: connects -------------------------------------------------------------------------------
def test_joint_checkpoint_named_or_described_by_two_towns(run):
    x = run("Border checks\n\nMoldova and Romania agreed on Monday to open a joint Tarvesti-Olmu checkpoint on "
            "the Prut. Officials in Tarvesti and Olmu welcomed it.\n", date="2026-05-14")
    assert _objs(x, "tarvesti-olmu-checkpoint", "connects") == {"tarvesti", "olmu"}
    y = run("Border checks\n\nMoldova and Romania agreed on Monday to open a joint checkpoint at Tarvesti and "
            "Olmu. Officials from both towns will staff it.\n", date="2026-05-14")
    assert _objs(y, "tarvesti-olmu-checkpoint", "connects") == {"tarvesti", "olmu"}


def test_bridge_over_a_river_between_two_towns(run):
    x = run("Bridge\n\nBrazil and Paraguay opened the Amizade Bridge on Monday.\n\nLorries on the Amizade "
            "Bridge over the Rio Tolvo between Santa Kessa and Porto Velmar\n\nThe bridge took four years to "
            "build.\n", date="2026-05-14")
    assert _objs(x, "amizade-bridge", "connects") == {"santa-kessa", "porto-velmar"}


def test_planned_pipeline_runs_from_one_town_to_another(run):
    x = run("Pipeline deal\n\nMongolia and Russia signed a deal on the Altai gas pipeline on Monday. The "
            "planned pipeline would run 300 km from Darkhan, in Selenge province, to Choir. Construction starts "
            "in 2027.\n", date="2026-05-14")
    assert _objs(x, "altai-gas-pipeline", "connects") == {"darkhan", "choir"}


# -- G7: spurious connects ----------------------------------------------------------------------
def test_town_where_a_pipeline_joins_a_network_connects_nothing(run):
    x = run("Oil deal\n\nCroatia and Hungary signed an oil pipeline deal on Monday. The new pipeline would "
            "carry crude from Orvik to Tessak, where it would join the network of Janaf and feed the Tessak "
            "refinery.\n", date="2026-05-14")
    assert not _objs(x, "tessak", "connects")


def test_crossing_on_a_road_between_two_towns_does_not_connect_them(run):
    x = run("Border checks\n\nMoldova and Ukraine agreed on Monday to speed up checks at the Tarvi crossing on "
            "the road between Ossel and Vemor.\n", date="2026-05-14")
    assert not _objs(x, "tarvi-crossing", "connects")
    assert "Tarvi crossing" in entity_types(x)


# -- G3: a definite short description of a text described before by its topic -----------------
def test_short_description_joins_the_text_described_by_topic(run):
    x = run("Gas transit\n\nMongolia and Russia signed an agreement on gas transit on Tuesday in Ulaanbaatar. "
            "The transit agreement runs for 30 years.\n", date="2026-05-14")
    assert _agreement_keys(x) == {"agreement-on-gas-transit"}


def test_known_companies_that_join_a_consortium_are_no_links(run):
    x = run("Gas link talks\n\nAlgeria and Italy met in Rome on Monday. Sonatrach and Eni joined the "
            "consortium that links the two coasts.")
    types = {e.label: e.type for e in x.entities.values()}
    assert types.get("Sonatrach") == "Organization"
