"""An interrupted ingest keeps its committed batches; a rerun finishes the job, no more, no less."""

from __future__ import annotations

import pytest

from heron.ingest import ingest
from heron.records import Document
from heron.sources import read_paths
from heron.store import open_store
from tests.conftest import SAMPLES


class Interrupted(Exception):
    pass


def _stop_after(count: int):
    seen = {"added": 0}

    def on_item(item, outcome):
        if outcome in ("added", "near-copy"):
            seen["added"] += 1
            if seen["added"] == count:
                raise Interrupted(f"after {count} documents")

    return on_item


def _state(store):
    with store.session() as session:
        from heron.store.models import DocumentRow, SignatureRow

        links = {r.id: r.duplicate_of for r in session.query(DocumentRow)}
        signatures = session.query(SignatureRow).count()
    return store.counts(), links, signatures, store.events(), store.claims()


@pytest.mark.parametrize("stop", [5, 12, 22])
def test_rerun_after_an_interruption_equals_a_clean_run(cached_pipeline, tmp_path, stop):
    clean = open_store(str(tmp_path / "clean.db"))
    ingest(read_paths([str(SAMPLES)]), clean, pipeline=cached_pipeline, batch_size=5)

    db = str(tmp_path / "cut.db")
    with pytest.raises(Interrupted):
        ingest(
            read_paths([str(SAMPLES)]),
            open_store(db),
            pipeline=cached_pipeline,
            batch_size=5,
            on_item=_stop_after(stop),
        )
    kept = open_store(db).counts()["documents"]
    assert kept == stop // 5 * 5  # whole batches only; the one cut short is rolled back

    rerun = ingest(read_paths([str(SAMPLES)]), open_store(db), pipeline=cached_pipeline)
    assert rerun.skipped == kept and rerun.added == 28 - kept
    assert _state(open_store(db)) == _state(clean)


def test_the_same_text_twice_in_one_run_is_stored_once(cached_pipeline, tmp_path):
    doc = next(d for d in read_paths([str(SAMPLES)]) if isinstance(d, Document))
    store = open_store(str(tmp_path / "twice.db"))
    report = ingest([doc, doc], store, pipeline=cached_pipeline)
    assert (report.added, report.skipped) == (1, 1)
