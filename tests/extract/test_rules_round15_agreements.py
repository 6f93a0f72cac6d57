"""Round-15 rules for agreements: title boundaries (G1), aliases (G2), status
(G3) and dates beside the right agreement (G4), each on invented wire-style
articles (names made up, countries other than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


# -- G1: titles read to their end ----------------------------------------------------------
def test_title_runs_over_of_a_and_a_place_pair(run):
    """'a draft Agreement on the Construction of a New X Bridge at A-B': one title;
    the bridge and the place pair inside it are no entities of their own."""
    x = run("Portugal and Spain open bridge talks\n\n"
            "LISBON, May 6 (Reuters) - Portugal and Spain opened talks on Wednesday on a new bridge over the "
            "Guadiana.\n\n"
            "Negotiators will work from a draft Agreement on the Construction of a New Guadiana Bridge at "
            "Alcoutim-Sanlucar, officials said.", date=DATE)
    labels = _agreements(x)
    assert "Agreement on the Construction of a New Guadiana Bridge at Alcoutim-Sanlucar" in labels.values()
    assert not any(e.label in {"New Guadiana Bridge", "Alcoutim-Sanlucar"} for e in x.entities.values())
    (deal,) = [k for k, v in labels.items() if v.startswith("Agreement on the Construction")]
    rels = relation_set(x)
    assert ("portugal", "negotiates", deal) in rels and ("spain", "negotiates", deal) in rels
    assert ("portugal", "partyTo", deal) not in rels


def test_title_runs_over_a_list_and_a_for_phrase(run):
    """'the 1997 Agreement on Transit, Storage and Transport for Frontier Traders':
    the list and the "for" phrase belong to the title; the year dates it."""
    x = run("Ireland, Britain review frontier rules\n\n"
            "DUBLIN, May 6 (Reuters) - Ireland and Britain began a review of frontier trading rules on "
            "Wednesday.\n\n"
            "The new rules hang off the 1997 Agreement on Transit, Storage and Transport for Frontier Traders, "
            "officials said.", date=DATE)
    labels = _agreements(x)
    title = "Agreement on Transit, Storage and Transport for Frontier Traders"
    assert title in labels.values(), labels
    (deal,) = [k for k, v in labels.items() if v == title]
    rels = relation_set(x)
    assert (deal, "dateSigned", "1997") in rels
    assert ("ireland", "partyTo", deal) in rels


def test_signed_title_with_a_rare_head_is_an_agreement(run):
    """'would replace the Supplementary Adjustment on Water Services signed in 2011':
    a title "<Head> on <Topic>" that was signed is an agreement (not an agency), the
    year is its own, and both sides of the report are its parties."""
    x = run("Belgium, Netherlands initial water protocol\n\n"
            "BRUSSELS, May 6 (Reuters) - Belgium and the Netherlands moved closer to a shared water regime on "
            "Wednesday.\n\n"
            "The ministers have initialled the Scheldt Water Protocol. It is due to be signed by the two prime "
            "ministers next month.\n\n"
            "The protocol would replace the Supplementary Adjustment on Water Services signed in 2011, "
            "officials said.", date=DATE)
    assert x.entities["supplementary-adjustment-on-water-services"].type == "Agreement"
    rels = relation_set(x)
    old, new = "supplementary-adjustment-on-water-services", "scheldt-water-protocol"
    assert (old, "dateSigned", "2011") in rels
    assert (new, "dateSigned", "2011") not in rels
    assert ("belgium", "partyTo", old) in rels and ("netherlands", "partyTo", old) in rels
    # G3: an initialled text, due to be signed, is negotiated
    assert ("belgium", "negotiates", new) in rels and ("netherlands", "negotiates", new) in rels
    assert ("belgium", "partyTo", new) not in rels


# -- G2: aliases ------------------------------------------------------------------------------
def test_description_then_title_is_one_agreement(run):
    """'signed a memorandum on Tuesday ... Under the Memorandum on a Shared Ferry
    for the X Strait, ...': one agreement, dated by the Tuesday."""
    x = run("Finland, Sweden agree ferry memorandum\n\n"
            "HELSINKI, May 6 (Reuters) - Finland and Sweden signed a memorandum on Tuesday to share the ferry "
            "service across the Kvarken.\n\n"
            "Under the Memorandum on a Shared Ferry for the Kvarken Strait, signed in Helsinki by the two "
            "transport ministers, passengers will buy one ticket. The ferry memorandum takes effect in June.",
            date=DATE)
    labels = _agreements(x)
    assert list(labels.values()) == ["Memorandum on a Shared Ferry for the Kvarken Strait"], labels
    (deal,) = labels
    rels = relation_set(x)
    assert (deal, "dateSigned", "2026-05-05") in rels
    assert ("finland", "partyTo", deal) in rels and ("sweden", "partyTo", deal) in rels


def test_initials_name_the_long_title(run):
    """'The CSB agreement' after 'the Agreement on the Continental Shelf Boundary':
    an alias, not a second agreement; a later 'the 1981 agreement' is another one."""
    x = run("Iceland and Norway mark shelf anniversary\n\n"
            "REYKJAVIK, May 6 (Reuters) - Iceland and Norway marked the anniversary of their shelf line on "
            "Wednesday.\n\n"
            "The Agreement on the Continental Shelf Boundary between Iceland and Norway was signed in 1997. "
            "The CSB agreement drew a line north of Jan Mayen.\n\n"
            "It sits under the 1981 agreement that created the fisheries board.", date=DATE)
    labels = _agreements(x)
    (shelf,) = [k for k, v in labels.items() if "Continental Shelf" in v]
    assert "CSB agreement" in x.entities[shelf].aliases
    assert not any(v == "CSB agreement" for v in labels.values())
    rels = relation_set(x)
    assert (shelf, "dateSigned", "1997") in rels
    assert (shelf, "dateSigned", "1981") not in rels


def test_quoted_name_after_call_it_is_an_alias(run):
    """'Negotiators already call it the "Tartu II agreement"': an alias of the text
    spoken of, not a person."""
    x = run("Estonia, Latvia near power deal\n\n"
            "TALLINN, May 6 (Reuters) - Estonia and Latvia are close to a new text on their shared grid, "
            "officials said on Wednesday.\n\n"
            "The new text, which officials call the Grid Balancing Agreement, would replace the 1992 letter on "
            "power exchanges. Negotiators already call it the \"Tartu II agreement\".", date=DATE)
    assert not any(e.label == "Tartu II" for e in x.entities.values())
    deal = "grid-balancing-agreement"
    assert "Tartu II agreement" in x.entities[deal].aliases
    assert not any("Tartu II" in s.quote for s in x.statements)  # a name, not anyone's words
    rels = relation_set(x)
    assert ("estonia", "negotiates", deal) in rels and ("estonia", "partyTo", deal) not in rels


def test_indefinite_future_text_is_no_entity(run):
    """'would sign a technical protocol on the fare system before the end of the year'."""
    x = run("Slovakia, Hungary agree bridge toll\n\n"
            "BRATISLAVA, May 6 (Reuters) - Slovakia and Hungary agreed on Wednesday to end double tolls on the "
            "Danube bridge at Komarno.\n\n"
            "The two road agencies would sign a technical protocol on the fare system before the end of the "
            "year, officials said.", date=DATE)
    assert not any("technical protocol" in v for v in _agreements(x).values())


# -- G4: dates beside the right agreement ------------------------------------------------------
def test_dates_back_to_year_when_a_text_gave(run):
    """'dates back to 1969, when an Operational Letter of Agreement gave X charge of
    the skies' -> 1969 is the letter's date; both sides are its parties."""
    x = run("Denmark and Sweden review air control\n\n"
            "COPENHAGEN, May 6 (Reuters) - Denmark and Sweden began talks on Wednesday on control of the skies "
            "over the Oresund.\n\n"
            "The arrangement dates back to 1969, when an Operational Letter of Agreement gave Denmark charge of "
            "the airspace.", date=DATE)
    deal = "operational-letter-of-agreement"
    assert x.entities[deal].type == "Agreement"
    rels = relation_set(x)
    assert (deal, "dateSigned", "1969") in rels
    assert ("denmark", "partyTo", deal) in rels and ("sweden", "partyTo", deal) in rels


# -- G3: status -------------------------------------------------------------------------------
def test_agreed_in_principle_is_negotiated_and_an_ended_text_is_signed(run):
    """'The water protocol that the two ministers agreed in principle ... It would be
    signed ...' -> negotiates; 'under the Vilnius arrangement, which Latvia ended in
    2015' -> an older text of both sides (partyTo), not another name of the protocol."""
    x = run("Latvia, Lithuania agree water protocol in principle\n\n"
            "RIGA, May 6 (Reuters) - Latvia and Lithuania said on Wednesday they were close to a deal on shared "
            "drinking water.\n\n"
            "The water protocol that the two ministers agreed in principle on Wednesday would let Bauska draw "
            "water from the Nemunas basin. It would be signed in Riga before the end of the year.\n\n"
            "Towns have shared wells under the Vilnius arrangement, which Latvia ended in 2015.", date=DATE)
    labels = _agreements(x)
    assert "water protocol" in labels.values() and "Vilnius arrangement" in labels.values(), labels
    rels = relation_set(x)
    assert ("latvia", "negotiates", "water-protocol") in rels and ("lithuania", "negotiates", "water-protocol") in rels
    assert ("latvia", "partyTo", "water-protocol") not in rels
    assert ("latvia", "partyTo", "vilnius-arrangement") in rels
    assert ("lithuania", "partyTo", "vilnius-arrangement") in rels


def test_agreed_in_principle_on_a_day_and_an_old_dated_reference(run):
    """'agreed in principle on Wednesday on the X Protocol' keeps the title clean;
    'It would sit under the 1991 agreement that created the board' is an older text."""
    x = run("Hungary, Austria agree river protocol\n\n"
            "BUDAPEST, May 6 (Reuters) - Hungary and Austria agreed in principle on Wednesday on the Leitha "
            "Barge Protocol, which would let barges cross the border without checks.\n\n"
            "It would sit under the 1991 agreement that created the joint river board. The new protocol is due "
            "to be signed in Vienna in June.", date=DATE)
    labels = _agreements(x)
    assert "Leitha Barge Protocol" in labels.values(), labels
    assert "1991 agreement" in labels.values(), labels
    rels = relation_set(x)
    assert ("leitha-barge-protocol", "dateSigned", "1991") not in rels
    assert ("1991-agreement", "dateSigned", "1991") in rels
    assert ("hungary", "negotiates", "leitha-barge-protocol") in rels
    assert ("austria", "partyTo", "1991-agreement") in rels


def test_memorandum_signed_after_a_dated_meeting(run):
    """'A and his counterpart, B, met in X on Wednesday ... They also signed a
    Memorandum of Understanding on Y' -> both countries partyTo, signed that day."""
    x = run("Croatia, Slovenia sign energy memorandum\n\n"
            "ZAGREB, May 6 (Reuters) - Croatian Energy Minister Ante Susnjar and his Slovenian counterpart, "
            "Bojan Kumer, met in Zagreb on Wednesday to discuss the Krsko nuclear plant. They also signed a "
            "Memorandum of Understanding on Grid Security.", date=DATE)
    deal = "memorandum-of-understanding-on-grid-security"
    rels = relation_set(x)
    assert (deal, "dateSigned", "2026-05-06") in rels
    assert ("croatia", "partyTo", deal) in rels and ("slovenia", "partyTo", deal) in rels


def test_protocol_to_an_agreement_and_a_description_without_its_verb(run):
    """'the bilateral protocol to the Adriatic free trade agreement, which took effect
    in 2008' is one (signed) agreement; 'A new protocol on waste storage is under
    negotiation' names the protocol without 'is under negotiation'."""
    x = run("Croatia, Slovenia review trade\n\n"
            "ZAGREB, May 6 (Reuters) - Croatia and Slovenia reviewed their trade on Wednesday.\n\n"
            "The two ministers also discussed the bilateral protocol to the Adriatic free trade agreement, which "
            "took effect in 2008.\n\n"
            "A new protocol on waste storage is under negotiation, officials said.", date=DATE)
    labels = _agreements(x)
    proto = "bilateral-protocol-to-the-adriatic-free-trade-agreement"
    assert proto in labels, labels
    assert "protocol on waste storage" in labels.values(), labels
    rels = relation_set(x)
    assert ("croatia", "partyTo", proto) in rels and ("croatia", "negotiates", proto) not in rels


def test_known_as_names_the_same_agreement(run):
    """'The X Protocol, known in both capitals as the Y Agreement,': one agreement."""
    x = run("Romania, Bulgaria near Danube deal\n\n"
            "BUCHAREST, May 6 (Reuters) - Romania and Bulgaria are close to a new text on Danube shipping, "
            "officials said on Wednesday.\n\n"
            "The Danube Pilotage Protocol, known in both capitals as the Giurgiu Agreement, would replace an older "
            "letter. Officials say it could be signed in June.", date=DATE)
    labels = _agreements(x)
    assert list(labels.values()) == ["Danube Pilotage Protocol"], labels
    assert "Giurgiu Agreement" in x.entities["danube-pilotage-protocol"].aliases


def test_dated_signing_of_a_bare_memorandum_dates_the_title_after_it(run):
    """'A and B on Tuesday signed a memorandum to end double fees. Under the
    Memorandum on a Single Fee for X, ...': Tuesday is the title's date; both signed."""
    x = run("Czech Republic, Poland agree single rail fee\n\n"
            "PRAGUE, May 6 (Reuters) - The Czech Republic and Poland on Tuesday signed a memorandum to end double "
            "fees on the Olza rail line.\n\n"
            "Under the Memorandum on a Single Fee for the Olza Line, freight operators will pay once. The new "
            "memorandum takes effect in July.", date=DATE)
    labels = _agreements(x)
    assert list(labels.values()) == ["Memorandum on a Single Fee for the Olza Line"], labels
    (deal,) = labels
    rels = relation_set(x)
    assert (deal, "dateSigned", "2026-05-05") in rels
    assert ("poland", "partyTo", deal) in rels and ("poland", "negotiates", deal) not in rels


def test_initialed_title_is_negotiated(run):
    """'The X Protocol was initialed on Tuesday ... and will be signed in July'."""
    rels = relation_set(run(
        "Latvia, Estonia review air control\n\n"
        "RIGA, May 6 (Reuters) - Latvia and Estonia began talks on Wednesday on control of the skies over the Gulf "
        "of Riga.\n\n"
        "The Gulf Airspace Protocol was initialed on Tuesday by the two transport ministers and will be signed in "
        "July.", date=DATE))
    assert ("latvia", "negotiates", "gulf-airspace-protocol") in rels
    assert ("latvia", "partyTo", "gulf-airspace-protocol") not in rels
    assert not any(s == "gulf-airspace-protocol" and p == "dateSigned" for s, p, _ in rels)


def test_description_with_its_own_topic_is_not_the_older_title(run):
    """'signed a memorandum on salmon fisheries on Tuesday. It builds on the
    Memorandum on Maritime Safety of 2010': two memoranda, each with its own date."""
    x = run("Finland, Sweden sign fisheries memorandum\n\n"
            "HELSINKI, May 6 (Reuters) - Finland and Sweden signed a memorandum on salmon fisheries on Tuesday.\n\n"
            "It builds on the Memorandum on Maritime Safety of 2010, officials said.", date=DATE)
    labels = _agreements(x)
    assert len(labels) == 2, labels
    rels = relation_set(x)
    assert ("memorandum-on-maritime-safety", "dateSigned", "2010") in rels
    assert ("memorandum-on-maritime-safety", "dateSigned", "2026-05-05") not in rels


def test_unquoted_name_after_call_it_and_a_text_that_would_replace(run):
    """'Negotiators already call it the Plovdiv II agreement' (no quotes) is an alias;
    'X would replace an older letter' says X is not in force yet."""
    x = run("Greece, Bulgaria near grid deal\n\n"
            "ATHENS, May 6 (Reuters) - Greece and Bulgaria are close to the Grid Sharing Agreement, officials said "
            "on Wednesday.\n\n"
            "The Grid Sharing Agreement would replace an older letter. Negotiators already call it the Plovdiv II "
            "agreement.", date=DATE)
    assert list(_agreements(x)) == ["grid-sharing-agreement"]
    assert "Plovdiv II agreement" in x.entities["grid-sharing-agreement"].aliases
    rels = relation_set(x)
    assert ("greece", "negotiates", "grid-sharing-agreement") in rels
    assert ("greece", "partyTo", "grid-sharing-agreement") not in rels
