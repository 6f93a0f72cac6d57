"""Round-20 rules for agreements (G1-G6), each on invented wire-style articles
(names made up, countries other than those of the round's examples)."""

from __future__ import annotations

from tests.extract.conftest import relation_set

DATE = "2026-05-06"  # a Wednesday


def _agreements(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items() if e.type == "Agreement"}


def _key(x, label: str) -> str:
    (key,) = [k for k, v in _agreements(x).items() if v == label]
    return key


def _signed(x, key: str) -> set[str]:
    return {r.literal for r in x.relations if r.subject == key and r.predicate == "dateSigned"}


def _with(x, predicate: str, key: str) -> set[str]:
    return {r.subject for r in x.relations if r.predicate == predicate and r.object == key}


# -- G1: initialled / to be concluded / a negotiator on it: negotiation, not a party --------------
INITIALLED = (
    "Namibia, Botswana initial water text\n\n"
    "GABORONE, May 6 (Reuters) - Namibia and Botswana initialled the text of an Agreement on Border Water "
    "Quality on Tuesday but left the signature for later, officials said.\n\n"
    "\"We instructed our officials to conclude a Joint Management Arrangement for Lake Ngami before the end "
    "of the year,\" Namibian Prime Minister Saara Kuugongelwa said.\n\n"
    "Petra Lind, the chief negotiator on what Botswana calls the Fisheries Arrangement, said the fourth round "
    "of talks would start in June.")


def test_an_initialled_text_is_negotiated_not_signed(run):
    x = run(INITIALLED, date=DATE)
    key = _key(x, "Agreement on Border Water Quality")
    assert _with(x, "negotiates", key) == {"namibia", "botswana"}
    assert not _with(x, "partyTo", key)
    assert not _signed(x, key)


def test_an_arrangement_to_be_concluded_is_negotiated(run):
    x = run(INITIALLED, date=DATE)
    key = _key(x, "Joint Management Arrangement for Lake Ngami")
    assert {"namibia", "botswana"} <= _with(x, "negotiates", key)
    assert not _with(x, "partyTo", key)


def test_the_arrangement_a_chief_negotiator_works_on_is_negotiated_by_both(run):
    x = run(INITIALLED, date=DATE)
    key = _key(x, "Fisheries Arrangement")
    assert _with(x, "negotiates", key) == {"namibia", "botswana"}
    assert not _with(x, "partyTo", key) and not _signed(x, key)


def test_a_signed_text_is_still_signed(run):
    """Control: 'signed' (no initialling) keeps partyTo."""
    x = run("Namibia, Botswana sign water text\n\n"
            "GABORONE, May 6 (Reuters) - Namibia and Botswana signed an Agreement on Border Water Quality "
            "on Tuesday, officials said.", date=DATE)
    key = _key(x, "Agreement on Border Water Quality")
    assert {"namibia", "botswana"} <= _with(x, "partyTo", key)
    assert _signed(x, key) == {"2026-05-05"}


# -- G2: "for <Place>" tails; anaphoric topics ----------------------------------------------------
def test_a_plan_for_a_place_keeps_its_for_tail(run):
    x = run("Peru, Bolivia plan lake body\n\n"
            "LA PAZ, May 6 (Reuters) - Peru and Bolivia agreed on Tuesday to negotiate a Binational "
            "Water Arrangement for Lake Poopo by December, the two foreign ministries said.", date=DATE)
    assert "Binational Water Arrangement for Lake Poopo" in _agreements(x).values()
    assert "Binational Water Arrangement" not in _agreements(x).values()


def test_a_for_tail_naming_a_country_is_no_part_of_the_title(run):
    x = run("Peru, Bolivia plan trade text\n\n"
            "LA PAZ, May 6 (Reuters) - Peru and Bolivia agreed on Tuesday to negotiate a Trade Facilitation "
            "Agreement for Bolivia by December, officials said.", date=DATE)
    assert not [v for v in _agreements(x).values() if v.endswith("for Bolivia")]


def test_an_anaphoric_topic_is_no_part_of_the_label(run):
    x = run("Ghana, Togo sign port deal\n\n"
            "ACCRA, May 6 (Reuters) - Ghana and Togo on Tuesday signed a memorandum of understanding on the "
            "project, the ministers said. Benin is expected to sign an agreement on it next year.", date=DATE)
    labels = set(_agreements(x).values())
    assert "memorandum of understanding" in labels
    assert not [v for v in labels if v.endswith(("on the project", "on it"))]



def test_a_bare_head_left_after_the_topic_cut_is_no_agreement(run):
    x = run("Peru, Chile agree on port\n\n"
            "LIMA, May 6 (Reuters) - Peru and Chile signed a memorandum of understanding on the project in Lima "
            "in April. Officials also signed an agreement on it in May, the ministry said.", date=DATE)
    labels = set(_agreements(x).values())
    assert "memorandum of understanding" in labels
    assert "agreement" not in labels  # "an agreement on it" points back; it names nothing new


# -- G3: dated appositions and defining clauses --------------------------------------------------
CLAUSES = (
    "Namibia, Botswana agree on dam study\n\n"
    "GABORONE, May 6 (Reuters) - Namibia and Botswana agreed on Tuesday to study a dam on the Okavango.\n\n"
    "The Revised Protocol on Shared Watercourses, the 2000 instrument of the Southern African Development "
    "Community to which both countries are parties, sets the rules for the river.\n\n"
    "The 2007 memorandum of understanding in which Namibia, Botswana and Angola first committed to study "
    "the canal expired last year.")


def test_a_dated_apposition_dates_the_agreement(run):
    x = run(CLAUSES, date=DATE)
    key = _key(x, "Revised Protocol on Shared Watercourses")
    assert _signed(x, key) == {"2000"}
    assert {"namibia", "botswana"} <= _with(x, "partyTo", key)


def test_a_dated_text_defined_by_its_clause_is_its_own_agreement(run):
    x = run(CLAUSES, date=DATE)
    key = _key(x, "2007 memorandum of understanding")
    assert _signed(x, key) == {"2007"}
    assert _with(x, "partyTo", key) == {"namibia", "botswana", "angola"}
    assert "2007" not in _signed(x, _key(x, "Revised Protocol on Shared Watercourses"))


def test_a_dated_apposition_of_another_noun_gives_no_date(run):
    x = run("Namibia, Botswana river rules\n\n"
            "GABORONE, May 6 (Reuters) - The Okavango Basin Treaty, the 2000 floods notwithstanding, has "
            "held, officials said.", date=DATE)
    assert not _signed(x, _key(x, "Okavango Basin Treaty"))


# -- G4: ratification years; another dated deal --------------------------------------------------
RATIFIED = (
    "Namibia, Botswana water treaty\n\n"
    "GABORONE, May 6 (Reuters) - The Okavango Water Treaty between Namibia and Botswana was signed in "
    "Windhoek on June 14, 2022, and ratified by both parliaments in 2023, officials said.\n\n"
    "Botswana's trade negotiator Mpho Dube negotiated the 2019 market-access deal that reopened Namibia's "
    "ports.")


def test_a_ratification_year_is_no_signing_date(run):
    x = run(RATIFIED, date=DATE)
    assert _signed(x, _key(x, "Okavango Water Treaty")) == {"2022-06-14"}


def test_another_dated_deal_is_its_own_agreement(run):
    x = run(RATIFIED, date=DATE)
    treaty = x.entities[_key(x, "Okavango Water Treaty")]
    assert not any("market-access" in a for a in treaty.aliases)
    assert _signed(x, _key(x, "2019 market-access deal")) == {"2019"}


def test_ratified_alone_still_names_its_parties(run):
    x = run("Chile, Peru maritime treaty\n\n"
            "LIMA, May 6 (Reuters) - The Pacific Fisheries Treaty was ratified in 2021 by Chile and Peru, "
            "officials said.", date=DATE)
    key = _key(x, "Pacific Fisheries Treaty")
    assert "2021" not in _signed(x, key)
    assert {"chile", "peru"} <= _with(x, "partyTo", key)


# -- G5: "the signing took place this afternoon" -------------------------------------------------
def test_a_signing_this_afternoon_is_on_the_report_date(run):
    x = run("Chile, Peru sign river pact\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru have a new Lauca River Pact. The signing took place "
            "this afternoon at the foreign ministry.", date=DATE)
    assert _signed(x, _key(x, "Lauca River Pact")) == {DATE}


def test_a_transcript_date_line_dates_a_signing_today(run):
    x = run("Chile, Peru sign river pact\n\n"
            "BROADCAST TRANSCRIPT, 2 FEBRUARY 2026\n\n"
            "ANCHOR: Chile and Peru have a new Lauca River Pact. The signing ceremony was held today in Lima.",
            date=DATE)
    assert _signed(x, _key(x, "Lauca River Pact")) == {"2026-02-02"}


def test_a_signing_next_week_gives_no_date(run):
    x = run("Chile, Peru to sign river pact\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru have agreed a new Lauca River Pact. The signing will take "
            "place next week in Lima.", date=DATE)
    assert not _signed(x, _key(x, "Lauca River Pact"))


# -- G6: "the two regulators are negotiating X" --------------------------------------------------
def test_two_regulators_named_before_negotiate(run):
    x = run("Chile, Peru power rules\n\n"
            "LIMA, May 6 (Reuters) - Chile's National Energy Commission sets tariffs for the north. Peru's "
            "Energy Regulatory Board oversees the southern grid. The two regulators are now negotiating a "
            "Protocol on Cross-Border Tariffs, officials said.", date=DATE)
    key = _key(x, "Protocol on Cross-Border Tariffs")
    negotiators = _with(x, "negotiates", key)
    orgs = {k for k, e in x.entities.items() if e.label in {"National Energy Commission", "Energy Regulatory Board"}}
    assert len(orgs) == 2 and orgs <= negotiators


def test_two_regulators_as_a_coordinated_subject_negotiate(run):
    x = run("Chile, Peru power rules\n\n"
            "LIMA, May 6 (Reuters) - The Chilean Energy Commission and the Peruvian Power Authority run the "
            "link. The two regulators are negotiating a Protocol on Reserve Sharing.", date=DATE)
    key = _key(x, "Protocol on Reserve Sharing")
    labels = {x.entities[k].label for k in _with(x, "negotiates", key) if k in x.entities}
    assert {"Chilean Energy Commission", "Peruvian Power Authority"} <= labels
    assert ("chile", "partyTo", key) not in relation_set(x)


def test_signed_today_is_signed_on_the_report_date(run):
    x = run("Chile, Peru sign rail text\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru signed the Desert Rail Protocol today in Lima. The two "
            "ministers this afternoon signed the Coastal Shipping Protocol as well.", date=DATE)
    assert _signed(x, _key(x, "Desert Rail Protocol")) == {DATE}
    assert _signed(x, _key(x, "Coastal Shipping Protocol")) == {DATE}


def test_today_of_another_verb_does_not_date_an_old_signing(run):
    x = run("Chile, Peru rail text\n\n"
            "LIMA, May 6 (Reuters) - Peru signed the Desert Rail Protocol with Chile in 2010, officials said "
            "today.", date=DATE)
    assert _signed(x, _key(x, "Desert Rail Protocol")) == {"2010"}


def test_two_boards_negotiate_and_a_third_body_does_not(run):
    x = run("Chile, Peru grain rules\n\n"
            "LIMA, May 6 (Reuters) - The Chilean Grain Board and the Peruvian Grain Board met in Tacna on "
            "Monday. The Andean Trade Institute observed. The two boards are negotiating a Protocol on Seed "
            "Inspections.", date=DATE)
    key = _key(x, "Protocol on Seed Inspections")
    labels = {x.entities[k].label for k in _with(x, "negotiates", key) if k in x.entities}
    assert {"Chilean Grain Board", "Peruvian Grain Board"} <= labels
    assert "Andean Trade Institute" not in labels


def test_an_old_deal_of_another_topic_lends_no_year_to_a_treaty_under_talks(run):
    x = run("Chile, Peru talks\n\n"
            "LIMA, May 6 (Reuters) - Chile and Peru are negotiating a new Pacific Fisheries Treaty, officials "
            "said. Peru's chief negotiator Rosa Quispe negotiated the 2019 market-access deal that reopened "
            "Chile's ports. Talks on the treaty resume in June.", date=DATE)
    treaty = _key(x, "Pacific Fisheries Treaty")
    assert not _signed(x, treaty)
    assert not _with(x, "partyTo", treaty)
    assert _signed(x, _key(x, "2019 market-access deal")) == {"2019"}
