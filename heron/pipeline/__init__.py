"""The pipeline: named, versioned stages run in the order of config.toml.

`build()` reads the config, instantiates each registered stage with its
settings and checks that every field a stage reads was written by an earlier
stage (or is an input field). One Analysis flows through the stages.
"""

from __future__ import annotations

import hashlib
import importlib
import time
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from heron import __version__
from heron.pipeline.registry import INPUT_FIELDS, STAGES, StageFn, StageSpec
from heron.records import Analysis

STAGE_MODULES = (
    "read",
    "nlp",
    "actors",
    "places",
    "times",
    "attribution",
    "numbers",
    "quotes",
    "events",
    "assemble",
)


def register_stages() -> None:
    """Import the stage modules; importing one registers its stages."""
    for name in STAGE_MODULES:
        importlib.import_module(f"{__name__}.{name}")


class PipelineError(ValueError):
    """The pipeline config names an unknown stage or puts stages out of order."""


@dataclass
class Pipeline:
    specs: list[StageSpec]
    functions: list[StageFn]
    config_hash: str
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def stage_names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def info(self) -> dict[str, Any]:
        return {
            "version": __version__,
            "config_hash": self.config_hash,
            "stages": {spec.name.split(".")[0]: spec.name for spec in self.specs},
        }

    def __call__(self, analysis: Analysis) -> Analysis:
        for spec, fn in zip(self.specs, self.functions, strict=True):
            started = time.perf_counter()
            analysis = fn(analysis)
            self.timings[spec.name] = self.timings.get(spec.name, 0.0) + (
                time.perf_counter() - started
            )
        analysis.pipeline = self.info()
        return analysis


def default_config_text() -> str:
    return resources.files(__package__).joinpath("config.toml").read_text("utf-8")


def check_order(names: list[str]) -> list[StageSpec]:
    register_stages()
    specs: list[StageSpec] = []
    available = set(INPUT_FIELDS)
    for name in names:
        if name not in STAGES:
            known = ", ".join(sorted(STAGES))
            raise PipelineError(f"unknown stage {name!r}; registered stages: {known}")
        spec = STAGES[name]
        missing = spec.reads - available
        if missing:
            raise PipelineError(
                f"stage {name!r} reads {sorted(missing)}, which no earlier stage writes"
            )
        available |= spec.writes
        specs.append(spec)
    return specs


def build(config_path: str | Path | None = None) -> Pipeline:
    text = Path(config_path).read_text("utf-8") if config_path else default_config_text()
    return _build_text(text)


def without_model(section: str) -> Pipeline:
    """The bundled pipeline with `confidence = false` in `[section]`: a stage's learned
    judgement off, every candidate its rules find kept (what a trainer labels, what a
    test of a rule checks). The spaCy model is shared with the process's other pipelines."""
    text = default_config_text()
    if f"[{section}]\n" not in text:
        raise ValueError(f"the bundled config has no [{section}] section")
    return _build_text(text.replace(f"[{section}]\n", f"[{section}]\nconfidence = false\n", 1))


def _build_text(text: str) -> Pipeline:
    config: Mapping[str, Any] = tomllib.loads(text)
    specs = check_order(list(config["pipeline"]["stages"]))
    functions = [spec.factory(config.get(spec.name.split(".")[0], {})) for spec in specs]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Pipeline(specs=specs, functions=functions, config_hash=digest)


@cache
def default_pipeline() -> Pipeline:
    """The pipeline of the bundled config, built once per process."""
    return build()
