"""The ``bnkg`` command line: parse input, call ``kg``, format output.

Every command takes ``--store DIR`` (default ``$BNKG_STORE`` or ``data/store``).
User errors (``kg.errors.BnkgError``) are printed as one line and mapped to
their exit code; nothing is written when input is bad.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from kg.errors import BnkgError
from kg.settings import Settings
from kg.store import GraphStore

app = typer.Typer(
    help="bnkg: build, query and serve the bilateral negotiation knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Store directory [default: $BNKG_STORE or data/store]"),
]
F = TypeVar("F", bound=Callable[..., Any])


def _settings(store: Path | None) -> Settings:
    s = Settings()
    if store is not None:
        s.store = store
    return s


def user_errors(fn: F) -> F:
    """Turn ``BnkgError`` into a one-line message and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BnkgError as exc:
            err.print(f"[bold red]error[/] {exc}", highlight=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


@app.command()
@user_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help="Documents or folders [default: seeds/]")] = None,  # type: ignore[assignment]
    store: StoreOpt = None,
    force: Annotated[bool, typer.Option(help="Re-extract even unchanged documents")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Extraction processes (0 = one per CPU); the graph is the same for any value"
    )] = 1,
) -> None:
    """Build (or refresh) the graph from documents; unchanged documents are skipped."""
    from rich.progress import Progress

    from kg.build import build as run_build
    from kg.documents import discover

    settings = _settings(store)
    paths = paths or [Path("seeds")]
    total = len(discover(paths))
    gs = GraphStore.open(settings.store)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        report = run_build(
            paths, gs, settings.base_iri, force=force, jobs=jobs,
            progress=lambda doc_id: progress.advance(task),
        )
    out.print(
        f"{report.total} document(s): {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged; {len(gs)} quads in {settings.store}",
        highlight=False,
    )


@app.command()
@user_errors
def add(path: Path, store: StoreOpt = None) -> None:
    """Add (or re-extract) one document."""
    from kg.build import build as run_build

    settings = _settings(store)
    report = run_build([path], GraphStore.open(settings.store), settings.base_iri, force=True)
    out.print(f"added {', '.join(report.added + report.updated)}")


@app.command()
@user_errors
def remove(ref: Annotated[str, typer.Argument(help="Document id, IRI or file path")], store: StoreOpt = None) -> None:
    """Remove one document's graph (one graph operation)."""
    from kg.build import remove as run_remove

    settings = _settings(store)
    iri = run_remove(ref, GraphStore.open(settings.store), settings.base_iri)
    out.print(f"removed {iri}")


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"
    turtle = "turtle"
    ntriples = "ntriples"


@app.command()
@user_errors
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL query text")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a file")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="Run a named example from ontology/queries")] = None,
    format: Annotated[QueryFormat, typer.Option("--format")] = QueryFormat.table,
    store: StoreOpt = None,
) -> None:
    """Run a SPARQL query (string, --file or --name) and print the results."""
    from kg import results
    from kg.errors import QueryError

    text = results.resolve_query_text(sparql, file, name)
    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    res = gs.query(text)
    if format is QueryFormat.table:
        results.print_table(res, out)
    else:
        try:
            sys.stdout.buffer.write(results.serialize(res, format.value))
        except ValueError as exc:
            raise QueryError(str(exc)) from None
        sys.stdout.flush()


class ExportFormat(str, Enum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"
    rdfxml = "rdfxml"
    graphml = "graphml"


@app.command()
@user_errors
def export(
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.nquads,
    out_file: Annotated[Path | None, typer.Option("--out", help="Output file [default: stdout]")] = None,
    store: StoreOpt = None,
) -> None:
    """Export the whole graph (quads keep their document graphs)."""
    from kg import exporting

    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    data = exporting.export(gs, format.value)
    if out_file is None:
        sys.stdout.buffer.write(data)
    else:
        out_file.write_bytes(data)
        err.print(f"wrote {len(data)} bytes to {out_file}")


@app.command()
@user_errors
def stats(store: StoreOpt = None) -> None:
    """Counts of documents, entities per class, statements and quads."""
    from rich.table import Table

    from kg import results

    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    table = Table(title=f"bnkg store {settings.store}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, count in results.stats(gs):
        table.add_row(what, str(count))
    out.print(table)


@app.command()
@user_errors
def validate(store: StoreOpt = None) -> None:
    """Check the graph against ontology/shapes.ttl (SHACL) and the mention offsets."""
    from kg.errors import ValidationFailed
    from kg.validate import check_offsets, validate_store

    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    report = validate_store(gs)
    bad_offsets = check_offsets(gs)
    for v in report.violations[:50]:
        out.print(f"[red]violation[/] {v}", highlight=False)
    for b in bad_offsets[:50]:
        out.print(f"[red]offset[/] {b}", highlight=False)
    if not report.conforms or bad_offsets:
        raise ValidationFailed(
            f"{len(report.violations)} SHACL violation(s), {len(bad_offsets)} bad offset(s)"
        )
    out.print("[green]conforms[/]: SHACL shapes satisfied and every mention matches its text")


@app.command(name="eval")
@user_errors
def eval_(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold file(s) (repeatable)")],
    details: Annotated[bool, typer.Option(help="List missed and spurious items")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON")] = False,
    store: StoreOpt = None,
) -> None:
    """Score the graph against gold annotation files: precision, recall, F1."""
    import json

    from kg.evaluate import evaluate_files, format_details, format_table

    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    scores = evaluate_files(gs, gold, base_iri=settings.base_iri)
    if as_json:
        print(json.dumps([s.as_dict() for s in scores], indent=1))
        return
    out.print(format_table(scores))
    if details:
        for s in scores:
            out.print(format_details(s))


@app.command()
@user_errors
def viz(
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("graph.html"),
    actor: Annotated[str | None, typer.Option(help="Focus on this actor (id or label)")] = None,
    depth: Annotated[int, typer.Option(min=1, max=3)] = 2,
    store: StoreOpt = None,
) -> None:
    """Write the interactive graph viewer as one standalone, offline HTML file."""
    from kg.viz import standalone_html

    settings = _settings(store)
    gs = GraphStore.open(settings.store, read_only=True)
    out_file.write_text(standalone_html(gs, settings.base_iri, actor=actor, depth=depth), encoding="utf-8")
    out.print(f"wrote {out_file}")


@app.command()
@user_errors
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    processes: Annotated[
        int | None,
        typer.Option(
            "--processes", min=1,
            help="Server processes sharing the port, each with $BNKG_QUERY_WORKERS query workers "
            "(default: $BNKG_SERVE_PROCESSES, else 1)",
        ),
    ] = None,
) -> None:
    """Serve the SPARQL endpoint, the JSON API and the viewer (store read-only)."""
    from api.serving import serve as run_server

    settings = _settings(store)
    if processes is not None:
        settings.serve_processes = processes
    GraphStore.open(settings.store, read_only=True).close()  # fail early with a clear message
    out.print(
        f"serving {settings.store} on http://{host}:{port}/ (viewer /graph, SPARQL /sparql, API /docs)"
        + (f" with {settings.serve_processes} processes" if settings.serve_processes > 1 else "")
    )
    run_server(settings, host, port, settings.serve_processes)


if __name__ == "__main__":
    app()
