"""Run one SPARQL query on a pyoxigraph store and serialise the answer to bytes.

This runs inside a worker process (:mod:`api.sparql.workers`): only the small
:class:`QueryJob` and the serialised :class:`Reply` cross the process boundary,
never RDF terms. It is a plain function, so benchmarks and tests can call it
in-process too.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"),
...                   ox.Literal("o"), ox.NamedNode("http://ex/g")))
>>> reply = execute(store, QueryJob("SELECT ?o WHERE { ?s ?p ?o }"))
>>> reply.status, reply.media_type, reply.body
(200, 'application/sparql-results+json', b'{"head":{"vars":["o"]},"results":{"bindings":[{"o":{"type":"literal","value":"o"}}]}}')
>>> execute(store, QueryJob("SELECT ?o WHERE { ?s ?p ?o }", max_results=0)).error
'too_large'
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from api.sparql.lexical import has_dataset_clause, looks_like_update, outer_limit
from api.sparql.serializers import write_select
from kg.formats import GRAPH_FORMATS, RESULT_FORMATS
from kg.queries import PREFIXES

READ_ONLY = (
    "this endpoint is read-only: SPARQL Update is not accepted here. Change the graph "
    "with the command line (`bnkg add`, `bnkg remove`, `bnkg build`) and restart `bnkg serve`"
)
# Formats where prefixes make the output shorter and easier to read.
_PREFIXED = {"text/turtle", "application/ld+json", "application/rdf+xml"}


@dataclass(frozen=True)
class QueryJob:
    """One query operation: the text, its RDF dataset and the acceptable answers.

    ``default_graphs``/``named_graphs`` are the protocol's ``default-graph-uri``
    and ``named-graph-uri``; both None means "the union of all graphs".
    ``result_type``/``graph_type`` are the negotiated media types for
    SELECT/ASK and for CONSTRUCT/DESCRIBE (None: the client accepts none).
    """

    query: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    result_type: str | None = "application/sparql-results+json"
    graph_type: str | None = "text/turtle"
    max_results: int = 100_000


@dataclass(frozen=True)
class Reply:
    """A serialised answer, or an error kind with the message for the client."""

    status: int
    media_type: str = ""
    body: bytes = b""
    error: str | None = None  # "syntax", "update", "too_large", "not_acceptable", "internal"
    message: str = ""


def has_merged_default_graph(store: ox.Store) -> bool:
    """Whether the store keeps the merge of its graphs in the default graph.

    pyoxigraph's ``use_default_graph_as_union`` is a bag: a triple stated in k
    document graphs comes back k times, and joins over actors shared by many
    documents grow as k^2, k^3... A store that also keeps the set-merge of its
    graphs in the real default graph answers the same questions without the
    blow-up; when it does, queries use it instead of the union flag.
    """
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def dataset_kwargs(job: QueryJob, merged_default: bool = False) -> dict[str, Any]:
    """pyoxigraph keyword arguments for the job's RDF dataset.

    Protocol parameters win over the query's FROM clauses (SPARQL 1.1 Protocol
    §2.1.4); with neither, the default graph is the union of all graphs (the
    merged default graph when the store keeps one, see :func:`has_merged_default_graph`).
    """
    if job.default_graphs is None and job.named_graphs is None:
        if merged_default or has_dataset_clause(job.query):
            return {}
        return {"use_default_graph_as_union": True}
    return {
        "default_graph": [ox.NamedNode(g) for g in job.default_graphs or ()],
        "named_graphs": [ox.NamedNode(g) for g in job.named_graphs or ()],
    }


def _too_large(cap: int) -> Reply:
    return Reply(
        413,
        error="too_large",
        message=(
            f"the result has more than {cap} rows (the server's limit, BNKG_MAX_RESULTS); "
            "add a LIMIT, narrow the patterns or aggregate with COUNT"
        ),
    )


def _not_acceptable(form: str, offered: dict[str, Any]) -> Reply:
    return Reply(
        406,
        error="not_acceptable",
        message=f"a {form} result can be returned as: {', '.join(offered)}; the Accept header allows none of them",
    )


def execute(store: ox.Store, job: QueryJob, merged_default: bool = False) -> Reply:
    """Evaluate ``job`` on ``store`` and serialise it in the negotiated format."""
    try:
        result = store.query(job.query, **dataset_kwargs(job, merged_default))
    except SyntaxError as exc:
        # Classified here, not in the server process: this text check then runs
        # under the time limit like everything else a client sends.
        if looks_like_update(job.query):
            return Reply(403, error="update", message=READ_ONLY)
        return Reply(400, error="syntax", message=str(exc))
    cap = job.max_results
    if isinstance(result, ox.QueryBoolean):
        if job.result_type is None:
            return _not_acceptable("ASK", RESULT_FORMATS)
        return Reply(200, job.result_type, result.serialize(format=RESULT_FORMATS[job.result_type]))
    if isinstance(result, ox.QueryTriples):
        if job.graph_type is None:
            return _not_acceptable("CONSTRUCT/DESCRIBE", GRAPH_FORMATS)
        triples = list(itertools.islice(result, cap + 1))
        if len(triples) > cap:
            return _too_large(cap)
        prefixes = PREFIXES if job.graph_type in _PREFIXED else None
        body = ox.serialize(triples, format=GRAPH_FORMATS[job.graph_type], prefixes=prefixes)
        return Reply(200, job.graph_type, body or b"")
    if job.result_type is None:
        return _not_acceptable("SELECT", RESULT_FORMATS)
    limit = outer_limit(job.query)
    if limit is not None and limit <= cap:
        # The query itself keeps the answer under the cap, so the engine's own
        # writer can have the whole iterator (no Python object per value).
        return Reply(200, job.result_type, result.serialize(format=RESULT_FORMATS[job.result_type]))
    variables = [v.value for v in result.variables]
    n = len(variables)
    # Collect at most cap + 1 rows: a runaway result stops here, not in memory.
    rows = [tuple(sol[i] for i in range(n)) for sol in itertools.islice(result, cap + 1)]
    if len(rows) > cap:
        return _too_large(cap)
    return Reply(200, job.result_type, write_select(variables, rows, job.result_type))
