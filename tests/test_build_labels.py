"""One canonical label per actor across documents (kg.build.align_labels)."""

from __future__ import annotations

from pathlib import Path

from kg.store import GraphStore
from kg.validate import validate_store
from tests.conftest import build_store

ACCENTED = ("Laos power deal\n\nLaos signed a deal on Monday. Électricité du Laos (EDL) will sell power, "
            "said Vanh Phomma, an EDL director.\n")
PLAIN = ("Laos power talks\n\nLaos held talks on Tuesday. Electricité du Laos (EDL) will buy gas, "
         "said Noy Sayasith, an EDL director.\n")
LABELS = """
SELECT ?p ?o WHERE { <https://w3id.org/bnkg/id/org/electricite-du-laos> ?p ?o
  FILTER (?p IN (<http://www.w3.org/2000/01/rdf-schema#label>, <http://www.w3.org/2004/02/skos/core#altLabel>)) }
"""


def test_two_spellings_of_one_actor_keep_one_label(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ACCENTED)
    (docs / "b.txt").write_text(PLAIN)
    store = GraphStore.open(build_store(tmp_path / "store", docs), read_only=True)
    rows = store.select(LABELS)
    labels = {r["o"].value for r in rows if r["p"].value.endswith("#label")}
    alt = {r["o"].value for r in rows if r["p"].value.endswith("#altLabel")}
    assert labels == {"Électricité du Laos"}  # the first document built gives the label
    assert "Electricité du Laos" in alt
    assert validate_store(store).conforms
