"""The learned judgement on acts of no named doer (heron/pipeline/events/confidence.py).

The sentences are the team's own, written for these tests; no gold document holds them.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

import heron
from heron.evaluate.scorer import event_agreement, match_event
from heron.knowledge import data_path
from heron.pipeline.events.confidence import _FALLBACK, event_features, model
from heron.pipeline.events.counterpart import trigger_token
from heron.pipeline.logistic import probability
from tests.conftest import ROOT

TEXTS = [
    (
        "NAIROBI — Kenya's health ministry said on Tuesday that the company had agreed to "
        "raise nurses' salaries by 15%. Kenyan doctors ended their strike.",
        "2025-05-06",
    ),
    (
        "ABUJA — Nigerian troops killed 12 militants in Borno state on Sunday. The raids also "
        "seized 40 rifles and two trucks, the army said.",
        "2025-02-10",
    ),
    (
        "TEGUCIGALPA — Farmers blocked the highway to San Pedro Sula for a third day. Roadblocks "
        "were cleared near Choloma on Thursday and the highway reopened, Honduran officials said.",
        "2025-09-12",
    ),
    (
        "COLOMBO — Sri Lanka's navy arrested 14 Indian fishermen off Delft Island on Monday. "
        "Their boats were seized and taken to Kankesanthurai harbour.",
        "2025-07-08",
    ),
    (
        "ADDIS ABABA — A curfew was imposed by the regional command post in Gondar on Friday "
        "after clashes.",
        "2025-04-19",
    ),
    (
        "MAPUTO — The Cabo Delgado Youth Council accused the army of detaining students "
        "without charge.",
        "2025-10-02",
    ),
]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def unjudged(pipeline):
    """The pipeline with the model off: every act of no named doer is kept (what the
    trainer sees). The spaCy model is the session's (loaded once, cached by name)."""
    return _script("training").pipeline_without_model("events")


def _unnamed(analysis):
    ids = analysis.doc.user_data.get(_FALLBACK, set())
    return [e for e in analysis.events if id(e) in ids]


def test_the_model_is_trained_on_dev_only():
    m = json.loads(data_path("models/event_confidence.json").read_text("utf-8"))
    assert m["trained_on"] and all(f.startswith("tests/gold/dev/") for f in m["trained_on"])
    assert 0.0 < m["threshold"] < 1.0
    assert m["documents"] > 100 and m["positives"] > 0 and m["weights"]
    assert m["cv"]["with_model"]["f1"] >= m["cv"]["rules_only"]["f1"]
    named = m["named"]  # the named-doer model: its own weights and threshold
    assert 0.0 <= named["threshold"] < 1.0 and named["weights"]
    assert named["examples"] > m["examples"] and 0 < named["positives"] < named["examples"]
    assert m["cv"]["with_both_models"]["f1"] >= m["cv"]["with_model"]["f1"]


def test_the_trainer_refuses_the_held_out_split(capsys):
    assert _script("train_event_confidence").main([str(ROOT / "tests" / "gold" / "test")]) == 2
    assert "never trained on" in capsys.readouterr().err


def test_labels_follow_the_scorer_matching():
    def event(type_, actor, recipient, optional=False):
        out = {"type": type_, "actor": [{"country": actor}], "recipient": []}
        if recipient:
            out["recipient"] = [{"country": recipient}]
        return {**out, "optional": True} if optional else out

    gold = [event("ASSAULT", "RUS", "UKR"), event("COERCE", "UKR", None, optional=True)]
    preds = [
        event("COERCE", "UKR", None),
        event("ASSAULT", "RUS", "UKR"),
        event("AID", "USA", None),
    ]
    labels = _script("training").labels
    assert labels(gold, preds, match_event, event_agreement) == ["opt", "req", "neg"]


def test_probability_is_a_logistic_of_the_summed_weights():
    assert probability([], {}, 0.0) == pytest.approx(0.5)
    low = probability(["a"], {"a": -1.0}, 0.0)
    high = probability(["a", "b"], {"a": -1.0, "b": 3.0}, 0.0)
    assert 0.0 < low < 0.5 < high < 1.0
    assert probability(["a"], {"a": 500.0}, 0.0) == pytest.approx(1.0)  # no overflow


def test_acts_of_no_named_doer_get_the_story_state(unjudged):
    found = []
    for text, published in TEXTS:
        analysis = heron.analyze(text, published=published, pipeline=unjudged)
        for event in _unnamed(analysis):
            assert [a.country for a in event.actor] == [analysis.focus]
            assert event.actor[0].name == "unnamed" and event.actor[0].evidence is None
            token = trigger_token(event, analysis.doc)
            assert token is not None
            feats = event_features(event, token, analysis, 0)
            assert "src=unnamed" in feats and f"type={event.type}" in feats
            found.append(event.type)
    assert "AGREE" in found  # "the company had agreed to raise salaries"
    assert "COERCE" in found  # "their boats were seized"


def test_the_models_keep_exactly_the_acts_above_their_thresholds(pipeline, unjudged):
    m = model()
    kept = judged_out = named_kept = 0
    for text, published in TEXTS:
        raw = heron.analyze(text, published=published, pipeline=unjudged)
        judged = heron.analyze(text, published=published, pipeline=pipeline)
        seen: dict[str, int] = {}
        expected = []
        for event in raw.events:
            earlier = seen.get(event.type, 0)
            seen[event.type] = earlier + 1
            unnamed = event in _unnamed(raw)
            judge = m if unnamed else m["named"]
            token = trigger_token(event, raw.doc)
            feats = event_features(event, token, raw, earlier)
            p = probability(feats, judge["weights"], judge["bias"])
            if p >= judge["threshold"]:
                expected.append(event.to_dict())
            if unnamed:
                kept += p >= judge["threshold"]
                judged_out += p < judge["threshold"]
            else:
                named_kept += p >= judge["threshold"]
        assert [e.to_dict() for e in judged.events] == expected
    # "a curfew was imposed by the regional command post" is kept; "the raids also seized
    # 40 rifles" (the troops' raids, told before) is not: the model judges, both ways
    assert kept and judged_out
    assert named_kept  # "Nigerian troops killed 12 militants": a named doer's act stays
