"""Round-20 fixes the lead made while integrating: a capitalised dateline name takes
the case the text writes it in, and a naming clause after a common noun ("the lake
that one calls X") names no other entity."""

from __future__ import annotations


def _labels(x) -> dict[str, str]:
    return {k: e.label for k, e in x.entities.items()}


def test_a_capitalised_dateline_takes_the_case_written_in_the_body(run):
    x = run("Port talks resume\n\n"
            "PORTO DE MOZ - Brazil and Peru resumed talks on the river port on Monday. "
            "Traders in Porto de Moz said the quay was ready.")
    labels = _labels(x)
    assert labels.get("porto-de-moz") == "Porto de Moz"  # not the title case "Porto De Moz"


def test_a_naming_clause_after_a_common_noun_renames_no_dateline_place(run):
    x = run("Lake talks resume\n\n"
            "KIGOMA - Tanzania and Malawi disagree about the lake that one calls Lake Nyasa and the other "
            "Lake Malawi. Fishermen in Kigoma say the dispute hurts them.")
    kigoma = next(e for e in x.entities.values() if e.label == "Kigoma")
    assert not {a for a in kigoma.aliases if a.startswith("Lake")}
