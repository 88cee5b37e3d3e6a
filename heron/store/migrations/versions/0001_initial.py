"""The first schema: documents, events and claims (as heron 0.1.0 created it).

Revision ID: 0001
Revises:
Create Date: 2025-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("pipeline_version", sa.String(40), nullable=False),
        sa.Column("config_hash", sa.String(40), nullable=False),
    ]


def _document_fk() -> sa.Column:
    return sa.Column(
        "document_id",
        sa.String(200),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.String(10)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("pipeline_version", sa.String(40), nullable=False),
        sa.Column("config_hash", sa.String(40), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"], unique=True)
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "events",
        _document_fk(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("place", sa.Text()),
        sa.Column("actor_countries", sa.String(200), nullable=False),
        sa.Column("recipient_countries", sa.String(200), nullable=False),
        *_record_columns(),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date"])

    op.create_table(
        "claims",
        _document_fk(),
        sa.Column("measure", sa.String(16), nullable=False),
        sa.Column("value", sa.Float()),
        sa.Column("low", sa.Float()),
        sa.Column("high", sa.Float()),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("subject_country", sa.String(3)),
        sa.Column("subject_sector", sa.String(3)),
        sa.Column("source_country", sa.String(3)),
        sa.Column("source_sector", sa.String(3)),
        sa.Column("source_text", sa.Text()),
        sa.Column("place", sa.Text()),
        sa.Column("as_of", sa.String(10)),
        *_record_columns(),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_measure", "claims", ["measure"])
    op.create_index("ix_claims_subject_country", "claims", ["subject_country"])
    op.create_index("ix_claims_subject_measure", "claims", ["subject_country", "measure"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("events")
    op.drop_table("documents")
