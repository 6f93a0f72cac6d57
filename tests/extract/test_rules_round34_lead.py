"""Round-34 integration fixes (found in the per-file blind diff), on invented sentences."""

from __future__ import annotations

from tests.extract.conftest import relation_set


def _key(x, label: str) -> str:
    hits = [k for k, e in x.entities.items() if e.label == label]
    assert hits, f"no entity {label!r}: {sorted(e.label for e in x.entities.values())}"
    return hits[0]


def test_a_text_revised_is_the_same_agreement(run):
    # revising the 2018 protocol changes a version, not the text: "2018 protocol" is the named protocol
    x = run("Dam\n\nThe ministers agreed to reopen the Lake Tovo Spill Protocol, the 2018 accord that sets out "
            "how Ghana must be warned. Ghana and Togo will revise the 2018 protocol next year.\n", date="2026-05-14")
    agreements = {e.label for e in x.entities.values() if e.type == "Agreement"}
    assert agreements == {"Lake Tovo Spill Protocol"}, agreements


def test_a_name_called_in_an_apposition_is_an_alias_of_the_named_text(run):
    # ", a 2021 accord that both sides call the JBMA": the accord is the named agreement, signed in 2021
    x = run("Border\n\nThe patrols will be added to the Idiroko-Ketou Joint Border Management Agreement, a 2021 accord that both sides "
            "call the JBMA, and will cover the lagoon. Officials said the amended JBMA would be signed in Abuja.\n"
            "Nigeria and Benin say smuggling has fallen.\n", date="2026-05-14")
    key = _key(x, "Idiroko-Ketou Joint Border Management Agreement")
    assert "JBMA" in x.entities[key].aliases
    rels = relation_set(x)
    assert ("nigeria", "partyTo", key) in rels and ("benin", "partyTo", key) in rels, rels


def test_a_stop_on_the_way_is_no_end_of_the_line(run):
    x = run("Rail\n\nThe proposed Orda-Tacheng railway would run 272 kilometres from Orda, a town in Kazakhstan's "
            "Abai region, to the border at Dostyk and on to Tacheng in China.\n", date="2026-05-14")
    rels = relation_set(x)
    line = _key(x, "Orda-Tacheng railway")
    ends = {o for s, p, o in rels if s == line and p == "connects"}
    assert _key(x, "Tacheng") in ends and _key(x, "Dostyk") not in ends, rels


def test_a_weekly_briefing_is_no_outlet(run):
    x = run("Briefing\n\nForeign Office spokesperson Amna Qadir told the weekly briefing that Pakistan respected "
            "Afghanistan's sovereignty. \"Now we are two towns,\" the mayor told the broadcaster rbb.\n",
            date="2026-05-14")
    media = {e.label for e in x.entities.values() if e.type == "MediaOrganization"}
    assert "briefing" not in media and "rbb" in media, media


def test_an_office_alone_is_no_person(run):
    x = run("Dialogue\n\nThe talks were chaired by Ilse Maas, the EU Special Representative for the Belgrade-Pristina "
            "Dialogue. Serbia and Kosovo attended.\n", date="2026-05-14")
    people = {e.label for e in x.entities.values() if e.type == "Person" and not e.unnamed}
    assert people == {"Ilse Maas"}, people
    assert not any(p == "metWith" for _, p, _ in relation_set(x))


def test_a_foreign_state_service_is_an_agency(run):
    for name in ("Vialidad Nacional", "Prefectura Naval"):
        x = run(f"Pass\n\nArgentina's {name} said in a post on X on Monday that the road had been closed by snow.\n",
                date="2026-05-14")
        key = _key(x, name)
        assert x.entities[key].type == "GovernmentAgency"
        assert (key, "partOf", "argentina") in relation_set(x)


def test_an_article_led_town_after_with(run):
    x = run("Pass\n\nChile and Argentina agreed to study a tunnel. The pass links the city of Mendoza with Los Andes "
            "in Chile's Valparaiso Region.\n", date="2026-05-14")
    places = {e.label for e in x.entities.values() if e.type == "Place"}
    assert "Los Andes" in places and "Andes" not in places, places


def test_an_outlet_before_any_speech_verb_of_a_pronoun(run):
    x = run("Channel\n\nParis and London opened talks on Tuesday. In an interview with France Info on Tuesday, she "
            "called the talks \"a first honest step\".\n", date="2026-05-14")
    assert x.entities[_key(x, "France Info")].type == "MediaOrganization"


def test_a_generic_agency_name_of_another_country_is_this_countrys_body(run):
    x = run("Torkham\n\nISLAMABAD - Pakistan and Afghanistan reopened Torkham. Pakistan's Foreign Office said on "
            "Friday that Kabul must act.\n", date="2026-05-14")
    labels = {e.label for e in x.entities.values() if e.type == "GovernmentAgency"}
    assert labels == {"Foreign Office"}, labels
    assert (_key(x, "Foreign Office"), "partOf", "pakistan") in relation_set(x)
