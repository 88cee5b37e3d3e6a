"""The Store: one database, opened by URL, with the writes and queries heron needs."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session

from heron.records import Analysis
from heron.store.models import Base, ClaimRow, DocumentRow, EventRow

DEFAULT_URL = "sqlite:///heron.db"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def resolve_url(url: str | None) -> str:
    url = url or os.environ.get("HERON_DB") or DEFAULT_URL
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
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


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self) -> None:
        Base.metadata.create_all(self.engine)

    def has(self, session: Session, text: str) -> bool:
        digest = content_hash(text)
        return (
            session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))
            is not None
        )

    def add(self, session: Session, analysis: Analysis) -> bool:
        """Store one analysed document and its records; False if its content is stored already."""
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
                ingested_at=datetime.now(UTC),
            )
        )
        session.flush()
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

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {
                "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "events": session.scalar(select(func.count()).select_from(EventRow)) or 0,
                "claims": session.scalar(select(func.count()).select_from(ClaimRow)) or 0,
            }

    def events(self, filters: Filters = Filters()) -> list[dict[str, Any]]:
        query = select(EventRow, DocumentRow.published, DocumentRow.outlet).join(DocumentRow)
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
        query = query.order_by(DocumentRow.published, EventRow.document_id, EventRow.position)
        if filters.limit:
            query = query.limit(filters.limit)
        with self.session() as session:
            return [
                {
                    "document": row.document_id,
                    "published": published,
                    "outlet": outlet,
                    **row.record,
                }
                for row, published, outlet in session.execute(query)
            ]

    def claims(self, filters: Filters = Filters()) -> list[dict[str, Any]]:
        query = select(ClaimRow, DocumentRow.published, DocumentRow.outlet).join(DocumentRow)
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
        query = query.order_by(DocumentRow.published, ClaimRow.document_id, ClaimRow.position)
        if filters.limit:
            query = query.limit(filters.limit)
        with self.session() as session:
            return [
                {
                    "document": row.document_id,
                    "published": published,
                    "outlet": outlet,
                    **row.record,
                }
                for row, published, outlet in session.execute(query)
            ]

    def documents(self) -> Iterator[dict[str, Any]]:
        with self.session() as session:
            for row in session.scalars(select(DocumentRow).order_by(DocumentRow.published)):
                yield row.analysis


def _codes(actors: Sequence[dict[str, Any]]) -> str:
    codes = sorted({a["country"] for a in actors if a.get("country")})
    return "," + ",".join(codes) + "," if codes else ","


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    resolved = resolve_url(url)
    engine = create_engine(resolved)
    if resolved.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    if create:
        store.create()
    return store
