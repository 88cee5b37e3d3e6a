"""The tables: documents, the records analysis found in them, and their MinHash signatures.

Every record row keeps the full record as JSON beside the columns that
queries filter on, and the pipeline version and config hash that made it.
The schema is built by the Alembic migrations in `heron/store/migrations/`;
a test checks that these models and the migrations agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# explicit constraint names, so migrations can name what they alter on every backend
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    analysis: Mapped[dict] = mapped_column(JSON)
    pipeline_version: Mapped[str] = mapped_column(String(40))
    config_hash: Mapped[str] = mapped_column(String(40))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(), index=True)
    # the document this one is a near-copy of (syndicated, lightly edited), or None;
    # counts and estimates skip documents whose duplicate_of is set
    duplicate_of: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )


class SignatureRow(Base):
    """A document's MinHash signature, so the near-duplicate index can be rebuilt."""

    __tablename__ = "signatures"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    # how the signature was made ("minhash:words=3:perm=128:seed=1"); another method is recomputed
    method: Mapped[str] = mapped_column(String(80))
    hashvalues: Mapped[bytes] = mapped_column(LargeBinary)
    pipeline_version: Mapped[str] = mapped_column(String(40))
    config_hash: Mapped[str] = mapped_column(String(40))


class _Record:
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    position: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    record: Mapped[dict] = mapped_column(JSON)
    pipeline_version: Mapped[str] = mapped_column(String(40))
    config_hash: Mapped[str] = mapped_column(String(40))


class EventRow(_Record, Base):
    __tablename__ = "events"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    factuality: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    place: Mapped[str | None] = mapped_column(Text)
    actor_countries: Mapped[str] = mapped_column(String(200))  # ",PRK,RUS," for LIKE filters
    recipient_countries: Mapped[str] = mapped_column(String(200))


class ClaimRow(_Record, Base):
    __tablename__ = "claims"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    measure: Mapped[str] = mapped_column(String(16), index=True)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    subject_country: Mapped[str | None] = mapped_column(String(3), index=True)
    subject_sector: Mapped[str | None] = mapped_column(String(3))
    source_country: Mapped[str | None] = mapped_column(String(3))
    source_sector: Mapped[str | None] = mapped_column(String(3))
    source_text: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    as_of: Mapped[str | None] = mapped_column(String(10))


Index("ix_claims_subject_measure", ClaimRow.subject_country, ClaimRow.measure)
