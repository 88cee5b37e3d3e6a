"""The Store: one database, opened by URL, with the writes and queries heron needs."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, create_engine, event, func, select
from sqlalchemy.orm import Session

from heron.records import Analysis
from heron.store import migrate
from heron.store.models import ClaimRow, DocumentRow, EventRow, SignatureRow

DEFAULT_URL = "sqlite:///heron.db"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def resolve_url(url: str | None) -> str:
    url = url or os.environ.get("HERON_DB") or DEFAULT_URL
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@dataclass(frozen=True)
class Filters:
    actor: str | None = None  # ISO3 or code, either side
    type: str | None = None
    measure: str | None = None
    since: str | None = None  # YYYY-MM-DD
    limit: int | None = None
    distinct: bool = False  # skip records of near-duplicate documents (duplicate_of set)


@dataclass(frozen=True)
class Signature:
    """A stored MinHash signature and the near-duplicate link of its document."""

    document_id: str
    duplicate_of: str | None
    method: str
    hashvalues: bytes


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        """Close the pooled connections (a PostgreSQL server keeps one per open connection)."""
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (a new database gets all of them)."""
        migrate.upgrade(self.engine)

    def _ordered(self, column: Any) -> ColumnElement[Any]:
        # byte order on every backend, so SQLite and PostgreSQL (whatever its locale) agree
        return column.collate("C") if self.dialect == "postgresql" else column

    def has(self, session: Session, text: str) -> bool:
        digest = content_hash(text)
        return (
            session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))
            is not None
        )

    def add(
        self,
        session: Session,
        analysis: Analysis,
        *,
        duplicate_of: str | None = None,
        signature: tuple[str, bytes] | None = None,
    ) -> bool:
        """Store one analysed document and its records; False if its content is stored already.

        `duplicate_of` links a near-copy to its original; `signature` is its
        (method, MinHash hash values). The id may get a suffix if another
        document holds it: read `analysis.id` afterwards.
        """
        if self.has(session, analysis.text):
            return False
        if session.get(DocumentRow, analysis.id) is not None:
            analysis.id = f"{analysis.id}-{content_hash(analysis.text)[:8]}"
        out = analysis.to_dict()
        version = str(out["pipeline"].get("version", ""))
        config = str(out["pipeline"].get("config_hash", ""))
        session.add(
            DocumentRow(
                id=analysis.id,
                content_hash=content_hash(analysis.text),
                title=analysis.title,
                url=analysis.url,
                outlet=analysis.outlet,
                published=analysis.published,
                language=analysis.language,
                text=analysis.text,
                analysis=out,
                pipeline_version=version,
                config_hash=config,
                ingested_at=datetime.now(UTC).replace(tzinfo=None),
                duplicate_of=duplicate_of,
            )
        )
        session.flush()
        if signature is not None:
            self.set_signature(session, analysis.id, signature, version=version, config=config)
        for i, e in enumerate(out["events"]):
            session.add(
                EventRow(
                    document_id=analysis.id,
                    position=i,
                    type=e["type"],
                    mode=e["mode"],
                    factuality=e["factuality"],
                    date=e["date"],
                    place=e["place"],
                    actor_countries=_codes(e["actor"]),
                    recipient_countries=_codes(e["recipient"]),
                    evidence=e["evidence"],
                    span_start=e["span"][0],
                    span_end=e["span"][1],
                    record=e,
                    pipeline_version=version,
                    config_hash=config,
                )
            )
        for i, c in enumerate(out["claims"]):
            subject, source = c["subject"] or {}, c["source"] or {}
            session.add(
                ClaimRow(
                    document_id=analysis.id,
                    position=i,
                    measure=c["measure"],
                    value=c["value"],
                    low=c["low"],
                    high=c["high"],
                    qualifier=c["qualifier"],
                    subject_country=subject.get("country"),
                    subject_sector=subject.get("sector"),
                    source_country=source.get("country"),
                    source_sector=source.get("sector"),
                    source_text=c["source_text"],
                    place=c["place"],
                    as_of=c["as_of"],
                    evidence=c["evidence"],
                    span_start=c["span"][0],
                    span_end=c["span"][1],
                    record=c,
                    pipeline_version=version,
                    config_hash=config,
                )
            )
        return True

    def set_signature(
        self,
        session: Session,
        document_id: str,
        signature: tuple[str, bytes],
        *,
        version: str = "",
        config: str = "",
    ) -> None:
        method, hashvalues = signature
        row = session.get(SignatureRow, document_id)
        if row is None:
            row = SignatureRow(document_id=document_id)
            session.add(row)
        row.method, row.hashvalues = method, hashvalues
        row.pipeline_version, row.config_hash = version, config

    def signatures(self, session: Session) -> list[Signature]:
        """Every stored signature, in the order the documents were stored."""
        query = (
            select(
                SignatureRow.document_id,
                DocumentRow.duplicate_of,
                SignatureRow.method,
                SignatureRow.hashvalues,
            )
            .join(DocumentRow, DocumentRow.id == SignatureRow.document_id)
            .order_by(DocumentRow.ingested_at, self._ordered(DocumentRow.id))
        )
        return [Signature(*row) for row in session.execute(query)]

    def unsigned(self, session: Session, method: str) -> list[tuple[str, str]]:
        """(id, text) of documents with no signature made by `method` (older databases)."""
        query = (
            select(DocumentRow.id, DocumentRow.text)
            .outerjoin(SignatureRow, SignatureRow.document_id == DocumentRow.id)
            .where((SignatureRow.method.is_(None)) | (SignatureRow.method != method))
            .order_by(DocumentRow.ingested_at, self._ordered(DocumentRow.id))
        )
        return [(row[0], row[1]) for row in session.execute(query)]

    def set_duplicate_of(self, session: Session, document_id: str, original: str | None) -> None:
        row = session.get(DocumentRow, document_id)
        if row is not None:
            row.duplicate_of = original

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def counts(self) -> dict[str, int]:
        """Documents, near-duplicates among them, events and claims (of all documents)."""
        with self.session() as session:
            return {
                "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "duplicates": session.scalar(
                    select(func.count())
                    .select_from(DocumentRow)
                    .where(DocumentRow.duplicate_of.is_not(None))
                )
                or 0,
                "events": session.scalar(select(func.count()).select_from(EventRow)) or 0,
                "claims": session.scalar(select(func.count()).select_from(ClaimRow)) or 0,
            }

    def _record_query(self, row: Any, filters: Filters) -> Any:
        """Rows of one record table joined to their documents, duplicates left out on request."""
        query = select(
            row, DocumentRow.published, DocumentRow.outlet, DocumentRow.duplicate_of
        ).join(DocumentRow, DocumentRow.id == row.document_id)
        if filters.distinct:
            query = query.where(DocumentRow.duplicate_of.is_(None))
        return query

    def _records(self, query: Any, row: Any, filters: Filters) -> list[dict[str, Any]]:
        """Run a record query in corpus order (published, document, position), with its document's fields."""
        query = query.order_by(
            self._ordered(DocumentRow.published).nulls_first(),
            self._ordered(row.document_id),
            row.position,
        )
        if filters.limit:
            query = query.limit(filters.limit)
        with self.session() as session:
            return [
                {
                    "document": record.document_id,
                    "published": published,
                    "outlet": outlet,
                    "duplicate_of": duplicate_of,
                    **record.record,
                }
                for record, published, outlet, duplicate_of in session.execute(query)
            ]

    def events(self, filters: Filters = Filters()) -> list[dict[str, Any]]:
        query = self._record_query(EventRow, filters)
        if filters.type:
            query = query.where(EventRow.type == filters.type.upper())
        if filters.actor:
            code = f"%,{filters.actor.upper()},%"
            query = query.where(
                EventRow.actor_countries.like(code) | EventRow.recipient_countries.like(code)
            )
        if filters.since:
            query = query.where(
                func.coalesce(EventRow.date, DocumentRow.published) >= filters.since
            )
        return self._records(query, EventRow, filters)

    def claims(self, filters: Filters = Filters()) -> list[dict[str, Any]]:
        query = self._record_query(ClaimRow, filters)
        if filters.measure:
            query = query.where(ClaimRow.measure == filters.measure.lower())
        if filters.actor:
            code = filters.actor.upper()
            query = query.where(
                (ClaimRow.subject_country == code) | (ClaimRow.source_country == code)
            )
        if filters.since:
            query = query.where(
                func.coalesce(ClaimRow.as_of, DocumentRow.published) >= filters.since
            )
        return self._records(query, ClaimRow, filters)

    def documents(self) -> Iterator[dict[str, Any]]:
        with self.session() as session:
            query = select(DocumentRow).order_by(
                self._ordered(DocumentRow.published).nulls_first(), self._ordered(DocumentRow.id)
            )
            for row in session.scalars(query):
                yield row.analysis


def _codes(actors: Sequence[dict[str, Any]]) -> str:
    codes = sorted({a["country"] for a in actors if a.get("country")})
    return "," + ",".join(codes) + "," if codes else ","


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the database at `url` (see `resolve_url`) and bring its schema to the newest version."""
    resolved = resolve_url(url)
    engine = create_engine(resolved)
    if resolved.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    if migrate:
        store.upgrade()
    return store
