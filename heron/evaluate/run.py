"""`heron evaluate`: run the pipeline (or read predictions) and score against gold."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from heron.analyze import analyze_document
from heron.evaluate import gold as gold_files
from heron.evaluate.scorer import KINDS, Report, score
from heron.pipeline import Pipeline, default_pipeline
from heron.records import Document


def predict(
    docs: Iterable[dict[str, Any]], pipeline: Pipeline | None = None
) -> dict[str, dict[str, Any]]:
    runner = pipeline or default_pipeline()
    out = {}
    for doc in docs:
        document = Document.from_dict({**doc, "annotations": None}, default_id="")
        out[document.id] = analyze_document(document, pipeline=runner).to_dict()
    return out


def read_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    out = {}
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            out[str(doc["id"])] = doc
    return out


def evaluate(
    paths: Iterable[str | Path],
    *,
    predictions: str | Path | None = None,
    pipeline: Pipeline | None = None,
    keep_errors: bool = False,
) -> Report:
    docs = gold_files.load(paths)
    preds = read_predictions(predictions) if predictions else predict(docs, pipeline)
    return score(docs, preds, keep_errors=keep_errors)


def gate(report: Report, baseline: str | Path) -> list[str]:
    """Kinds whose F1 fell below the floor in the baseline file."""
    try:
        floors = json.loads(Path(baseline).read_text("utf-8"))["f1_floors"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{baseline}: not a baseline file with 'f1_floors' ({exc})") from None
    return [
        f"{kind}: F1 {report.scores[kind]['f1']:.3f} < floor {floors[kind]:.3f}"
        for kind in KINDS
        if kind in floors and report.scores[kind]["f1"] < floors[kind]
    ]
