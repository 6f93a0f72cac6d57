"""Round-23 rules for agreements (G1, G2, G3, G5, G6, G7, dash titles ...), each on invented
wire-style articles (names made up)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


def _dates(x, key: str) -> set[str]:
    return {r.literal for r in x.relations if r.subject == key and r.predicate == "dateSigned"}


# -- G1: a short form that opens a full title is that title ---------------------------------------
PREFIX = (
    "Niger and Nigeria sign river protocol\n\n"
    "Niger and Nigeria on Monday signed the Gaya Protocol on River Navigation, the two transport "
    "ministries said. Barges will pay one fee under the Gaya Protocol, and the Gaya deal will be "
    "reviewed after three years.\n")


def test_prefix_of_a_title_is_the_same_agreement(run):
    x = run(PREFIX, date=DATE)
    assert list(_agreements(x).values()) == ["Gaya Protocol on River Navigation"]
    key = _key(x, "Gaya Protocol on River Navigation")
    assert "Gaya Protocol" in x.entities[key].aliases
    rels = relation_set(x)
    assert ("niger", "partyTo", key) in rels and ("nigeria", "partyTo", key) in rels


# -- G2: short names in brackets ------------------------------------------------------------------
BRACKETS = (
    "Benin and Nigeria sign toll memorandum\n\n"
    "Benin and Nigeria on Monday signed the Memorandum of Understanding on Road Tolls for the Seme "
    "Corridor (the Corridor MoU) in Cotonou. Under the Corridor MoU, lorries pay once. The two "
    "governments also cited the ECOWAS Protocol on Road Transport (Transport Protocol).\n")


def test_bracketed_short_names_are_aliases(run):
    x = run(BRACKETS, date=DATE)
    mou = _key(x, "Memorandum of Understanding on Road Tolls for the Seme Corridor")
    assert "Corridor MoU" in x.entities[mou].aliases
    assert not [e for e in x.entities.values() if e.label in {"Corridor MoU", "Transport Protocol"}]
    protocol = _key(x, "ECOWAS Protocol on Road Transport")
    assert "Transport Protocol" in x.entities[protocol].aliases


# -- G3: naming phrases ---------------------------------------------------------------------------
NAMING = (
    "Guinea and Mali sign corridor accord\n\n"
    "Guinea and Mali on Monday signed the Agreement on the Conakry-Bamako Corridor, known by its "
    "French initials ACCB, in Conakry. The Protocol on Cattle Herding, which herders on both sides of "
    "the border call the TCH, stays in force. Officials said the ACCB would cut waiting times.\n")


def test_naming_phrases_give_aliases(run):
    x = run(NAMING, date=DATE)
    corridor = _key(x, "Agreement on the Conakry-Bamako Corridor")
    assert "ACCB" in x.entities[corridor].aliases
    herding = _key(x, "Protocol on Cattle Herding")
    assert "TCH" in x.entities[herding].aliases
    assert not [e for e in x.entities.values() if e.label in {"ACCB", "TCH"}]


# -- G5: "the new X agreement" is the one signed in the report -------------------------------------
NEW_ONE = (
    "Zambia and Malawi sign rail agreement\n\n"
    "Zambia and Malawi on Monday signed the Chipata Agreement on Rail Freight in Lusaka. "
    "The new freight agreement builds on a 1998 arrangement between the two railways.\n")


def test_the_new_agreement_is_the_signed_one(run):
    x = run(NEW_ONE, date=DATE)
    main = _key(x, "Chipata Agreement on Rail Freight")
    assert "freight agreement" not in _agreements(x).values()
    assert _dates(x, main) == {"2026-05-04"}
    old = [k for k, v in _agreements(x).items() if k != main]
    assert len(old) == 1 and _dates(x, old[0]) == {"1998"}


# -- G6: a year belongs to the description it stands in -------------------------------------------
OLD_TEXT = (
    "Zambia and Malawi sign power agreement\n\n"
    "Zambia and Malawi on Monday signed the Agreement on Power Exchange in Lilongwe. Work on the line "
    "began under an interconnection agreement the two governments signed in 2012.\n")


def test_year_goes_to_the_older_description(run):
    x = run(OLD_TEXT, date=DATE)
    main = _key(x, "Agreement on Power Exchange")
    assert _dates(x, main) == {"2026-05-04"}
    older = _key(x, "interconnection agreement")
    assert _dates(x, older) == {"2012"}
    rels = relation_set(x)
    assert ("zambia", "partyTo", older) in rels and ("malawi", "partyTo", older) in rels


# -- G7: "signed yesterday, 3 March 2026" ---------------------------------------------------------
def test_signed_yesterday_with_a_date_in_apposition(run):
    x = run("Deal\n\nThe Agreement on Fishing Zones was signed yesterday, 2 May 2026, in Dakar by the "
            "foreign ministers of Senegal and Gambia.\n", date=DATE)
    assert _dates(x, _key(x, "Agreement on Fishing Zones")) == {"2026-05-02"}


def test_signed_yesterday_alone(run):
    x = run("Deal\n\nThe Agreement on Fishing Zones was signed yesterday in Dakar by the "
            "foreign ministers of Senegal and Gambia.\n", date=DATE)
    assert _dates(x, _key(x, "Agreement on Fishing Zones")) == {"2026-05-05"}


# -- a title with a dash pair of names is one title ------------------------------------------------
def test_title_with_an_en_dash_pair_stays_whole(run):
    x = run("Lane\n\nLaos and Thailand on Monday signed the Memorandum of Understanding on the "
            "Vangtao–Chongmek Express Freight Lane in Vientiane.\n", date=DATE)
    label = "Memorandum of Understanding on the Vangtao–Chongmek Express Freight Lane"
    key = _key(x, label)
    assert ("laos", "partyTo", key) in relation_set(x)
    assert not [e for e in x.entities.values() if "Chongmek" in e.label and e.label != label]


# -- G4: a long formal title read to its end, and its short name -----------------------------------
def test_formal_title_with_a_course_and_its_short_name(run):
    x = run("Link\n\nEstonia and Finland on Monday signed the Treaty between the Republic of Estonia and the "
            "Republic of Finland on a Rail Tunnel under the Vaindlo Strait. Under the Vaindlo Strait treaty, "
            "work starts in 2027.\n", date=DATE)
    label = ("Treaty between the Republic of Estonia and the Republic of Finland on a Rail Tunnel under the "
             "Vaindlo Strait")
    assert list(_agreements(x).values()) == [label]
    assert "Vaindlo Strait treaty" in x.entities[_key(x, label)].aliases


# -- G8: a convention adopted in a year -----------------------------------------------------------
def test_adopted_in_a_year_is_the_date(run):
    x = run("Talks\n\nSenegal and Gambia met on Monday to discuss the Convention on Transit Trade. The convention "
            "was adopted by ECOWAS in 1982. Both Senegal and Gambia are parties.\n", date=DATE)
    key = _key(x, "Convention on Transit Trade")
    assert _dates(x, key) == {"1982"}
    rels = relation_set(x)
    assert ("senegal", "partyTo", key) in rels and ("gambia", "partyTo", key) in rels


# -- G9: a title in apposition to a text under negotiation ------------------------------------------
def test_apposed_title_of_a_text_under_talks_is_negotiated_only(run):
    x = run("Deal\n\nAlgeria and Tunisia on Monday signed the Agreement on Gas Pipelines. The two governments "
            "are still negotiating a second accord, the Wind Power Charter.\n", date=DATE)
    key = _key(x, "Wind Power Charter")
    rels = relation_set(x)
    assert ("algeria", "negotiates", key) in rels and ("tunisia", "negotiates", key) in rels
    assert not [r for r in x.relations if r.predicate == "partyTo" and r.object == key]
