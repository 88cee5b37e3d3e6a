"""Ledger events of a subset of the reports, reusing the clustering of all of them.

Clustering a filtered set of reports (one actor, one quarter) from scratch costs
as much as the first time; but most clusters of a subset are clusters of all the
reports, cut to the subset. `cluster_subset` gives exactly what
`cluster_prepared` gives over the subset (same clusters, same order), clustering
report by report only where it must and copying the rest.

Why copying is right. Clustering is independent per type, so take one type, and
its subset S in cluster order, up to its last report L. Call a cluster of the
full run *mixed* when it has reports in S and, up to L, reports outside S (one
that straddles `since`, say). A cluster is *alive* for a report when it could
take it: made before it, with its first date within the window of the report's
date (an undated report's date is its type's latest date; undated clusters stay
alive). Suppose that from the i-th report of S on no mixed cluster is alive, and
that the clusters the subset run has alive there are exactly the full run's
alive clusters with reports in S, report for report. Then every later report of
S sees as candidates the full run's candidates less those without a report in S,
in the same order; its full-run cluster is among them (no mixed cluster is
alive) and every earlier candidate did not fit in the full run, so does not fit
here either. So it goes where the full run put it, and so on to the end.

So the subset is clustered report by report until such a point, checked once a
day (for a date window, about one window past `since`; for one actor whose
clusters hold only its reports, nowhere), and the rest is copied. When the point
is never reached (or S holds undated reports that see another horizon than in
the full run), the subset is clustered report by report throughout.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from heron.ledger.clusters import Greedy, LedgerEvent, Prepared
from heron.ledger.config import ClusterConfig
from heron.ledger.config import load as load_config


@dataclass(frozen=True)
class Clustering:
    """The clustering of every report, kept to cluster subsets of them (see `clustering`)."""

    reports: list[Prepared]  # every report in cluster order; a report's rank is its index
    home: list[int]  # rank -> its cluster
    members: list[list[int]]  # cluster -> ranks of its reports, ascending
    first: list[int | None]  # cluster -> ordinal of its first date, None when undated
    horizon: dict[str, int]  # type -> ordinal of its latest dated report
    config: ClusterConfig


def clustering(reports: list[Prepared], *, config: ClusterConfig | None = None) -> Clustering:
    """Cluster `reports` (already in cluster order) once, keeping where each one went."""
    run = Greedy(config=config or load_config().clusters)
    home = [run.add(item) for item in reports]
    members: list[list[int]] = [[] for _ in run.clusters]
    for rank, cluster in enumerate(home):
        members[cluster].append(rank)
    return Clustering(
        reports=reports,
        home=home,
        members=members,
        first=[c.first for c in run.clusters],
        horizon=dict(run.latest),
        config=run.config,
    )


def cluster_subset(base: Clustering, ranks: Iterable[int]) -> list[LedgerEvent]:
    """`cluster_prepared([base.reports[r] for r in sorted(ranks)])`, reusing `base`."""
    by_type: dict[str, list[int]] = {}
    for rank in sorted(ranks):
        by_type.setdefault(base.reports[rank].type, []).append(rank)
    made: list[tuple[int, LedgerEvent]] = []
    for chosen in by_type.values():
        made.extend(_one_type(base, chosen))
    made.sort(key=lambda m: m[0])  # cluster_prepared makes clusters in order of first report
    return [event for _, event in made]


@dataclass
class _Subset:
    """One type's subset `chosen` (ranks, ascending) and what the copy test reads of it."""

    base: Clustering
    chosen: list[int]
    days: list[int | None]  # per chosen report: its date, or its type's horizon when undated
    mixed_first: int | None  # latest first date of a mixed cluster; None when none is
    can_copy: bool  # False: cluster report by report throughout


def _subset(base: Clustering, chosen: list[int]) -> _Subset:
    home, members, reports = base.home, base.members, base.reports
    kind, last = reports[chosen[0]].type, chosen[-1]
    horizon = base.horizon.get(kind)
    dated = [reports[r].day for r in chosen if reports[r].day is not None]
    # undated reports see the latest date of their type: the same in both runs?
    can_copy = len(dated) == len(chosen) or (dated[-1] if dated else None) == horizon
    inside: dict[int, int] = {}
    for rank in chosen:
        inside[home[rank]] = inside.get(home[rank], 0) + 1
    mixed_first: int | None = None
    for cluster, count in inside.items():
        ranks = members[cluster]
        upto = len(ranks) if ranks[-1] <= last else bisect_right(ranks, last)
        if count != upto:
            first = base.first[cluster]
            if first is None:  # alive to the end
                can_copy = False
            elif mixed_first is None or first > mixed_first:
                mixed_first = first
    days = [reports[r].day if reports[r].day is not None else horizon for r in chosen]
    return _Subset(base, chosen, days, mixed_first, can_copy)


def _one_type(base: Clustering, chosen: list[int]) -> list[tuple[int, LedgerEvent]]:
    """(first rank, ledger event) of one type's subset, in creation order."""
    subset = _subset(base, chosen)
    window, reports = base.config.window_days, base.reports
    run = Greedy(config=base.config)
    made: list[list[int]] = []  # subset cluster -> its ranks
    state = _Pointers()
    copied: dict[int, int] | None = None  # full-run cluster -> subset cluster, once synced
    checked: int | None = None
    i = 0
    while i < len(chosen):
        day = subset.days[i]
        allowed = subset.can_copy and (
            subset.mixed_first is None or (day is not None and day - window > subset.mixed_first)
        )
        if allowed and (i == 0 or day != checked):
            checked = day
            copied = _synced(subset, run, made, i, state)
            if copied is not None:
                break
        cluster = run.add(reports[chosen[i]])
        if cluster == len(made):
            made.append([])
        made[cluster].append(chosen[i])
        i += 1
    kind = reports[chosen[0]].type
    events = [LedgerEvent(type=kind, reports=[reports[r].report for r in ms]) for ms in made]
    out = [(ms[0], event) for ms, event in zip(made, events, strict=True)]
    if copied is None:
        return out
    target = {cluster: events[n] for cluster, n in copied.items()}
    for rank in chosen[i:]:
        cluster = base.home[rank]
        event = target.get(cluster)
        if event is None:
            assert base.members[cluster][0] == rank, "a copied cluster starts in the subset"
            event = target[cluster] = LedgerEvent(type=kind)
            out.append((rank, event))
        event.reports.append(reports[rank].report)
    return out


@dataclass
class _Pointers:
    """Where the alive part starts: in the subset run's clusters and in `chosen`."""

    cluster: int = 0
    report: int = 0


def _synced(
    subset: _Subset, run: Greedy, made: list[list[int]], i: int, at: _Pointers
) -> dict[int, int] | None:
    """Full-run cluster -> subset cluster for every alive cluster, if they agree at report i."""
    base, chosen, day = subset.base, subset.chosen, subset.days[i]
    window, rank = base.config.window_days, chosen[i]

    def alive(first: int | None) -> bool:
        return first is None or day is None or day - first <= window

    clusters = run.clusters
    while at.cluster < len(clusters) and not alive(clusters[at.cluster].first):
        at.cluster += 1
    while at.report < i and not alive(subset.days[at.report]):
        at.report += 1
    copied: dict[int, int] = {}
    for n in range(at.cluster, len(made)):
        ranks = made[n]
        cluster = base.home[ranks[0]]
        if cluster in copied or not alive(base.first[cluster]):
            return None
        if bisect_left(base.members[cluster], rank) != len(ranks):
            return None
        if any(base.home[r] != cluster for r in ranks):
            return None
        copied[cluster] = n
    expected = {base.home[r] for r in chosen[at.report : i] if alive(base.first[base.home[r]])}
    return copied if expected == set(copied) else None
