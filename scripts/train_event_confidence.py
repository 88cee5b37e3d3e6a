"""Train the events stage's confidence models on the dev gold (never the held-out split).

    python scripts/train_event_confidence.py [tests/gold/dev] [--out PATH]

Runs the pipeline with the models off, so every act the rules code is kept, the ones of no
named doer given the story's state; labels each act by the scorer's one-to-one matching
(matched to a required gold event, to an optional one, or to none); fits two logistic
regressions (heron/pipeline/logistic.py), one on the acts of no named doer and one on the
acts of a named doer; picks the first's keep-threshold that maximises event F1 with every
named act kept, then the second's with the first in place, each by the mean F1 of
five-fold out-of-fold probabilities over three deals of the documents to the folds (the
F1 curve is flat near its top, and one deal's choice is noise); and writes the weights
trained on all of dev to heron/knowledge/data/models/event_confidence.json (the second
under "named").
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path

from heron.evaluate.scorer import event_agreement, match_event
from heron.pipeline import logistic
from heron.pipeline.events.confidence import event_features
from heron.pipeline.events.counterpart import trigger_token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from training import ROOT, analyses, arguments, files, labels  # noqa: E402

OUT = ROOT / "heron/knowledge/data/models/event_confidence.json"
DEALS = 3  # deals of the documents to the five folds (repeated cross-validation)
DOC = (
    "Logistic regressions over parse features of the acts the rules code (heron/pipeline/"
    "events/confidence.py): of no named doer (top level) and of a named doer ('named'). "
    "Trained by scripts/train_event_confidence.py on the files in 'trained_on'; each "
    "threshold chosen on five-fold out-of-fold probabilities."
)


def examples(paths: list[str]) -> tuple[list[dict], dict[str, int]]:
    rows, required = [], {}
    for doc, analysis in analyses(paths, "events"):
        gold = doc["annotations"].get("events") or []
        required[doc["id"]] = sum(1 for g in gold if not g.get("optional"))
        preds = [e.to_dict() for e in analysis.events]
        seen: dict[str, int] = {}
        for event, label in zip(
            analysis.events, labels(gold, preds, match_event, event_agreement), strict=True
        ):
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


def _f1(kept: list[dict], rows: list[dict], probs: list[float], required: int, limit: float):
    tp = sum(r["label"] == "req" for r in kept) + sum(
        r["label"] == "req" for r, p in zip(rows, probs, strict=True) if p >= limit
    )
    fp = sum(r["label"] == "neg" for r in kept) + sum(
        r["label"] == "neg" for r, p in zip(rows, probs, strict=True) if p >= limit
    )
    fn = required - tp
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def _scores(result: tuple[float, int, int, int]) -> dict:
    f1, tp, fp, fn = result
    return {"f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, OUT, argv)
    if args is None:
        return 2
    everything, required = examples(args.paths)
    named = [r for r in everything if not r["unnamed"]]  # acts of a named doer
    rows = [r for r in everything if r["unnamed"]]
    total = sum(required.values())
    rules_only = _f1(named, rows, [0.0] * len(rows), total, 0.5)
    # repeated five-fold cross-validation: each threshold by its mean F1 over the deals
    oofs = [logistic.out_of_fold(rows, list(required), deal=d) for d in range(DEALS)]
    limit, with_model = logistic.best_threshold(
        logistic.mean_f1([partial(_f1, named, rows, oof, total) for oof in oofs])
    )
    # the named-doer model, judged with the first in place (its kept acts fixed)
    curves = []
    for d, oof in enumerate(oofs):
        first = [r for r, p in zip(rows, oof, strict=True) if p >= limit]
        oof_named = logistic.out_of_fold(named, list(required), deal=d)
        curves.append(partial(_f1, first, named, oof_named, total))
    named_limit, with_both = logistic.best_threshold(logistic.mean_f1(curves))
    weights, bias = logistic.fit(rows)
    named_weights, named_bias = logistic.fit(named)
    cv = {
        "rules_only": _scores(rules_only),
        "with_model": _scores(with_model),
        "with_both_models": _scores(with_both),
    }
    model = logistic.model_file(
        DOC, files(args.paths), len(required), rows, cv, limit, weights, bias
    )
    model["named"] = logistic.model_block(named, named_limit, named_weights, named_bias)
    Path(args.out).write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps({k: model[k] for k in ("examples", "cv", "threshold")}))
    print(json.dumps({"named_threshold": named_limit, "named_examples": len(named)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
