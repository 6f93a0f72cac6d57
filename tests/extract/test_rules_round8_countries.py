"""Countries from demonyms and possessives (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on Monday to reopen the Aflao crossing, Vrije Pers, the Dutch news agency, reported.",
    "Ghana and Togo agreed on Monday to reopen the crossing. Kofi Mensah, the trade minister, told Nordpost, "
    "the Dutch news agency, that lorries would move.",
])
def test_a_news_agency_demonym_does_not_bring_in_its_country(run, text):
    x = run(text)
    countries = {k for k, e in x.entities.items() if e.type == "Country"}
    assert "netherlands" not in countries
    assert {"ghana", "togo"} <= countries


def test_a_demonym_of_a_named_country_still_gives_the_side(run):
    x = run("Croatia and Slovenia held talks in Zagreb on Monday. A senior Slovenian diplomat said the patrols "
            "would continue.")
    rels = relation_set(x)
    assert any(p == "represents" and o == "slovenia" for _, p, o in rels)


@pytest.mark.parametrize(("text", "agency", "country"), [
    ("Ghana and Togo held talks on Monday. Ghana's Ministry of Finance said the fund would last a decade.",
     "ministry-of-finance", "ghana"),
    ("Sudan and South Sudan held talks on Tuesday. South Sudan's Ministry of Petroleum said exports would resume.",
     "ministry-of-petroleum", "south-sudan"),
    ("Senegal and Guinea-Bissau met in Dakar. Guinea-Bissau's Ministry of Fisheries said licences would be renewed.",
     "ministry-of-fisheries", "guinea-bissau"),
])
def test_an_agency_after_a_possessive_country_opening_a_sentence_is_part_of_it(run, text, agency, country):
    # The capitalised run before "'s" starts in the previous sentence ("Monday. Ghana").
    assert (agency, "partOf", country) in relation_set(run(text))
