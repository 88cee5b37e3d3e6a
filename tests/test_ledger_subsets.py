"""cluster_subset reuses the clustering of every report and must equal clustering the subset."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from test_ledger_clusters import event, random_corpus

from heron.ledger.clusters import cluster_order, cluster_prepared, prepare
from heron.ledger.config import ClusterConfig
from heron.ledger.corpus import countries, event_date
from heron.ledger.subsets import cluster_subset, clustering, first_ranks


def shape(clusters):
    return [(c.type, [id(r.record) for r in c.reports]) for c in clusters]


def setup(events, places, config):
    order = cluster_order(events)
    prepared = prepare(events, places=places)
    ordered = [prepared[i] for i in order]
    return ordered, clustering(ordered, config=config)


def check(ordered, base, ranks, config):
    ranks = sorted(ranks)
    expected = cluster_prepared([ordered[r] for r in ranks], config=config)
    assert shape(cluster_subset(base, ranks)) == shape(expected)


def subsets(ordered, rng):
    """Ranks of the filters the API sends: actors, date windows, both, types, any."""
    records = [p.report.record for p in ordered]
    everyone = range(len(ordered))
    yield list(everyone)
    yield []
    for code in ("PRK", "RUS", "UKR"):
        yield [
            r
            for r in everyone
            if code in countries(records[r]["actor"]) | countries(records[r]["recipient"])
        ]
    for _ in range(4):
        since = date(2025, 1, 1) + timedelta(days=rng.randrange(30))
        until = since + timedelta(days=rng.randrange(20))
        window = [
            r
            for r in everyone
            if (d := event_date(records[r])) and since.isoformat() <= d <= until.isoformat()
        ]
        yield window
        yield [r for r in window if "PRK" in countries(records[r]["actor"])]
    yield [r for r in everyone if records[r]["type"] == "AID"]
    yield [r for r in everyone if rng.random() < 0.5]
    yield [r for r in everyone if event_date(records[r]) is None or rng.random() < 0.2]


@pytest.mark.parametrize("seed", range(120))
def test_subsets_cluster_as_on_their_own(seed):
    rng = random.Random(seed)
    events, places = random_corpus(seed, size=10 + 3 * seed)
    config = ClusterConfig(window_days=seed % 9)
    ordered, base = setup(events, places, config)
    for ranks in subsets(ordered, rng):
        check(ordered, base, ranks, config)


def test_a_window_is_copied_after_its_first_week():
    # one long run of daily reports of one dyad: 8-day clusters (window 7)
    events = [
        event("AID", ["PRK"], ["RUS"], document=f"d{n}", published=f"2025-01-{n + 1:02d}")
        for n in range(31)
    ]
    config = ClusterConfig(window_days=7)
    ordered, base = setup(events, {}, config)
    for start in range(31):
        for end in range(start, 31):
            check(ordered, base, range(start, end + 1), config)


def test_undated_reports_of_a_subset_see_their_own_horizon():
    events = [
        event("AID", ["PRK"], ["RUS"], document="a", published="2025-01-01"),
        event("AID", ["PRK", "UKR"], ["RUS"], document="b", published="2025-01-20"),
        event("AID", ["PRK"], ["RUS"], document="c", published=None),
    ]
    config = ClusterConfig(window_days=7)
    ordered, base = setup(events, {}, config)
    # alone with a and c, the undated c sees a's date and joins it; in the full run it sees b's
    check(ordered, base, [0, 2], config)
    check(ordered, base, [1, 2], config)


@pytest.mark.parametrize("seed", range(0, 120, 7))
def test_first_ranks_are_the_first_reports_of_the_subset_clusters(seed):
    rng = random.Random(seed)
    events, places = random_corpus(seed, size=10 + 3 * seed)
    config = ClusterConfig(window_days=seed % 9)
    ordered, base = setup(events, places, config)
    rank_of = {id(p.report.record): r for r, p in enumerate(ordered)}
    for ranks in subsets(ordered, rng):
        clusters = cluster_prepared([ordered[r] for r in sorted(ranks)], config=config)
        expected = sorted(rank_of[id(c.reports[0].record)] for c in clusters)
        assert first_ranks(base, ranks) == expected


@pytest.mark.parametrize("seed", range(40))
def test_empty_dates_sort_first_and_subsets_still_cluster_as_on_their_own(seed):
    rng = random.Random(seed)
    events, places = random_corpus(seed, size=20 + 3 * seed)
    for e in events:
        if rng.random() < 0.1:
            e["date"], e["published"] = None, ""  # event_date "": first in cluster order
    config = ClusterConfig(window_days=seed % 9)
    ordered, base = setup(events, places, config)
    for ranks in subsets(ordered, rng):
        check(ordered, base, ranks, config)
