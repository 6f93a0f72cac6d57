"""Round-34 agreement and place classes (GP1-GP9), shown on invented sentences (towns,
links and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _labels(x, kind: str) -> set[str]:
    return {e.label for e in x.entities.values() if e.type == kind}


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- GP1: a title given with "call" -------------------------------------------------------------
def test_title_after_call_is_one_agreement_under_talks(run):
    for clause, title in (("resumed talks on Monday on a text both sides call the Flood and Release Rules",
                           "Flood and Release Rules"),
                          ("are negotiating a framework that negotiators have started to call KLT 3, "
                           "a new transit agreement", "KLT 3"),
                          ("resumed talks on a document both governments now call the Tovo Reservoir Rules",
                           "Tovo Reservoir Rules")):
        x = run(f"Talks\n\nSudan and Egypt {clause}. Diplomats said more rounds would follow.\n", date="2026-05-14")
        rels = relation_set(x)
        assert _labels(x, "Agreement") == {title}, sorted((e.label, e.type) for e in x.entities.values())
        for side in ("sudan", "egypt"):
            assert (side, "negotiates", _key(x, title)) in rels, rels
            assert (side, "partyTo", _key(x, title)) not in rels, rels


# -- GP2: numbered minutes ----------------------------------------------------------------------
def test_numbered_minutes_are_agreements(run):
    x = run("Water\n\nMexico and the United States delivered water under Minute 317, signed in 2019. "
            "The two governments are now negotiating Minute 342.\n", date="2026-05-14")
    rels = relation_set(x)
    assert {"Minute 317", "Minute 342"} <= _labels(x, "Agreement"), sorted((e.label, e.type) for e in x.entities.values())
    old, new = _key(x, "Minute 317"), _key(x, "Minute 342")
    assert (old, "dateSigned", "2019") in rels, rels
    assert ("mexico", "partyTo", old) in rels and ("united-states", "partyTo", old) in rels, rels
    assert ("mexico", "negotiates", new) in rels, rels


# -- GP3: long titles, "reached on" ------------------------------------------------------------
def test_consensus_title_stays_whole_and_reached_is_its_date(run):
    for verb in ("reached", "concluded"):
        x = run("Gas\n\nJapan and China resumed talks on Monday on joint development under the Japan-China "
                f"Principled Consensus on the Tovo Sea Issue, {verb} on June 18, 2008.\n", date="2026-05-14")
        title = "Japan-China Principled Consensus on the Tovo Sea Issue"
        assert title in _labels(x, "Agreement"), sorted((e.label, e.type) for e in x.entities.values())
        assert not _labels(x, "Person"), _labels(x, "Person")
        assert (_key(x, title), "dateSigned", "2008-06-18") in relation_set(x)


# -- GP4: a short reference with another treaty word --------------------------------------------
def test_place_word_reference_with_other_treaty_word_is_the_title(run):
    for first, ref in (("the 1975 Tovo Agreement", "the Tovo treaty"), ("the Kessa Accord", "the Kessa pact")):
        x = run(f"Border\n\nIran and Iraq still cite {first} in the river dispute. Officials said {ref} "
                "remains valid.\n", date="2026-05-14")
        assert len(_labels(x, "Agreement")) == 1, _labels(x, "Agreement")


# -- GP5: dated indefinite memoranda keep their whole name --------------------------------------
def test_dated_trilateral_memorandum_keeps_the_whole_name(run):
    x = run("Fish\n\nKenya and Somalia also joined the 2022 trilateral memorandum of understanding on fishing "
            "with Ethiopia.\n", date="2026-05-14")
    names = {n for e in x.entities.values() if e.type == "Agreement" for n in {e.label, *e.aliases}}
    assert "2022 trilateral memorandum of understanding" in names, names


# -- GP6: old texts versus texts under talks ----------------------------------------------------
def test_old_texts_the_sides_work_from_are_theirs(run):
    x = run("Talks\n\nKenya and Somalia held talks in Nairobi on Monday. Both countries still point to the "
            "Tovo Accord on fishing. The joint commission was created under the Kessa Protocol. Officials are "
            "meant to be working from the Bari Declaration.\n", date="2026-05-14")
    rels = relation_set(x)
    for title in ("Tovo Accord", "Kessa Protocol", "Bari Declaration"):
        for side in ("kenya", "somalia"):
            assert (side, "partyTo", _key(x, title)) in rels, (title, rels)
            assert (side, "negotiates", _key(x, title)) not in rels, (title, rels)


def test_texts_being_worked_on_are_negotiated(run):
    x = run("Talks\n\nSudan and Egypt met in Cairo on Monday. Negotiators are working on the Tovo Flood Protocol, "
            "which would replace parts of the 2009 memorandum. The two sides have agreed on most of the text of a "
            "Special Agreement. The draft calls the new text the Kessa Patrol Memorandum.\n", date="2026-05-14")
    rels = relation_set(x)
    for title in ("Tovo Flood Protocol", "Special Agreement", "Kessa Patrol Memorandum"):
        for side in ("sudan", "egypt"):
            assert (side, "negotiates", _key(x, title)) in rels, (title, rels)
            assert (side, "partyTo", _key(x, title)) not in rels, (title, rels)
    assert not any(r[0] == _key(x, "Tovo Flood Protocol") and r[1] == "dateSigned" for r in rels), rels


# -- GP7: connects with "the village of" ends ---------------------------------------------------
def test_link_between_settlement_words_connects_both(run):
    x = run("Border\n\nSerbia and Kosovo discussed the Jarinje crossing on Monday. The Jarinje crossing links the "
            "village of Rudnica with Leposavić in Kosovo's Mitrovica District.\n", date="2026-05-14")
    rels = relation_set(x)
    link = _key(x, "Jarinje crossing")
    assert (link, "connects", _key(x, "Rudnica")) in rels, rels
    assert (link, "connects", _key(x, "Leposavić")) in rels, rels
    assert (_key(x, "Leposavić"), "locatedIn", _key(x, "Mitrovica District")) in rels, rels


# -- GP8: a named desert or valley a country owns ------------------------------------------------
def test_place_in_a_countrys_desert_lies_in_the_desert(run):
    for where, feature in (("in Egypt's Sinai desert", "Sinai"), ("in Israel's Negev desert", "Negev")):
        x = run(f"Pipeline\n\nThe proposed pipeline would run from Tovara, {where}, to the Kessa crossing.\n",
                date="2026-05-14")
        rels = relation_set(x)
        places = [k for k, e in x.entities.items() if e.type == "Place" and e.label.startswith(feature)]
        assert places, sorted((e.label, e.type) for e in x.entities.values())
        country = "egypt" if "Egypt" in where else "israel"
        assert (places[0], "locatedIn", country) in rels, rels
        assert (_key(x, "Tovara"), "locatedIn", places[0]) in rels, rels


# -- GP9: a name with its unit word is a place ---------------------------------------------------
def test_name_with_unit_word_is_a_place(run):
    for phrase in ("The mayor of the Druskininkai municipality", "Officials in Lithuania's Druskininkai district"):
        x = run(f"Border\n\nLithuania and Belarus reopened a checkpoint. {phrase} welcomed the move on Monday.\n",
                date="2026-05-14")
        assert "Druskininkai" not in _labels(x, "Person"), sorted((e.label, e.type) for e in x.entities.values())
        place = [e for e in x.entities.values() if e.label.startswith("Druskininkai")]
        assert place and place[0].type == "Place", sorted((e.label, e.type) for e in x.entities.values())


def test_corridor_named_before_runs_between_the_spots_at_its_ends(run):
    x = run("Corridor\n\nIndia and Pakistan discussed the Tovara Corridor on Monday. The corridor runs 4.5 km from the "
            "check post at Dera Baba Nanak in India to the shrine in Narowal district.\n", date="2026-05-14")
    rels = relation_set(x)
    link = _key(x, "Tovara Corridor")
    ends = {o for s, p, o in rels if s == link and p == "connects"}
    assert _key(x, "Dera Baba Nanak") in ends, rels
    assert any(x.entities[k].label.startswith("Narowal") for k in ends), rels


def test_ordinal_text_of_another_kind_is_not_the_treaty(run):
    x = run("Dam\n\nBrazil and Paraguay began talks on Monday over the Tovo Treaty, signed in 1973. The first "
            "protocol expired in 2020, and a second protocol is now under discussion.\n", date="2026-05-14")
    names = {n.lower() for e in x.entities.values() if e.type == "Agreement" for n in {e.label, *e.aliases}}
    assert "first protocol" not in names and "second protocol" not in names, names
    assert {e.label for e in x.entities.values() if e.type == "Agreement"} == {"Tovo Treaty"}


def test_called_title_wanted_signed_is_still_under_talks(run):
    x = run("Talks\n\nSudan and Egypt resumed talks on a text both sides call the Flood and Release Rules. Egypt said "
            "it wants the Flood and Release Rules signed by May.\n", date="2026-05-14")
    rels = relation_set(x)
    title = _key(x, "Flood and Release Rules")
    assert not {(s, p) for s, p, o in rels if o == title and p == "partyTo"}, rels
    assert ("egypt", "negotiates", title) in rels, rels
