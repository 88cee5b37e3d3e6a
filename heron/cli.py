"""The heron command line: a thin layer over the library.

Data goes to stdout; progress, problems and logs to stderr.

Exit codes:
  0  success
  2  usage error (unknown option or value, such as an unknown --format)
  3  some input could not be read (each problem is reported with file and line;
     everything else was processed and stored)
  4  the database could not be opened or written
  5  the quality gate failed (heron evaluate --gate)
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from sqlalchemy.exc import SQLAlchemyError

from heron.records import Document
from heron.sources import Meta, Problem, read_paths

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_DB, EXIT_GATE = 0, 2, 3, 4, 5

app = typer.Typer(
    name="heron",
    help="Turn news reports into an evidence-linked ledger of political events and claimed figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # file paths in messages stay on one line


class AnalyzeFormat(str, Enum):
    brief = "brief"
    json = "json"
    jsonl = "jsonl"
    plover = "plover"


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class NetworkFormat(str, Enum):
    json = "json"
    graphml = "graphml"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class ExportKind(str, Enum):
    events = "events"
    claims = "claims"
    estimates = "estimates"
    dyads = "dyads"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    geojson = "geojson"
    plover = "plover"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite path (default: $HERON_DB or ./heron.db)."),
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for .txt inputs.")
]


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        err.print(f"[red]error[/red] {problem}", highlight=False)


def _open_store(db: str | None):
    from heron.store import open_store

    try:
        return open_store(db)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        err.print(
            f"[red]error[/red] E301 cannot open the database {db or ''}: {exc}", highlight=False
        )
        raise typer.Exit(EXIT_DB) from None


@app.command()
def analyze(
    path: Annotated[
        str, typer.Argument(help="A .txt file, a .jsonl of input documents, or - for stdin.")
    ],
    format: Annotated[
        AnalyzeFormat | None,
        typer.Option(
            "--format", "-f", help="brief (default on a terminal), json, jsonl or plover."
        ),
    ] = None,
    published: PublishedOption = None,
    title: Annotated[str | None, typer.Option(help="Title for a .txt input.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for a .txt input.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for a .txt input.")] = None,
    limit: Annotated[int | None, typer.Option(help="Analyze at most this many documents.")] = None,
) -> None:
    """Analyze articles and print their events, figures, quotes and places."""
    from heron.analyze import analyze_document
    from heron.export import plover_events
    from heron.render import brief

    chosen = format or (AnalyzeFormat.brief if out.is_terminal else AnalyzeFormat.jsonl)
    problems: list[Problem] = []
    meta = Meta(published=published, title=title, url=url, outlet=outlet)
    done = 0
    for item in read_paths([path], meta):
        if limit is not None and done >= limit:
            break
        if isinstance(item, Problem):
            problems.append(item)
            _report([item])
            continue
        doc = analyze_document(item).to_dict()
        done += 1
        if chosen is AnalyzeFormat.brief:
            out.print(brief(doc))
        elif chosen is AnalyzeFormat.json:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        elif chosen is AnalyzeFormat.plover:
            for event in plover_events(doc, text=item.text):
                sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if problems:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .jsonl, .html, RSS/Atom .xml/.rss/.atom), directories "
            "(recursive) or - for stdin."
        ),
    ],
    db: DbOption = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date YYYY-MM-DD for inputs that carry none (.txt, pages without a date).",
        ),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="Outlet for inputs that name none (.txt, pages, feeds).")
    ] = None,
) -> None:
    """Analyze documents and store them in the ledger database (idempotent; near-copies linked)."""
    from heron.ingest import ingest as run_ingest

    store = _open_store(db)
    items = list(read_paths(paths, Meta(published=published, outlet=outlet)))
    total = sum(1 for i in items if isinstance(i, Document))
    with Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("ingest", total=total)

        def on_item(item: Document | Problem, outcome: str) -> None:
            if isinstance(item, Problem):
                _report([item])
            else:
                progress.advance(task)

        try:
            report = run_ingest(items, store, on_item=on_item)
        except SQLAlchemyError as exc:
            err.print(f"[red]error[/red] E302 database write failed: {exc}", highlight=False)
            raise typer.Exit(EXIT_DB) from None
    for copy in report.near_copies:
        err.print(
            f"near-copy {copy.document} of {copy.original} (similarity {copy.similarity:.2f})",
            highlight=False,
        )
    counts = store.counts()
    err.print(
        f"added {report.added} (near-copies {len(report.near_copies)}), "
        f"already stored {report.skipped}, problems {len(report.problems)}; "
        f"the database holds {counts['documents']} documents "
        f"({counts['duplicates']} near-copies), {counts['events']} events, "
        f"{counts['claims']} claims",
        highlight=False,
    )
    if report.problems:
        raise typer.Exit(EXIT_INPUT)


EVENT_COLUMNS = (
    "document",
    "published",
    "type",
    "mode",
    "actor",
    "recipient",
    "place",
    "date",
    "factuality",
    "evidence",
)
CLAIM_COLUMNS = (
    "document",
    "published",
    "measure",
    "value",
    "low",
    "high",
    "qualifier",
    "subject",
    "place",
    "source",
    "source_text",
    "via",
    "hedges",
    "evidence",
)


def _emit(
    rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: TableFormat, title: str
) -> None:
    from heron.render import table, to_csv

    if fmt is TableFormat.table:
        out.print(table(rows, columns, title))
    elif fmt is TableFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is TableFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(to_csv(rows, columns))


def _filters(**values: Any):
    from heron.store.db import Filters

    since = values.get("since")
    if since is not None:
        from datetime import date

        try:
            date.fromisoformat(since)
        except ValueError:
            err.print(f"[red]error[/red] E202 invalid option: --since {since!r} is not YYYY-MM-DD")
            raise typer.Exit(EXIT_USAGE) from None
    return Filters(**values)


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Country or actor code on either side (PRK).")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type (AID, ASSAULT...).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List stored events."""
    rows = _open_store(db).events(_filters(actor=actor, type=type, since=since, limit=limit))
    _emit(rows, EVENT_COLUMNS, format, "Events")


@app.command()
def claims(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Subject or source country (PRK).")] = None,
    measure: Annotated[str | None, typer.Option(help="killed, injured, deployed, ...")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only claims as of YYYY-MM-DD or later.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List stored figures with their sources, chains and hedges."""
    rows = _open_store(db).claims(_filters(actor=actor, measure=measure, since=since, limit=limit))
    _emit(rows, CLAIM_COLUMNS, format, "Claims")


ESTIMATE_COLUMNS = (
    "subject",
    "measure",
    "place",
    "best",
    "low",
    "high",
    "conservative",
    "sources",
    "reports",
    "first_reported",
    "last_reported",
)
DYAD_COLUMNS = ("actor", "recipient", "period", "events", "types", "score_sum", "score_mean")
ByOption = Annotated[Period, typer.Option("--by", help="Period: day, week or month.")]


def _usage(detail: str) -> typer.Exit:
    err.print(f"[red]error[/red] E202 invalid option: {detail}", highlight=False)
    return typer.Exit(EXIT_USAGE)


def _date(name: str, value: str | None) -> str | None:
    from datetime import date

    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _usage(f"{name} {value!r} is not YYYY-MM-DD") from None
    return value


@app.command()
def estimates(
    db: DbOption = None,
    subject: Annotated[
        str | None, typer.Option(help="Country whose people or things are counted (PRK).")
    ] = None,
    measure: Annotated[str | None, typer.Option(help="killed, injured, deployed, ...")] = None,
    place: Annotated[str | None, typer.Option(help="Only figures tied to this place.")] = None,
    all_places: Annotated[
        bool, typer.Option("--all-places", help="One series per subject and measure.")
    ] = False,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Estimate timelines: each source's figures over time, with best, low, high and conservative."""
    from heron.ledger import estimate_timelines
    from heron.render import estimate_timelines as render_timelines

    found = estimate_timelines(
        _open_store(db), subject=subject, measure=measure, place=place, by_place=not all_places
    )
    rows = [series.to_dict() for series in found]
    if format is TableFormat.table:
        out.print(render_timelines(rows))
    else:
        _emit(rows, ESTIMATE_COLUMNS, format, "Estimates")


@app.command()
def dyads(
    actor: Annotated[str, typer.Argument(help="Actor country (PRK).")],
    recipient: Annotated[str, typer.Argument(help="Recipient country (RUS).")],
    by: ByOption = Period.month,
    db: DbOption = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Events from one country to another per period: counts by PLOVER type and scores."""
    from heron.ledger import dyad_table
    from heron.render import counts_label

    rows = [row.to_dict() for row in dyad_table(_open_store(db), actor, recipient, by=by.value)]
    if format in (TableFormat.table, TableFormat.csv):
        rows = [{**row, "types": counts_label(row["counts"])} for row in rows]
    _emit(rows, DYAD_COLUMNS, format, f"{actor.upper()} -> {recipient.upper()}")


@app.command()
def network(
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD of the window.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD of the window.")] = None,
    db: DbOption = None,
    format: Annotated[NetworkFormat, typer.Option("--format", "-f")] = NetworkFormat.json,
) -> None:
    """The actor network over a window: ties by cooperation and conflict, and their change."""
    from heron.ledger import actor_network
    from heron.ledger.network import graphml

    store = _open_store(db)
    try:
        net = actor_network(store, since=_date("--since", since), until=_date("--until", until))
    except ValueError as exc:
        raise _usage(str(exc)) from None
    if format is NetworkFormat.graphml:
        sys.stdout.write(graphml(net))
    else:
        sys.stdout.write(json.dumps(net.to_dict(), indent=2) + "\n")


@app.command()
def export(
    kind: Annotated[ExportKind, typer.Argument(help="events, claims, estimates or dyads.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here (parquet needs it).")
    ] = None,
    by: ByOption = Period.month,
    db: DbOption = None,
) -> None:
    """Export events, claims, estimate series or dyads as csv, jsonl, parquet, geojson or plover."""
    from heron.ledger import export_file

    if format is ExportFormat.parquet and not output:
        raise _usage("--format parquet needs --output FILE")
    store = _open_store(db)
    try:
        data = export_file(store, kind=kind.value, fmt=format.value, by=by.value)
    except ValueError as exc:
        raise _usage(str(exc)) from None
    if output:
        Path(output).write_bytes(data)
        err.print(f"wrote {output}", highlight=False)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def evaluate(
    gold: Annotated[list[str], typer.Argument(help="Gold .jsonl files or directories.")],
    predictions: Annotated[
        str | None,
        typer.Option(help="Score these output documents (matched by id) instead of running heron."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object keyed by kind.")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="List missed and spurious items per document, and near misses by the field they disagree on.",
        ),
    ] = False,
    gate: Annotated[
        str | None,
        typer.Option(help="Fail (exit 5) when an F1 is below the floors in this baseline file."),
    ] = None,
) -> None:
    """Score heron against gold annotations (shared/spec/records.md)."""
    from heron.evaluate.gold import validate
    from heron.evaluate.run import evaluate as run_evaluate
    from heron.evaluate.run import gate as run_gate
    from heron.render import scores_table

    missing = [g for g in gold if not Path(g).exists()]
    if predictions and not Path(predictions).exists():
        missing.append(predictions)
    if missing:
        for path in missing:
            err.print(f"[red]error[/red] E101 path does not exist: {path}", highlight=False)
        raise typer.Exit(EXIT_INPUT)
    invalid = validate(gold)
    if invalid:
        for line in invalid:
            err.print(f"[red]error[/red] E108 {line}", highlight=False)
        raise typer.Exit(EXIT_INPUT)
    report = run_evaluate(gold, predictions=predictions, keep_errors=errors)
    if as_json:
        payload: dict[str, Any] = dict(report.scores)
        if errors:
            payload = {
                "scores": report.scores,
                "errors": report.errors,
                "near_misses": report.near_misses,
            }
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    else:
        out.print(scores_table(report.scores, report.documents))
        if errors:
            for entry in report.errors:
                out.print(f"[bold]{entry['id']}[/bold]", highlight=False)
                for side in ("missed", "spurious"):
                    for kind, items in entry[side].items():
                        for item in items:
                            out.print(
                                f"  {side:8s} {kind:14s} {item}", highlight=False, markup=False
                            )
                for line in entry["near"]:
                    out.print(f"  near     {line}", highlight=False, markup=False)
            if report.near_misses:
                out.print(
                    "[bold]near misses[/bold] (a missed item and a prediction on the same words)"
                )
                for kind, reasons in report.near_misses.items():
                    listed = ", ".join(f"{reason} {n}" for reason, n in reasons.items())
                    out.print(f"  {kind:14s} {listed}", highlight=False, markup=False)
    if gate:
        try:
            failures = run_gate(report, gate)
        except ValueError as exc:
            err.print(f"[red]error[/red] E107 {exc}", highlight=False)
            raise typer.Exit(EXIT_INPUT) from None
        for failure in failures:
            err.print(f"[red]below floor[/red] {failure}", highlight=False)
        if failures:
            raise typer.Exit(EXIT_GATE)


@app.command()
def bench(
    docs: Annotated[
        int, typer.Option(help="How many documents (the samples and gold texts, cycled).")
    ] = 60,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Measure throughput beside spaCy alone on the same texts, stage shares and peak memory."""
    from heron.evaluate.bench import bench_documents, run
    from heron.render import bench_table

    result = run(bench_documents(docs)).to_dict()
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        out.print(bench_table(result))


def _announce(url: str) -> None:
    sys.stdout.write(url + "\n")  # the URL on stdout, so a script can read it
    sys.stdout.flush()
    err.print(f"serving the dashboard at {url} (Ctrl-C stops)", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str | None,
        typer.Option(help="Address to listen on (default 127.0.0.1); others serve the network."),
    ] = None,
    port: Annotated[int, typer.Option(help="Port; 0 picks a free one.", min=0, max=65535)] = 8000,
) -> None:
    """Serve the JSON API (/api/v1) and the dashboard on this machine."""
    from heron.api.server import is_loopback
    from heron.api.server import serve as run_server

    chosen = host or "127.0.0.1"
    if host is not None and not is_loopback(host):
        err.print(
            f"[yellow]warning[/yellow] serving on {host}: anyone who can reach it can read the "
            "whole database; the dashboard has no login.",
            highlight=False,
        )
    store = _open_store(db)
    try:
        run_server(
            store,
            host=chosen,
            port=port,
            allow_remote=host is not None,
            on_ready=_announce,
        )
    except OSError as exc:
        err.print(f"[red]error[/red] E202 invalid option: cannot listen on {chosen}:{port}: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def main() -> None:  # pragma: no cover - the console script
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
