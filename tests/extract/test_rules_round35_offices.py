"""Round-35 office, side and meeting classes (O1, O2, O6 ...), shown on invented sentences
(names made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _position_labels(x, person: str) -> set[str]:
    keys = _objs(x, person, "holdsPosition")
    return {x.entities[k].label.lower() for k in keys} | {a.lower() for k in keys for a in x.entities[k].aliases}


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


# -- O1: a state body's officials represent their country only ---------------------------------------
def test_spokesman_of_a_demonym_authority_represents_the_country_only(run):
    x = run("Rail talks\n\nAfghanistan and Uzbekistan discussed the railway on Monday. A spokesman for the "
            "Afghan Railway Authority, Ahmad Wali, said the line was ready.\n")
    assert _objs(x, "ahmad-wali", "represents") == {"afghanistan"}


def test_director_of_a_state_police_represents_the_country_only(run):
    x = run("Border talks\n\nBrazil and Paraguay agreed on joint patrols on Tuesday. Brazil's Federal Police will "
            "man the new post. Director Paulo Lima of the Federal Police said the border was calm.\n")
    assert _objs(x, "paulo-lima", "represents") == {"brazil"}
    y = run("Border talks\n\nBrazil and Paraguay agreed on joint patrols on Tuesday. Paulo Lima, who heads "
            "Brazil's Federal Police, said the border was calm.\n")
    assert "federal-police" not in _objs(y, "paulo-lima", "represents")


def test_cooperative_president_never_represents_the_country(run):
    x = run("Fishing talks\n\nMANILA - The Philippines and Malaysia discussed fishing on Monday. Jorge Melo, "
            "president of the Lamu dhow owners' Cooperative, said the fishermen were worried.\n")
    assert "philippines" not in _objs(x, "jorge-melo", "represents")
    y = run("Fishing talks\n\nTurkey and Greece held talks on fishing on Monday. Jorge Melo, president of the "
            "Kas Boatmen Cooperative, said the fishermen were worried.\n")
    assert _objs(y, "jorge-melo", "represents") == {"kas-boatmen-cooperative"}


# -- O2: local officials represent the country of their place ----------------------------------------
def test_mayor_of_a_village_placed_by_a_demonym_or_a_region(run):
    x = run("Bridge talks\n\nAustria and Germany resumed talks on the new Inn bridge on Monday. In Oberaudorf, "
            "a Bavarian village, Mayor Anna Moser said the village was worried.\n")
    assert _objs(x, "anna-moser", "represents") == {"germany"}
    y = run("Lake talks\n\nCanada and the United States discussed the lake on Monday. Lena Ross, mayor of Kaslo, "
            "a village on Kootenay Lake in British Columbia, said the ferry was late.\n")
    assert _objs(y, "lena-ross", "represents") == {"canada"}


def test_governor_with_the_place_after_the_name(run):
    x = run("Road talks\n\nBrazil and Venezuela discussed the highway on Monday. Governor Paulo Souza of Roraima "
            "said the road was open.\n")
    assert _objs(x, "paulo-souza", "represents") == {"brazil"}
    assert "governor of roraima" in _position_labels(x, "paulo-souza")


def test_its_mayor_after_a_sentence_about_the_town(run):
    x = run("Bridge talks\n\nAustria and Germany resumed talks on the new Inn bridge on Monday. Kiefersfelden, "
            "a village in Bavaria, fears more traffic. Its mayor, Hajo Gruber, said Austria had to act.\n")
    assert "mayor of kiefersfelden" in _position_labels(x, "hajo-gruber")
    assert _objs(x, "hajo-gruber", "represents") == {"germany"}


def test_mayor_on_one_bank_of_the_river(run):
    x = run("Bridge talks\n\nAustria and Germany resumed talks on the new Inn bridge on Monday. On the Austrian "
            "bank, Mayor Peter Gruber said the traffic was heavy.\n")
    assert _objs(x, "peter-gruber", "represents") == {"austria"}


# -- O6: the town across the river belongs to the other side ----------------------------------------
def test_mayor_of_a_town_across_the_river_from_the_other_country(run):
    x = run("Bridge talks\n\nPortugal and Spain discussed the bridge on Monday. In Alcoutim, across the river "
            "from the Spanish village of Sanlúcar de Guadiana, Mayor Paulo Paulino said the ferry was too small.\n")
    assert _objs(x, "paulo-paulino", "represents") == {"portugal"}
    assert "mayor of alcoutim" in _position_labels(x, "paulo-paulino")
    y = run("Bridge talks\n\nBulgaria and Romania discussed a second Danube bridge on Monday. Ana Pop, the mayor "
            "of Calafat, opposite the Bulgarian town of Vidin, said the ferry was slow.\n")
    assert _objs(y, "ana-pop", "represents") == {"romania"}


# -- O3: lower-case posts in appositions, ranks before a country, portfolios named like bodies --------
def test_body_owned_role_after_the_name(run):
    x = run("Port talks\n\nKenya and Uganda discussed the port on Monday. The Kenya Ports Authority (KPA) has "
            "added cranes. Peter Otieno, the KPA's port manager at Mombasa, said the cranes were busy.\n")
    assert "port manager" in _position_labels(x, "peter-otieno")
    assert _objs(x, "peter-otieno", "represents") == {"kenya"}
    y = run("Port talks\n\nKenya and Uganda discussed the port on Monday. The Kenya Ports Authority has added "
            "cranes. Mary Wanjiru, the authority's operations manager, said ships were waiting.\n")
    assert "operations manager" in _position_labels(y, "mary-wanjiru")


def test_voivode_is_an_office(run):
    x = run("Crossing talks\n\nPoland and Ukraine discussed the crossing on Monday. Jan Nowak, the regional "
            "voivode, said the queues were long.\n")
    assert any("voivode" in t for t in _position_labels(x, "jan-nowak"))
    assert _objs(x, "jan-nowak", "represents") == {"poland"}  # a voivode's office is Poland's


def test_rank_before_the_country_stays_in_the_title(run):
    x = run("Trade talks\n\nThe United States and Kenya discussed trade on Monday. Deputy U.S. Trade "
            "Representative Sarah Bianchi said talks would go on.\n")
    assert any("deputy u.s. trade representative" in t for t in _position_labels(x, "sarah-bianchi"))
    assert _objs(x, "sarah-bianchi", "represents") == {"united-states"}


def test_portfolio_minister_named_like_a_body(run):
    x = run("Sea talks\n\nFiji and Tonga discussed patrols on Monday. Fiji Police Minister Ratu Naiqama said the "
            "sea was calm.\n")
    assert "police minister" in _position_labels(x, "ratu-naiqama")
    assert _objs(x, "ratu-naiqama", "represents") == {"fiji"}
    assert "Fiji Police" not in entity_types(x)


# -- O5: meetings in other wordings -------------------------------------------------------------------
def test_two_named_people_led_the_delegations(run):
    x = run("Energy talks\n\nKenya and Uganda held talks on the pipeline in Kampala on Monday. Kenya's Minister "
            "for Energy, John Mwangi, and Uganda's Minister of Energy, Ruth Nankabirwa, led the delegations.\n")
    assert _met(x, "john-mwangi", "ruth-nankabirwa")
    y = run("Energy talks\n\nKenya and Uganda held talks on the pipeline in Kampala on Monday. Kenya's energy "
            "minister, John Mwangi, and his Ugandan counterpart, Ruth Nankabirwa, headed the two delegations.\n")
    assert _met(y, "john-mwangi", "ruth-nankabirwa")


def test_regional_secretary_who_joined_the_talks_acts_for_the_country_only(run):
    x = run("Fishing talks\n\nTrinidad and Tobago and Venezuela held fishing talks in Port of Spain on Monday. "
            "Trinidad and Tobago's Minister of Agriculture, Kazim Ali, met Venezuela's fisheries minister, Juan "
            "Perez. The Tobago House of Assembly's Secretary for Fisheries, Nathan Roberts, joined the talks.\n")
    assert _met(x, "nathan-roberts", "juan-perez")
    assert not _met(x, "nathan-roberts", "kazim-ali")
    assert _objs(x, "nathan-roberts", "represents") == {"trinidad-and-tobago"}
