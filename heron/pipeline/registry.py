"""The stage registry: stages are registered by versioned name and declare the
Analysis fields they read and write, so a pipeline can check its order when it
is built (as spaCy components declare `requires` and `assigns`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from heron.records import Analysis

StageFn = Callable[[Analysis], Analysis]
Factory = Callable[[Mapping[str, Any]], StageFn]

# fields an Analysis has before any stage runs
INPUT_FIELDS = frozenset({"id", "text", "published", "title", "url", "outlet"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    reads: frozenset[str]
    writes: frozenset[str]


STAGES: dict[str, StageSpec] = {}


def stage(
    name: str, *, reads: tuple[str, ...], writes: tuple[str, ...]
) -> Callable[[Factory], Factory]:
    """Register a stage factory: `factory(settings) -> (Analysis -> Analysis)`."""

    def register(factory: Factory) -> Factory:
        if name in STAGES:
            raise ValueError(f"stage {name!r} is registered twice")
        STAGES[name] = StageSpec(name, factory, frozenset(reads), frozenset(writes))
        return factory

    return register
