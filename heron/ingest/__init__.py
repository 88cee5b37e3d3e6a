"""Ingest: analyze documents and store them with their records, idempotently.

Work is committed in batches, so an interrupted ingest keeps what it stored
and a second run skips it (documents are keyed by content hash). Each new
document's MinHash signature is compared with those stored: a near-copy
(a syndicated article) is stored too, with `duplicate_of` set to its
original, so counts and estimates can leave it out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from heron.analyze import analyze_document
from heron.ingest.near_duplicates import (
    NearDuplicateIndex,
    Settings,
    from_bytes,
    load_settings,
    signature,
    to_bytes,
)
from heron.pipeline import Pipeline, default_pipeline
from heron.records import Document
from heron.sources import Problem
from heron.store import Store

__all__ = ["IngestReport", "NearCopy", "build_index", "ingest"]


@dataclass(frozen=True)
class NearCopy:
    document: str  # the id the copy was stored under
    original: str  # the id of the document it copies
    similarity: float  # Jaccard estimate with the most similar stored document


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    near_copies: list[NearCopy] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def build_index(store: Store, session: Session, settings: Settings) -> NearDuplicateIndex:
    """The LSH index of every stored document, from the stored signatures.

    Documents stored without one (by an older heron, or with other settings)
    are signed first, and linked to an earlier original if they copy one.
    """
    fresh = set()
    for document_id, text in store.unsigned(session, settings.method):
        minhash = signature(text, settings)
        store.set_signature(session, document_id, (settings.method, to_bytes(minhash)))
        fresh.add(document_id)
    session.flush()
    index = NearDuplicateIndex(settings)
    for stored in store.signatures(session):
        minhash = from_bytes(stored.hashvalues, settings)
        duplicate_of = stored.duplicate_of
        if stored.document_id in fresh and duplicate_of is None:
            match = index.find(minhash)
            if match is not None:
                duplicate_of = match.original
                store.set_duplicate_of(session, stored.document_id, duplicate_of)
        index.add(stored.document_id, minhash, duplicate_of=duplicate_of)
    session.commit()
    return index


def ingest(
    items: Iterable[Document | Problem],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    settings: Settings | None = None,
    batch_size: int = 50,
    on_item: Callable[[Document | Problem, str], None] | None = None,
) -> IngestReport:
    """Analyze and store each document; `on_item(item, outcome)` reports progress.

    `outcome` is "added", "near-copy" (added, and linked to its original),
    "skipped" (its content is stored already) or "problem".
    """
    runner = pipeline or default_pipeline()
    chosen = settings or load_settings()
    report = IngestReport()
    session = store.session()
    pending = 0
    try:
        index = build_index(store, session, chosen)
        for item in items:
            if isinstance(item, Problem):
                report.problems.append(item)
                outcome = "problem"
            elif store.has(session, item.text):
                report.skipped += 1
                outcome = "skipped"
            else:
                outcome = _add(item, store, session, index, runner, report)
                pending += 1
                if pending >= batch_size:
                    session.commit()
                    pending = 0
            if on_item:
                on_item(item, outcome)
        session.commit()
    finally:
        session.close()  # rolls back a batch cut short, so a rerun redoes it
    return report


def _add(
    doc: Document,
    store: Store,
    session: Session,
    index: NearDuplicateIndex,
    runner: Pipeline,
    report: IngestReport,
) -> str:
    analysis = analyze_document(doc, pipeline=runner)
    minhash = signature(doc.text, index.settings)
    match = index.find(minhash)
    original = match.original if match else None
    store.add(
        session,
        analysis,
        duplicate_of=original,
        signature=(index.settings.method, to_bytes(minhash)),
    )
    index.add(analysis.id, minhash, duplicate_of=original)
    report.added += 1
    if match is None:
        return "added"
    report.near_copies.append(NearCopy(analysis.id, match.original, round(match.similarity, 3)))
    return "near-copy"
