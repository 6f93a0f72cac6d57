"""IRIs that stay one real actor across documents (kg/extract/identity.py)."""

from __future__ import annotations

from kg.settings import DEFAULT_BASE
from kg.rdf import to_quads


def _agency_iris(x) -> set[str]:
    agencies = {q.subject.value for q in to_quads(x, DEFAULT_BASE)
                if q.predicate.value.endswith("#type") and q.object.value.endswith("#GovernmentAgency")}
    return {iri.rsplit("/", 1)[1] for iri in agencies}


def test_a_generic_agency_name_gets_its_countrys_iri(run) -> None:
    india = run("India's Department of Fisheries said on Monday that 40 boats had been seized near the strait.")
    malawi = run("Malawi's Department of Fisheries said on Friday that lake patrols would be doubled.")
    assert "department-of-fisheries-india" in _agency_iris(india)
    assert "department-of-fisheries-malawi" in _agency_iris(malawi)
    assert india.entities["department-of-fisheries"].label == "Department of Fisheries"  # the key stays


def test_the_same_countrys_agency_gets_the_same_iri_in_two_articles(run) -> None:
    a = run("Ghana's Ministry of Roads and Highways said the bridge would open in May.")
    b = run("The bridge is late, Ghana's Ministry of Roads and Highways admitted on Tuesday.")
    assert "ministry-of-roads-and-highways-ghana" in _agency_iris(a) & _agency_iris(b)


def test_names_with_a_country_or_of_one_word_keep_their_iri(run) -> None:
    x = run("The Kenya Revenue Authority said on Monday that the border post would stay open. "
            "Peru's customs agency, SUNAT, said it agreed.")
    iris = _agency_iris(x)
    assert "kenya-revenue-authority" in iris
    assert not any(i.endswith("-peru") for i in iris if i.startswith("sunat"))


def test_an_agency_with_no_country_keeps_its_plain_iri(run) -> None:
    x = run("The Ministry of Fisheries said on Monday that the boats had been released.")
    assert "ministry-of-fisheries" in _agency_iris(x)
