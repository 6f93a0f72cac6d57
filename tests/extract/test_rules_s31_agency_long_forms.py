"""Session 31: an agency named "X of the People's Republic of Y" keeps the state's long form, as
"X of the Republic of Y" does (invented report)."""

from __future__ import annotations

TEXT = ("Joint statement on border river talks\n\n"
        "ULAANBAATAR, 9 September 2026 - The Ministry of Environment of the Republic of Mongolia and the "
        "Ministry of Water Resources of the People's Republic of China held the third round of talks on the "
        "protection of border rivers in Ulaanbaatar on 7-8 September. Mongolia and China agreed to meet again "
        "in Beijing next year.")


def test_an_agency_keeps_a_peoples_republic_long_form(run):
    x = run(TEXT, date="2026-09-09")
    labels = {e.label for e in x.entities.values() if e.type == "GovernmentAgency"}
    assert "Ministry of Water Resources of the People's Republic of China" in labels
    relations = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert ("ministry-of-water-resources-of-the-peoples-republic-of-china", "partOf", "china") in relations
    assert ("ministry-of-water-resources-of-the-peoples-republic-of-china", "partOf", "mongolia") not in relations
