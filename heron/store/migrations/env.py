"""Alembic environment for heron's store: migrations run on a connection given by heron.

heron runs them itself (`heron.store.migrate.upgrade`), so there is no alembic.ini:
the caller puts an open connection in `config.attributes["connection"]`.
"""

from __future__ import annotations

from alembic import context

from heron.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
