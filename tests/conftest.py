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
    import heron

    def run(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
        return heron.analyze(text, published=published, pipeline=pipeline, **meta).to_dict()

    return run


@pytest.fixture(scope="session")
def seed() -> dict[str, Any]:
    if not SEED.exists():
        pytest.skip(f"the reference article is not at {SEED}")
    return json.loads(SEED.read_text("utf-8").splitlines()[0])


def actor_keys(actors: list[dict[str, Any]]) -> set[tuple[str | None, str | None]]:
    return {(a["country"], a["sector"]) for a in actors}
