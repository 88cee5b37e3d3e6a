"""The scorer of records.md: one hand-built case per matching rule."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from heron.cli import app
from heron.evaluate.near import near_misses
from heron.evaluate.scorer import distance_km, match_claim, match_event, match_place, score
from tests.conftest import SEED

TEXT = (
    "Soldiers said: \u201cWe held the line at the river for three days.\u201d Officials said more."
)


def doc(**annotations):
    base = {"actors": [], "places": [], "claims": [], "events": [], "quotes": []}
    base.update(annotations)
    return {"id": "d", "text": TEXT, "annotations": base}


def run(gold, pred):
    return score([gold], {"d": {"id": "d", **pred}}).scores


def test_seed_gold_scored_as_predictions_is_perfect(seed):
    preds = {seed["id"]: {"id": seed["id"], **seed["annotations"]}}
    scores = score([seed], preds).scores
    assert all(s["f1"] == 1.0 for s in scores.values()), scores


def test_evaluate_cli_with_predictions(tmp_path, seed):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": seed["id"], **seed["annotations"]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(SEED), "--predictions", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {
        "actors_country",
        "actors_sector",
        "places",
        "claims",
        "events",
        "quotes",
    }
    assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= scores["claims"].keys()
    assert scores["claims"]["f1"] == 1.0 and scores["claims"]["source_country"] == 1.0


@pytest.mark.parametrize(
    ("level", "km", "expected"),
    [
        ("city", 25, True),
        ("city", 40, False),
        ("other", 29, True),
        ("admin1", 140, True),
        ("admin1", 160, False),
        ("country", 2000, True),
    ],
)
def test_place_distance_by_level(level, km, expected):
    lat = 50.0 + km / 111.2  # one degree of latitude is ~111.2 km
    gold = {"country": "UKR", "level": level, "lat": 50.0, "lon": 30.0}
    pred = {"country": "UKR", "level": level, "lat": lat, "lon": 30.0}
    assert abs(distance_km(50.0, 30.0, lat, 30.0) - km) < 1
    assert match_place(gold, pred) is expected


def test_place_needs_same_country():
    assert not match_place(
        {"country": "UKR", "level": "country"}, {"country": "RUS", "level": "country"}
    )


def _claim(value=None, low=None, high=None, measure="killed", subject="UKR"):
    return {
        "measure": measure,
        "value": value,
        "low": low,
        "high": high,
        "subject": {"country": subject} if subject else None,
    }


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (_claim(600), _claim(610), True),  # within 2%
        (_claim(600), _claim(620), False),  # 3.3% off
        (_claim(600), _claim(None, 500, 700), True),  # predicted range holds the gold value
        (_claim(600), _claim(500, 500, None), True),  # "at least 500" holds 600
        (_claim(600), _claim(None, 700, 800), False),
        (_claim(None, 40, 60), _claim(None, 50, 70), True),  # ranges overlap when gold has no value
        (_claim(None, 40, 60), _claim(None, 61, 70), False),
        (_claim(600), _claim(600, measure="injured"), False),
        (_claim(600), _claim(600, subject="RUS"), False),
        (_claim(600, subject=None), _claim(600, subject=None), True),  # null = null
    ],
)
def test_claim_rules(gold, pred, expected):
    assert match_claim(gold, pred) is expected


def _event(kind, actors, recipients):
    return {
        "type": kind,
        "actor": [{"country": c} for c in actors],
        "recipient": [{"country": c} for c in recipients],
    }


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (_event("AID", ["PRK"], ["RUS"]), _event("AID", ["PRK", "RUS"], ["RUS"]), True),
        (_event("AID", ["PRK"], ["RUS"]), _event("AID", ["RUS"], ["PRK"]), False),  # roles swapped
        (_event("AID", ["PRK"], []), _event("AID", ["PRK"], []), True),  # both empty
        (_event("AID", ["PRK"], []), _event("AID", ["PRK"], ["RUS"]), False),
        (_event("AID", ["PRK"], ["RUS"]), _event("SUPPORT", ["PRK"], ["RUS"]), False),
    ],
)
def test_event_rules(gold, pred, expected):
    assert match_event(gold, pred) is expected


def test_quote_overlap_half_of_gold():
    gold = doc(
        quotes=[
            {
                "text": "We held the line at the river for three days.",
                "speaker": "Soldiers",
                "direct": True,
            }
        ]
    )
    half = {"quotes": [{"text": "We held the line at the river", "speaker": "soldiers"}]}
    little = {"quotes": [{"text": "We held the", "speaker": "soldiers"}]}
    assert run(gold, half)["quotes"]["tp"] == 1
    scores = run(gold, little)["quotes"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (0, 1, 1)


def test_optional_items_neither_missed_nor_spurious():
    gold = doc(claims=[_claim(600), {**_claim(30, measure="injured"), "optional": True}])
    only_required = run(gold, {"claims": [_claim(600)]})["claims"]
    assert (only_required["tp"], only_required["fp"], only_required["fn"]) == (1, 0, 0)
    with_optional = run(gold, {"claims": [_claim(600), _claim(30, measure="injured")]})["claims"]
    assert (with_optional["tp"], with_optional["fp"], with_optional["fn"]) == (1, 0, 0)


def test_duplicate_predictions_are_false_positives():
    gold = doc(events=[_event("ASSAULT", ["RUS"], ["UKR"])])
    scores = run(gold, {"events": [_event("ASSAULT", ["RUS"], ["UKR"])] * 2})["events"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)


def test_required_items_are_matched_before_optional_ones():
    # one prediction fits both; it must go to the required item
    gold = doc(
        events=[
            {**_event("ASSAULT", ["RUS"], ["UKR"]), "optional": True},
            _event("ASSAULT", ["RUS"], ["UKR"]),
        ]
    )
    scores = run(gold, {"events": [_event("ASSAULT", ["RUS"], ["UKR"])]})["events"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 0, 0)


def test_a_figure_is_matched_to_the_same_value_before_an_open_range():
    # the exact 40 must go to the gold 40, leaving the open "dozens" for the optional item
    dozens = {**_claim(12), "low": 12, "qualifier": "at_least"}
    gold = doc(claims=[_claim(40), {**dozens, "optional": True}])
    scores = run(gold, {"claims": [dozens, _claim(40)]})["claims"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 0, 0)


def test_actor_kinds():
    gold = doc(actors=[{"name": "x", "country": "PRK", "sector": "MIL"}])
    scores = run(gold, {"actors": [{"name": "y", "country": "PRK", "sector": None}]})
    assert scores["actors_country"]["tp"] == 1 and scores["actors_sector"]["tp"] == 0


def test_attribute_accuracies():
    gold = doc(
        claims=[
            {
                **_claim(600),
                "qualifier": "approximate",
                "source": {"country": "KOR", "sector": "SPY"},
                "place": "Kursk region",
            }
        ]
    )
    pred = {
        "claims": [
            {
                **_claim(600),
                "qualifier": "exact",
                "source": {"country": "KOR", "sector": "GOV"},
                "place": "the Kursk region",
            }
        ]
    }
    s = run(gold, pred)["claims"]
    assert s["source_country"] == 1.0 and s["source_country_sector"] == 0.0
    assert s["qualifier"] == 0.0 and s["place"] == 1.0


# --- near misses: the field a missed item and a leftover prediction disagree on ---------


def _party(country, sector=None):
    return {"name": country, "country": country, "sector": sector}


def _act(kind, actors, recipients, evidence):
    return {
        "type": kind,
        "mode": None,
        "actor": [_party(c) for c in actors],
        "recipient": [_party(c) for c in recipients],
        "factuality": "asserted",
        "evidence": evidence,
    }


@pytest.mark.parametrize(
    ("gold", "pred", "reason"),
    [
        (
            _act("REJECT", ["SRB"], ["XKX"], "It denied that officers had crossed"),
            _act("REJECT", ["SRB"], ["SRB"], "It denied that officers had crossed"),
            "recipient",
        ),
        (
            _act("THREATEN", ["CHN"], ["JPN"], "warned that Tokyo would bear the consequences"),
            _act("THREATEN", ["JPN"], ["JPN"], "warned that Tokyo would bear the consequences"),
            "actor",
        ),
        (
            _act("ASSAULT", ["KHM", "THA"], ["KHM", "THA"], "traded artillery fire"),
            _act("COOPERATE", ["KHM", "THA"], ["KHM", "THA"], "traded artillery fire"),
            "type",
        ),
        (
            _act("ASSAULT", ["KHM"], ["THA"], "shelled a village"),
            _act("PROTEST", ["VNM"], [], "marched on the embassy"),
            None,
        ),
    ],
)
def test_event_near_miss_reason(gold, pred, reason):
    found = near_misses("events", [gold], [pred])
    assert [n.reason for n in found] == ([reason] if reason else [])


def test_claim_near_miss_names_the_subject():
    gold = {
        "measure": "killed",
        "value": 11,
        "qualifier": "at_least",
        "subject": _party("KHM", "CVL"),
        "evidence": "at least 11 civilians",
    }
    pred = {**gold, "subject": _party("THA", "CVL")}
    other = {**gold, "measure": "injured", "value": 40, "evidence": "40 wounded"}
    assert [n.reason for n in near_misses("claims", [gold], [other, pred])] == ["subject"]


def test_near_misses_are_counted_in_the_report(seed):
    wrong = json.loads(json.dumps(seed["annotations"]))
    for event in wrong["events"]:
        event["recipient"] = [_party("ATA")]
    report = score([seed], {seed["id"]: {"id": seed["id"], **wrong}}, keep_errors=True)
    assert report.near_misses["events"].get("recipient", 0) >= 1
    assert all(line.startswith("events ") for line in report.errors[0]["near"])
