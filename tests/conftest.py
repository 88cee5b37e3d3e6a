"""Shared fixtures: the pipeline (and so the spaCy model) is built once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed.gold.jsonl"
GOLD = ROOT / "tests" / "gold"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def pipeline():
    from heron.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def analyze(pipeline):
    """analyze(text, published=None) -> output dict, with the session's pipeline."""
    return _runner(pipeline)


def _runner(pipeline):
    import heron

    def run(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
        return heron.analyze(text, published=published, pipeline=pipeline, **meta).to_dict()

    return run


@pytest.fixture(scope="session")
def analyze_rules(pipeline):
    """analyze() with the events stage's learned judgement off (`[events] confidence =
    false`): every act the rules code, for tests of a rule the models may overrule."""
    from heron.pipeline import without_model

    return _runner(without_model("events"))


@pytest.fixture(scope="session")
def seed() -> dict[str, Any]:
    if not SEED.exists():
        pytest.skip(f"the reference article is not at {SEED}")
    return json.loads(SEED.read_text("utf-8").splitlines()[0])


def event_rows(analyze, text: str, published: str) -> list[tuple[Any, ...]]:
    """Events of a text as (type, actor countries, recipient countries, factuality)."""
    return [
        (
            e["type"],
            sorted({a["country"] for a in e["actor"]}),
            sorted({a["country"] for a in e["recipient"]}),
            e["factuality"],
        )
        for e in analyze(text, published)["events"]
    ]


def actor_keys(actors: list[dict[str, Any]]) -> set[tuple[str | None, str | None]]:
    return {(a["country"], a["sector"]) for a in actors}


class CachedPipeline:
    """The session's pipeline, remembering each input's analysis (tests ingest the same
    samples into several stores). Returns a copy without the stages' working state."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls = 0
        self._cache: dict[tuple, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __call__(self, analysis: Any) -> Any:
        import copy
        import dataclasses

        self.calls += 1
        key = (analysis.id, analysis.text, analysis.published, analysis.title, analysis.outlet)
        if key not in self._cache:
            done = self.inner(analysis)
            self._cache[key] = dataclasses.replace(
                done, doc=None, mentions=[], place_mentions=[], dates=[], attributions=[]
            )
        return copy.deepcopy(self._cache[key])


@pytest.fixture(scope="session")
def cached_pipeline(pipeline) -> CachedPipeline:
    return CachedPipeline(pipeline)


@pytest.fixture()
def pg_url():
    """A PostgreSQL database emptied for the test: $HERON_TEST_PG_URL, else the test is skipped.

    `.ci/run` starts a throwaway server (scripts/pg-test-server.sh) and sets the variable.
    """
    import os

    url = os.environ.get("HERON_TEST_PG_URL")
    if not url and os.environ.get("HERON_TEST_REQUIRE_PG"):
        pytest.fail("HERON_TEST_REQUIRE_PG is set but HERON_TEST_PG_URL is not")
    if not url:
        pytest.skip(
            "HERON_TEST_PG_URL is not set: no PostgreSQL to test against "
            '(start one with `eval "$(scripts/pg-test-server.sh start)"`)'
        )
    from sqlalchemy import create_engine, text

    from heron.store.db import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


NULL = "null"  # in claim cases: a subject or source that must have no country


def check_claim(analyze, text, expected, published="2025-06-01"):
    """A claim case: text -> (measure, value, low, high, qualifier, subject country, source
    country), NULL for no country. Fails with what heron found."""
    measure, value, low, high, qualifier, subject, source = expected
    claims = analyze(text, published=published)["claims"]
    hits = [
        c
        for c in claims
        if c["measure"] == measure and (c["value"], c["low"], c["high"]) == (value, low, high)
    ]
    assert hits, [(c["measure"], c["value"], c["low"], c["high"], c["evidence"]) for c in claims]
    claim = hits[0]

    def country(actor):
        return (actor or {}).get("country") or NULL

    got = (claim["qualifier"], country(claim["subject"]), country(claim["source"]))
    assert got == (qualifier, subject, source), claim
