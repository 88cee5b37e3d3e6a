"""A small run of scripts/bench_ingest.py's corpus: variants are near-copies, memory stays low."""

from __future__ import annotations

import importlib.util
import resource

import pytest

from heron.ingest import ingest
from heron.store import open_store
from tests.conftest import ROOT


def _bench_module():
    spec = importlib.util.spec_from_file_location(
        "bench_ingest", ROOT / "scripts" / "bench_ingest.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_variants_change_numbers_and_add_a_sentence():
    bench = _bench_module()
    original = {"id": "a", "text": "About 600 were killed in 2025.\nMore than 4,700 injured."}
    changed = bench.variant(original, 2)
    assert changed["id"] == "a-v2"
    assert "620" in changed["text"] and "4,720" in changed["text"] and "2025" in changed["text"]
    assert len(changed["text"].split("\n")) == 3


@pytest.mark.slow
def test_ingest_of_30_benchmark_documents(cached_pipeline, tmp_path):
    bench = _bench_module()
    store = open_store(str(tmp_path / "bench.db"))
    report = ingest(bench.documents(30), store, pipeline=cached_pipeline)
    assert report.added == 30
    # 28 samples (3 of them syndicated copies) and 2 edited versions of the first two
    assert len(report.near_copies) == 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1.5 * 1024 * 1024  # KiB
