"""Round-28 agreement and place classes G1-G6, shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _agreement_labels(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


# -- G1: a description goes to the title sharing most of its words; told to finish it ------------
def test_description_joins_title_sharing_most_words(run):
    x = run("Border talks\n\nKenya and Uganda held talks in Nairobi on Monday. The two ministers agreed to open "
            "talks on a Border Health Services Agreement before the end of the year. The minister told "
            "negotiators to finish a one-stop border post agreement by June. They spent four hours on the 2023 "
            "One-Stop Border Post Agreement.\n", date="2026-05-14")
    rels = relation_set(x)
    labels = _agreement_labels(x)
    health = next(k for k, v in labels.items() if v.startswith("Border Health"))
    post = next(k for k, v in labels.items() if v.startswith("One-Stop"))
    assert "one-stop border post agreement" not in x.entities[health].aliases
    assert ("kenya", "negotiates", health) in rels and ("kenya", "partyTo", health) not in rels
    assert ("kenya", "negotiates", post) in rels and ("uganda", "negotiates", post) in rels


# -- G2: the items of a count of texts under talks ----------------------------------------------
def test_items_of_texts_on_the_table_are_two_texts(run):
    x = run("Causeway talks\n\nBahrain and Qatar resumed talks on Monday. Two instruments are on the table. The "
            "first is the 2006 agreement to build the causeway, and negotiators are now rewriting its financing "
            "annex. The second is a new Transit Protocol, which officials call the TP.\n", date="2026-05-14")
    rels = relation_set(x)
    labels = _agreement_labels(x)
    protocol = next(k for k, v in labels.items() if v == "Transit Protocol")
    assert "2006 agreement" not in x.entities[protocol].aliases
    assert (protocol, "dateSigned", "2006") not in rels and ("bahrain", "partyTo", protocol) not in rels
    assert ("bahrain", "negotiates", protocol) in rels and ("qatar", "negotiates", protocol) in rels
    old = next(k for k in labels if k != protocol)
    assert ("qatar", "negotiates", old) in rels


# -- G4: an acronym of a hyphenated title ---------------------------------------------------------
def test_acronym_of_hyphenated_title_is_alias(run):
    x = run("Border post\n\nKenya and Uganda held talks on the 2023 One-Stop Border Post Agreement on Monday. "
            "Officials said the OSBP deal would cut waiting times for trucks.\n", date="2026-05-14")
    labels = _agreement_labels(x)
    assert "OSBP deal" not in labels.values()
    post = next(k for k, v in labels.items() if v.startswith("One-Stop"))
    assert "OSBP deal" in x.entities[post].aliases


# -- G5: locatedIn from clauses and modifiers -----------------------------------------------------
def test_in_demonym_region_and_in_owned_unit(run):
    x = run("Border market\n\nFinland and Sweden met at Tarvala, in Finnish Lapland, on Tuesday. Iran and "
            "Pakistan opened a market at Kessabad. Kessabad is in Iran's Sistan and Baluchestan province.\n",
            date="2026-05-14")
    assert "lapland" in _objs(x, "tarvala", "locatedIn")
    assert "sistan-and-baluchestan" in _objs(x, "kessabad", "locatedIn")


def test_place_the_two_countries_share(run):
    x = run("Lake talks\n\nGreece and Albania discussed pollution in Lake Varvo, which the two countries share, "
            "on Monday.\n", date="2026-05-14")
    assert {"greece", "albania"} <= _objs(x, "lake-varvo", "locatedIn")


def test_post_is_demonym_post_and_no_clause_pair(run):
    x = run("Border post\n\nZimbabwe and Mozambique opened talks on a joint border post on Monday. Tarvo is the "
            "Zimbabwean post just outside Kessa, Lumbo is the Mozambican post in Manica province.\n",
            date="2026-05-14")
    rels = relation_set(x)
    assert ("tarvo", "locatedIn", "zimbabwe") in rels
    assert "lumbo" not in _objs(x, "kessa", "locatedIn")
    assert _objs(x, "lumbo", "locatedIn") & {"manica", "mozambique"}


# -- G6: connects ---------------------------------------------------------------------------------
def test_causeway_named_after_two_countries_and_its_course(run):
    x = run("Causeway\n\nBahrain and Qatar discussed the Qatar-Saudi Causeway, a road and rail link of 40 km "
            "from Tarvo in Saudi Arabia to a landfall near Kessa in Qatar.\n", date="2026-05-14")
    rels = relation_set(x)
    link = next(k for k, e in x.entities.items() if e.label == "Qatar-Saudi Causeway")
    assert (link, "connects", "tarvo") in rels and (link, "connects", "kessa") in rels


def test_crossing_named_after_border_town_connects_it_with_its_twin(run):
    x = run("Border post\n\nGhana and Burkina Faso agreed on Monday to upgrade the Tarvo crossing. Tarvo, facing "
            "Kessabo across the border, handles most of the trade between the two countries.\n", date="2026-05-14")
    rels = relation_set(x)
    link = next(k for k, e in x.entities.items() if e.label == "Tarvo crossing")
    assert x.entities[link].type == "Place"
    assert (link, "connects", "tarvo") in rels and (link, "connects", "kessabo") in rels
