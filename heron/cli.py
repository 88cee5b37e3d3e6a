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
err = Console(stderr=True)


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
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    db: DbOption = None,
    published: PublishedOption = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for .txt inputs.")] = None,
) -> None:
    """Analyze documents and store them in the ledger database (idempotent)."""
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
    counts = store.counts()
    err.print(
        f"added {report.added}, already stored {report.skipped}, problems {len(report.problems)}; "
        f"the database holds {counts['documents']} documents, {counts['events']} events, "
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


def main() -> None:  # pragma: no cover - the console script
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
