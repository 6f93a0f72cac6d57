"""One typed settings object for the CLI, the store and the API."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
DEFAULT_BASE = "https://w3id.org/bnkg/id/"
ONTOLOGY_NS = "https://w3id.org/bnkg/ontology#"
ONTOLOGY_GRAPH = "https://w3id.org/bnkg/ontology"


def _env_path(name: str, default: str) -> Path:
    return Path(os.environ.get(name, default))


@dataclass
class Settings:
    """Runtime configuration; every field can come from a ``BNKG_*`` variable."""

    store: Path = field(default_factory=lambda: _env_path("BNKG_STORE", "data/store"))
    base_iri: str = field(default_factory=lambda: os.environ.get("BNKG_BASE_IRI", DEFAULT_BASE))
    query_timeout: float = field(
        default_factory=lambda: float(os.environ.get("BNKG_QUERY_TIMEOUT", "10"))
    )
    max_results: int = field(
        default_factory=lambda: int(os.environ.get("BNKG_MAX_RESULTS", "100000"))
    )
    query_workers: int = field(
        default_factory=lambda: int(os.environ.get("BNKG_QUERY_WORKERS", "2"))
    )
    # Full server processes sharing the listening socket (``bnkg serve``), each
    # with its own query worker pool, answer cache and start-up scans.
    serve_processes: int = field(
        default_factory=lambda: int(os.environ.get("BNKG_SERVE_PROCESSES", "1"))
    )
    # Memory for repeated SPARQL answers (the store is read-only while served, so
    # an answer cannot go stale); 0 turns the cache off.
    query_cache_mb: float = field(
        default_factory=lambda: float(os.environ.get("BNKG_QUERY_CACHE_MB", "64"))
    )

    def __post_init__(self) -> None:
        self.store = Path(self.store)
        if not self.base_iri.endswith(("/", "#")):
            self.base_iri += "/"
