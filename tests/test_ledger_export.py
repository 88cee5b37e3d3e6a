"""Export formats and the ledger commands, over a store of hand-built records."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from heron.cli import EXIT_USAGE, app
from heron.store import open_store
from tests.ledger_corpus import SMALL, analyses
from tests.test_ledger_estimates import troop_claims

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("ledger") / "ledger.db")
    store = open_store(path)
    claims = [c for c in troop_claims() if not c["duplicate_of"]]
    with store.session() as session:
        for analysis in analyses(SMALL, claims):
            assert store.add(session, analysis)
        session.commit()
    return path


def run(*args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_estimates_command(db):
    rows = json.loads(
        run(
            "estimates", "--db", db, "--subject", "PRK", "--measure", "deployed", "--format", "json"
        )
    )
    assert [(r["place"], r["best"], r["low"], r["high"], r["conservative"]) for r in rows] == [
        ("Kursk region", 11500, 11000, 12000, 11000),
        ("Russia", 14500, 12000, 16000, 14000),
    ]
    assert rows[0]["figures"][0]["source"] == "KOR SPY"
    merged = run(
        "estimates",
        "--db",
        db,
        "--subject",
        "PRK",
        "--measure",
        "deployed",
        "--all-places",
        "-f",
        "csv",
    )
    (row,) = csv.DictReader(io.StringIO(merged))
    assert (row["place"], row["best"], row["sources"], row["reports"]) == ("*", "14500", "4", "9")
    table = run("estimates", "--db", db, "--subject", "PRK", "--measure", "killed")
    assert "best 1,500" in table and "KOR SPY" in table


def test_dyads_command(db):
    rows = json.loads(run("dyads", "PRK", "RUS", "--db", db, "--by", "week", "--format", "json"))
    assert [(r["period"], r["counts"], r["score_sum"]) for r in rows] == [
        ("2025-W02", {"AID": 1}, 10.0),
        ("2025-W04", {"CONSULT": 1}, 4.0),
        ("2025-W07", {"AID": 1}, 10.0),
    ]
    assert "CONSULT 1" in run("dyads", "PRK", "RUS", "--db", db)


def test_network_command(db):
    net = json.loads(run("network", "--db", db, "--since", "2025-02-01", "--until", "2025-02-28"))
    assert [(e["source"], e["target"], e["net"]) for e in net["edges"]][:2] == [
        ("GBR", "RUS", -6.0),
        ("PRK", "RUS", 10.0),
    ]
    assert run("network", "--db", db, "--format", "graphml").startswith("<?xml")
    bad = runner.invoke(app, ["network", "--db", db, "--since", "Feb 1"])
    assert bad.exit_code == EXIT_USAGE and "E202" in bad.stderr


def test_export_csv_jsonl_geojson_plover(db):
    events = list(
        csv.DictReader(io.StringIO(run("export", "events", "--db", db, "--format", "csv")))
    )
    assert len(events) == len(SMALL)
    assert next(e for e in events if e["document"] == "e2")["actor"] == "PRK;RUS"
    claims = [
        json.loads(line) for line in run("export", "claims", "--db", db, "-f", "jsonl").splitlines()
    ]
    assert len(claims) == 29 and claims[0]["subject"]["country"] == "PRK"
    points = json.loads(run("export", "events", "--db", db, "--format", "geojson"))
    (feature,) = points["features"]  # only e1 has a geocoded place
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.03, 51.65]}
    assert feature["properties"]["type"] == "AID"
    plover = [
        json.loads(line)
        for line in run("export", "events", "--db", db, "-f", "plover").splitlines()
    ]
    assert len(plover) == len(SMALL) and plover[0]["event"] == ["AID"]
    dyads = list(csv.DictReader(io.StringIO(run("export", "dyads", "--db", db, "-f", "csv"))))
    assert dyads[0]["actor"] == "GBR" and dyads[0]["SANCTION"] == "1" and dyads[0]["AID"] == "0"


def test_export_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "estimates.parquet"
    run("export", "estimates", "--db", db, "--format", "parquet", "--output", str(path))
    table = pq.read_table(path).to_pylist()
    kursk = next(r for r in table if r["measure"] == "deployed" and r["place"] == "Kursk region")
    assert (kursk["best"], kursk["sources"], kursk["first_reported"]) == (11500, 3, "2025-01-07")
    events = pq.read_table(_export(db, tmp_path, "events")).to_pylist()
    assert len(events) == len(SMALL) and events[0]["type"] == "AID"


def _export(db, tmp_path, kind):
    path = tmp_path / f"{kind}.parquet"
    run("export", kind, "--db", db, "--format", "parquet", "-o", str(path))
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["export", "events", "--format", "parquet"],  # parquet needs --output
        ["export", "claims", "--format", "plover"],
        ["export", "dyads", "--format", "geojson"],
        ["export", "events", "--format", "xml"],
    ],
)
def test_export_usage_errors(db, args):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == EXIT_USAGE
    assert "Traceback" not in result.output
