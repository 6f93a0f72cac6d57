"""Round-7 rules for statements, each shown on invented sentences (several
countries, none taken from any gold article)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import statement_by_quote


# -- D9: a quoted fragment inside a reported clause: only the fragment is a statement --
@pytest.mark.parametrize(("text", "fragment", "speaker", "addressee"), [
    ("Nepal and India held talks. Sita Karki said that the ministry had \"twice rewritten the plan\" to please "
     "donors.", "twice rewritten the plan", "sita-karki", None),
    ("Chile and Bolivia held talks. Mateo Quiroga told Radio Altiplano on Monday that the new toll would add "
     "\"less than a cent\" to a ticket.", "less than a cent", "mateo-quiroga", "radio-altiplano"),
    ("Ghana and Togo held talks. Yaw Boateng said the new scanners were \"far too slow for the lorries\" at the "
     "border post.", "far too slow for the lorries", "yaw-boateng", None),
])
def test_host_clause_of_a_quoted_fragment_is_not_reported(run, text, fragment, speaker, addressee):
    x = run(text)
    s = statement_by_quote(x, fragment)
    assert s.kind == "direct" and s.speaker == speaker and s.addressee == addressee
    assert [st for st in x.statements if st.kind == "reported"] == []


# -- D9/D10: a coordinated predicate without the quote stays reported ------------------
@pytest.mark.parametrize(("text", "fragment", "reported"), [
    ("Senegal and Gambia met in Banjul. The Gambian ministry said Banjul \"respects every clause\" of the ferry "
     "pact and had opened a review of the fares.", "respects every clause", "had opened a review of the fares"),
    ("Nepal and India held talks. Sita Karki said Kathmandu was willing to share the river data with Delhi but "
     "would not accept a plan \"drawn up by outsiders\".", "drawn up by outsiders",
     "Kathmandu was willing to share the river data with Delhi"),
    ("Chile and Bolivia held talks. Mateo Quiroga said La Paz would keep the gas flowing but would reject any "
     "price \"set in Santiago\".", "set in Santiago", "La Paz would keep the gas flowing"),
])
def test_coordinated_predicate_without_the_quote_is_reported(run, text, fragment, reported):
    x = run(text)
    assert statement_by_quote(x, fragment).kind == "direct"
    assert [s.quote for s in x.statements if s.kind == "reported"] == [reported]


# -- D11: a lone quote named by the next sentence -----------------------------------------
_LONE = ("Chile and Bolivia held talks in La Paz on Monday. Chile's foreign minister, Pedro Soto, said the talks "
         "went well.\n\n")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    (_LONE + "\"Gas is not for sale.\" That is the verdict of Elena Choque, an economist at the Altiplano "
     "Policy Centre.", "Gas is not for sale", "elena-choque"),
    (_LONE + "\"The sea unites us.\" Bolivia's foreign minister, Marco Flores, has used the line since 2019, and "
     "he used it again on Monday.", "The sea unites us", "marco-flores"),
    (_LONE + "\"Our lithium stays here.\" Those were the words of Rosa Mamani, a miner from Uyuni.",
     "Our lithium stays here", "rosa-mamani"),
    (_LONE + "\"No corridor, no deal, and no more delays at the border.\" Flores has repeated the phrase at "
     "every stop of his tour. Marco Flores is Bolivia's foreign minister.", "No corridor", "marco-flores"),
])
def test_lone_quote_named_by_the_next_sentence(run, text, words, speaker):
    s = statement_by_quote(run(text), words)
    assert s.kind == "direct" and s.speaker == speaker


def test_lone_short_quote_without_a_source_sentence_continues_the_last_speaker(run):
    x = run("Chile and Bolivia held talks. \"We are close,\" said Pedro Soto. \"Very close indeed.\" The talks "
            "resume in May.")
    assert statement_by_quote(x, "Very close indeed").speaker == "pedro-soto"


# -- D2: an office with a two-part portfolio, inside a split-quote attribution ---------
def test_two_part_portfolio_in_a_split_quote(run):
    x = run("Ghana and Togo held talks in Accra. \"The corridor is open,\" said Kwame Asante, Ghana's Minister "
            "of Roads and Highways, after Monday's session at the Ministry of Foreign Affairs. \"Trucks will "
            "move on Friday.\"")
    assert statement_by_quote(x, "Trucks will move").speaker == "kwame-asante"
    rels = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert ("kwame-asante", "represents", "ghana") in rels
    assert any(s == "kwame-asante" and p == "holdsPosition" and "roads-and-highways" in o for s, p, o in rels)


# -- D13: "the <demonym> minister" is the document's minister of that side ------------------
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Chile and Bolivia held talks in La Paz. Bolivia's trade minister, Elena Choque, met Chile's energy "
     "minister, Diego Pardo.\n\nAsked by Radio Fides whether La Paz would pay more, the Bolivian minister said "
     "that depended on the price of diesel.", "price of diesel", "elena-choque"),
    ("Kenya and Uganda held talks. Uganda's deputy minister, Joseph Okello, met Kenya's works minister, Mary "
     "Otieno.\n\nThe Kenyan minister told reporters that the road would open in June.", "road would open",
     "mary-otieno"),
    # several holders: the one named last before the words
    ("Kenya and Uganda held talks. Kenya's works minister, Mary Otieno, opened the session. Kenya's trade "
     "minister, Peter Kamau, spoke next.\n\nThe Kenyan minister said tariffs would fall in May.",
     "tariffs would fall", "peter-kamau"),
])
def test_demonym_title_speaker_is_the_documents_holder(run, text, words, speaker):
    assert statement_by_quote(run(text), words).speaker == speaker


def test_demonym_title_without_a_holder_stays_unnamed(run):
    x = run("Kenya and Uganda held talks. Uganda's deputy minister, Joseph Okello, attended.\n\nA Tanzanian "
            "minister said the road would help the region.")
    s = statement_by_quote(x, "help the region")
    assert x.entities[s.speaker].unnamed


# -- D12: estimating verbs report a claim ------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Nepal and India held talks. Sita Karki, an economist at the Himalaya Policy Centre, estimates the dam "
     "would cost two billion dollars more.", "the dam would cost two billion dollars more", "sita-karki"),
    ("Chile and Bolivia held talks. Mateo Quiroga reckons the corridor will open in May.",
     "the corridor will open in May", "mateo-quiroga"),
    ("Ghana and Togo held talks. Yaw Boateng calculates that exports will double by 2030.",
     "exports will double by 2030", "yaw-boateng"),
])
def test_estimate_verbs_give_reported_statements(run, text, words, speaker):
    s = statement_by_quote(run(text), words)
    assert s.kind == "reported" and s.speaker == speaker


def test_estimating_a_number_without_a_clause_is_no_statement(run):
    x = run("Ghana and Togo held talks. Analysts estimated the cost at two billion dollars.")
    assert x.statements == []
