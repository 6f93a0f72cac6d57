"""Round-32 office, side, meeting and relation classes (O1, O2, O4), shown on invented
sentences (names made up; real countries where the country must be recognised)."""

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


# -- O1: a plural title with a remit, then two possessive names -----------------------------------
def test_plural_envoys_with_remit_and_possessive_names(run):
    x = run("Envoys meet at the border\n\nYEREVAN, 3 May 2026 - The two countries' special envoys for "
            "normalisation, Armenia's Aram Petrosyan and Turkey's Kemal Oztas, met at the border crossing on "
            "Tuesday.\n\nThey discussed opening the border to third-country nationals.\n")
    assert any("special envoy" in label for label in _position_labels(x, "aram-petrosyan"))
    assert any("special envoy" in label for label in _position_labels(x, "kemal-oztas"))
    assert "armenia" in _objs(x, "aram-petrosyan", "represents")
    assert "turkey" in _objs(x, "kemal-oztas", "represents")
    assert _met(x, "aram-petrosyan", "kemal-oztas")


def test_plural_negotiators_on_a_treaty_held_talks(run):
    x = run("Talks on the border\n\nMOSCOW, 3 May 2026 - The chief negotiators on the border treaty, Russia's "
            "Ivan Sorokin and Estonia's Mart Lepik, held talks in Narva on Tuesday.\n")
    assert any("chief negotiator" in label for label in _position_labels(x, "ivan-sorokin"))
    assert "estonia" in _objs(x, "mart-lepik", "represents")
    assert _met(x, "ivan-sorokin", "mart-lepik")


# -- O2: the counterpart's own agency; a country's official at an agency ---------------------------
def test_counterpart_of_an_agency_represents_country_and_agency(run):
    x = run("Border officials meet\n\nNARVA, 3 May 2026 - Estonia's border chief Mart Lepik met his Russian "
            "counterpart, Viktor Sorokin of the FSB Border Service, on the bridge on Tuesday.\n")
    sides = _objs(x, "viktor-sorokin", "represents")
    assert sides == {"russia"}  # round-35 O1: a state body's official represents the country only
    assert "fsb-border-service" not in _objs(x, "mart-lepik", "represents")


def test_country_official_at_an_agency_represents_both(run):
    x = run("Border officials meet\n\nNARVA, 3 May 2026 - The bridge reopened on Tuesday.\n\nKadri Saar, "
            "Estonia's chief border representative at the Police and Border Guard Board (PPA), said the "
            "queues were shorter.\n")
    sides = _objs(x, "kadri-saar", "represents")
    assert sides == {"estonia"}  # round-35 O1: the state body's country only
    assert any("chief border representative" in label for label in _position_labels(x, "kadri-saar"))
    # a ministry's official keeps the country alone
    x = run("Border officials meet\n\nNARVA, 3 May 2026 - The bridge reopened on Tuesday.\n\nKadri Saar, "
            "Estonia's deputy secretary general at the Ministry of the Interior, said the queues were shorter.\n")
    sides = _objs(x, "kadri-saar", "represents")
    assert "estonia" in sides
    assert not any("ministry" in s for s in sides)


# -- O4: a body that "runs" another: the one below is part of it, not of the country directly -------
def test_board_which_runs_customs(run):
    x = run("Faster clearance\n\nISLAMABAD, 3 May 2026 - Pakistan and China discussed trade on Tuesday. The "
            "Federal Board of Revenue (FBR), which runs Pakistan Customs, said trucks would be cleared faster at "
            "the pass.\n")
    rels = relation_set(x)
    assert ("pakistan-customs", "partOf", "federal-board-of-revenue") in rels
    assert ("pakistan-customs", "partOf", "pakistan") not in rels
    assert ("federal-board-of-revenue", "partOf", "pakistan") in rels


def test_agency_oversees_service(run):
    x = run("Faster clearance\n\nNAIROBI, 3 May 2026 - Kenya and Uganda discussed trade on Tuesday. The Kenya "
            "Revenue Authority oversees the Kenya Customs Service, officials said.\n")
    assert ("kenya-customs-service", "partOf", "kenya-revenue-authority") in relation_set(x)


# -- O3: a letter's signer with a post in a state body ---------------------------------------------
def test_letter_signers_member_and_press_counsellor(run):
    x = run("Letters to the editor\n\nFees hurt traders\n\nSir, - The new fee at the crossing is too high for small "
            "traders. It should be reviewed before the harvest.\n\nJames Deng Malual, Member, National Legislative "
            "Assembly, Juba\n\nEmbassy responds\n\nSir, - Your report on the crossing fee was inaccurate. The fee "
            "covers the cost of inspections.\n\nYousif Ahmed Salih, Press Counsellor, Embassy of the Republic of the "
            "Sudan, Nairobi\n")
    people = {e.label: k for k, e in x.entities.items() if e.type == "Person"}
    assert any("member" in label for label in _position_labels(x, people["James Deng Malual"]))
    assert any("press counsellor" in label for label in _position_labels(x, people["Yousif Ahmed Salih"]))
