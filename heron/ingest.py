"""Ingest: analyze documents and store them with their records, idempotently.

Work is committed in batches, so an interrupted ingest keeps what it stored
and a second run skips it (documents are keyed by content hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from heron.analyze import analyze_document
from heron.pipeline import Pipeline, default_pipeline
from heron.records import Document
from heron.sources import Problem
from heron.store import Store


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)


def ingest(
    items: Iterable[Document | Problem],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 50,
    on_item: Callable[[Document | Problem, str], None] | None = None,
) -> IngestReport:
    """Analyze and store each document; `on_item(item, outcome)` reports progress."""
    runner = pipeline or default_pipeline()
    report = IngestReport()
    session = store.session()
    pending = 0
    try:
        for item in items:
            if isinstance(item, Problem):
                report.problems.append(item)
                outcome = "problem"
            elif store.has(session, item.text):
                report.skipped += 1
                outcome = "skipped"
            else:
                analysis = analyze_document(item, pipeline=runner)
                store.add(session, analysis)
                report.added += 1
                pending += 1
                outcome = "added"
                if pending >= batch_size:
                    session.commit()
                    pending = 0
            if on_item:
                on_item(item, outcome)
        session.commit()
    finally:
        session.close()
    return report
