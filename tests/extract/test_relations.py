"""Relations: locatedIn, connects, dateSigned, partyTo, negotiates, metWith, partOf."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def test_town_comma_region_and_region_in_country(run):
    x = run("Migrants walk from Champlain, New York to Hemmingford, Quebec, crossing into Canada from the US.")
    rels = relation_set(x)
    assert ("champlain", "locatedIn", "new-york") in rels
    assert ("hemmingford", "locatedIn", "quebec") in rels
    assert ("quebec", "locatedIn", "canada") in rels
    assert ("new-york", "locatedIn", "united-states") in rels
    assert x.entities["champlain"].type == "Place"


def test_road_connects_two_towns(run):
    x = run("Migrants use Roxham Road, a remote street that connects Champlain, New York with Hemmingford, Quebec.")
    rels = relation_set(x)
    assert ("roxham-road", "connects", "champlain") in rels
    assert ("roxham-road", "connects", "hemmingford") in rels
    assert ("roxham-road", "connects", "new-york") not in rels


def test_date_signed_from_participle_and_year_modifier(run):
    x = run("The Columbia River Treaty, signed in 1961, is under review.")
    assert ("columbia-river-treaty", "dateSigned", "1961") in relation_set(x)
    y = run("Norway and Iceland renegotiated the 2002 fisheries pact.")
    agreement = next(e.key for e in y.entities.values() if e.type == "Agreement")
    assert (agreement, "dateSigned", "2002") in relation_set(y)


def test_both_nations_are_parties_and_negotiators(run):
    text = ("Canada and the United States share a border. Canada wants changes. The United States agrees. "
            "Both nations are urged to finalize changes to the Safe Third Country Agreement.")
    rels = relation_set(x := run(text))
    for country in ("canada", "united-states"):
        assert (country, "partyTo", "safe-third-country-agreement") in rels
        assert (country, "negotiates", "safe-third-country-agreement") in rels
    assert x.entities["safe-third-country-agreement"].type == "Agreement"


def test_agreement_between_two_countries(run):
    x = run("The Indus Waters Treaty between India and Pakistan governs six rivers.")
    rels = relation_set(x)
    assert ("india", "partyTo", "indus-waters-treaty") in rels
    assert ("pakistan", "partyTo", "indus-waters-treaty") in rels


def test_discussed_with_is_a_meeting(run):
    x = run("Sean Fraser discussed the Safe Third Country Agreement with Alejandro Mayorkas on Tuesday.",
            date="2023-03-16")
    assert ("sean-fraser", "metWith", "alejandro-mayorkas") in relation_set(x)
    meeting = x.events[0]
    assert meeting.type == "Meeting"
    assert set(meeting.participants) == {"sean-fraser", "alejandro-mayorkas"}
    assert "safe-third-country-agreement" in meeting.about
    assert meeting.date == "2023-03-14"


def test_met_with_through_apposition(run):
    x = run("India's commerce minister Piyush Goyal met with Business Secretary Jonathan Reynolds.")
    assert ("piyush-goyal", "metWith", "jonathan-reynolds") in relation_set(x)


def test_agency_part_of_its_country(run):
    x = run("The US Border Patrol and Canada's border agency work with the United States and Canada.")
    assert ("us-border-patrol", "partOf", "united-states") in relation_set(x)


def test_locality_of_patterns(run):
    x = run("Growers in the northwestern Mexican state of Sinaloa slowed their harvest, and the dam "
            "stands in the Benishangul-Gumuz region of Ethiopia.")
    rels = relation_set(x)
    assert ("sinaloa", "locatedIn", "mexico") in rels
    assert x.entities["sinaloa"].type == "Place"


def test_capital_stands_for_its_country_when_negotiating(run):
    x = run("London and Paris have been negotiating over the Trade and Cooperation Agreement since spring. "
            "The Trade and Cooperation Agreement covers fishing.")
    rels = relation_set(x)
    assert ("united-kingdom", "negotiates", "trade-and-cooperation-agreement") in rels
    assert ("france", "negotiates", "trade-and-cooperation-agreement") in rels


def test_agency_apposition_is_part_of(run):
    x = run("Licences are issued by the Marine Management Organisation, an agency of the "
            "Department for Environment, Food and Rural Affairs.")
    assert ("marine-management-organisation", "partOf",
            "department-for-environment-food-and-rural-affairs") in relation_set(x)
    assert x.entities["marine-management-organisation"].type == "GovernmentAgency"


def test_signed_by_countries_are_parties(run):
    x = run("The Declaration of Principles was signed in 2015 by the leaders of Egypt, Ethiopia and Sudan.")
    rels = relation_set(x)
    assert ("declaration-of-principles", "dateSigned", "2015") in rels
    assert {("egypt", "partyTo", "declaration-of-principles"), ("sudan", "partyTo", "declaration-of-principles")} <= rels


def test_a_list_of_places_is_not_located_in(run):
    x = run("Russian trawlers may land fish only at Tromsø, Båtsfjord and Kirkenes.")
    assert not [r for r in x.relations if r.predicate == "locatedIn" and r.subject != r.object
                and x.entities[r.object].type == "Place"]
