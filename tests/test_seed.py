"""End to end on the reference article (../shared/examples/seed.gold.jsonl)."""

from __future__ import annotations

import json
import math

from typer.testing import CliRunner

from heron.cli import app
from tests.conftest import SEED


def _claim(doc, measure, value):
    return next(c for c in doc["claims"] if c["measure"] == measure and c["value"] == value)


def test_seed_acceptance(seed):
    result = CliRunner().invoke(app, ["analyze", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    assert any(
        e["type"] == "AID"
        and "PRK" in {a["country"] for a in e["actor"]}
        and "RUS" in {a["country"] for a in e["recipient"]}
        for e in doc["events"]
    )
    for measure, value in (("deployed", 18000), ("killed", 600), ("injured", 4700)):
        claim = _claim(doc, measure, value)
        assert claim["subject"]["country"] == "PRK"
        assert (claim["source"]["country"], claim["source"]["sector"]) == ("KOR", "SPY")
    kursk = [p for p in doc["places"] if p["name"].startswith("Kursk")]
    assert kursk and kursk[0]["country"] == "RUS"
    lat, lon = kursk[0]["lat"], kursk[0]["lon"]
    km = 6371 * math.dist(
        (math.radians(lat), math.radians(lon) * math.cos(math.radians(51.7))),
        (math.radians(51.7), math.radians(36.2) * math.cos(math.radians(51.7))),
    )
    assert km <= 150
    direct = [q for q in doc["quotes"] if q["direct"]]
    gold_quotes = [q["text"] for q in seed["annotations"]["quotes"] if q["direct"]]
    for text in gold_quotes:
        assert any(q["text"] == text and q["speaker"] == "one regional analyst" for q in direct)


def test_every_span_slices_to_its_evidence(seed, analyze):
    doc = analyze(seed["text"])
    text = seed["text"]
    for kind in ("actors", "places", "claims", "events", "quotes"):
        for record in doc[kind]:
            start, end = record["span"]
            assert text[start:end] == record["evidence"], (kind, record)
