"""Session 29 (H2): relations, shown on invented sentences (towns, lines and companies made up;
real countries where the country must be recognised)."""

from __future__ import annotations

DATE = "2025-03-03"


def _connects(x) -> set[tuple[str, str]]:
    """(link label, end label) of every connects relation found."""
    labels = {k: e.label for k, e in x.entities.items()}
    return {(labels.get(r.subject, r.subject), labels.get(r.object, r.object))
            for r in x.relations if r.predicate == "connects"}


def _labels(x) -> set[str]:
    return {e.label for e in x.entities.values()}


# -- "the larger Trans-Kessan railway": a size word before a named link leaves the kind in its name ---
def test_size_word_before_named_railway_keeps_the_kind_in_the_label(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Both projects feed the larger Trans-Zambian "
            "railway, which would link Belmora with Casteno.", DATE)
    assert {("Trans-Zambian railway", "Belmora"), ("Trans-Zambian railway", "Casteno")} <= _connects(x)
    assert "Trans-Zambian" not in _labels(x)


def test_superlative_before_named_tunnel_is_a_place(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Trucks use the longest Velmora tunnel, "
            "which connects Belmora with Casteno.", DATE)
    assert ("Velmora tunnel", "Belmora") in _connects(x)


def test_size_word_before_a_deal_name_gives_no_new_agreement(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Officials called it part of the larger "
            "Velmora agreement.", DATE)
    assert "larger Velmora agreement" not in _labels(x)


def _rels(x) -> set[tuple[str, str, str]]:
    labels = {k: e.label for k, e in x.entities.items()}
    return {(labels.get(r.subject, r.subject), r.predicate, labels.get(r.object, r.object) if r.object else r.literal)
            for r in x.relations}


# -- "Tarvoil's director of logistics, Ana Mirel,": a company's office with a lower-case portfolio ------
def test_company_possessive_title_with_portfolio_gives_represents(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Tarvoil's director of logistics and marketing, "
            "Ana Mirel, said the line was late.", DATE)
    assert ("Ana Mirel", "represents", "Tarvoil") in _rels(x)
    held = {o for s, p, o in _rels(x) if s == "Ana Mirel" and p == "holdsPosition"}
    assert any("director of logistics and marketing" in h.lower() for h in held)


def test_company_possessive_head_of_portfolio(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Velkor Mining's head of exploration, "
            "Lidia Moraru, said the line was late.", DATE)
    assert ("Lidia Moraru", "represents", "Velkor Mining") in _rels(x)


def test_possessive_without_an_office_word_gives_no_office(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Tarvoil's share of sales, Ana Mirel said, "
            "was falling.", DATE)
    assert not {r for r in _rels(x) if r[0] == "Ana Mirel" and r[1] in {"represents", "holdsPosition"}}


# -- a sideless official who met one side's official acts for the other side --------------------------
def test_sideless_minister_who_met_one_sides_minister_acts_for_the_other(run):
    x = run("Malawi and Zambia failed to agree on fishing quotas for Lake Velmo on Friday. Malawian and Zambian "
            "negotiators are trying to settle the catch for 2027. Fisheries Minister Dora Kelemu, who flew in "
            "for the final day, met Zambia's Minister of Fisheries and Lake Policy, Obed Tembwe, on Wednesday "
            "evening.", DATE)
    rels = _rels(x)
    assert ("Obed Tembwe", "represents", "Zambia") in rels
    assert ("Dora Kelemu", "represents", "Malawi") in rels


def test_met_across_needs_an_office(run):
    x = run("Malawi and Zambia failed to agree on fishing quotas for Lake Velmo on Friday. Malawi wants a "
            "larger share of the catch, and Zambia says the lake is overfished. Dora Kelemu met Zambia's "
            "Minister of Fisheries, Obed Tembwe, on Wednesday evening. Zambia and Malawi will meet again "
            "in May.", DATE)
    assert ("Dora Kelemu", "represents", "Malawi") not in _rels(x)


def test_met_across_needs_two_countries(run):
    x = run("Zambia is reviewing its fishing rules for Lake Velmo. Fisheries Minister Dora Kelemu met "
            "Zambia's Minister of Fisheries, Obed Tembwe, on Wednesday evening.", DATE)
    assert not {r for r in _rels(x) if r[0] == "Dora Kelemu" and r[1] == "represents" and r[2] != "Zambia"}


# -- two officials who met were both given the dateline's country: the one whose words name it keeps it
_MEETING = ("LILONGWE, March 3 (Reuters) - Malawi and Zambia agreed on Tuesday to open the Velmo bridge to "
            "freight at night, officials said. The deal was struck in Lilongwe at a meeting between Deputy "
            "Transport Minister Obed Tembwe and {title} Dora Kelemu. Zambia will pay for the new lights.\n")


def test_met_official_without_a_country_word_is_the_other_side(run):
    x = run(_MEETING.format(title="Malawian Vice Minister of Roads and Transport"), DATE)
    rels = _rels(x)
    assert ("Dora Kelemu", "represents", "Malawi") in rels
    assert ("Obed Tembwe", "represents", "Zambia") in rels
    assert ("Obed Tembwe", "represents", "Malawi") not in rels


def test_met_officials_with_no_country_words_keep_their_sides(run):
    x = run(_MEETING.format(title="Vice Minister of Roads and Transport"), DATE)
    rels = _rels(x)
    assert ("Obed Tembwe", "represents", "Zambia") not in rels
    assert ("Dora Kelemu", "represents", "Zambia") not in rels


def test_colleagues_named_together_are_not_across_a_meeting(run):
    x = run("Malawi and Zambia agreed on Tuesday to share lake data.\n\n"
            "Malawian Fisheries Minister Obed Tembwe and Transport Minister Dora Kelemu met their Zambian "
            "counterparts, Fisheries Minister Iris Mwale and Transport Minister Lidia Phiri, on Monday.", DATE)
    assert ("Dora Kelemu", "represents", "Zambia") not in _rels(x)


# -- 'the head of Tarvia's water service, X': an office in a country's unnamed body ----------------------------
def _office_facts(x, name):
    key = next(k for k, e in x.entities.items() if e.label == name)
    offices = [r.object for r in x.relations if r.subject == key and r.predicate == "holdsPosition"]
    sides = {r.object for r in x.relations if r.subject == key and r.predicate == "represents"}
    return [x.entities[o].label for o in offices], sides


def test_head_of_a_countrys_lower_case_body_before_the_name(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. The deal was signed by the head of Zambia's "
            "road transport agency, Kelvo Mbesu, and Malawi's transport minister, Ana Ruz.", "2025-03-03")
    offices, sides = _office_facts(x, "Kelvo Mbesu")
    assert offices == ["Head of Zambia's Road Transport Agency"] and sides == {"zambia"}


def test_no_office_when_the_head_word_is_no_title(run):
    x = run("Malawi and Zambia signed a transit deal on Monday. Speaking about the future of Zambia's "
            "farm sector, Kelvo Mbesu said the deal would help.", "2025-03-03")
    offices, _ = _office_facts(x, "Kelvo Mbesu")
    assert offices == []
