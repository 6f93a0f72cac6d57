"""Round-20 rules for statements (classes C4-C7),
each shown on invented sentences (names other than the classes file's)."""

from __future__ import annotations

from tests.extract.conftest import statement_by_quote


# -- C4: 'the regulator' / 'the watchdog' is the body that was just the subject -------
_REGULATOR = (
    "Dunmere, June 2 - The Orlan Fisheries Board declined to comment on the quota plan. "
    "In a short statement, the regulator said it had held \"constructive meetings\" with the boat owners.\n\n"
    "Farmers in the valley were less patient. The watchdog said on Monday that prices would be reviewed."
)


def test_regulator_is_the_board_that_was_the_subject(run):
    x = run(_REGULATOR)
    s = statement_by_quote(x, "constructive meetings")
    assert s.speaker == "orlan-fisheries-board"
    assert not any(e.label.lower() == "regulator" for e in x.entities.values())


def test_watchdog_reaches_back_over_a_sentence_without_a_body(run):
    x = run(_REGULATOR)
    s = statement_by_quote(x, "prices would be reviewed")
    assert s.speaker == "orlan-fisheries-board"


def test_regulator_without_a_body_before_stays_unnamed(run):
    x = run("Dunmere, June 2 - Boat owners were angry. The regulator said the quotas would stay.")
    s = statement_by_quote(x, "the quotas would stay")
    assert x.entities[s.speaker].unnamed


# -- C5: a pronoun after an unnamed speaker, 'one of the officials' ---------------------
_TRADER = (
    "Morva, May 5 - Trade Minister Pavel Orsk met the Dorran delegation on Monday. "
    "One analyst at a freight house in Lenn said buyers were walking away. "
    "\"If they push the price up, we lose,\" he said."
)


def test_pronoun_after_unnamed_speaker_is_that_speaker(run):
    x = run(_TRADER)
    s = statement_by_quote(x, "we lose")
    assert s.speaker != "pavel-orsk" and x.entities[s.speaker].unnamed
    assert s.speaker == statement_by_quote(x, "buyers were walking away").speaker


def test_one_of_the_officials_is_an_unnamed_official(run):
    x = run("Morva, May 5 - Minister Pavel Orsk left early. One of the negotiators said the text was ready.")
    s = statement_by_quote(x, "the text was ready")
    assert s.kind == "reported" and x.entities[s.speaker].unnamed
    assert x.entities[s.speaker].label == "negotiator"


# -- C6: a coordinated plural unnamed speaker keeps every kind ------------------------
def test_coordinated_plural_groups_are_one_unnamed_speaker(run):
    x = run("The canal plan met resistance on Monday. Conservation groups and rice farmers from the Lenn plain "
            "warned that the canal could dry the wetlands.")
    s = statement_by_quote(x, "the canal could dry the wetlands")
    assert s.kind == "reported" and x.entities[s.speaker].unnamed
    assert x.entities[s.speaker].label.lower() == "conservation groups and rice farmers"


def test_three_coordinated_groups(run):
    x = run("The canal plan met resistance on Monday. Dock unions, parish groups and student associations "
            "said the deal was unfair.")
    s = statement_by_quote(x, "the deal was unfair")
    assert x.entities[s.speaker].label.endswith("student associations")
    assert x.entities[s.speaker].label.startswith("Dock unions") or \
        x.entities[s.speaker].label.startswith("dock unions")


# -- C7: a pull quote joining two body quotes of one speaker is no statement of its own -
_PULL = (
    # paragraphs one newline apart, as the HTML loader gives them
    "Velia and Dorran failed to agree on the canal fees on Monday.\n"
    "Dorran officials were less sure, and the talks will resume in June.\n"
    "“The locks are ready,” Marek Holt told reporters. “Only the tariff is missing.”\n"
    "“The locks are ready. Only the tariff is missing.”\n"
    "The next round is set for June."
)


def test_pull_quote_of_two_adjacent_quotes_is_dropped(run):
    x = run(_PULL)
    assert not [s for s in x.statements if "ready" in s.quote and "tariff" in s.quote]
    assert statement_by_quote(x, "The locks are ready").speaker == "marek-holt"
    assert statement_by_quote(x, "Only the tariff is missing").speaker == "marek-holt"


# -- a "border post" is where the speaker stands, not a social-media post ------------------
def test_a_border_post_is_no_medium(run):
    x = run("Dunmere, June 2 - A customs official at the Lenn border post said lorries were waiting.\n\n"
            "The minister said in a post on Facebook that the queue would be cleared.")
    assert statement_by_quote(x, "lorries were waiting").medium is None
    assert statement_by_quote(x, "the queue would be cleared").medium == "social media post"
