"""Train the events stage's confidence model on the dev gold (never the held-out split).

    python scripts/train_event_confidence.py [tests/gold/dev] [--out PATH]

Runs the pipeline with the model off, so every act the rules code is kept, the ones of no
named doer given the story's state; labels each act by the scorer's one-to-one matching
(matched to a required gold event, to an optional one, or to none); fits a logistic
regression (numpy, L2) on the acts of no named doer; picks the keep-threshold that maximises event
F1 (all other acts kept) over five-fold out-of-fold probabilities; and writes the weights
trained on all of dev to heron/knowledge/data/models/event_confidence.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from heron.analyze import analyze_document
from heron.evaluate import gold as gold_files
from heron.evaluate.scorer import match_event
from heron.pipeline import build, default_config_text
from heron.pipeline.events.confidence import event_features
from heron.pipeline.events.counterpart import trigger_token
from heron.records import Document

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "heron/knowledge/data/models/event_confidence.json"
FOLDS, L2, STEPS, MIN_COUNT = 5, 5.0, 400, 2


def _labels(gold: list[dict], preds: list[dict]) -> list[str]:
    """'req', 'opt' or 'neg' per prediction, by the scorer's greedy matching."""
    labels = ["neg"] * len(preds)
    free = list(range(len(preds)))
    ordered = [g for g in gold if not g.get("optional")] + [g for g in gold if g.get("optional")]
    for item in ordered:
        candidates = [i for i in free if match_event(item, preds[i])]
        if not candidates:
            continue
        best = max(
            candidates,
            key=lambda i: (
                float(item.get("mode") == preds[i].get("mode"))
                + float(item.get("factuality") == preds[i].get("factuality"))
            ),
        )
        free.remove(best)
        labels[best] = "opt" if item.get("optional") else "req"
    return labels


def examples(paths: list[str]) -> tuple[list[dict], dict[str, int]]:
    config = default_config_text().replace("[events]\n", "[events]\nconfidence = false\n", 1)
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write(config)
    pipeline = build(f.name)
    rows, required = [], {}
    for doc in gold_files.load(paths):
        analysis = analyze_document(
            Document.from_dict({**doc, "annotations": None}, default_id=""), pipeline=pipeline
        )
        gold = doc["annotations"].get("events") or []
        required[doc["id"]] = sum(1 for g in gold if not g.get("optional"))
        preds = [e.to_dict() for e in analysis.events]
        labels = _labels(gold, preds)
        seen: dict[str, int] = {}
        for event, label in zip(analysis.events, labels, strict=True):
            earlier = seen.get(event.type, 0)
            seen[event.type] = earlier + 1
            token = trigger_token(event, analysis.doc)
            if token is None:
                continue
            feats = event_features(event, token, analysis, earlier)
            rows.append(
                {
                    "doc": doc["id"],
                    "feats": feats,
                    "label": label,
                    "unnamed": "src=unnamed" in feats,
                }
            )
    return rows, required


def _matrix(rows: list[dict], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        for f in row["feats"]:
            if f in vocab:
                x[r, vocab[f]] = 1.0
    return x


def fit(rows: list[dict]) -> tuple[dict[str, float], float]:
    counts: dict[str, int] = {}
    for row in rows:
        for f in set(row["feats"]):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    # an act matched to an optional gold event is neither right nor wrong: left out
    train = [r for r in rows if r["label"] != "opt"]
    x = _matrix(train, vocab)
    y = np.array([1.0 if r["label"] == "req" else 0.0 for r in train])
    w, b = np.zeros(len(vocab)), 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, STEPS + 1):  # Adam on the mean log-loss plus L2
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g_w = x.T @ (p - y) / len(y) + L2 * w / len(y)
        g_b = float(np.mean(p - y))
        m_w, v_w = 0.9 * m_w + 0.1 * g_w, 0.999 * v_w + 0.001 * g_w**2
        m_b, v_b = 0.9 * m_b + 0.1 * g_b, 0.999 * v_b + 0.001 * g_b**2
        lr = 0.05 * np.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        w -= lr * m_w / (np.sqrt(v_w) + 1e-8)
        b -= lr * m_b / (np.sqrt(v_b) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}, b


def _prob(row: dict, weights: dict[str, float], bias: float) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in row["feats"])
    return float(1.0 / (1.0 + np.exp(-z)))


def _f1(kept: list[dict], rows: list[dict], probs: list[float], required: int, limit: float):
    tp = sum(r["label"] == "req" for r in kept)
    fp = sum(r["label"] == "neg" for r in kept)
    for row, p in zip(rows, probs, strict=True):
        if p < limit:
            continue
        tp += row["label"] == "req"
        fp += row["label"] == "neg"
    fn = required - tp
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def _files(path: str) -> list[Path]:
    p = Path(path)
    return sorted(p.glob("*.jsonl")) if p.is_dir() else [p]


def _relative(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tests/gold/dev")])
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    if any("gold/test" in p for p in args.paths):
        print("the held-out split is never trained on", file=sys.stderr)
        return 2
    everything, required = examples(args.paths)
    kept = [r for r in everything if not r["unnamed"]]  # the rules' own acts: all kept
    rows = [r for r in everything if r["unnamed"]]
    docs = sorted(required)
    fold_of = {d: i % FOLDS for i, d in enumerate(docs)}
    oof = [0.0] * len(rows)
    for k in range(FOLDS):
        weights, bias = fit([r for r in rows if fold_of[r["doc"]] != k])
        for i, row in enumerate(rows):
            if fold_of[row["doc"]] == k:
                oof[i] = _prob(row, weights, bias)
    total = sum(required.values())
    grid = [i / 20 for i in range(0, 20)]
    rules_only = _f1(kept, rows, [0.0] * len(rows), total, 0.5)
    (f1, tp, fp, fn), limit = max(
        ((_f1(kept, rows, oof, total, t), t) for t in grid), key=lambda x: x[0][0]
    )
    weights, bias = fit(rows)
    model = {
        "_doc": (
            "Logistic regression over parse features of coded events (heron/pipeline/events/"
            "confidence.py). Trained by scripts/train_event_confidence.py on the files in "
            "'trained_on'; the threshold chosen on five-fold out-of-fold probabilities."
        ),
        "trained_on": sorted(_relative(f) for p in args.paths for f in _files(p)),
        "documents": len(required),
        "examples": len(rows),
        "positives": sum(r["label"] == "req" for r in rows),
        "cv_events": {
            "rules_only": {
                "f1": round(rules_only[0], 4),
                "tp": rules_only[1],
                "fp": rules_only[2],
                "fn": rules_only[3],
            },
            "with_model": {"f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn},
        },
        "threshold": limit,
        "bias": round(bias, 4),
        "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3},
    }
    Path(args.out).write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps({k: model[k] for k in ("examples", "cv_events", "threshold")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
