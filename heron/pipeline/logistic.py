"""Logistic regression over string features: the one learning method heron uses.

A model is data: a bias, a weight per feature string and a threshold, in a JSON file of
knowledge/data/models/. Training (numpy, Adam on the mean log-loss with L2) runs in the
scripts that write those files, on the dev gold only; inference is a sum of weights.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

Row = dict[str, Any]  # {"doc": id, "feats": [str], "label": "req" | "opt" | "neg"}


def probability(feats: Sequence[str], weights: dict[str, float], bias: float) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(
    rows: Sequence[Row], l2: float = 5.0, steps: int = 400, min_count: int = 2
) -> tuple[dict[str, float], float]:
    """Weights and bias; rows labelled "opt" (matched to an optional gold item, neither
    right nor wrong) are left out."""
    import numpy as np

    counts: dict[str, int] = {}
    for row in rows:
        for f in set(row["feats"]):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    train = [r for r in rows if r["label"] != "opt"]
    x = np.zeros((len(train), len(vocab)))
    for r, row in enumerate(train):
        for f in row["feats"]:
            if f in vocab:
                x[r, vocab[f]] = 1.0
    y = np.array([1.0 if r["label"] == "req" else 0.0 for r in train])
    w, b = np.zeros(len(vocab)), 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g_w = x.T @ (p - y) / len(y) + l2 * w / len(y)
        g_b = float(np.mean(p - y))
        m_w, v_w = 0.9 * m_w + 0.1 * g_w, 0.999 * v_w + 0.001 * g_w**2
        m_b, v_b = 0.9 * m_b + 0.1 * g_b, 0.999 * v_b + 0.001 * g_b**2
        lr = 0.05 * math.sqrt(1 - 0.999**step) / (1 - 0.9**step)
        w -= lr * m_w / (np.sqrt(v_w) + 1e-8)
        b -= lr * m_b / (np.sqrt(v_b) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}, float(b)


def out_of_fold(
    rows: Sequence[Row], docs: Sequence[str], folds: int = 5, deal: int = 0, **fit_args: Any
) -> list[float]:
    """Each row's probability from a model fitted on the other folds (the documents, in
    sorted order, dealt to folds in turn; `deal` > 0 shuffles that order first, the same
    way for the same number, for repeated cross-validation)."""
    docs = sorted(docs)
    if deal:
        import random

        random.Random(deal).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    probs = [0.0] * len(rows)
    for k in range(folds):
        weights, bias = fit([r for r in rows if fold_of[r["doc"]] != k], **fit_args)
        for i, row in enumerate(rows):
            if fold_of[row["doc"]] == k:
                probs[i] = probability(row["feats"], weights, bias)
    return probs


def best_threshold(
    f1_at: Callable[[float], tuple[float, ...]],
) -> tuple[float, tuple[float, ...]]:
    """The threshold of 0, 0.05, ..., 0.95 with the highest F1 (f1_at returns (f1, ...))."""
    return max(((t / 20, f1_at(t / 20)) for t in range(20)), key=lambda x: x[1][0])


def mean_f1(curves: Sequence[Callable[[float], tuple[float, ...]]]) -> Callable[[float], tuple]:
    """One F1 curve from several (repeated cross-validation): at each threshold the mean F1
    of all, with the first curve's counts."""

    def at(limit: float) -> tuple:
        results = [curve(limit) for curve in curves]
        return (sum(r[0] for r in results) / len(results), *results[0][1:])

    return at


def model_file(
    doc: str,
    trained_on: list[str],
    documents: int,
    rows: Sequence[Row],
    cv: dict[str, Any],
    threshold: float,
    weights: dict[str, float],
    bias: float,
) -> dict[str, Any]:
    fitted = model_block(rows, threshold, weights, bias)
    head = {"_doc": doc, "trained_on": trained_on, "documents": documents}
    counts = {k: fitted.pop(k) for k in ("examples", "positives")}
    return {**head, **counts, "cv": cv, **fitted}


def model_block(
    rows: Sequence[Row], threshold: float, weights: dict[str, float], bias: float
) -> dict[str, Any]:
    """One fitted model as stored: its examples and positives, threshold and rounded
    weights (a file may hold a second model as such a block)."""
    return {
        "examples": len(rows),
        "positives": sum(r["label"] == "req" for r in rows),
        "threshold": threshold,
        "bias": round(bias, 4),
        "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3},
    }
