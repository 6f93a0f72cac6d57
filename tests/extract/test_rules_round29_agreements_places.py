"""Round-29 agreement and place classes (GP1, GP2, GP3, GP6, GP8, GP10), shown on invented
sentences (towns, links and agreements made up; real countries where the country must be
recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _labels(x, kind: str) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == kind}


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


# -- GP1: "(hereinafter: the X)", "known ... as the X", "refer to it simply as the X", ", the X," ----
def test_hereinafter_and_known_as_names_are_aliases(run):
    x = run("Lake accord\n\nEstonia and Latvia signed the Agreement on the Care of Border Lakes (hereinafter: the "
            "CBLA) on Monday. They also renewed the Memorandum on Ferry Services, known in both border towns as "
            "the Valka Ferry MOU, which dates from 2015.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert "CBLA" not in _labels(x, "Organization").values()
    care = _key(x, "Agreement on the Care of Border Lakes")
    assert "CBLA" in x.entities[care].aliases
    assert "Valka Ferry MOU" not in agreements.values()
    ferry = _key(x, "Memorandum on Ferry Services")
    assert "Valka Ferry MOU" in x.entities[ferry].aliases


def test_acronym_given_to_it_and_set_off_by_commas_are_aliases(run):
    x = run("Transit talks\n\nKenya and Uganda are revising the Northern Transit Trade Agreement, the NTTA, this "
            "month. The Lake Fisheries Convention was signed in 1998. Fishermen refer to it simply as the LFC.\n",
            date="2026-05-14")
    orgs = _labels(x, "Organization").values()
    assert "NTTA" not in orgs and "LFC" not in orgs
    assert "NTTA" in x.entities[_key(x, "Northern Transit Trade Agreement")].aliases
    assert "LFC" in x.entities[_key(x, "Lake Fisheries Convention")].aliases


# -- GP2: a lower-case text the details "go into" is under negotiation -------------------------------
def test_text_details_go_into_is_negotiated(run):
    x = run("Checkpoint hours\n\nKazakhstan and Kyrgyzstan agreed on Monday to keep the Karasu checkpoint open "
            "longer. The details will go into a protocol on night operation of the Karasu checkpoint, which "
            "negotiators hope to finish by June.\n", date="2026-05-14")
    rels = relation_set(x)
    protocol = next(k for k, v in _labels(x, "Agreement").items() if v.startswith("protocol on night operation"))
    assert ("kazakhstan", "negotiates", protocol) in rels and ("kyrgyzstan", "negotiates", protocol) in rels


# -- GP3: "signed ... between A and B" of an old treaty; a rejected treaty gets no parties ----------
def test_old_treaty_between_colonial_powers_and_rejected_treaty(run):
    x = run("Island ruling\n\nGabon and Equatorial Guinea said on Monday they would respect the ruling. The court "
            "found that the Boundary Convention of 1886, signed in Lisbon between Portugal and Spain, the old "
            "colonial powers, is the treaty that fixes the line. It rejected the 1962 Kessa Convention, a "
            "document Gabon had relied on.\n", date="2026-05-14")
    rels = relation_set(x)
    old = _key(x, "Boundary Convention of 1886")
    assert ("portugal", "partyTo", old) in rels and ("spain", "partyTo", old) in rels
    kessa = next(k for k, v in _labels(x, "Agreement").items() if "Kessa" in v)
    assert ("portugal", "partyTo", kessa) not in rels and ("spain", "partyTo", kessa) not in rels


# -- GP6: two towns each with its own "in" aside -------------------------------------------------------
def test_two_apposed_towns_each_in_their_own_unit(run):
    x = run("Border hours\n\nThailand and Laos extend hours. The two posts, Ban Somsak, in Ubon Ratchathani's Sirindhorn "
            "district, and Vang Tao, in Champasak province, open at seven.\n", date="2026-05-14")
    rels = relation_set(x)
    district = _key(x, "Sirindhorn district")
    province = next(k for k, e in x.entities.items() if e.label.startswith("Champasak"))
    assert (_key(x, "Ban Somsak"), "locatedIn", district) in rels
    assert (district, "locatedIn", _key(x, "Ubon Ratchathani")) in rels
    assert (district, "locatedIn", province) not in rels
    assert (_key(x, "Vang Tao"), "locatedIn", province) in rels


# -- GP8: "lies on the Bosnian side", "and Y on the Montenegrin side", "on the Bratislava side" --------
def test_places_on_a_side_lie_in_that_country_or_town(run):
    x = run("New crossing\n\nBosnia and Herzegovina and Montenegro opened a crossing on Monday. The Dolac "
            "crossing lies on the Bosnian side, near Trebinje, and Vrbanj on the Montenegrin side. Upriver, "
            "Sarsky, on the Bratislava side, keeps its ferry to the old town of Bratislava.\n", date="2026-05-14")
    rels = relation_set(x)
    assert (_key(x, "Dolac crossing"), "locatedIn", _key(x, "Bosnia and Herzegovina")) in rels
    assert (_key(x, "Vrbanj"), "locatedIn", "montenegro") in rels
    assert (_key(x, "Sarsky"), "locatedIn", _key(x, "Bratislava")) in rels


# -- GP10: the link is the subject ("it", "will be built ... and will link", "the road over it") -----
def test_link_subject_connects_the_towns(run):
    x = run("Bridges\n\nWhen the Ruvu Bridge opened in 2012, it carried forty lorries a day across the river, "
            "linking Kilomo in Tanzania's Mtwara Region with Namaso in Mozambique's Niassa province. The new "
            "Lumi River Bridge will be built 300 metres upstream and will link Tosa, in the municipality of "
            "Juan B. Ortiz, with Vemo, in Belize's Orange Walk District. The Kessa Pass is steep. The road "
            "over it links the town of Ama with Ondo.\n", date="2026-05-14")
    rels = relation_set(x)
    ruvu = _key(x, "Ruvu Bridge")
    assert (ruvu, "connects", _key(x, "Kilomo")) in rels and (ruvu, "connects", _key(x, "Namaso")) in rels
    assert not any(p == "connects" and s == _key(x, "Mtwara Region") for s, p, o in rels)
    lumi = _key(x, "Lumi River Bridge")
    assert (lumi, "connects", _key(x, "Tosa")) in rels and (lumi, "connects", _key(x, "Vemo")) in rels
    kessa = _key(x, "Kessa Pass")
    assert (kessa, "connects", _key(x, "Ama")) in rels and (kessa, "connects", _key(x, "Ondo")) in rels


# -- S2: a digest's items are separate stories ----------------------------------------------------
def test_digest_item_keeps_its_agreement_relations(run):
    x = run("RIVERS WEEKLY — Issue 7\n\nEdited by Anna Berg\n\n-----\n\n1. SALMON: ESTONIA AND LATVIA TALK QUOTAS\n\n"
            "Estonia and Latvia are negotiating a new Salaca Salmon Agreement. Talks resume in Riga in June.\n\n"
            "-----\n\n2. RAIL STUDY: TARTU–VALGA BACK ON THE TABLE\n\nThe Estonian Transport Administration and "
            "the Latvian Railway Directorate held talks in Valga on Monday and said they would negotiate the "
            "terms of the agreement by June.\n\n-----\n\nYou are receiving Rivers Weekly because you subscribed.\n",
            date="2026-05-14")
    rels = relation_set(x)
    salmon = next(k for k, v in _labels(x, "Agreement").items() if "Salmon" in v)
    assert ("estonia", "negotiates", salmon) in rels
    assert not any(p in {"negotiates", "partyTo"} and o == salmon and x.entities[s].type != "Country"
                   for s, p, o in rels)


# -- S4: an FAQ answer's "It" is the heading's subject --------------------------------------------
def test_faq_answer_it_is_heading_link(run):
    x = run("The Kessa line explained\n\nWhat is the Kessa line?\nIt is a planned line of about 200 kilometres "
            "from Jalal-Abad through Uzgen to Andijan in Uzbekistan.\n\nWho pays for it?\nKyrgyzstan and "
            "Uzbekistan share the cost.\n", date="2026-05-14")
    rels = relation_set(x)
    line = _key(x, "Kessa line")
    assert (line, "connects", _key(x, "Jalal-Abad")) in rels and (line, "connects", _key(x, "Andijan")) in rels
    assert (line, "connects", _key(x, "Uzgen")) not in rels


# -- GP4: a signed title joining three countries binds all three -----------------------------------
def test_three_country_title_binds_all_three(run):
    x = run("Rail deal\n\nKazakhstan, Kyrgyzstan and Tajikistan met in Osh on Monday. The three governments signed "
            "the Agreement on the Financing of the Kazakhstan–Kyrgyzstan–Tajikistan Railway.\n", date="2026-05-14")
    rels = relation_set(x)
    deal = next(k for k, v in _labels(x, "Agreement").items() if v.endswith("Railway"))
    for country in ("kazakhstan", "kyrgyzstan", "tajikistan"):
        assert (country, "partyTo", deal) in rels


# -- GP11/12/13/15: containers a few words after the place -------------------------------------------
def test_containers_after_sits_at_and_demonym(run):
    x = run("Border notes\n\nKyrgyzstan and China reopened the pass. The Kessa Pass sits at about 3,600 metres in "
            "Kyrgyzstan's Naryn region. Travellers land at Manas International Airport at Bishkek. Officials "
            "from Rovaniemi in Finnish Lapland attended.\n", date="2026-05-14")
    rels = relation_set(x)
    assert (_key(x, "Kessa Pass"), "locatedIn", _key(x, "Naryn region")) in rels
    assert (_key(x, "Kessa Pass"), "locatedIn", "kyrgyzstan") not in rels
    assert (_key(x, "Manas International Airport"), "locatedIn", _key(x, "Bishkek")) in rels
    assert (_key(x, "Lapland"), "locatedIn", "finland") in rels


def test_islands_given_to_a_country_lie_in_it(run):
    x = run("Ruling\n\nGabon and Equatorial Guinea accepted the ruling. Lumi Island and the two islets of Ama and "
            "Tosa went to Equatorial Guinea. Vemo Island is barely a sandbank, a few hundred metres of sand in "
            "Corisco Bay.\n", date="2026-05-14")
    rels = relation_set(x)
    for island in ("Ama", "Tosa"):
        assert (_key(x, island), "locatedIn", "equatorial-guinea") in rels
    assert (_key(x, "Vemo Island"), "locatedIn", _key(x, "Corisco Bay")) in rels


# -- GP7: "met in the capital of X province" after the venue town was named ---------------------------
def test_unnamed_capital_is_the_venue_named_before(run):
    x = run("Talks\n\nLaos and Cambodia held talks in Thakhek on Monday. On Tuesday the ministers met again in "
            "the capital of Khammouane province for a second round.\n", date="2026-05-14")
    rels = relation_set(x)
    province = next(k for k, e in x.entities.items() if e.label.startswith("Khammouane"))
    assert (_key(x, "Thakhek"), "locatedIn", province) in rels


# -- GP9: "whose town in X's Y entity" ---------------------------------------------------------------
def test_whose_town_in_unit(run):
    x = run("Crossing\n\nBosnia and Herzegovina and Montenegro opened a crossing. Marko Ilic, the mayor of Bileca, "
            "whose town in Bosnia's Republika Srpska entity hosts the crossing, welcomed it.\n", date="2026-05-14")
    rels = relation_set(x)
    assert (_key(x, "Bileca"), "locatedIn", _key(x, "Republika Srpska")) in rels


# -- GP14: a capital of one country never lies in a city of another ------------------------------------
def test_no_capital_in_foreign_city(run):
    x = run("Rail\n\nHungary and Slovakia want faster trains. The projects north of Budapest, in Bratislava and "
            "Komarno, are slow. A rail link from Bratislava to Budapest airport is planned.\n", date="2026-05-14")
    rels = relation_set(x)
    budapest, bratislava = _key(x, "Budapest"), _key(x, "Bratislava")
    assert (budapest, "locatedIn", bratislava) not in rels and (bratislava, "locatedIn", budapest) not in rels


# -- GP1 + GP5: "(hereinafter referred to as the X)"; an annex to X is negotiating X ---------------------
def test_hereinafter_referred_and_annex_negotiation(run):
    x = run("Water\n\nSweden and Norway signed the Border Rivers Management Convention (hereinafter referred to as "
            "the BRMC) in 2018. On Monday the two countries agreed to open negotiations on an annex to the BRMC.\n",
            date="2026-05-14")
    rels = relation_set(x)
    brmc = _key(x, "Border Rivers Management Convention")
    assert "BRMC" in x.entities[brmc].aliases and "BRMC" not in _labels(x, "Organization").values()
    assert ("sweden", "negotiates", brmc) in rels and ("norway", "negotiates", brmc) in rels
