"""Round-14 rules for agreement relations (partyTo, negotiates, dateSigned),
each shown on invented wire-style articles (names made up, countries other
than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


# -- G1: who signed, from the signing sentence ------------------------------------------
def test_signed_by_two_ministers_gives_their_countries(run):
    """'signed by Latvia's foreign minister, A, and Estonian Foreign Minister B' in a
    report whose lead is about a third country: the signers' countries are parties."""
    x = run("Latvia, Estonia sign pilot deal as Lithuania watches\n\n"
            "RIGA, May 6 (Reuters) - Lithuania's foreign minister, Kestutis Budrys, hosted talks in Vilnius on "
            "Tuesday on Baltic air policing.\n\n"
            "The Baltic Pilot Memorandum was signed by Latvia's foreign minister, Baiba Braze, and Estonian "
            "Foreign Minister Margus Tsahkna, who met alone for an hour.\n\n"
            "Lithuania is expected to join later.", date=DATE)
    rels = relation_set(x)
    assert ("latvia", "partyTo", "baltic-pilot-memorandum") in rels
    assert ("estonia", "partyTo", "baltic-pilot-memorandum") in rels
    assert ("lithuania", "partyTo", "baltic-pilot-memorandum") not in rels


def test_by_of_another_verb_names_no_signer(run):
    """'signed in July 2022, has yet to be ratified by Bosnia's parliament': the
    parliament ratifies; it does not make Bosnia the only party."""
    rels = relation_set(run(
        "Bosnia and Montenegro sign crossing deal\n\n"
        "SARAJEVO, May 6 (Reuters) - Bosnia and Herzegovina and Montenegro signed an agreement on joint border "
        "crossings on Wednesday, officials said.\n\n"
        "A separate fisheries accord, signed in July 2022, has yet to be ratified by Bosnia's parliament.",
        date=DATE))
    deal = "fisheries-accord"
    assert (deal, "dateSigned", "2022-07") in rels
    assert (("bosnia-and-herzegovina", "partyTo", deal) in rels) == (("montenegro", "partyTo", deal) in rels)


def test_weekday_between_subject_and_signing_verb(run):
    """'A and B on Wednesday afternoon signed X': the parser hangs the date on the
    subject; it is still the signing's date."""
    rels = relation_set(run(
        "Bosnia and Montenegro sign crossing deal\n\n"
        "SARAJEVO, May 6 (Reuters) - Bosnia and Herzegovina and Montenegro on Tuesday afternoon signed the Drina "
        "Crossings Agreement, officials said.", date=DATE))
    assert ("drina-crossings-agreement", "dateSigned", "2026-05-05") in rels
    assert ("montenegro", "partyTo", "drina-crossings-agreement") in rels


# -- G2: parties named in the agreement's title -------------------------------------------
def test_country_names_in_the_title_are_parties(run):
    x = run("Peru fishermen protest quota cuts\n\n"
            "LIMA, May 6 (Reuters) - Hundreds of fishermen protested in Lima on Wednesday against new anchovy "
            "quotas.\n\n"
            "The quotas follow from the Treaty between Peru and the Republic of Ecuador on the Pacific Anchovy "
            "Fisheries, signed in Quito on March 6, 2001.", date=DATE)
    rels = relation_set(x)
    (deal,) = [k for k, label in _agreements(x).items() if "Anchovy" in label]
    assert ("peru", "partyTo", deal) in rels
    assert ("ecuador", "partyTo", deal) in rels
    assert (deal, "dateSigned", "2001-03-06") in rels


def test_three_countries_in_a_title_make_no_entities(run):
    """Only a two-country title is read for parties; a third country named only in
    the title does not become an entity."""
    x = run("Brazil studies trade rules\n\n"
            "BRASILIA, May 6 (Reuters) - Brazil said on Wednesday it would review the Paraguay-Uruguay-Bolivia "
            "Agreement on river transport.", date=DATE)
    assert not any(e.label == "Bolivia" and e.type == "Country" for e in x.entities.values())


# -- G3: commercial agreements belong to the companies --------------------------------------
def test_companies_acting_under_a_signed_deal_are_its_parties(run):
    rels = relation_set(run(
        "Slovakia, Hungary power trade grows\n\n"
        "BRATISLAVA, May 6 (Reuters) - Slovakia imported record amounts of electricity from Hungary in April, "
        "grid data showed on Wednesday.\n\n"
        "Slovenske Elektrarne, the state utility, buys power from MVM Group, Hungary's state energy company, under "
        "a 15-year power purchase agreement signed in July 2021.", date=DATE))
    assert ("slovenske-elektrarne", "partyTo", "power-purchase-agreement") in rels
    assert ("mvm-group", "partyTo", "power-purchase-agreement") in rels
    assert ("slovakia", "partyTo", "power-purchase-agreement") not in rels
    assert ("power-purchase-agreement", "dateSigned", "2021-07") in rels


def test_seabed_divided_by_two_under_a_treaty(run):
    rels = relation_set(run(
        "Norway, Denmark spar over cable route\n\n"
        "OSLO, May 6 (Reuters) - Officials in Oslo said on Wednesday a new power cable under the Skagerrak needs "
        "a survey.\n\n"
        "The seabed had been divided by Norway and Denmark under the Skagerrak Boundary Treaty of 1996.", date=DATE))
    assert ("norway", "partyTo", "skagerrak-boundary-treaty") in rels
    assert ("denmark", "partyTo", "skagerrak-boundary-treaty") in rels
    assert ("skagerrak-boundary-treaty", "dateSigned", "1996") in rels


# -- G4: status words; old agreement and new talks in one report ----------------------------
def test_framework_of_another_agreement_is_no_reference_back(run):
    """'under the framework of the Y Convention' after a draft X Protocol: "framework"
    does not make the draft a signed agreement."""
    rels = relation_set(run(
        "Uzbekistan, Tajikistan discuss water sharing\n\n"
        "TASHKENT, May 6 (Reuters) - Uzbekistan and Tajikistan held talks in Tashkent on Wednesday on a draft "
        "Water Allocation Protocol for the Amu Darya.\n\n"
        "Officials said disagreements over dam releases could delay the signing of the protocol until next year.\n\n"
        "The two countries already cooperate under the framework of the Syr Darya Water Convention, which they "
        "signed in 1998.", date=DATE))
    for side in ("uzbekistan", "tajikistan"):
        assert (side, "negotiates", "water-allocation-protocol") in rels
        assert (side, "partyTo", "water-allocation-protocol") not in rels
        assert (side, "partyTo", "syr-darya-water-convention") in rels
    assert ("syr-darya-water-convention", "dateSigned", "1998") in rels


KENYA_TANZANIA = (
    "Kenya, Tanzania revive talks on lake fisheries deal\n\n"
    "NAIROBI, May 6 (Reuters) - Kenya and Tanzania resumed negotiations on Wednesday on a proposed Lake Victoria "
    "Fisheries Agreement, a Kenyan official said.\n\n"
    "Fishing on the lake is still governed by the Lake Victoria Fisheries Organization Convention, which the two "
    "countries signed in 1994.\n\n"
    "The memorandum on joint patrols that Kenya and Tanzania signed in 2016 has since been amended twice.\n\n"
    "Officials hope to sign the new agreement before the end of the year.")


def test_the_new_agreement_is_the_one_under_talks(run):
    rels = relation_set(run(KENYA_TANZANIA, date=DATE))
    old, new = "lake-victoria-fisheries-organization-convention", "lake-victoria-fisheries-agreement"
    for side in ("kenya", "tanzania"):
        assert (side, "negotiates", new) in rels
        assert (side, "partyTo", new) not in rels
        assert (side, "partyTo", old) in rels
        assert (side, "negotiates", old) not in rels
    assert not any(s == new and p == "dateSigned" for s, p, o in rels)


def test_a_memorandum_with_its_own_topic_is_another_agreement(run):
    x = run(KENYA_TANZANIA, date=DATE)
    rels = relation_set(x)
    assert _agreements(x).get("memorandum-on-joint-patrols") == "memorandum on joint patrols"
    assert ("memorandum-on-joint-patrols", "dateSigned", "2016") in rels
    assert ("lake-victoria-fisheries-organization-convention", "dateSigned", "2016") not in rels
    assert ("kenya", "partyTo", "memorandum-on-joint-patrols") in rels


# -- G5: dates ------------------------------------------------------------------------------
MEKONG = (
    "Thailand, Laos mark bridge treaty anniversary\n\n"
    "BANGKOK, May 6 (Reuters) - Thailand and Laos will mark the anniversary of their Mekong Bridge Treaty next "
    "week, officials said on Wednesday.\n\n"
    "The treaty was signed in Chiang Rai on April 5, 1995, after two years of talks.\n\n"
    "In 1991 the two countries set up a joint commission on the river. Four years later the two countries signed "
    "the Mekong Navigation Agreement.\n\n"
    "Under the 1989 treaty on river islands, the border follows the deepest channel.")


def test_years_later_counts_from_the_year_named_before(run):
    rels = relation_set(run(MEKONG, date=DATE))
    assert ("mekong-navigation-agreement", "dateSigned", "1995") in rels
    assert ("mekong-bridge-treaty", "dateSigned", "1995-04-05") in rels


def test_a_reference_of_another_year_is_another_agreement(run):
    """'the 1989 treaty' is not the treaty the text says was signed in 1995."""
    x = run(MEKONG, date=DATE)
    rels = relation_set(x)
    assert "1989 treaty" not in x.entities["mekong-bridge-treaty"].aliases
    assert ("mekong-bridge-treaty", "dateSigned", "1989") not in rels
    # round 17 (G3): a dated text with a topic is labelled as written, "1989 treaty" an alias
    (old,) = [k for k, e in x.entities.items() if e.type == "Agreement" and "1989 treaty" in {e.label, *e.aliases}]
    assert (old, "dateSigned", "1989") in rels


def test_what_a_new_agreement_replaces_is_another_one(run):
    """'negotiating a X Agreement that would replace the 1997 arrangement, which both
    sides signed': the old arrangement is signed (partyTo, 1997), the new one only
    negotiated (no partyTo, no date)."""
    x = run("Georgia, Armenia agree to study new border crossing\n\n"
            "TBILISI, May 6 (Reuters) - Georgia and Armenia agreed on Monday to study a new border crossing near "
            "Sadakhlo, officials said.\n\n"
            "The two governments are negotiating a Border Crossing Agreement that would replace the 1997 "
            "arrangement, which both sides signed in Yerevan.", date=DATE)
    rels = relation_set(x)
    new = "border-crossing-agreement"
    (old,) = [k for k in _agreements(x) if k != new]
    for side in ("georgia", "armenia"):
        assert (side, "negotiates", new) in rels
        assert (side, "partyTo", new) not in rels
        assert (side, "partyTo", old) in rels
        assert (side, "negotiates", old) not in rels
    assert (old, "dateSigned", "1997") in rels
    assert not any(s == new and p == "dateSigned" for s, p, o in rels)


def test_under_an_old_dated_protocol_binds_the_two_sides(run):
    """'Under the 2008 fisheries protocol, Moroccan boats pay ...' in a two-country
    report: the dated protocol is in force between the sides; the deal they hope to
    sign is only negotiated."""
    rels = relation_set(run(
        "Morocco, Mauritania near fisheries deal\n\n"
        "RABAT, May 6 (Reuters) - Morocco and Mauritania hope to sign a fisheries agreement next month, officials "
        "said on Wednesday.\n\n"
        "Under the 2008 fisheries protocol, Moroccan boats pay a flat licence fee.", date=DATE))
    for side in ("morocco", "mauritania"):
        assert (side, "partyTo", "fisheries-protocol") in rels
        assert (side, "negotiates", "fisheries-agreement") in rels
        assert (side, "partyTo", "fisheries-agreement") not in rels
    assert ("fisheries-protocol", "dateSigned", "2008") in rels
