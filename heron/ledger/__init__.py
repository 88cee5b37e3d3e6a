"""The ledger across documents: pure functions over stored record dicts.

clusters   reports of one happening -> one ledger event with its sources
subsets    the ledger events of a subset of reports, reusing one clustering of all
estimates  figures over time -> estimate series (best, low, high, conservative)
dyads      actor-country pairs per period: counts by PLOVER type and scores
network    countries tied by cooperation and conflict over a window
export     events, claims, estimates and dyads as csv, jsonl, parquet, geojson, plover
views      the same over a Store, for the CLI
"""

from heron.ledger.views import (
    actor_network,
    dyad_table,
    estimate_timelines,
    export_file,
    ledger_events,
)

__all__ = ["actor_network", "dyad_table", "estimate_timelines", "export_file", "ledger_events"]
