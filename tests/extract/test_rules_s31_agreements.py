"""Session-31 rules for telling agreements apart: a dated or described text of another kind, a text
that replaces another, a dated text with a topic of its own (invented articles)."""

from __future__ import annotations

DATE = "2026-03-04"


def _agreements(x) -> dict[str, tuple[str, set[str]]]:
    return {k: (e.label, set(e.aliases)) for k, e in x.entities.items() if e.type == "Agreement"}


def _holder(x, name: str) -> str:
    """The label of the agreement whose label or alias is ``name``."""
    (label,) = [lab for lab, aliases in _agreements(x).values() if name == lab or name in aliases]
    return label


def _signed(x, label: str) -> set[str]:
    keys = [k for k, (lab, _) in _agreements(x).items() if lab == label]
    return {r.literal for r in x.relations if r.subject in keys and r.predicate == "dateSigned"}


DAM = ("Veronia and Kastel near deal on dam tariff\n\n"
       "Veronia and Kastel are close to a revised Annex B of the 1980 treaty that created the Alvora dam, "
       "officials said. The Alvora Treaty, signed on May 3, 1980, split the output equally. Under a 2022 "
       "memorandum of understanding, the two governments fixed the unit cost for three years.")


def test_a_full_signing_date_gives_the_named_treaty_its_year(run):
    x = run(DAM, date=DATE)
    assert _holder(x, "1980 treaty") == "Alvora Treaty"
    assert _signed(x, "Alvora Treaty") == {"1980-05-03"}


def test_an_indefinite_dated_memorandum_is_none_of_another_kind(run):
    x = run(DAM, date=DATE)
    label = _holder(x, "2022 memorandum")
    assert label not in {"Alvora Treaty", "Annex B"}
    assert "memorandum" in label


def test_an_indefinite_dated_text_of_the_same_kind_may_still_be_the_named_one(run):
    x = run("Veronia and Kastel sign memorandum\n\n"
            "The Ostrel Memorandum on Grid Access, signed on May 3, 2022, set a cost formula. Under a 2022 "
            "memorandum, the two operators also share spare capacity.", date=DATE)
    assert _holder(x, "Ostrel Memorandum on Grid Access") == "Ostrel Memorandum on Grid Access"
    assert not [lab for lab, _ in _agreements(x).values() if lab.startswith("2022 memorandum")]


RAIL = ("Ostra and Pelland agree to finish rail text\n\n"
        "At talks in Vell on Tuesday, the ministers of Ostra and Pelland agreed to finish the Agreement on the "
        "Facilitation of Rail Freight Transit by the end of March. Negotiators call it the rail transit "
        "agreement. The two grid operators exchange power under the 2019 interconnection memorandum, which both "
        "governments want to replace with a full power trade agreement. Forwarders complain that the 1997 "
        "agreement on international rail transport already promised simpler checks.")


def test_a_dated_memorandum_whose_topic_no_agreement_shares_is_its_own(run):
    x = run("Ostra and Pelland agree rail text\n\n"
            "The draft, formally the Agreement on the Facilitation of Rail Freight Transit, would let customs "
            "officers inspect wagons once. The two grid operators exchange power under the 2019 interconnection "
            "memorandum.", date=DATE)
    label = _holder(x, "2019 interconnection memorandum")
    assert label != "Agreement on the Facilitation of Rail Freight Transit"
    assert _signed(x, label) == {"2019"}


def test_what_replaces_a_text_is_another_text(run):
    x = run(RAIL, date=DATE)
    holders = {lab for lab, aliases in _agreements(x).values() if "full power trade agreement" in {lab, *aliases}}
    assert holders and not holders & {"Agreement on the Facilitation of Rail Freight Transit",
                                      _holder(x, "2019 interconnection memorandum")}


def test_a_dated_text_sharing_one_topic_word_keeps_its_own_topic(run):
    x = run(RAIL, date=DATE)
    assert _holder(x, "1997 agreement") == "agreement on international rail transport"
    assert _signed(x, "agreement on international rail transport") == {"1997"}


def test_a_dated_text_whose_topic_is_the_named_ones_is_that_one(run):
    x = run("Ostra and Pelland sign rail text\n\n"
            "Ostra and Pelland signed the Rail Freight Transit Agreement on Tuesday. Forwarders say the 2026 "
            "agreement on rail freight transit will halve waiting times.", date=DATE)
    assert _holder(x, "Rail Freight Transit Agreement") == "Rail Freight Transit Agreement"
    assert "agreement on rail freight transit" not in {lab for lab, _ in _agreements(x).values()}


HAULAGE = ("Veronia and Kastel extend border hours, reopen haulage talks\n\n"
           "ORLA, Feb 12 (Lakeside Wire) - Veronia and Kastel agreed on Wednesday to keep their checkpoints open "
           "until midnight and will reopen talks on the Cross-Border Road Haulage Agreement, officials said.\n\n"
           "The transport ministers signed the Memorandum of Understanding on Longer Hours at Border Posts after a "
           "day of talks. Under the memorandum, the Orla checkpoint will close at midnight instead of 10 p.m.\n\n"
           "The harder part of the talks concerns the 2003 agreement, which governs which lorries may carry goods "
           "between the two countries. Negotiators on both sides simply call it the CBRHA.")


def test_it_after_a_described_text_names_that_text_not_the_one_named_before(run):
    x = run(HAULAGE, date=DATE)
    memo = _holder(x, "Memorandum of Understanding on Longer Hours at Border Posts")
    assert _holder(x, "CBRHA") != memo
    assert _holder(x, "Cross-Border Road Haulage Agreement") != memo


def test_it_right_after_a_named_text_still_names_it(run):
    x = run("Veronia and Kastel sign ferry memorandum\n\n"
            "Veronia and Kastel signed the Memorandum on Lake Ferry Services on Wednesday. Negotiators simply call "
            "it the LFSM.", date=DATE)
    assert _holder(x, "LFSM") == "Memorandum on Lake Ferry Services"


def _with(x, predicate: str, label: str) -> set[str]:
    keys = [k for k, (lab, _) in _agreements(x).items() if lab == label]
    return {r.subject for r in x.relations if r.predicate == predicate and r.object in keys}


def test_the_draft_formally_named_is_under_talks(run):
    x = run("Nepal and Bhutan agree to finish rail text\n\n"
            "VELL, March 3 - Nepal and Bhutan agreed on Tuesday to finish a new rail text by the end of March. "
            "The draft, formally the Agreement on Rail Freight Checks, would let customs officers inspect wagons "
            "once.", date=DATE)
    assert {"nepal", "bhutan"} <= _with(x, "negotiates", "Agreement on Rail Freight Checks")
    assert not _with(x, "partyTo", "Agreement on Rail Freight Checks")


def test_the_text_meant_to_replace_another_is_not_in_force(run):
    x = run("Nepal and Bhutan review grid memorandum\n\n"
            "VELL, March 3 - Nepal and Bhutan exchange power under the Vell Grid Memorandum, which both "
            "governments want to replace with a full power trade agreement.", date=DATE)
    holders = [lab for lab, aliases in _agreements(x).values() if "full power trade agreement" in {lab, *aliases}]
    assert holders and holders[0] != "Vell Grid Memorandum"
    assert not _with(x, "partyTo", holders[0])
