"""Round-25 agreement and place classes G1-G11, shown on invented sentences (towns, links
and agreements made up; real countries where the country must be recognised)."""

from __future__ import annotations

from tests.extract.conftest import entity_types, relation_set


def _objs(x, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in relation_set(x) if s == subject and p == predicate}


def _subjects(x, predicate: str, obj: str) -> set[str]:
    return {s for s, p, o in relation_set(x) if p == predicate and o == obj}


def _agreement(x, words: str):
    hits = [e for e in x.entities.values() if e.type == "Agreement" and words in e.label]
    assert hits, f"no agreement with {words!r}: {sorted(entity_types(x))}"
    return hits[0]


# -- G6: future or wished signings are no partyTo ----------------------------------------------
def test_could_be_signed_and_not_ready_is_negotiated(run):
    x = run("Bus deal\n\nQUITO - Ecuador and Peru have settled the terms of the Agreement on Tarvo Bus Services, "
            "officials said on Monday.\n\nThe agreement is still not ready for signature, because lawyers must check "
            "the text. It could be signed at a summit in Lima in June.\n")
    key = _agreement(x, "Tarvo Bus Services").key
    assert not _subjects(x, "partyTo", key)
    assert {"ecuador", "peru"} <= _subjects(x, "negotiates", key)


def test_not_ready_for_signature_is_negotiated(run):
    x = run("Fishing talks\n\nSenegal and Gambia met in Banjul on Tuesday. The Protocol on Tarvo Fishing Quotas is "
            "still not ready for signature, a Senegalese official said.\n")
    key = _agreement(x, "Tarvo Fishing Quotas").key
    assert {"senegal", "gambia"} <= _subjects(x, "negotiates", key)


def test_wish_to_replace_with_new_agreement_is_negotiating(run):
    x = run("Power deal\n\nZambia and Zimbabwe want to replace the old arrangements with a new Agreement on Tarvo "
            "Power Exchange by December, officials said on Monday.\n")
    key = _agreement(x, "Tarvo Power Exchange").key
    assert {"zambia", "zimbabwe"} <= _subjects(x, "negotiates", key)
    assert not _subjects(x, "partyTo", key)


# -- G1: a title keeps its trailing qualifier -------------------------------------------------
def test_title_keeps_dated_season_and_named_scheme(run):
    x = run("Quota deal\n\nSenegal and Gambia signed a Protocol on Fishing Quotas for the 2027 Season on Monday. "
            "Zambia and Zimbabwe want a new Agreement on the Supply of Power from the Tarvo Scheme.\n")
    labels = entity_types(x)
    assert labels.get("Protocol on Fishing Quotas for the 2027 Season") == "Agreement"
    assert labels.get("Agreement on the Supply of Power from the Tarvo Scheme") == "Agreement"
    assert "Agreement on the Supply of Power" not in labels and "Tarvo Scheme" not in labels


# -- G3: aliases given by naming verbs ----------------------------------------------------------
def test_called_name_or_simply_acronym(run):
    x = run("Road deal\n\nCroatia and Slovenia signed the Agreement on Tarvo Road Corridors in 2019. Officials have "
            "taken to calling it the Corridor Agreement, or simply the TRC. The TRC covers lorries.\n")
    agreement = _agreement(x, "Tarvo Road Corridors")
    assert {"Corridor Agreement", "TRC"} <= agreement.aliases
    assert "TRC" not in entity_types(x)


def test_initials_after_comma_and_date(run):
    x = run("Transit deal\n\nBenin and Togo signed the Agreement on Tarvo Transit and Customs in 2001, known by its "
            "French initials, TTD. Under the TTD, lorries pay once.\n")
    assert "TTD" in _agreement(x, "Tarvo Transit").aliases
    assert "TTD" not in entity_types(x)


def test_call_it_the_acronym(run):
    x = run("Transit talks\n\nGhana and Togo are reviewing the Tarvo Road and Trade Agreement. Negotiators simply "
            "call it the TRTA.\n")
    assert "TRTA" in _agreement(x, "Tarvo Road and Trade Agreement").aliases


def test_naming_phrases_with_adverbs_and_agents(run):
    x = run("River deal\n\nGhana and Togo are reviewing the Tarvo Road Agreement, referred to by negotiators as the "
            "TRA. Benin and Niger signed the Protocol on Tarvo Navigation in 2003, known locally as the Kessa "
            "Protocol. Chile and Peru signed the Agreement on Tarvo Fairs in 2010, better known by its Spanish "
            "acronym, ATF.\n")
    assert "TRA" in _agreement(x, "Tarvo Road Agreement").aliases
    assert "Kessa Protocol" in _agreement(x, "Protocol on Tarvo Navigation").aliases
    assert "ATF" in _agreement(x, "Agreement on Tarvo Fairs").aliases


# -- G4: short names the entity step took for bodies ------------------------------------------
def test_topic_short_name_with_mou_is_the_memorandum(run):
    x = run("Care deal\n\nThe Philippines and Japan signed a Memorandum of Understanding on Tarvo Care Workers in "
            "2019. The Tarvo Care Workers MOU lets nurses move.\n")
    assert "Tarvo Care Workers MOU" in _agreement(x, "Memorandum of Understanding").aliases
    assert "Tarvo Care Workers MOU" not in entity_types(x)


def test_initials_of_title_end_are_the_agreement(run):
    x = run("Trade review\n\nSouth Korea and Chile are reviewing the Korea-Chile Tarvo Partnership Agreement (KCTPA). "
            "Exporters say the TPA has doubled trade.\n")
    assert "TPA" in _agreement(x, "Tarvo Partnership Agreement").aliases
    assert "TPA" not in entity_types(x)


def test_unread_short_memo_name_is_the_memorandum(run):
    x = run("Fisheries deal\n\nJapan and the Philippines signed a Memorandum of Cooperation on Tarvo Fisheries in "
            "2015. The Tarvo Fisheries MOC lets boats land catches.\n")
    assert "Tarvo Fisheries MOC" in _agreement(x, "Memorandum of Cooperation").aliases


# -- G5: which agreement was signed ---------------------------------------------------------
def test_signing_is_not_the_convention_in_the_talks_clause(run):
    x = run("Border hours\n\nCOTONOU - Togo and Benin signed an agreement on Tuesday to extend opening hours at the "
            "border post and agreed to reopen talks on the Tarvo Transit Convention. Hauliers welcomed the deal.\n",
            date="2026-05-14")
    key = _agreement(x, "Tarvo Transit Convention").key
    assert not _subjects(x, "partyTo", key)
    assert not _objs(x, key, "dateSigned")
    assert {"togo", "benin"} <= _subjects(x, "negotiates", key)


def test_reopening_talks_on_a_signed_agreement_is_negotiating_it(run):
    x = run("Transit talks\n\nACCRA - Ghana and Togo will reopen talks on the Tarvo Transit and Trade Agreement next "
            "month, officials said on Monday.\n\nThe hard part concerns the 1998 agreement, which governs lorry "
            "permits.\n", date="2026-05-14")
    key = _agreement(x, "Tarvo Transit and Trade Agreement").key
    assert {"ghana", "togo"} <= _subjects(x, "negotiates", key)


# -- G2: Exchange of Notes ----------------------------------------------------------------------
def test_exchange_of_notes_is_an_agreement(run):
    x = run("Border deal\n\nGambia and Senegal agreed on Monday to mark their border. The boundary was settled by the "
            "2011 Exchange of Notes that the two governments signed in Banjul in May of that year.\n")
    key = _agreement(x, "Exchange of Notes").key
    assert _objs(x, key, "dateSigned") == {"2011"}
    assert {"gambia", "senegal"} <= _subjects(x, "partyTo", key)


# -- G7: bodies that signed ----------------------------------------------------------------------
def test_bodies_named_as_signers_are_the_parties(run):
    x = run("Sea patrols\n\nBulgaria and Romania agreed on Monday to extend joint patrols under the Protocol on Joint "
            "Patrols, which the Varna Coast Guard and its Romanian counterpart, the Constanța Maritime Directorate, "
            "signed in Mangalia in 2017.\n")
    key = _agreement(x, "Protocol on Joint Patrols").key
    parties = _subjects(x, "partyTo", key)
    assert "bulgaria" not in parties and "romania" not in parties
    assert len(parties) == 2


def test_bodies_named_after_signed_by_are_the_parties(run):
    x = run("Sea patrols\n\nBulgaria and Romania agreed on Monday to extend joint patrols under the Protocol on Joint "
            "Patrols, signed by the Varna Coast Guard and the Constanța Maritime Directorate in Mangalia in 2017.\n")
    key = _agreement(x, "Protocol on Joint Patrols").key
    parties = _subjects(x, "partyTo", key)
    assert "bulgaria" not in parties and "romania" not in parties
    assert len(parties) == 2


# -- G8: connects from more link words ----------------------------------------------------------
def test_named_post_which_links_two_places(run):
    x = run("Border post\n\nLaos and Vietnam agreed on Monday to upgrade the Tarvo Phao post, which links Bolikhamxay "
            "province with Ha Tinh.\n")
    assert _objs(x, "tarvo-phao-post", "connects") >= {"ha-tinh"}
    assert len(_objs(x, "tarvo-phao-post", "connects")) == 2


def test_bridge_that_lets_drivers_travel_between(run):
    x = run("Bridge traffic\n\nGambia and Senegal agreed on tolls. The Tarvo Bridge, which since 2019 has let drivers "
            "travel between Farafenni and Soma, carries most trade.\n")
    assert _objs(x, "tarvo-bridge", "connects") == {"farafenni", "soma"}


def test_town_town_bridge_connects_the_towns(run):
    x = run("Bridge deal\n\nGermany and Poland agreed to repair the bridge. Trucks use the Tarvow-Kessow bridge every "
            "day. Shops in Tarvow and Kessow depend on it.\n")
    assert _objs(x, "tarvow-kessow-bridge", "connects") == {"tarvow", "kessow"}


# -- G9: railway lines are places -----------------------------------------------------------------
def test_named_railways_are_places(run):
    x = run("Rail deal\n\nAustria and Italy agreed on Monday to upgrade rail links. Freight also uses the Tarvo "
            "Railway, and the Kessa Railway will open next year.\n")
    labels = entity_types(x)
    assert labels.get("Tarvo Railway") == "Place" and labels.get("Kessa Railway") == "Place"


# -- G10: locatedIn from more patterns ----------------------------------------------------------
def test_counterpart_in_country_and_also_in_region(run):
    x = run("Border towns\n\nNiger and Benin share a bridge at Malanville; Tarvaya, its counterpart a few kilometres "
            "south in Niger, is smaller. Nakonde is busy, and Kessala, also in Northern Province, is quiet.\n")
    assert "niger" in _objs(x, "tarvaya", "locatedIn")
    assert "northern-province" in _objs(x, "kessala", "locatedIn")


def test_region_which_includes_towns(run):
    x = run("Clinic deal\n\nCzechia and Slovakia signed a health deal. The Tarvo Region, which includes Amelov and "
            "Kessin, borders Slovakia.\n")
    assert _objs(x, "amelov", "locatedIn") == {"tarvo-region"}
    assert _objs(x, "kessin", "locatedIn") == {"tarvo-region"}


def test_demonym_villages_such_as(run):
    x = run("Clinic deal\n\nCzechia and Slovakia signed a health deal. Slovak villages such as Tarvské and Kessno "
            "have clinics.\n")
    assert "slovakia" in _objs(x, "tarvske", "locatedIn")
    assert "slovakia" in _objs(x, "kessno", "locatedIn")


def test_of_them_in_the_regions_of_a_country(run):
    x = run("Attacks\n\nMali and Niger agreed on patrols. Attacks rose in northern Mali, most of them in the Tarva "
            "and Kessaro regions.\n")
    assert "mali" in _objs(x, "tarva", "locatedIn")
    assert "mali" in _objs(x, "kessaro", "locatedIn")


def test_place_on_the_demonym_side(run):
    x = run("Water deal\n\nKyrgyzstan and Uzbekistan signed a water deal. Water is kept in Tarvosay on the Kyrgyz "
            "side until spring.\n")
    assert "kyrgyzstan" in _objs(x, "tarvosay", "locatedIn")


# -- G11: a described agreement inside a quote ---------------------------------------------------
def test_indefinite_agreement_in_a_quote_is_no_entity(run):
    x = run("Trade talks\n\nFinland and Norway held talks on Monday. Finnish minister Anna Virtanen said Finland "
            "would not sign \"a trade agreement that is really a tariff agreement.\"\n")
    assert not [e for e in x.entities.values() if e.type == "Agreement"]
