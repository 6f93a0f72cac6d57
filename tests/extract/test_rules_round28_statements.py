"""Round 28, area C (statements): the statement parts of the shapes S2-S4 and the classes
C2 and C4, on invented text."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


def _speaker(x, statement) -> str:
    return x.entities[statement.speaker].label


# -- S2: podcast turns ------------------------------------------------------------------------
_PODCAST = (
    "Harbour Hour: will the new ferry terminal help?\n\n"
    "In this episode, host Nadia Osei talks to Petra Holm, a senior economist at the Tallinn-based Baltic Freight "
    "Institute, and Jonas Berg, chairman of the Estonian Ferry Operators Union, about the terminal that Estonia "
    "and Finland agreed to share.\n\n"
    "[00:00:15] NADIA OSEI (HOST): Welcome to Harbour Hour. Petra, what will the shared terminal change?\n\n"
    "[00:01:10] PETRA HOLM: Less than the brochures promise. The two border services still keep separate "
    "databases, and nobody has paid to connect them.\n\n"
    "The Finnish side has not hired the officers it promised either.\n\n"
    "[00:02:40] NADIA OSEI (HOST): Jonas, the Finnish transport minister visited the port on Friday. Afterwards "
    'he told reporters: "Every lorry will be checked only once from September." Do you believe him?\n\n'
    "[00:03:05] JONAS BERG: I would like to. But our drivers still wait a whole night at the gate.\n\n"
    "[00:04:20] NADIA OSEI (HOST): A senior official I spoke to on Tuesday was more careful. He said Helsinki "
    "would not pay for the link before Tallinn paid its half. Petra?\n\n"
    "[00:04:50] PETRA HOLM: That is the heart of it. Money, not buildings.\n"
)


def test_podcast_guest_turns_are_the_guests_words(run):
    x = run(_PODCAST)
    first = statement_by_quote(x, "Less than the brochures promise")
    assert _speaker(x, first) == "Petra Holm" and first.kind == "direct" and first.medium == "podcast"
    assert "00:01:10" not in first.quote and "PETRA" not in first.quote
    second = statement_by_quote(x, "our drivers still wait a whole night")
    assert _speaker(x, second) == "Jonas Berg" and second.medium == "podcast"
    assert _speaker(x, statement_by_quote(x, "Money, not buildings")) == "Petra Holm"
    # an unlabelled paragraph before the next turn goes on with the guest's turn
    assert _speaker(x, statement_by_quote(x, "has not hired the officers it promised")) == "Petra Holm"


def test_podcast_host_relays_words_of_others(run):
    x = run(_PODCAST)
    relayed = statement_by_quote(x, "Every lorry will be checked only once")
    assert x.entities[relayed.speaker].unnamed and "minister" in _speaker(x, relayed)
    told = statement_by_quote(x, "Helsinki would not pay for the link")
    assert x.entities[told.speaker].unnamed and "official" in _speaker(x, told)
    # the host's questions are nobody's statement
    assert not any("Do you believe him" in s.quote or "what will the shared terminal" in s.quote
                   for s in x.statements)


# -- S3: fact-check blocks --------------------------------------------------------------------
def test_fact_check_claim_is_the_named_persons_words(run):
    x = run("Fact check: claims about the Narva bridge\n\nTALLINN - Estonia and Russia are negotiating the "
            "repair of the Narva bridge. We checked two claims made this week.\n\n"
            'CLAIM 1: "Russia has already agreed to pay for the whole repair."\n'
            "WHO: Marko Saar, opposition member of the Parliament of Estonia\n"
            "WHERE: a debate on ETV, Sunday\n"
            "VERDICT: FALSE\n"
            "No such agreement has been published.\n")
    st = statement_by_quote(x, "Russia has already agreed to pay")
    assert _speaker(x, st) == "Marko Saar" and st.kind == "direct"
    assert st.medium == "debate"


# -- S4: numbered joint-statement paragraphs -----------------------------------------------------
def test_numbered_joint_statement_paragraphs(run):
    x = run("Estonia and Latvia agree to reopen the Valga market\n\nRIGA - Estonia and Latvia agreed on Friday to "
            "reopen the Valga market by April. The full text of the joint statement follows.\n\n"
            "Joint Statement\n"
            "1. The second session of the Estonian-Latvian Border Commission was held in Riga on 3 and 4 March. "
            "The Estonian delegation was led by Mr. Tiit Kask, Secretary General, Ministry of the Interior.\n"
            "2. The two sides reviewed the state of the market and agreed that it shall reopen not later than "
            "30 April.\n"
            "3. The two sides will set up a working group on customs checks.\n")
    st = statement_by_quote(x, "agreed that it shall reopen not later than 30 April")
    assert not st.quote.startswith("2.") and st.quote.startswith("The two sides reviewed")
    assert "statement" in _speaker(x, st) and x.entities[st.speaker].unnamed
    assert statement_by_quote(x, "working group on customs checks").kind == "reported"
    # the paragraph that only says where the session met and who led the delegation
    assert not any("delegation was led" in s.quote for s in x.statements)


# -- C2: a note to clients --------------------------------------------------------------------
def test_note_to_clients_is_the_medium(run):
    x = run("Lithuania and Poland agree rail upgrade\n\nVILNIUS - Lithuania and Poland agreed on Tuesday to "
            "upgrade the rail link between Kaunas and Bialystok.\n\nTomas Juska, a transport analyst at Baltic "
            "Capital, wrote in a note to clients that the valuation assumed the new line would open in 2028.")
    st = statement_by_quote(x, "the valuation assumed the new line would open")
    assert _speaker(x, st) == "Tomas Juska" and st.medium == "note"


# -- C4: 'she' after a speaker whose given name shows no gender --------------------------------
def test_she_means_the_speaker_just_introduced(run):
    x = run("Finland and Sweden agree on hospital care\n\nHAPARANDA - Finland and Sweden agreed on Monday that "
            "patients from Tornio may be treated in Haparanda.\n\n"
            '"This is a good day for the valley," said Maria Svensson, the Swedish health minister. '
            "She said the costs would be shared.\n\n"
            "Karin Nyberg, medical director at the region, said that the clinic in Kemi would take the most "
            "serious cases.\n\n"
            '"The map says Oulu," she said.')
    assert _speaker(x, statement_by_quote(x, "The map says Oulu")) == "Karin Nyberg"


# -- C5: 'told us' addresses the outlet the text speaks for ----------------------------------
def test_told_us_is_addressed_to_the_outlet(run):
    x = run("Estonia's border chief on the new crossing\n\nTALLINN - Estonia and Latvia agreed last week to run one "
            "customs post at Valga.\n\nThe Baltic Post spoke to Mart Tamm, the head of Estonia's Tax and Customs "
            "Board, who led the Estonian officials at the talks.\n\n"
            "Q: When will it open?\nA: In the spring, if the building is ready.\n\n"
            "After the interview, Tamm told us the first lorries would cross in April.")
    st = statement_by_quote(x, "the first lorries would cross in April")
    assert _speaker(x, st) == "Mart Tamm" and st.addressee is not None
    assert x.entities[st.addressee].label == "Baltic Post"
