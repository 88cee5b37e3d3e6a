"""The ledger's thresholds, read from config.toml beside this module."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class ClusterConfig:
    window_days: int = 7
    near_km: float = 50.0
    admin1_km: float = 150.0


@dataclass(frozen=True)
class EstimateConfig:
    credible_factuality: frozenset[str] = frozenset({"asserted", "reported"})
    credible_needs_source: bool = True


@dataclass(frozen=True)
class DyadConfig:
    skip_factuality: frozenset[str] = frozenset({"denied", "hypothetical"})


@dataclass(frozen=True)
class LedgerConfig:
    clusters: ClusterConfig
    estimates: EstimateConfig
    dyads: DyadConfig


@cache
def load() -> LedgerConfig:
    raw = tomllib.loads(resources.files(__package__).joinpath("config.toml").read_text("utf-8"))
    clusters, estimates, dyads = raw["clusters"], raw["estimates"], raw["dyads"]
    return LedgerConfig(
        clusters=ClusterConfig(
            window_days=int(clusters["window_days"]),
            near_km=float(clusters["near_km"]),
            admin1_km=float(clusters["admin1_km"]),
        ),
        estimates=EstimateConfig(
            credible_factuality=frozenset(estimates["credible_factuality"]),
            credible_needs_source=bool(estimates["credible_needs_source"]),
        ),
        dyads=DyadConfig(skip_factuality=frozenset(dyads["skip_factuality"])),
    )
