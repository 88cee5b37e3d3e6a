"""The logistic regression heron's models use (heron/pipeline/logistic.py)."""

from __future__ import annotations

import pytest

from heron.pipeline.logistic import best_threshold, fit, mean_f1, out_of_fold, probability


def _rows():
    rows = []
    for i in range(40):
        good = i % 2 == 0
        feats = ["bias-free", "good" if good else "bad", f"noise{i % 3}"]
        rows.append({"doc": f"d{i % 8}", "feats": feats, "label": "req" if good else "neg"})
    rows.append({"doc": "d0", "feats": ["bad"], "label": "opt"})  # neither: left out
    return rows


def test_fit_learns_the_telling_feature():
    weights, bias = fit(_rows())
    assert weights["good"] > 0.5 and weights["bad"] < -0.5
    assert abs(weights["noise0"]) < 0.1 and abs(bias) < 0.1  # balanced, uninformative
    assert probability(["good"], weights, bias) > 0.7 > 0.3 > probability(["bad"], weights, bias)


def test_features_seen_once_get_no_weight():
    rows = [*_rows(), {"doc": "d1", "feats": ["rare"], "label": "req"}]
    assert "rare" not in fit(rows)[0]


def test_out_of_fold_scores_each_row_by_a_model_that_did_not_see_its_document():
    rows = _rows()
    probs = out_of_fold(rows, sorted({r["doc"] for r in rows}))
    assert len(probs) == len(rows)
    good = [p for p, r in zip(probs, rows, strict=True) if r["label"] == "req"]
    bad = [p for p, r in zip(probs, rows, strict=True) if r["label"] == "neg"]
    assert min(good) > max(bad)


def test_best_threshold_is_the_grid_point_of_highest_f1():
    def f1_at(t: float) -> tuple[float]:
        return (1.0 - abs(t - 0.35),)

    limit, (f1,) = best_threshold(f1_at)
    assert limit == pytest.approx(0.35) and f1 == pytest.approx(1.0)


def test_another_deal_of_documents_gives_other_folds_but_every_row_a_score():
    rows = _rows()
    docs = sorted({r["doc"] for r in rows})
    first, again, other = (
        out_of_fold(rows, docs),
        out_of_fold(rows, docs, deal=0),
        out_of_fold(rows, docs, deal=1),
    )
    assert first == again  # deal 0 is the sorted order
    assert len(other) == len(rows) and other != first


def test_repeated_curves_are_chosen_by_their_mean():
    def peak(at: float):
        return lambda t: (1.0 - abs(t - at), at)

    limit, (f1, count) = best_threshold(mean_f1([peak(0.3), peak(0.3), peak(0.6)]))
    assert limit == pytest.approx(0.3) and count == pytest.approx(0.3)
