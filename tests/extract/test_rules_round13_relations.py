"""Round-13 rules for relations, each shown on invented sentences (names made
up, countries other than those of the round's examples)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


def _positions(x, person: str) -> list[str]:
    return sorted(x.entities[r.object].label for r in x.relations
                  if r.subject == person and r.predicate == "holdsPosition")


def _sides(x, person: str) -> set[str]:
    return {r.object for r in x.relations if r.subject == person and r.predicate == "represents"}


# -- B1: "his <Demonym> counterpart, <Title> <Name>" -----------------------------------
@pytest.mark.parametrize(("text", "person", "country", "title"), [
    ("Estonia and Finland agreed on Tuesday to share radar data.\n\n"
     "Kaja Tamm, Estonia's Minister of Defence, and her Finnish counterpart, Defence Minister Mikko Virtanen, "
     "met at Toompea Castle.", "mikko-virtanen", "finland", "Defence Minister of Finland"),
    ("Norway and Denmark agreed on quotas.\n\n"
     "Norway's Minister of Fisheries, Ola Berg, and his Danish counterpart, Fisheries Minister Lars Holm, "
     "spoke on Friday.", "lars-holm", "denmark", "Fisheries Minister of Denmark"),
    ("Croatia and Slovenia agreed to end border checks.\n\n"
     "Croatian Interior Minister Davor Horvat met his Slovenian counterpart, Interior Minister Tomaz Zupan, "
     "on Monday.", "tomaz-zupan", "slovenia", "Interior Minister of Slovenia"),
])
def test_titled_counterpart_takes_the_demonyms_country(run, text, person, country, title):
    x = run(text)
    assert _sides(x, person) == {country}, _sides(x, person)
    assert _positions(x, person) == [title], _positions(x, person)


def test_titled_counterpart_from_a_country(run):
    x = run("Croatia and Slovenia agreed to end border checks.\n\n"
            "Davor Horvat, Croatia's interior minister, and his counterpart from Slovenia, Dr. Marko Novak, "
            "spoke later.")
    assert _sides(x, "marko-novak") == {"slovenia"}, _sides(x, "marko-novak")
    assert _sides(x, "davor-horvat") == {"croatia"}, _sides(x, "davor-horvat")


def test_counterpart_with_other_words_before_the_name_is_left_alone(run):
    """'his Finnish counterpart, whom Tamm met in May, X': not an apposed title."""
    x = run("Estonia and Finland agreed on Tuesday to share radar data.\n\n"
            "Kaja Tamm praised her Finnish counterpart, whom she had met before. Estonian adviser Liis Kask agreed.")
    assert "finland" not in _sides(x, "liis-kask"), _sides(x, "liis-kask")


# -- B2: "<Title> A and <Country>'s <title>, B" ---------------------------------------
@pytest.mark.parametrize(("text", "a", "a_side", "b", "b_side"), [
    ("Estonia and Finland agreed on Tuesday to build a ferry link.\n\n"
     "Prime Minister Kristen Michal and Finland's prime minister, Petteri Orpo, met in Tallinn on April 30.",
     "kristen-michal", "estonia", "petteri-orpo", "finland"),
    ("Estonia and Finland agreed on Tuesday to build a ferry link.\n\n"
     "Finland's transport minister, Lulu Ranne, and Transport Minister Kuldar Leis visited the port.",
     "kuldar-leis", "estonia", "lulu-ranne", "finland"),
    ("Chile and Peru signed a fisheries deal on Monday.\n\n"
     "Foreign Minister Ana Rojas and Peru's foreign minister, Luis Quispe, signed it in Lima.",
     "ana-rojas", "chile", "luis-quispe", "peru"),
])
def test_bare_title_beside_other_countrys_possessive_takes_the_other_side(run, text, a, a_side, b, b_side):
    x = run(text)
    assert _sides(x, b) == {b_side}, _sides(x, b)
    assert _sides(x, a) == {a_side}, _sides(x, a)
    assert not any(b_side in label.lower() for label in _positions(x, a)), _positions(x, a)


def test_bare_title_beside_a_possessive_in_a_many_country_text_gets_no_side_from_it(run):
    x = run("Leaders from Chile, Peru, Bolivia and Ecuador met in Quito on Monday.\n\n"
            "Foreign Minister Ana Rojas and Peru's foreign minister, Luis Quispe, spoke first.")
    assert "peru" not in _sides(x, "ana-rojas"), _sides(x, "ana-rojas")
    assert _sides(x, "luis-quispe") == {"peru"}


# -- B3: signed memoranda and agreements ------------------------------------------------
_MEMO = ("Chile and Peru agree fishing rules\n\nLIMA, May 6 — Chile and Peru agreed new fishing rules on Monday.\n\n"
         "Ana Rojas, Chile's Minister of Fisheries, and her Peruvian counterpart, Luis Quispe, met in Lima. ")


@pytest.mark.parametrize(("sentence", "date"), [
    ("They signed a Memorandum of Understanding on Anchovy Stocks on Tuesday and took questions.", "2026-05-05"),
    ("On Tuesday they signed a Memorandum of Understanding on Anchovy Stocks.", "2026-05-05"),
    ("They signed a Memorandum of Understanding on Anchovy Stocks and took questions.", None),
])
def test_they_who_met_sign_a_memorandum_as_their_countries(run, sentence, date):
    x = run(_MEMO + sentence, date="2026-05-06")
    rels = relation_set(x)
    memo = "memorandum-of-understanding-on-anchovy-stocks"
    assert {("chile", "partyTo", memo), ("peru", "partyTo", memo)} <= rels, rels
    assert not any(p == "negotiates" and o == memo for _, p, o in rels), rels
    signed = {o for s, p, o in rels if s == memo and p == "dateSigned"}
    assert signed == ({date} if date else set()), signed


def test_they_of_one_country_sign_nothing_for_another(run):
    x = run("Chile and Peru agree fishing rules\n\nLIMA, May 6 — Chile and Peru talked on Monday.\n\n"
            "Ana Rojas and Pedro Soto, both Chilean ministers, met in Lima. "
            "They signed a Memorandum of Understanding on Anchovy Stocks.", date="2026-05-06")
    assert ("peru", "partyTo", "memorandum-of-understanding-on-anchovy-stocks") not in relation_set(x)


def test_agreement_signed_by_the_two_governments_in_a_year(run):
    x = run("Estonia and Finland agree joint patrols\n\nTALLINN, May 6 — Estonia and Finland agreed on Tuesday "
            "to share radar data, but talks on a new coastal-defence treaty would run into next year.\n\n"
            "The Agreement on Mutual Assistance at Sea, signed by the two governments in 1998, remains in force.",
            date="2026-05-06")
    rels = relation_set(x)
    a = "agreement-on-mutual-assistance-at-sea"
    assert {(a, "dateSigned", "1998"), ("estonia", "partyTo", a), ("finland", "partyTo", a)} <= rels, rels
    assert not any(p == "negotiates" and o == a for _, p, o in rels), rels


@pytest.mark.parametrize("text", [
    "In 2003 the two countries opened a ferry line. The Protocol on Ferry Safety was signed the same year.",
    "The ferry line opened in 2003. Later that year, the Protocol on Ferry Safety was signed in Tallinn.",
])
def test_the_same_year_takes_the_year_named_before(run, text):
    x = run("Estonia and Finland sign ferry deal\n\nTALLINN, May 6 — Estonia and Finland met.\n\n" + text,
            date="2026-05-06")
    assert ("protocol-on-ferry-safety", "dateSigned", "2003") in relation_set(x), relation_set(x)


def test_the_same_year_without_an_earlier_year_gives_no_date(run):
    x = run("Estonia and Finland sign ferry deal\n\nTALLINN, May 6 — Estonia and Finland met.\n\n"
            "The ferry line opened. The Protocol on Ferry Safety was signed the same year.", date="2026-05-06")
    assert not any(s == "protocol-on-ferry-safety" and p == "dateSigned" for s, p, _ in relation_set(x))


# -- B5: participial meetings ----------------------------------------------------------
_LEAD = "Chile and Peru agree fishing rules\n\nLIMA, May 6 — Chile and Peru agreed new fishing rules on Monday.\n\n"


def _met(x, a: str, b: str) -> bool:
    rels = relation_set(x)
    return (a, "metWith", b) in rels or (b, "metWith", a) in rels


@pytest.mark.parametrize(("sentence", "a", "b", "date"), [
    ("Meeting in the port city of Arica on Monday, Chile's Foreign Minister, Ana Rojas, and her Peruvian "
     "counterpart, Luis Quispe, agreed to open negotiations on a fisheries accord.", "ana-rojas", "luis-quispe",
     "2026-05-04"),
    ("Having met in Tacna on Friday, Chilean Trade Minister Pedro Soto and Peruvian Trade Minister Maria Huaman "
     "said the talks were useful.", "pedro-soto", "maria-huaman", "2026-05-01"),
    ("Meeting on the sidelines of the summit, Pedro Soto and Maria Huaman discussed tariffs.",
     "pedro-soto", "maria-huaman", None),
])
def test_a_participle_opening_the_sentence_says_its_subjects_met(run, sentence, a, b, date):
    x = run(_LEAD + sentence, date="2026-05-06")
    assert _met(x, a, b), relation_set(x)
    meetings = [e for e in x.events if e.type == "Meeting" and {a, b} <= set(e.participants)]
    assert len(meetings) == 1, x.events
    assert meetings[0].date == date


def test_meeting_with_someone_in_the_participle(run):
    x = run(_LEAD + "Luis Quispe arrived on Monday. Meeting with Quispe in Lima on Tuesday, Chilean Trade "
                    "Minister Pedro Soto said tariffs would fall.", date="2026-05-06")
    assert _met(x, "pedro-soto", "luis-quispe"), relation_set(x)
    assert len([e for e in x.events if e.type == "Meeting"]) == 1, x.events


@pytest.mark.parametrize("sentence", [
    "Meeting the press on Monday, Chile's Foreign Minister, Ana Rojas, and Peru's Foreign Minister, Luis Quispe, "
    "said the deal was close.",
    "Meeting separately, Ana Rojas and Luis Quispe agreed on a plan.",
])
def test_other_participles_are_no_meeting(run, sentence):
    x = run(_LEAD + sentence, date="2026-05-06")
    assert not _met(x, "ana-rojas", "luis-quispe"), relation_set(x)


def test_met_in_a_town_on_a_date_still_works(run):
    x = run(_LEAD + "Prime Minister Ana Rojas and Peru's prime minister, Luis Quispe, met in Lima on April 30 "
                    "and asked officials to settle the route.", date="2026-05-06")
    assert _met(x, "ana-rojas", "luis-quispe"), relation_set(x)
    assert [e.date for e in x.events if e.type == "Meeting"] == ["2026-04-30"]


# -- B6: roles in organisations ----------------------------------------------------------
_LEAD_SB = "Serbia and Bulgaria agree gas link\n\nSOFIA, May 6 — Serbia and Bulgaria agreed on Tuesday to build a gas link.\n\n"


@pytest.mark.parametrize(("text", "person", "org", "title"), [
    ("Bulgargaz said on Monday it would supply the pipeline. Its chief executive, Petar Ivanov, told reporters "
     "the price was fair.", "petar-ivanov", "bulgargaz", "Chief Executive of Bulgargaz"),
    ("Mineral Andino, a mining company, opened a mine. Its chairman, Raul Ortiz, said output would grow.",
     "raul-ortiz", "mineral-andino", "Chairman of Mineral Andino"),
])
def test_its_title_belongs_to_the_organisation_named_before(run, text, person, org, title):
    x = run(_LEAD_SB + text, date="2026-05-06")
    assert _sides(x, person) == {org}, _sides(x, person)
    assert _positions(x, person) == [title], _positions(x, person)
    assert not any(c in _sides(x, person) for c in ("serbia", "bulgaria"))


def test_who_chairs_a_named_bodys_board(run):
    x = run(_LEAD_SB + "The grid operators Elektromreza and Energoset sent their chief executives. "
                       "Milica Jovanovic, who chairs Energoset's management board, was blunter.", date="2026-05-06")
    assert _sides(x, "milica-jovanovic") == {"energoset"}, _sides(x, "milica-jovanovic")
    assert any("Chair" in p for p in _positions(x, "milica-jovanovic")), _positions(x, "milica-jovanovic")


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Dragan Petrovic, chairman of the Serbian Hauliers Association, said trucks would wait.",
     "dragan-petrovic", "serbian-hauliers-association"),
    ("\"We lose money every day,\" said Stefan Georgiev, chairman of the Bulgarian Hauliers Association.",
     "stefan-georgiev", "bulgarian-hauliers-association"),
])
def test_chairman_of_an_association_represents_it(run, text, person, org):
    x = run(_LEAD_SB + text, date="2026-05-06")
    assert org in _sides(x, person), _sides(x, person)


# -- B4: an old dated accord is not the new treaty under talks ------------------------
_TALKS = ("Chile and Peru agree joint patrols\n\nLIMA, May 6 — Chile and Peru agreed on Tuesday to share radar data, "
          "but their defence ministers said talks on a new coastal-defence treaty would run into next year.\n\n")


def test_old_dated_accord_is_not_the_new_treaty(run):
    x = run(_TALKS + "Ana Rojas, an analyst at the Andean Security Institute, said the 1998 accord had survived "
                     "because \"neither side has a better option\". The question was whether the treaty would bind "
                     "the two navies.", date="2026-05-06")
    treaty = x.entities["coastal-defence-treaty"]
    assert not any("1998" in a for a in treaty.aliases), treaty.aliases
    rels = relation_set(x)
    assert not any(s == "coastal-defence-treaty" and p == "dateSigned" for s, p, _ in rels), rels
    assert not any(p == "partyTo" and o == "coastal-defence-treaty" for _, p, o in rels), rels
    old = [k for k, e in x.entities.items() if e.type == "Agreement" and k != "coastal-defence-treaty"]
    assert len(old) == 1 and (old[0], "dateSigned", "1998") in rels, (old, rels)


def test_old_dated_accord_goes_to_the_agreement_signed_that_year(run):
    x = run(_TALKS + "The Treaty on Naval Cooperation, signed in 1998, still applies. Ana Rojas said the 1998 accord "
                     "had survived.", date="2026-05-06")
    naval = x.entities["treaty-on-naval-cooperation"]
    assert len([m for m in naval.mentions]) == 2, naval.mentions
    assert not any("1998" in a for a in x.entities["coastal-defence-treaty"].aliases)


def test_dated_reference_to_an_agreement_under_review_stays_with_it(run):
    x = run("Chile and Peru review naval pact\n\nLIMA, May 6 — Chile and Peru agreed on Tuesday to review their "
            "naval cooperation treaty.\n\nAna Rojas said the 1998 treaty had survived.", date="2026-05-06")
    treaty = x.entities["naval-cooperation-treaty"]
    assert "1998 treaty" in treaty.aliases, treaty.aliases
    assert ("naval-cooperation-treaty", "dateSigned", "1998") in relation_set(x)


# -- B7: location chains, facilities, a link's course -------------------------------------
_EE = "Estonia and Finland plan power cable\n\nTALLINN, May 6 — Estonia and Finland agreed on Tuesday to build a cable.\n\n"


@pytest.mark.parametrize(("sentence", "town", "unit", "region"), [
    ("The talks were held in Haapsalu, a town in the Laane municipality of Estonia's Laanemaa region.",
     "haapsalu", "laane-municipality", "laanemaa-region"),
    ("Keila, a town in the Keila municipality of Estonia's Harju region, hosts the station.",
     "keila", "keila-municipality", "harju-region"),
])
def test_town_in_a_municipality_of_a_countrys_region_is_a_chain(run, sentence, town, unit, region):
    x = run(_EE + sentence, date="2026-05-06")
    rels = relation_set(x)
    assert {(town, "locatedIn", unit), (unit, "locatedIn", region), (region, "locatedIn", "estonia")} <= rels, rels
    assert (town, "locatedIn", "estonia") not in rels and (unit, "locatedIn", "estonia") not in rels, rels
    assert x.entities[unit].type == "Place"


def test_town_in_a_municipality_of_a_country(run):
    x = run(_EE + "The talks were held in Haapsalu, a town in the Laane municipality of Estonia.", date="2026-05-06")
    rels = relation_set(x)
    assert {("haapsalu", "locatedIn", "laane-municipality"), ("laane-municipality", "locatedIn", "estonia")} <= rels


@pytest.mark.parametrize("sentence", [
    "The cable will land at the Harku substation in the Estonian town of Keila.",
    "The cable will land at the Harku substation in Keila, officials said.",
])
def test_a_named_substation_is_a_place_in_its_town(run, sentence):
    x = run(_EE + sentence, date="2026-05-06")
    assert x.entities["harku-substation"].type == "Place"
    rels = relation_set(x)
    assert ("harku-substation", "locatedIn", "keila") in rels, rels
    assert ("harku-substation", "locatedIn", "estonia") not in rels, rels
    assert "harku" not in x.entities


def test_a_link_running_from_one_end_to_the_other_connects_the_ends(run):
    x = run(_EE + "Estlink 3 runs 150 kilometres under the gulf from the Harku substation in Keila to Inkoo, "
                  "a town in southern Finland.", date="2026-05-06")
    rels = relation_set(x)
    assert {("estlink-3", "connects", "harku-substation"), ("estlink-3", "connects", "inkoo")} <= rels, rels
    assert not any(s == "estlink-3" and p == "connects" and o in {"keila", "finland"} for s, p, o in rels), rels
    assert ("harku-substation", "locatedIn", "keila") in rels and ("inkoo", "locatedIn", "finland") in rels


def test_a_course_between_countries_connects_nothing(run):
    x = run(_EE + "Estlink 3 runs 150 kilometres from Estonia to Finland.", date="2026-05-06")
    assert not any(p == "connects" and s == "estlink-3" for s, p, _ in relation_set(x))


# -- B8: who leads the talks for a side -------------------------------------------------
_TRANSIT = "Chile and Peru open transit talks\n\nLIMA, May 6 — Chile and Peru opened talks on a new Transit Protocol on Tuesday.\n\n"


@pytest.mark.parametrize("sentence", [
    "Talks on the Transit Protocol will continue in June. Chile's Ministry of Public Works leads for Santiago; "
    "the Peruvian Road Administration (PRA) leads for Lima.",
    "Chile's Ministry of Public Works leads the talks for Santiago, and the Peruvian Road Administration leads "
    "for Lima.",
])
def test_bodies_leading_for_a_side_negotiate_the_agreement_under_talks(run, sentence):
    x = run(_TRANSIT + sentence, date="2026-05-06")
    rels = relation_set(x)
    assert {("ministry-of-public-works", "negotiates", "transit-protocol"),
            ("peruvian-road-administration", "negotiates", "transit-protocol"),
            ("ministry-of-public-works", "partOf", "chile"),
            ("peruvian-road-administration", "partOf", "peru")} <= rels, rels


def test_leading_for_a_capital_names_the_bodys_country(run):
    x = run(_TRANSIT + "The Ministry of Transport leads for Santiago; the National Road Authority leads for Lima.",
            date="2026-05-06")
    rels = relation_set(x)
    assert ("ministry-of-transport", "partOf", "chile") in rels, rels
    assert ("ministry-of-transport", "partOf", "peru") not in rels, rels
    assert ("national-road-authority", "negotiates", "transit-protocol") in rels, rels


def test_leading_for_a_side_without_talks_negotiates_nothing(run):
    x = run("Chile and Peru mark anniversary\n\nLIMA, May 6 — Chile and Peru marked the Lima Treaty, signed in 1929.\n\n"
            "Chile's Ministry of Public Works leads for Santiago.", date="2026-05-06")
    assert not any(p == "negotiates" and s == "ministry-of-public-works" for s, p, _ in relation_set(x))


def test_bare_title_after_a_demonym_titled_other_takes_the_other_side(run):
    x = run("Estonia and Finland agreed on Tuesday to build a ferry link.\n\n"
            "Finnish Prime Minister Petteri Orpo and Prime Minister Kristen Michal met in Tallinn on April 30.")
    assert _sides(x, "petteri-orpo") == {"finland"}
    assert _sides(x, "kristen-michal") == {"estonia"}, _sides(x, "kristen-michal")


def test_a_signing_in_a_where_clause_takes_the_meetings_date(run):
    x = run(_LEAD + "Ana Rojas, Chile's fisheries minister, and her Peruvian counterpart, Luis Quispe, met in Lima on "
                    "Monday, where they signed a Memorandum of Understanding on Anchovy Stocks.", date="2026-05-06")
    rels = relation_set(x)
    memo = "memorandum-of-understanding-on-anchovy-stocks"
    assert (memo, "dateSigned", "2026-05-04") in rels, rels
    assert {("chile", "partyTo", memo), ("peru", "partyTo", memo)} <= rels, rels


def test_a_participle_with_the_two_ministers_as_subject(run):
    x = run(_LEAD + "Ana Rojas, Chile's fisheries minister, arrived on Sunday. Luis Quispe, Peru's fisheries minister, "
                    "welcomed her.\n\nMeeting in Lima on Monday, the two ministers agreed to share data.",
            date="2026-05-06")
    assert _met(x, "ana-rojas", "luis-quispe"), relation_set(x)
    assert any(e.date == "2026-05-04" for e in x.events if e.type == "Meeting"), x.events


def test_dateline_country_is_not_given_to_the_other_persons_partner(run):
    x = run("Leaders meet in Quito\n\nQUITO, May 6 — Leaders from Chile, Peru, Bolivia, Colombia and Ecuador met on "
            "Tuesday. Peru and Colombia pressed for more.\n\n"
            "Foreign Minister Ana Rojas and Ecuador's foreign minister, Luis Vera, met in Quito on April 30.",
            date="2026-05-06")
    assert "ecuador" not in _sides(x, "ana-rojas"), _sides(x, "ana-rojas")
    assert _sides(x, "luis-vera") == {"ecuador"}


def test_plural_counterparts_listed_with_titles(run):
    x = run("Estonia and Finland agreed on Tuesday to share radar data.\n\n"
            "Estonian Defence Minister Hanno Pevkur and Interior Minister Igor Taro met their Finnish counterparts, "
            "Defence Minister Antti Hakkanen and Interior Minister Mari Rantanen, on Monday.")
    assert _sides(x, "hanno-pevkur") == {"estonia"} and _sides(x, "igor-taro") == {"estonia"}, \
        (_sides(x, "hanno-pevkur"), _sides(x, "igor-taro"))
    assert _sides(x, "antti-hakkanen") == {"finland"} and _sides(x, "mari-rantanen") == {"finland"}, \
        (_sides(x, "antti-hakkanen"), _sides(x, "mari-rantanen"))
    assert _positions(x, "mari-rantanen") == ["Interior Minister of Finland"]


def test_opposite_number_is_a_counterpart(run):
    x = run("Estonia and Finland agreed on Tuesday to share radar data.\n\n"
            "Foreign Minister Margus Tsahkna called his Finnish opposite number, Elina Valtonen, on Friday.")
    assert _sides(x, "elina-valtonen") == {"finland"}, _sides(x, "elina-valtonen")


def test_bare_apposed_title_beside_another_persons_possessive_apposition(run):
    x = run("Estonia and Finland agreed on Tuesday to build a ferry link.\n\n"
            "Kristen Michal, the prime minister, and Petteri Orpo, Finland's prime minister, met in Tallinn on April 30.")
    assert _sides(x, "petteri-orpo") == {"finland"}
    assert _sides(x, "kristen-michal") == {"estonia"}, _sides(x, "kristen-michal")


def test_they_after_the_two_ministers_met(run):
    x = run(_LEAD + "Ana Rojas, Chile's fisheries minister, arrived on Sunday. Luis Quispe, Peru's fisheries minister, "
                    "welcomed her. The two ministers met in Lima on Monday. They signed a Memorandum of Understanding "
                    "on Anchovy Stocks on Tuesday.", date="2026-05-06")
    memo = "memorandum-of-understanding-on-anchovy-stocks"
    assert {("chile", "partyTo", memo), ("peru", "partyTo", memo)} <= relation_set(x), relation_set(x)
