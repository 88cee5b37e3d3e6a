"""Bring a database to the newest schema with the Alembic migrations shipped in the package.

`open_store()` calls `upgrade()` on every open: a new database gets every
migration, an older one the ones it lacks, one at head nothing. A database
made by heron 0.1.0 (tables created without Alembic) is first recognised as
revision 0001, the schema it has.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

SCRIPT_LOCATION = "heron.store:migrations"
FIRST_REVISION = "0001"  # the schema heron 0.1.0 created with metadata.create_all


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database of `engine` up to `revision` (default: the newest)."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # a migration that rebuilds a table must not cascade-delete the rows that
            # reference it; the pragma only takes effect outside a transaction
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            at = MigrationContext.configure(connection).get_current_revision()
            if at is None and inspect(connection).has_table("documents"):
                command.stamp(_config(connection), FIRST_REVISION)
                at = FIRST_REVISION
            if revision != "head" or at != head():
                command.upgrade(_config(connection), revision)
            connection.commit()
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
