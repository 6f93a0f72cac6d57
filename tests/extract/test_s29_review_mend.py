"""Session 29 review mend: word lists moved from code to the lexicon, patterns shared by
the unknown-place rules, and an agreement status that needs no forgetting (invented
sentences)."""

from __future__ import annotations

import re

import pytest

from kg.extract import agreement_status as status_module
from kg.extract import lexicon, nlp
from kg.extract.agreement_status import agreement_status
from kg.extract.context_venue_places import NAME, _slot_re
from kg.extract.entity_orgs import INDUSTRY_WORDS
from kg.extract.entity_patterns import REGION_ADJECTIVES, describes_only
from kg.extract.gazetteer import load_gazetteer
from kg.extract.state import State
from tests.extract.conftest import entity_types, make_document, relation_set

TEXT = "The two ministers are negotiating a Harbour Code this week."


def test_status_follows_a_signing_date_added_later():
    """A rule that adds a signing date needs no forget call: the status reads it again."""
    state = State(document=make_document(TEXT), doc=nlp.parse(TEXT), gaz=load_gazetteer())
    key = state.add_entity("Harbour Code", "Agreement").key
    start = TEXT.index("Harbour Code")
    state.add_mention(key, start, start + len("Harbour Code"))
    assert agreement_status(state, key) == "prospective"
    state.add_relation(key, "dateSigned", state.span(0, len(TEXT)), literal="2024-05-02")
    assert agreement_status(state, key) == "existing"
    assert not hasattr(status_module, "forget_status")


def test_company_tails_are_one_list():
    assert set(lexicon.ordered("industry_name_tails")) | set(lexicon.ordered("company_name_tails")) == set(INDUSTRY_WORDS)
    assert {"Petroleum", "Airways", "Sawmills"} <= set(INDUSTRY_WORDS)


def test_industry_word_from_the_lexicon_ends_a_company(run):
    x = run("Borvana Petroleum said on Monday it would build a terminal near the border with Zambia.")
    assert entity_types(x).get("Borvana Petroleum") == "Organization", entity_types(x)


@pytest.mark.parametrize("tail", ["Water", "Ports"])
def test_utility_tail_before_which_is_a_body(run, tail):
    x = run(f"Tarsen {tail}, which serves most of the coastal towns, warned of shortages, the ministry said.")
    assert entity_types(x).get(f"Tarsen {tail}") not in {None, "Person"}, entity_types(x)


def test_subdivision_noun_from_the_lexicon(run):
    x = run("The talks were held in the Belgian province of Velmora, where both delegations stayed.")
    assert entity_types(x).get("Velmora") == "Place", entity_types(x)
    assert ("velmora", "locatedIn", "belgium") in relation_set(x), relation_set(x)


def test_region_name_unit_of_a_country(run):
    x = run("Farmers in the Upper Tarn Region of Ghana say the new border rules hurt them.")
    rels = relation_set(x)
    assert ("upper-tarn-region", "locatedIn", "ghana") in rels, rels


def test_service_unit_word_with_two_words(run):
    x = run("Captain Ana Velez, commander of the Coast Guard Regional Office Norvessa, said the patrols would resume.")
    types = entity_types(x)
    assert types.get("Coast Guard Regional Office Norvessa") == "GovernmentAgency", types


def test_coordinated_list_before_a_plural_unit(run):
    x = run("Floods hit Kenya's Pelvo, Mardisa and Tuskel counties on Sunday, officials said.")
    types = entity_types(x)
    assert all(types.get(n) == "Place" for n in ("Pelvo", "Mardisa", "Tuskel")), types


def test_geographic_adjectives_describe():
    assert {"Caspian", "Baltic"} <= REGION_ADJECTIVES
    assert describes_only("Caspian") and describes_only("South Caspian")


def test_title_function_words_are_no_initials():
    from kg.extract.agreement_aliases import _initials

    assert _initials("Agreement on the Exclusive Economic Zone") == "AEEZ"
    assert _initials("Protocol for an Exchange at the Border") == "PEB"


def test_ordinals_are_lexicon_words():
    assert {"first", "second", "sixth"} <= lexicon.words("ordinal_words")


def test_a_possessive_ends_no_venue_name():
    """The slot pattern itself refuses a name before "'s", which the rule once checked again."""
    names = [m.group("name") for m in _slot_re().finditer("The talks will resume in Velkor's capital in July.")]
    assert not any(n.startswith("Velkor") for n in names), names
    assert re.fullmatch(NAME, "Velkor's") is None
    assert _slot_re().search("The talks will resume in Velkor in July.").group("name") == "Velkor"


def test_town_in_a_capitalised_oblast(run):
    """A town set in a unit whose name ends in a capitalised unit word is a place."""
    x = run("The new road will run from Dravik, in the Kessen Oblast, to the border, officials said.")
    assert entity_types(x).get("Dravik") == "Place", entity_types(x)
