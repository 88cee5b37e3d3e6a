"""SQLite and PostgreSQL give the same answers for the same ingest of the samples."""

from __future__ import annotations

import pytest

from heron.ingest import ingest
from heron.sources import read_paths
from heron.store import open_store
from heron.store.db import Filters
from tests.conftest import SAMPLES

QUERIES = [
    Filters(),
    Filters(distinct=True),
    Filters(actor="PRK"),
    Filters(type="AID"),
    Filters(measure="killed"),
    Filters(since="2025-05-01"),
    Filters(actor="SDN", limit=5),
]


@pytest.fixture()
def both(cached_pipeline, pg_url, tmp_path):
    stores = {"sqlite": open_store(str(tmp_path / "parity.db")), "postgresql": open_store(pg_url)}
    reports = {
        name: ingest(read_paths([str(SAMPLES)]), store, pipeline=cached_pipeline, batch_size=7)
        for name, store in stores.items()
    }
    yield stores, reports
    for store in stores.values():
        store.close()


def test_sqlite_and_postgresql_agree_on_the_samples(both):
    stores, reports = both
    sqlite, postgres = stores["sqlite"], stores["postgresql"]
    assert postgres.dialect == "postgresql"
    assert reports["sqlite"].near_copies == reports["postgresql"].near_copies
    assert len(reports["sqlite"].near_copies) == 3
    assert sqlite.counts() == postgres.counts()
    assert sqlite.counts()["documents"] == 28
    for filters in QUERIES:
        assert sqlite.events(filters) == postgres.events(filters), filters
        assert sqlite.claims(filters) == postgres.claims(filters), filters
    assert list(sqlite.documents()) == list(postgres.documents())


def test_a_second_ingest_into_postgresql_stores_nothing_new(both, cached_pipeline):
    stores, _ = both
    before = stores["postgresql"].counts()
    again = ingest(read_paths([str(SAMPLES)]), stores["postgresql"], pipeline=cached_pipeline)
    assert again.added == 0 and again.skipped == 28
    assert stores["postgresql"].counts() == before
