"""The schema comes from the Alembic migrations: a new database, an old one, and the models agree."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from heron.store import migrate, open_store
from heron.store.db import resolve_url
from heron.store.models import Base

OLD_DOCUMENT = (
    "INSERT INTO documents (id, content_hash, title, url, outlet, published, language, text,"
    " analysis, pipeline_version, config_hash, ingested_at) VALUES ('old', 'h', NULL, NULL,"
    " NULL, '2025-01-01', 'en', 'Some text.', '{}', '0.1.0', 'abc', '2025-01-01 00:00:00')"
)
OLD_EVENT = (
    "INSERT INTO events (document_id, type, mode, factuality, date, place, actor_countries,"
    " recipient_countries, position, evidence, span_start, span_end, record, pipeline_version,"
    " config_hash) VALUES ('old', 'AID', NULL, 'asserted', NULL, NULL, ',PRK,', ',RUS,', 0,"
    " 'sent', 0, 4, '{}', '0.1.0', 'abc')"
)


def _tables(url: str) -> set[str]:
    engine = create_engine(resolve_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_fresh_sqlite_file_is_migrated_to_head(tmp_path):
    url = str(tmp_path / "fresh.db")
    store = open_store(url)
    assert migrate.current(store.engine) == migrate.head() == "0003"
    assert {"documents", "events", "claims", "signatures", "alembic_version"} <= _tables(url)
    columns = {c["name"] for c in inspect(store.engine).get_columns("documents")}
    assert "duplicate_of" in columns
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    open_store(url)  # opening again is a no-op
    assert migrate.current(store.engine) == "0003"


def test_a_database_made_by_heron_0_1_is_brought_to_head_and_keeps_its_rows(tmp_path):
    url = str(tmp_path / "old.db")
    engine = create_engine(resolve_url(url))
    migrate.upgrade(engine, "0001")  # the schema heron 0.1.0 made with create_all
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))  # 0.1.0 had no Alembic
        connection.execute(text(OLD_DOCUMENT))
        connection.execute(text(OLD_EVENT))
    engine.dispose()

    store = open_store(url)
    assert migrate.current(store.engine) == migrate.head()
    assert store.counts() == {"documents": 1, "duplicates": 0, "events": 1, "claims": 0}
    assert [e["document"] for e in store.events()] == ["old"]
    assert store.events()[0]["duplicate_of"] is None


def test_downgrade_and_upgrade_again(tmp_path):
    url = str(tmp_path / "down.db")
    store = open_store(url)
    from alembic import command

    with store.engine.connect() as connection:
        command.downgrade(migrate._config(connection), "0001")
        connection.commit()
    assert "signatures" not in _tables(url)
    store.upgrade()
    assert "signatures" in _tables(url)


def _fk_key(fk) -> tuple:
    return (
        fk.table.name,
        tuple(c.name for c in fk.columns),
        tuple(e.target_fullname for e in fk.elements),
    )


def _schema_drift(url: str) -> list:
    """Differences between the models and the migrated database, by alembic's autogenerate.

    A foreign key that differs only by name or ON DELETE is no difference here:
    SQLAlchemy does not read either from SQLite's column-level REFERENCES
    (migration 0002 adds one in place); the SQLite test checks them by PRAGMA.
    """
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    removed = {_fk_key(d[1]) for d in diffs if d[0] == "remove_fk"}
    added = {_fk_key(d[1]) for d in diffs if d[0] == "add_fk"}
    same = removed & added
    return [d for d in diffs if not (d[0] in ("remove_fk", "add_fk") and _fk_key(d[1]) in same)]


def test_the_models_match_the_migrations_on_sqlite(tmp_path):
    url = str(tmp_path / "drift.db")
    store = open_store(url)
    with store.engine.connect() as connection:
        rules = connection.exec_driver_sql("PRAGMA foreign_key_list(documents)").all()
    assert [(r[2], r[3], r[4], r[6]) for r in rules] == [
        ("documents", "duplicate_of", "id", "SET NULL")
    ]
    store.close()
    assert _schema_drift(url) == []


def test_the_models_match_the_migrations_on_postgresql(pg_url):
    store = open_store(pg_url)
    assert store.dialect == "postgresql"
    assert migrate.current(store.engine) == migrate.head()
    store.close()
    assert _schema_drift(pg_url) == []


@pytest.mark.parametrize(
    ("given", "resolved"),
    [
        ("ledger.db", "sqlite:///ledger.db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_database_urls(given, resolved):
    assert resolve_url(given) == resolved
