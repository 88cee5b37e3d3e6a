"""Near-duplicates: documents.duplicate_of and the MinHash signatures table.

Revision ID: 0002
Revises: 0001
Create Date: 2025-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a nullable column with its reference in place; a batch
        # "move and copy" would rewrite the whole documents table for nothing
        op.execute(
            "ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR(200) "
            "CONSTRAINT fk_documents_duplicate_of_documents "
            "REFERENCES documents (id) ON DELETE SET NULL"
        )
    else:
        op.add_column("documents", sa.Column("duplicate_of", sa.String(200), nullable=True))
        op.create_foreign_key(
            "fk_documents_duplicate_of_documents",
            "documents",
            "documents",
            ["duplicate_of"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])

    op.create_table(
        "signatures",
        sa.Column(
            "document_id",
            sa.String(200),
            sa.ForeignKey(
                "documents.id", ondelete="CASCADE", name="fk_signatures_document_id_documents"
            ),
            primary_key=True,
        ),
        sa.Column("method", sa.String(80), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=False),
        sa.Column("pipeline_version", sa.String(40), nullable=False),
        sa.Column("config_hash", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("signatures")
    op.drop_index("ix_documents_duplicate_of", table_name="documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("duplicate_of")
