"""The CLI through Typer's runner: formats, bad input, ingest idempotency, queries."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from heron.cli import EXIT_INPUT, EXIT_USAGE, app
from tests.conftest import SAMPLES

runner = CliRunner()
ARTICLE = (
    "Russian forces shelled Kharkiv on Tuesday, killing at least 12 civilians, "
    "the regional governor said. \u201cThe strikes hit homes,\u201d said resident Olena Kovalenko."
)


@pytest.fixture()
def txt(tmp_path):
    path = tmp_path / "kharkiv.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_txt_jsonl(pipeline, txt):
    result = runner.invoke(
        app, ["analyze", str(txt), "--format", "jsonl", "--published", "2025-03-13"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["id"] == "kharkiv" and doc["published"] == "2025-03-13"
    assert {"actors", "places", "claims", "events", "quotes", "warnings", "pipeline"} <= doc.keys()


def test_analyze_brief_and_plover(pipeline, txt):
    brief = runner.invoke(app, ["analyze", str(txt), "--format", "brief"])
    assert brief.exit_code == 0 and "Figures" in brief.stdout
    plover = runner.invoke(app, ["analyze", str(txt), "--format", "plover"])
    assert plover.exit_code == 0
    event = json.loads(plover.stdout.splitlines()[0])
    assert event["event"] == ["ASSAULT"] and event["actor"][0]["code"] == "RUS"


def test_analyze_stdin(pipeline):
    result = runner.invoke(app, ["analyze", "-", "--format", "jsonl"], input=ARTICLE)
    assert result.exit_code == 0 and json.loads(result.stdout)["id"].startswith("sha1-")


def test_unknown_format_is_a_usage_error(txt):
    result = runner.invoke(app, ["analyze", str(txt), "--format", "xml"])
    assert result.exit_code == EXIT_USAGE
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "E102"), (b"\x00\x01\x02binary", "E103"), (b"caf\xe9 au lait", "E104")],
)
def test_bad_files(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["analyze", str(path), "--format", "jsonl"])
    assert result.exit_code == EXIT_INPUT
    assert code in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.output


def test_missing_path():
    result = runner.invoke(app, ["analyze", "/no/such/file.txt"])
    assert result.exit_code == EXIT_INPUT and "E101" in result.stderr


def test_malformed_jsonl_line_is_reported_and_the_rest_analyzed(pipeline, tmp_path):
    path = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "a", "text": ARTICLE, "published": "2025-03-13"})
    path.write_text(
        good
        + "\n{not json\n"
        + json.dumps([1, 2])
        + "\n"
        + json.dumps({"id": "b"})
        + "\n"
        + json.dumps({"id": "c", "text": ARTICLE + " More."})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(path), "--format", "jsonl"])
    assert result.exit_code == EXIT_INPUT
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "c"]
    for line in (2, 3, 4):
        assert f"{path}:{line}:" in result.stderr


def test_ingest_is_idempotent_and_queryable(pipeline, tmp_path):
    db = str(tmp_path / "ledger.db")
    first = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    assert "added" in first.stderr
    from heron.store import open_store

    counts = open_store(db).counts()
    second = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert second.exit_code == 0
    assert open_store(db).counts() == counts
    assert "added 0" in second.stderr
    events = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--actor", "PRK"])
    assert events.exit_code == 0
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows and all("PRK" in {a["country"] for a in r["actor"] + r["recipient"]} for r in rows)
    claims = runner.invoke(app, ["claims", "--db", db, "--measure", "killed", "--format", "csv"])
    assert claims.exit_code == 0 and claims.stdout.startswith("document,")
    assert len(claims.stdout.splitlines()) > 1


def test_bad_since_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.db"), "--since", "yesterday"])
    assert result.exit_code == EXIT_USAGE and "E202" in result.stderr


def test_ingest_keeps_stored_documents_when_an_input_is_bad(pipeline, tmp_path):
    db = str(tmp_path / "ledger.db")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(app, ["ingest", str(good), str(bad), "--db", db])
    assert result.exit_code == EXIT_INPUT
    from heron.store import open_store

    assert open_store(db).counts()["documents"] == 1


def test_python_dash_m_heron_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "heron", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert "analyze" in done.stdout and "evaluate" in done.stdout
