"""Agreement between annotators: score a second annotation against the gold with heron's scorer.

    python scripts/agreement.py [docs/agreement/second_annotation.jsonl] [--all]

The second annotation (docs/agreement/) covers the 24 original held-out texts, annotated
again from records.md and the seed alone. By default its optional items are left out (the
gold's optional items are forgiven as always); --all keeps them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from heron.evaluate import gold as gold_files
from heron.evaluate.scorer import score

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "second", nargs="?", default=str(ROOT / "docs/agreement/second_annotation.jsonl")
    )
    parser.add_argument("--all", action="store_true", help="keep the second's optional items")
    args = parser.parse_args(argv)
    second = {d["id"]: d for d in gold_files.load([args.second])}
    gold = [d for d in gold_files.load([ROOT / "tests/gold/test"]) if d["id"] in second]
    predictions = {
        doc_id: {
            "id": doc_id,
            **{
                kind: [x for x in items if args.all or not x.get("optional")]
                for kind, items in d["annotations"].items()
            },
        }
        for doc_id, d in second.items()
    }
    report = score(gold, predictions)
    print(json.dumps({"documents": report.documents, "scores": report.scores}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
