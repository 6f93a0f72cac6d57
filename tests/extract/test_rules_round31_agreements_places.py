"""Round-31 agreement and place classes (GP2, GP3, GP4, GP5, GP7, GP8, GP9), shown on invented
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


# -- GP2: supplement heads with a capitalised topic ------------------------------------------------
def test_addendum_and_annex_titles_are_whole_agreements(run):
    x = run("Customs posts\n\nUganda and Kenya on Tuesday signed the Addendum on Joint Customs Posts in Busia. "
            "The ministers also initialled an Annex on Night Traffic.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert {"Addendum on Joint Customs Posts", "Annex on Night Traffic"} <= agreements, agreements
    assert "Joint Customs Posts" not in _labels(x, "GovernmentAgency")
    assert "Addendum" not in _labels(x, "Place")
    rels = relation_set(x)
    assert ("uganda", "partyTo", _key(x, "Addendum on Joint Customs Posts")) in rels


def test_amendment_title_stops_before_a_coordinated_country(run):
    x = run("Fees\n\nGhana and Togo are negotiating the Amendment concerning Transit Fees and Ghana's new "
            "port levy. The Amendment is due in June.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert "Amendment concerning Transit Fees" in agreements, agreements
    assert not any(a.endswith((" and", " of")) for a in agreements), agreements


def test_two_joined_texts_are_two_agreements(run):
    x = run("Lake texts\n\nKenya and Tanzania signed the Supplement on Fishing Licences and the Addendum to the "
            "Lake Teso Treaty in Arusha on Friday.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert {"Supplement on Fishing Licences", "Addendum to the Lake Teso Treaty"} <= agreements, agreements


def test_described_topic_stops_at_a_coordinated_text(run):
    for text in ("Kenya and Uganda are negotiating a protocol for low-water years and a memorandum.",
                 "Negotiators are drafting a protocol on shared grazing and a new annex, officials said."):
        x = run(f"Talks\n\n{text}\n", date="2026-05-14")
        agreements = _labels(x, "Agreement")
        assert not any(" and a" in a or a.endswith(" and") for a in agreements), agreements
        assert agreements & {"protocol for low-water years", "protocol on shared grazing"}, agreements


# -- GP3: slash names --------------------------------------------------------------------------
def test_slash_parts_stay_in_protocol_and_road_names(run):
    x = run("Ferry deal\n\nNamibia and Botswana signed the Roll-on/Roll-off Protocol on Friday. Trucks on the "
            "B2/N9 highway will cross faster.\n", date="2026-05-14")
    assert "Roll-on/Roll-off Protocol" in _labels(x, "Agreement")
    assert "Roll-off Protocol" not in _labels(x, "Agreement")
    places = _labels(x, "Place")
    assert "B2/N9 highway" in places and "N9 highway" not in places, places


def test_route_named_after_three_towns_connects_all_three(run):
    x = run("Ferry\n\nIndonesia and the Philippines reopened the Dabao–Bitang–Manodo route last week.\n",
            date="2026-05-14")
    rels = relation_set(x)
    route = _key(x, "Dabao–Bitang–Manodo route")
    assert {(route, "connects", t) for t in ("dabao", "bitang", "manodo")} <= rels


# -- GP4: foreign-language agreement names --------------------------------------------------------
def test_foreign_title_with_english_name_in_brackets_is_one_agreement(run):
    x = run("Transit\n\nGuatemala and Honduras signed the Protocolo de Tránsito Vecinal (the Neighbourhood Transit "
            "Protocol) on Monday in Tegucigalpa.\n", date="2026-05-14")
    key = _key(x, "Neighbourhood Transit Protocol")
    assert "Protocolo de Tránsito Vecinal" in x.entities[key].aliases
    assert "Protocolo de Tránsito Vecinal" not in _labels(x, "Organization")


def test_foreign_titles_alone_are_agreements(run):
    x = run("Integration\n\nBoth countries belong to the Acuerdo Marco de Integración Fronteriza, officials said. "
            "France and Morocco discussed the Accord-cadre on Tuesday.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert {"Acuerdo Marco de Integración Fronteriza", "Accord-cadre"} <= agreements, agreements
    x = run("Customs\n\nChile and Peru signed the Memorando de Entendimiento sobre Cooperación Aduanera on Monday. "
            "The Acuerdo de Complementación Económica No. 38 is older.\n", date="2026-05-14")
    agreements = _labels(x, "Agreement")
    assert {"Memorando de Entendimiento sobre Cooperación Aduanera",
            "Acuerdo de Complementación Económica No. 38"} <= agreements, agreements


# -- GP5: parties named by a pronoun -------------------------------------------------------------
def test_our_governments_in_a_ministers_quote_are_both_sides(run):
    x = run("Joint commission\n\nUganda's foreign minister Sam Okello addressed the joint commission with Kenya in "
            "Nairobi on Monday. \"Our governments signed the Lake Teso Agreement in Kampala in 2004, and we must "
            "now implement it,\" Okello said.\n\nIndia said it signed the Transit Agreement with Myanmar in 2008. "
            "The 1890 Treaty between Britain and Germany set the border.\n")
    rels = relation_set(x)
    key = _key(x, "Lake Teso Agreement")
    assert ("uganda", "partyTo", key) in rels and ("kenya", "partyTo", key) in rels


def test_it_signed_is_the_country_that_says_so(run):
    x = run("Transit\n\nIndia said on Monday it had signed the Kaladan Transit Agreement with Myanmar in 2008. "
            "Officials in Delhi said it had concluded the Border Haat Accord with Bangladesh in 2010.\n",
            date="2026-05-14")
    rels = relation_set(x)
    key = _key(x, "Kaladan Transit Agreement")
    assert ("india", "partyTo", key) in rels and ("myanmar", "partyTo", key) in rels


# -- GP7: locatedIn through an owner's unit ------------------------------------------------------
def test_town_lies_in_the_owners_district_not_the_owner(run):
    x = run("Border trade\n\nIndia and Myanmar reopened the crossing at Lamka, the border town in Manipur's "
            "Tengnoupal district, on Monday.\n", date="2026-05-14")
    rels = relation_set(x)
    district = _key(x, "Tengnoupal district")
    assert ("lamka", "locatedIn", district) in rels and (district, "locatedIn", "manipur") in rels
    assert ("lamka", "locatedIn", "manipur") not in rels


def test_town_lies_in_the_countrys_province_with_its_unit_word(run):
    x = run("Bridges\n\nZambia and Zimbabwe inspected the bridge at Kafuli, in Zambia's Lusaka province. Angola and "
            "Zambia discussed the railway to Lobiko, in Benguela province.\n", date="2026-05-14")
    rels = relation_set(x)
    province = _key(x, "Lusaka province")
    assert ("kafuli", "locatedIn", province) in rels and (province, "locatedIn", "zambia") in rels
    assert ("kafuli", "locatedIn", "lusaka") not in rels


# -- GP8: connects ------------------------------------------------------------------------------
def test_crossing_on_a_highway_between_two_towns_connects_them(run):
    x = run("Crossing\n\nKenya and Uganda reopened the Lwakhaba crossing on the A104 highway between Malaba and "
            "Tororo on Monday.\n", date="2026-05-14")
    rels = relation_set(x)
    crossing = _key(x, "Lwakhaba crossing")
    assert (crossing, "connects", "malaba") in rels and (crossing, "connects", "tororo") in rels


def test_crossing_at_sentence_start_links_two_owned_units(run):
    x = run("Crossing\n\nKenya and Uganda met on Monday. Red Gate crossing, which links Kenya's Busia county with "
            "Uganda's Tororo district, will reopen.\n", date="2026-05-14")
    rels = relation_set(x)
    crossing = _key(x, "Red Gate crossing")
    assert (crossing, "connects", _key(x, "Tororo district")) in rels


def test_pair_named_road_connects_its_towns_not_river_and_region(run):
    x = run("Road\n\nKenya and Uganda will repair the Kitele-Suamo road, which links the Nzoia river to Uganda's "
            "Eastern region. Traders in Kitele and Suamo welcomed the news.\n", date="2026-05-14")
    rels = relation_set(x)
    road = _key(x, "Kitele-Suamo road")
    assert (road, "connects", "kitele") in rels and (road, "connects", "suamo") in rels
    assert not any(s == road and p == "connects" and o in {"nzoia-river", "eastern-region"} for s, p, o in rels)


def test_a_continent_connects_nothing(run):
    for text in ("Europe connects with Africa there, officials said.",
                 "The Strait ferry connects Europe with Africa, officials said."):
        x = run(f"Link\n\nSpain and Morocco discussed the tunnel on Monday. {text}\n", date="2026-05-14")
        assert not any(p == "connects" and "europe" in {s, o} for s, p, o in relation_set(x))


# -- GP9: a year in a future text's name is no signing date --------------------------------------
def test_future_year_in_a_name_is_no_signing_date(run):
    x = run("Quotas\n\nNorway and Russia signed the Barents Fisheries Agreement on 18 December 1978 in Moscow. "
            "The ministers met on 3 May 2026 in Oslo to discuss the 2027 quota arrangement.\n", date="2026-05-04")
    rels = relation_set(x)
    assert (_key(x, "Barents Fisheries Agreement"), "dateSigned", "1978-12-18") in rels
    assert not any(p == "dateSigned" and o == "2027" for s, p, o in rels), rels
