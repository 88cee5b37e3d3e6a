"""Benchmark `heron ingest`: N documents made from samples/ into a fresh database.

Each document is a sample article with its figures changed and one sentence
added, so few are exact copies of another; most are near-copies of the sample
they come from, which exercises the MinHash LSH index as a real feed of
syndicated and updated stories would.

    .venv/bin/python scripts/bench_ingest.py --docs 1000
    .venv/bin/python scripts/bench_ingest.py --docs 200 --db postgresql://...

Prints documents per second (analysis, near-duplicate search and storage;
the model load is timed apart) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"
NUMBER = re.compile(r"\b\d[\d,]*\b")
SENTENCES = (
    "The figures could not be independently verified.",
    "Officials declined to comment further on Monday.",
    "The report was updated with new information from local officials.",
    "Analysts cautioned that the numbers may change as more information emerges.",
    "A spokesperson said a fuller statement would follow later in the week.",
)


def variant(doc: dict, n: int) -> dict:
    """Sample `doc`, version n: numbers shifted, a sentence added (n = 0 is the original)."""
    if n == 0:
        return doc

    def shift(match: re.Match[str]) -> str:
        value = int(match.group().replace(",", ""))
        if 1900 <= value <= 2100:  # a year: keep it
            return match.group()
        return f"{value + n * (1 if value < 100 else 10):,}"

    paragraphs = NUMBER.sub(shift, doc["text"]).split("\n")
    paragraphs.insert(min(n % 4 + 1, len(paragraphs)), SENTENCES[n % len(SENTENCES)])
    return {**doc, "id": f"{doc['id']}-v{n}", "text": "\n".join(paragraphs)}


def documents(count: int) -> Iterator:
    from heron.records import Document

    samples = [json.loads(line) for line in SAMPLES.read_text("utf-8").splitlines() if line]
    for i in range(count):
        data = variant(samples[i % len(samples)], i // len(samples))
        yield Document.from_dict(data, default_id=f"bench-{i}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file in a temp dir)")
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()

    from heron.evaluate.bench import peak_rss_mb
    from heron.ingest import ingest
    from heron.pipeline import default_pipeline
    from heron.store import open_store

    started = time.perf_counter()
    pipeline = default_pipeline()
    load_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or os.path.join(tmp, "bench.db"))
        started = time.perf_counter()
        report = ingest(documents(args.docs), store, pipeline=pipeline, batch_size=args.batch_size)
        seconds = time.perf_counter() - started
        counts = store.counts()
        store.close()
    result = {
        "docs": args.docs,
        "added": report.added,
        "near_copies": len(report.near_copies),
        "seconds": round(seconds, 1),
        "docs_per_s": round(args.docs / seconds, 2),
        "model_load_s": round(load_s, 1),
        "peak_rss_mb": round(peak_rss_mb()),
        "events": counts["events"],
        "claims": counts["claims"],
        "database": store.dialect,
        "cores": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['docs']} documents in {result['seconds']} s: {result['docs_per_s']} docs/s "
            f"(model load {result['model_load_s']} s), peak RSS {result['peak_rss_mb']} MB, "
            f"{result['near_copies']} near-copies, {result['events']} events, "
            f"{result['claims']} claims ({result['database']}, {result['cores']} cores)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
