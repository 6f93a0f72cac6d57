"""Words shaped like a name that are not one (invented sentences): a time phrase opening a
sentence before an apposed office; a body whose name ends in an organisation word, as the
subject of "join"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relation_set


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Peru and Ecuador held talks in Lima. On Monday, Peru's Minister of Energy and Mines, Rosa Quispe, met "
     "Ecuador's Minister of Mines, Luis Vera.", "rosa-quispe", "luis-vera"),
    ("Ghana and Togo held talks. Last Tuesday, Ghana's Minister of Trade and Industry, Kofi Mensah, met Togo's "
     "Minister of Commerce, Ama Dogbe.", "kofi-mensah", "ama-dogbe"),
])
def test_a_time_lead_before_an_office_is_not_a_person(run, text, a, b):
    x = run(text)
    people = {k for k, e in x.entities.items() if e.type == "Person"}
    assert people == {a, b}
    assert (a, "metWith", b) in relation_set(x)


@pytest.mark.parametrize("text", [
    "Kenya and Uganda held talks on Monday. The Mount Elgon Farmers Union and the Gulf Coast Fishers Alliance "
    "joined them.",
    "Chile and Peru held talks on Monday. The Atacama Miners Federation joined the delegations in Arica.",
])
def test_a_body_that_joins_talks_stays_an_organisation(run, text):
    x = run(text)
    bodies = [e for e in x.entities.values() if e.label.split()[-1] in {"Union", "Alliance", "Federation"}]
    assert bodies and all(e.type == "Organization" for e in bodies)
    assert not any(p == "connects" for _, p, _ in relation_set(x))
