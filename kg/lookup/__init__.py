"""Actor lookups for the REST API and the entity pages, without SPARQL for the caller.

One module per job:

* :mod:`kg.lookup.queries` — loading ``kg/sparql/*.rq`` and binding terms with ``VALUES``;
* :mod:`kg.lookup.scans` — the single-pattern scans the index is built from;
* :mod:`kg.lookup.index` — the in-memory index of one store version (actors, nodes,
  facts, evidence, documents), built once and cached;
* :mod:`kg.lookup.ids` — turning user ids into IRIs (and back);
* :mod:`kg.lookup.refs` — node, document and evidence references for responses;
* :mod:`kg.lookup.search`, :mod:`kg.lookup.detail`, :mod:`kg.lookup.relationships`,
  :mod:`kg.lookup.statements`, :mod:`kg.lookup.agreements`, :mod:`kg.lookup.documents`
  — one endpoint family each;
* :mod:`kg.lookup.dates` — ISO (partial) dates as intervals;
* :mod:`kg.lookup.describe` — a node's concise bounded description (Linked Data).

Results are plain dicts shaped like ``api.schemas``. An *actor* is a node typed
``bn:Person``, ``bn:Organization``, ``bn:Place`` (countries included) or
``bn:Agreement``; its public id is its IRI path below the base
(``person/justin-trudeau``), and the bare key is accepted when only one actor has it.
"""
