"""Train the events stage's confidence model on the dev gold (never the held-out split).

    python scripts/train_event_confidence.py [tests/gold/dev] [--out PATH]

Runs the pipeline with the model off, so every act the rules code is kept, the ones of no
named doer given the story's state; labels each act by the scorer's one-to-one matching
(matched to a required gold event, to an optional one, or to none); fits a logistic
regression (heron/pipeline/logistic.py) on the acts of no named doer; picks the
keep-threshold that maximises event F1 (all other acts kept) over five-fold out-of-fold
probabilities; and writes the weights trained on all of dev to
heron/knowledge/data/models/event_confidence.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from heron.evaluate.scorer import event_agreement, match_event
from heron.pipeline import logistic
from heron.pipeline.events.confidence import event_features
from heron.pipeline.events.counterpart import trigger_token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from training import ROOT, analyses, arguments, files, labels  # noqa: E402

OUT = ROOT / "heron/knowledge/data/models/event_confidence.json"
DOC = (
    "Logistic regression over parse features of acts of no named doer (heron/pipeline/"
    "events/confidence.py). Trained by scripts/train_event_confidence.py on the files in "
    "'trained_on'; the threshold chosen on five-fold out-of-fold probabilities."
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


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, OUT, argv)
    if args is None:
        return 2
    everything, required = examples(args.paths)
    kept = [r for r in everything if not r["unnamed"]]  # the rules' own acts: all kept
    rows = [r for r in everything if r["unnamed"]]
    total = sum(required.values())
    oof = logistic.out_of_fold(rows, list(required))
    rules_only = _f1(kept, rows, [0.0] * len(rows), total, 0.5)
    limit, (f1, tp, fp, fn) = logistic.best_threshold(lambda t: _f1(kept, rows, oof, total, t))
    weights, bias = logistic.fit(rows)
    cv = {
        "rules_only": {
            "f1": round(rules_only[0], 4),
            "tp": rules_only[1],
            "fp": rules_only[2],
            "fn": rules_only[3],
        },
        "with_model": {"f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn},
    }
    model = logistic.model_file(
        DOC, files(args.paths), len(required), rows, cv, limit, weights, bias
    )
    Path(args.out).write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps({k: model[k] for k in ("examples", "cv", "threshold")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
