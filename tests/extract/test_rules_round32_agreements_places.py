"""Round-32 agreement and place classes (GP1, GP3, GP4, GP5, GP6), shown on invented
sentences (towns, links and agreements made up; real countries where the country must be
recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _labels(x, kind: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == kind}


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- GP1: a unit word before "crossing" ---------------------------------------------------------
def test_unit_word_crossing_is_the_crossing_named_without_it(run):
    for unit in ("land", "road", "rail"):
        x = run(f"Border reopens\n\nKuwait and Iraq reopened the Ardo-Belin {unit} crossing on Monday. Trucks "
                "queued at the Ardo-Belin crossing for hours.\n", date="2026-05-14")
        places = _labels(x, "Place")
        assert "Ardo-Belin crossing" in places, places
        assert f"Ardo-Belin {unit} crossing" not in places, places
    # a unit word every mention has is part of the name
    x = run("Border reopens\n\nKuwait and Iraq reopened the Ardo-Belin road crossing on Monday. Trucks queued "
            "at the Ardo-Belin road crossing for hours.\n", date="2026-05-14")
    assert "Ardo-Belin road crossing" in _labels(x, "Place")


# -- GP3: a link on the border between two regions ----------------------------------------------
def test_pass_on_the_border_between_two_regions_connects_them(run):
    for text in ("Tarsa Pass: on the border between Pakistan's Oruma region and China's Velka region.",
                 "The Tarsa Pass, which lies on the border between Pakistan's Oruma region and China's Velka region, "
                 "was closed."):
        x = run(f"Pass\n\nPakistan and China discussed trade.\n\n{text}\n", date="2026-05-14")
        rels = relation_set(x)
        tarsa = _key(x, "Tarsa Pass")
        assert (tarsa, "connects", _key(x, "Oruma region")) in rels, rels
        assert (tarsa, "connects", _key(x, "Velka region")) in rels, rels


# -- GP4: apposition of a group and of a place's edge ----------------------------------------------
def test_one_of_the_islands_lies_in_the_group(run):
    x = run("Islands\n\nJapan and Russia discussed Tavo Island, one of the Kerin islands, on Monday. "
            "Lumo Island, one of the Kerin Islands, has a port.\n", date="2026-05-14")
    rels = relation_set(x)
    group = _key(x, "Kerin islands")
    assert (_key(x, "Tavo Island"), "locatedIn", group) in rels, rels
    assert (_key(x, "Lumo Island"), "locatedIn", group) in rels, rels


def test_town_on_the_tip_or_coast_of_a_region(run):
    x = run("Talks\n\nJapan and Russia officials met in Ostama, on the eastern tip of Hokkaido. They later flew "
            "to Vessaka, on the northern coast of Hokkaido.\n", date="2026-05-14")
    rels = relation_set(x)
    hokkaido = _key(x, "Hokkaido")
    assert (_key(x, "Ostama"), "locatedIn", hokkaido) in rels, rels
    assert (_key(x, "Vessaka"), "locatedIn", hokkaido) in rels, rels


def test_river_lies_in_no_county(run):
    x = run("Floods\n\nIndia and China discussed floods. The Tavu river in Orda county floods each summer. The Kessa "
            "River, in Sikkim's Mabo district, is dammed.\n", date="2026-05-14")
    rels = relation_set(x)
    assert not any(p == "locatedIn" and "tavu" in s for s, p, o in rels), rels
    assert not any(p == "locatedIn" and "kessa" in s for s, p, o in rels), rels


# -- GP5: a panel's acronym + framework ----------------------------------------------------------
def test_acronym_framework_is_no_agreement_unless_signed(run):
    x = run("Talks\n\nSudan and South Sudan returned to the KAPO framework on Monday.\n", date="2026-05-14")
    assert "KAPO framework" not in _labels(x, "Agreement")
    x = run("Talks\n\nSudan and South Sudan signed the KAPO framework on Monday.\n", date="2026-05-14")
    assert "KAPO framework" in _labels(x, "Agreement")


# -- GP6: a treaty a country follows --------------------------------------------------------------
def test_followed_old_treaty_has_no_parties_of_today(run):
    for verb in ("still follows", "adheres to", "invokes"):
        x = run(f"Border\n\nTurkey and Armenia met in Ankara. Armenia {verb} the 1921 Treaty of Orvan, officials "
                "said.\n", date="2026-05-14")
        treaty = _key(x, "Treaty of Orvan")
        assert not any(p == "partyTo" and o == treaty for s, p, o in relation_set(x)), relation_set(x)
    # an old text the two sides discuss, with no one said to follow it, stays theirs
    x = run("Border\n\nTurkey and Armenia met in Ankara. Both sides discussed the 1921 Treaty of Orvan, officials "
            "said.\n", date="2026-05-14")
    treaty = _key(x, "Treaty of Orvan")
    assert ("armenia", "partyTo", treaty) in relation_set(x)


def test_short_name_of_an_autonomous_region_is_that_region(run):
    x = run("Trade\n\nChina's Orsa Autonomous Region borders India. Traders from Orsa, in China, crossed the pass.\n",
            date="2026-05-14")
    places = _labels(x, "Place")
    assert "Orsa Autonomous Region" in places and "Orsa" not in places, places
    assert (_key(x, "Orsa Autonomous Region"), "locatedIn", "china") in relation_set(x)


# -- GP2: a text named after two countries ----------------------------------------------------------
def test_compound_named_text_binds_both_countries(run):
    x = run("Trade\n\nRussia and China met in Beijing. Officials cited the 2001 Sino-Russian treaty of friendship.\n",
            date="2026-05-14")
    treaty = _key(x, "Sino-Russian treaty")
    rels = relation_set(x)
    assert {("china", "partyTo", treaty), ("russia", "partyTo", treaty)} <= rels, rels
    x = run("Border\n\nChina and India met. Pakistan was not invited. The 1963 Sino-Pakistan boundary agreement "
            "still angers India.\n", date="2026-05-14")
    agreement = _key(x, "Sino-Pakistan boundary agreement")
    rels = relation_set(x)
    assert {("china", "partyTo", agreement), ("pakistan", "partyTo", agreement)} <= rels, rels
    assert ("india", "partyTo", agreement) not in rels, rels


def test_fact_box_field_word_is_no_part_of_the_title(run):
    x = run("Treaties\n\nKey texts\n\nTreaty of Orvan\nSigned 3 March 1998 in Tallinn; ratified 1999.\n"
            "Parties: Estonia, Latvia.\n\nEstonia and Latvia talk again.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert "Treaty of Orvan" in agreements, agreements
    assert (_key(x, "Treaty of Orvan"), "dateSigned", "1998-03-03") in relation_set(x)
