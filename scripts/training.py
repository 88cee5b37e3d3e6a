"""What the scripts that train heron's models share: the dev files, the pipeline with a
model switched off, and the scorer's one-to-one matching as labels."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from heron.analyze import analyze_document
from heron.evaluate import gold as gold_files
from heron.pipeline import Pipeline, without_model
from heron.records import Analysis, Document

ROOT = Path(__file__).resolve().parent.parent


def arguments(doc: str, out: Path, argv: list[str] | None) -> argparse.Namespace | None:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tests/gold/dev")])
    parser.add_argument("--out", default=str(out))
    args = parser.parse_args(argv)
    if any("gold/test" in str(Path(p).resolve()) for p in args.paths):
        print("the held-out split is never trained on", file=sys.stderr)
        return None
    return args


def files(paths: list[str]) -> list[str]:
    found = []
    for path in map(Path, paths):
        for f in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
            f = f.resolve()
            found.append(str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f))
    return sorted(found)


def pipeline_without_model(section: str) -> Pipeline:
    """The bundled pipeline with `confidence = false` in `[section]`: every candidate the
    model would judge is kept (what a trainer labels); heron.pipeline.without_model."""
    return without_model(section)


def analyses(paths: list[str], section: str) -> Iterator[tuple[dict[str, Any], Analysis]]:
    """Each gold document with its analysis by `pipeline_without_model(section)`."""
    pipeline = pipeline_without_model(section)
    for doc in gold_files.load(paths):
        document = Document.from_dict({**doc, "annotations": None}, default_id="")
        yield doc, analyze_document(document, pipeline=pipeline)


def labels(
    gold: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    matches: Callable[[dict[str, Any], dict[str, Any]], bool],
    score: Callable[[dict[str, Any], dict[str, Any]], float] | None = None,
) -> list[str]:
    """'req', 'opt' or 'neg' per prediction, by the scorer's greedy matching (required gold
    items first; among candidates the best by `score`, else the first)."""
    out = ["neg"] * len(preds)
    free = list(range(len(preds)))
    ordered = [g for g in gold if not g.get("optional")] + [g for g in gold if g.get("optional")]
    for item in ordered:
        candidates = [i for i in free if matches(item, preds[i])]
        if not candidates:
            continue
        best = max(candidates, key=lambda i: score(item, preds[i])) if score else candidates[0]
        free.remove(best)
        out[best] = "opt" if item.get("optional") else "req"
    return out
