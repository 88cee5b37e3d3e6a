"""The dev gold corpus: every file validates, and the quality gate holds."""

from __future__ import annotations

import json

import pytest

from heron.evaluate.gold import load, validate
from heron.evaluate.run import evaluate, gate
from tests.conftest import GOLD


def test_gold_files_validate():
    assert validate([GOLD]) == []


def test_gold_corpus_size_and_split():
    dev, test = load([GOLD / "dev"]), load([GOLD / "test"])
    assert len(dev) + len(test) >= 60 and test
    assert not {d["id"] for d in dev} & {d["id"] for d in test}
    for d in dev + test:
        assert 150 <= len(d["text"].split()) <= 500, d["id"]


@pytest.mark.slow
def test_quality_gate(pipeline):
    report = evaluate([GOLD], pipeline=pipeline)
    failures = gate(report, GOLD / "baseline.json")
    assert failures == [], json.dumps(report.scores, indent=1)


def test_second_annotation_is_of_the_held_out_texts():
    """docs/agreement/ holds a second annotation of held-out texts (scripts/agreement.py):
    valid records, of documents in tests/gold/test with the very same text."""
    second = GOLD.parents[1] / "docs" / "agreement" / "second_annotation.jsonl"
    assert validate([second]) == []
    held_out = {d["id"]: d["text"] for d in load([GOLD / "test"])}
    docs = load([second])
    assert len(docs) == 24
    assert all(held_out.get(d["id"]) == d["text"] for d in docs)
