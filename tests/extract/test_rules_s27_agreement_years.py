"""Session 27: references to agreements of another time, and names given to a new text, shown on
invented sentences (bridges, protocols and memoranda made up; real countries where the country
must be recognised)."""

from __future__ import annotations

DATE = "2025-03-03"


def _agreements(x) -> dict[str, set[str]]:
    """Label -> names (label and aliases) of every agreement found."""
    return {e.label: {e.label, *e.aliases} for e in x.entities.values() if e.type == "Agreement"}


def _owner(x, name: str) -> str:
    hits = [label for label, names in _agreements(x).items() if name in names]
    assert len(hits) == 1, f"{name!r} named by {hits}: {_agreements(x)}"
    return hits[0]


# -- a year long past is not the year of a text being made now ---------------------------------------
_INITIALLED = ("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania initialled the text of the Agreement on the "
               "Bauska-Pasvalys Rail Bridge on Tuesday.\n\nA Latvian official said the water levels would be "
               "handled under the 1961 treaty.\n\nThe ministers plan to sign the bridge agreement in June.\n")


def test_old_dated_treaty_is_not_the_agreement_initialled_now(run):
    x = run(_INITIALLED, DATE)
    assert _owner(x, "1961 treaty") != "Agreement on the Bauska-Pasvalys Rail Bridge"
    assert _owner(x, "bridge agreement") == "Agreement on the Bauska-Pasvalys Rail Bridge"


def test_dated_treaty_may_be_the_undated_agreement_without_talks(run):
    # the named agreement is not shown being made: "the 1961 treaty" may still be it
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania marked the anniversary of the Treaty of Bauska on "
            "Tuesday.\n\nA Latvian official said the water levels are handled under the 1961 treaty.\n", DATE)
    assert _owner(x, "1961 treaty") == "Treaty of Bauska"


def test_year_of_this_report_may_be_the_text_under_talks(run):
    # "the 2025 accord" in a report of 2025 may well be the text being negotiated
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania resumed talks on the Lielupe Fishing Protocol "
            "on Monday.\n\nOfficials hope the 2025 protocol will be signed in May.\n", DATE)
    assert _owner(x, "2025 protocol") == "Lielupe Fishing Protocol"


def test_old_dated_agreement_beside_a_protocol_under_talks_is_its_own(run):
    x = run("VILNIUS, March 3 (Baltic Wire) - Negotiators from Latvia and Lithuania met on Monday for a fourth "
            "round of talks on the Lielupe Fishing Protocol, a side text to the 2019 border agreement that "
            "settled the river line. The protocol, which officials call the LFP, would open the river to anglers."
            "\n\nThe 2019 agreement, signed in Riga on May 2, 2019, drew the line along the deepest channel. "
            "Officials then called it the Riga Line deal.\n", DATE)
    border = _owner(x, "2019 border agreement")
    assert border != "Lielupe Fishing Protocol"
    assert _owner(x, "2019 agreement") == border
    assert _owner(x, "Riga Line deal") == border  # "called it": the 2019 agreement just named
    assert _owner(x, "LFP") == "Lielupe Fishing Protocol"


def test_same_year_references_with_and_without_topic_are_one_old_text(run):
    x = run("NDJAMENA, March 3 (Sahel Wire) - Chad and Niger are negotiating the Komadugu Trade Protocol. "
            "Traders still rely on the 2017 tax arrangement.\n\nUnder the 2017 arrangement, traders pay duty "
            "once.\n", DATE)
    old = _owner(x, "2017 tax arrangement")
    assert old != "Komadugu Trade Protocol"
    assert _owner(x, "2017 arrangement") == old


def test_treaty_under_review_keeps_its_dated_reference(run):
    # talks to revise an old treaty: "the 1961 treaty" is that treaty, not another one
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania opened talks on Monday to revise the Treaty "
            "of Bauska.\n\nA Latvian official said the 1961 treaty no longer fits the river.\n", DATE)
    assert _owner(x, "1961 treaty") == "Treaty of Bauska"


def test_road_in_a_title_is_no_road_map(run):
    # "Road" in a title does not make the agreement a road map (a kind that is no signed accord)
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania marked the anniversary of the Bauska Road Treaty "
            "on Tuesday.\n\nA Latvian official said tolls are handled under the 1961 agreement.\n", DATE)
    assert _owner(x, "1961 agreement") == "Bauska Road Treaty"


def test_old_dated_treaty_is_not_a_road_bridge_agreement_initialled_now(run):
    x = run(_INITIALLED.replace("Rail Bridge", "Road Bridge"), DATE)
    assert _owner(x, "1961 treaty") != "Agreement on the Bauska-Pasvalys Road Bridge"


# -- a bare specific kind word keeps to its kind -------------------------------------------------------
def test_bare_protocol_is_the_protocol_not_the_nearer_boundary_agreement(run):
    x = run("VILNIUS, March 3 (Baltic Wire) - Latvia and Lithuania held talks on the Lielupe Fishing Protocol, "
            "a side text to the 2019 border agreement.\n\nThe protocol, which officials call the LFP, would open "
            "the river to anglers.\n", DATE)
    assert _owner(x, "LFP") == "Lielupe Fishing Protocol"
    assert _owner(x, "2019 border agreement") != "Lielupe Fishing Protocol"


# -- a new instrument given a name is a new agreement ------------------------------------------------
def test_new_instrument_named_by_negotiators_is_not_the_memorandum_signed_before(run):
    x = run("BAKU, March 3 (Caspian Wire) - Azerbaijan and Georgia signed a Memorandum on Energy Cooperation "
            "in 2021. The new instrument, which negotiators call the Caspian Power Purchase Agreement, would set "
            "prices for ten years, officials said on Monday.\n", DATE)
    found = _agreements(x)
    assert "Caspian Power Purchase Agreement" in found, found
    assert "Caspian Power Purchase Agreement" not in found["Memorandum on Energy Cooperation"], found


def test_new_memorandum_named_by_negotiators_is_that_memorandum(run):
    # the memorandum is itself the new text under talks: the name is its own
    x = run("BAKU, March 3 (Caspian Wire) - Azerbaijan and Georgia are negotiating a new Memorandum on Energy "
            "Cooperation. The new instrument, which negotiators call the Caspian Power Memo, would set prices "
            "for ten years, officials said on Monday.\n", DATE)
    assert _owner(x, "Caspian Power Memo") == "Memorandum on Energy Cooperation"


def test_instrument_named_without_new_is_the_memorandum_before(run):
    x = run("BAKU, March 3 (Caspian Wire) - Azerbaijan and Georgia signed a Memorandum on Energy Cooperation "
            "on Monday. The instrument, which negotiators call the Caspian Power Memo, sets prices for ten years, "
            "officials said.\n", DATE)
    assert _owner(x, "Caspian Power Memo") == "Memorandum on Energy Cooperation"


def test_old_dated_agreement_is_not_the_text_a_meeting_discusses(run):
    x = run("ALMATY, March 3 (Steppe Wire) - Kazakhstan's transport minister met his Uzbek counterpart on Monday "
            "to discuss the Agreement on Grain Transit, which negotiators call the grain deal.\n\nFreight on "
            "the Saryagash line, which the two states run jointly under the 1952 railway agreement, rose by a "
            "fifth this year.\n", DATE)
    assert _owner(x, "1952 railway agreement") != "Agreement on Grain Transit"


def test_old_dated_memorandum_is_no_agreement_named_only_after_it(run):
    x = run("MOMBASA, March 3 (Coast Wire) - Kenya and Tanzania met on Monday. Negotiators are working on the "
            "Lamu Ferry Protocol, which would replace parts of the 2008 memorandum. The two sides have agreed on "
            "most of the text of a Harbour Pilots Agreement.\n", DATE)
    assert _owner(x, "2008 memorandum") not in {"Harbour Pilots Agreement", "Lamu Ferry Protocol"}


# -- an old dated reference and a name given after it (review mend) ---------------------------------
def test_old_dated_deal_takes_the_name_in_apposition_after_it(run):
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania held talks on Monday on updating their 2012 "
            "transit deal, the Bauska Transit Agreement.\n\nA Latvian official said the 2012 agreement was a good "
            "text with an old tariff list.\n", DATE)
    assert _owner(x, "2012 transit deal") == "Bauska Transit Agreement"


def test_old_dated_agreement_may_be_a_title_of_its_kind_named_after_it(run):
    # the text under talks cannot be the 2014 one; the agreement named next, of the same kind, is
    x = run("RIGA, March 3 (Baltic Wire) - Latvian and Lithuanian officials are negotiating a supplementary "
            "protocol on joint customs checks at Bauska station.\n\nThe 2014 bilateral agreement on the link, signed on May 5, 2014, "
            "already commits each side to host the other's officers. Under the Bauska Rail Link Agreement, "
            "Lithuanian officers work at Bauska.\n", DATE)
    assert _owner(x, "2014 agreement") == "Bauska Rail Link Agreement"


def test_old_dated_treaty_introduced_by_a_is_no_protocol_named_after_it(run):
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania signed a memorandum on the Lielupe meadows on "
            "Monday.\n\nUnder a 1921 treaty between the two states, the meadows belong to Latvia. The two sides "
            "would keep negotiating a separate protocol on grazing. Negotiators call it the Lielupe Grazing "
            "Protocol.\n", DATE)
    assert _owner(x, "1921 treaty") != "Lielupe Grazing Protocol"


def test_old_dated_accord_is_the_agreement_whose_revised_text_is_awaited(run):
    # "the revised text of the X Agreement": an old text under revision, which "the 2012 accord" may name
    x = run("RIGA, March 3 (Baltic Wire) - The health agreement between Latvia and Lithuania is being reopened. "
            "The 2012 accord lets a patient from Bauska be treated in Pasvalys in an emergency.\n\nThe Latvian "
            "vice-minister said the revised text of the Binational Lielupe Health Agreement would be signed in "
            "June.\n", DATE)
    assert _owner(x, "2012 accord") == "Binational Lielupe Health Agreement"


def test_dated_treaty_is_the_nearest_treaty_before_not_an_earlier_protocol(run):
    x = run("RIGA, March 3 (Baltic Wire) - Latvia and Lithuania signed a protocol on Wednesday exchanging two "
            "road sections.\n\nUnder the Protocol on the Exchange of Road Sections, a stretch of road passes to "
            "Lithuania.\n\nThe swap implements the Treaty on the State Border that the two presidents signed in "
            "Riga in March 2024. The 2024 treaty left the water rules to a separate agreement.\n", DATE)
    assert _owner(x, "2024 treaty") == "Treaty on the State Border"


def test_dated_description_is_not_a_title_called_by_another_year(run):
    x = run("RIGA, March 3 (Baltic Wire) - The field lies on the line fixed by the 1990 delimitation treaty. "
            "Latvia and Lithuania are negotiating a licence for it.\n\nRiga wants the terms to follow the model "
            "of the one reservoir the two countries have unitised under the 2007 Framework Treaty.\n", DATE)
    assert _owner(x, "1990 delimitation treaty") != "Framework Treaty"
