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

import numpy as np

from heron.ledger.clusters import Greedy, LedgerEvent, Prepared
from heron.ledger.config import ClusterConfig
from heron.ledger.config import load as load_config


@dataclass(frozen=True)
class Clustering:
    """The clustering of every report, kept to cluster subsets of them (see `clustering`)."""

    reports: list[Prepared]  # every report in cluster order; a report's rank is its index
    days: list[int | None]  # rank -> ordinal of its date (Prepared.day)
    types: list[str]  # rank -> its type
    home: list[int]  # rank -> its cluster
    starts: list[bool]  # rank -> whether it is the first report of its cluster
    members: list[list[int]]  # cluster -> ranks of its reports, ascending
    first: list[int | None]  # cluster -> ordinal of its first date, None when undated
    events: list[LedgerEvent]  # cluster -> its ledger event (shared by subsets holding it whole)
    horizon: dict[str, int]  # type -> ordinal of its latest dated report
    # types with an undated report before a dated one (a date of "" sorts first): the
    # open cluster it makes never expires and keeps the clusters queued behind it
    # open too, which the copy test does not follow; their subsets are clustered anew
    irregular: frozenset[str]
    config: ClusterConfig
    # the same as arrays, to group and count a subset at once
    type_codes: np.ndarray  # rank -> number of its type
    home_array: np.ndarray  # rank -> its cluster
    sizes: np.ndarray  # cluster -> how many reports it has
    starts_array: np.ndarray  # rank -> whether it is the first report of its cluster


def clustering(reports: list[Prepared], *, config: ClusterConfig | None = None) -> Clustering:
    """Cluster `reports` (already in cluster order) once, keeping where each one went."""
    run = Greedy(config=config or load_config().clusters)
    home = [run.add(item) for item in reports]
    members: list[list[int]] = [[] for _ in run.clusters]
    for rank, cluster in enumerate(home):
        members[cluster].append(rank)
    types = [p.type for p in reports]
    undated: set[str] = set()
    irregular: set[str] = set()
    for p in reports:
        if p.day is None:
            undated.add(p.type)
        elif p.type in undated:
            irregular.add(p.type)
    codes = {kind: n for n, kind in enumerate(sorted(set(types)))}
    starts = [members[cluster][0] == rank for rank, cluster in enumerate(home)]
    return Clustering(
        reports=reports,
        days=[p.day for p in reports],
        types=types,
        home=home,
        starts=starts,
        members=members,
        first=[c.first for c in run.clusters],
        events=[c.event for c in run.clusters],
        horizon=dict(run.latest),
        irregular=frozenset(irregular),
        config=run.config,
        type_codes=np.array([codes[kind] for kind in types], dtype=np.int32),
        home_array=np.array(home, dtype=np.int64),
        sizes=np.array([len(ranks) for ranks in members], dtype=np.int64),
        starts_array=np.array(starts, dtype=bool),
    )


def cluster_subset(base: Clustering, ranks: Iterable[int]) -> list[LedgerEvent]:
    """`cluster_prepared([base.reports[r] for r in sorted(ranks)])`, reusing `base`."""
    return [event for _, event in ranked_subset(base, ranks)]


def ranked_subset(base: Clustering, ranks: Iterable[int]) -> list[tuple[int, LedgerEvent]]:
    """`cluster_subset`, each ledger event with the rank of its first report."""
    made: list[tuple[int, LedgerEvent]] = []
    for subset in _by_type(base, ranks):
        made.extend(_events(base, _run(base, subset)))
    made.sort(key=lambda m: m[0])  # cluster_prepared makes clusters in order of first report
    return made


def first_ranks(base: Clustering, ranks: Iterable[int]) -> list[int]:
    """The ranks of the first reports of `cluster_subset`'s ledger events, in its order."""
    out: list[int] = []
    for subset in _by_type(base, ranks):
        run = _run(base, subset)
        out.extend(ms[0] for ms in run.made)
        if run.copied is not None:
            tail = subset.ranks[run.tail :]
            out.extend(tail[base.starts_array[tail]].tolist())
    out.sort()
    return out


@dataclass
class _Subset:
    """One type's subset (ranks ascending), and what the copy test reads of it."""

    ranks: np.ndarray
    chosen: list[int]  # the same ranks
    days: list[int | None]  # per chosen report: its date, or its type's horizon when undated
    mixed_first: int | None  # latest first date of a mixed cluster; None when none is
    can_copy: bool  # False: cluster report by report throughout


def _by_type(base: Clustering, ranks: Iterable[int]) -> list[_Subset]:
    ordered = np.sort(np.fromiter(ranks, dtype=np.int64))
    codes = base.type_codes[ordered]
    order = np.argsort(codes, kind="stable")  # by type, each in rank order
    grouped = ordered[order]
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return [_subset(base, group) for group in np.split(grouped, bounds) if len(group)]


def _subset(base: Clustering, ranks: np.ndarray) -> _Subset:
    chosen = ranks.tolist()
    last = chosen[-1]
    days = list(map(base.days.__getitem__, chosen))
    can_copy = base.types[last] not in base.irregular
    if days[-1] is None:  # undated reports (they come last) see their type's latest date
        horizon = base.horizon.get(base.types[last])
        dated = [d for d in days if d is not None]
        can_copy = can_copy and (dated[-1] if dated else None) == horizon  # same in both runs?
        days = [horizon if d is None else d for d in days]
    mixed_first: int | None = None
    clusters, counts = np.unique(base.home_array[ranks], return_counts=True)
    partly = counts != base.sizes[clusters]  # not all of it in the subset
    for cluster, count in zip(clusters[partly].tolist(), counts[partly].tolist(), strict=True):
        if count == bisect_right(base.members[cluster], last):
            continue  # all of it up to `last` lies in the subset
        first = base.first[cluster]
        if first is None:  # alive to the end
            can_copy = False
        elif mixed_first is None or first > mixed_first:
            mixed_first = first
    return _Subset(ranks, chosen, days, mixed_first, can_copy)


@dataclass
class _Run:
    """One type's subset clustered up to `tail`, and from there copied (if `copied`)."""

    chosen: list[int]
    made: list[list[int]]  # subset cluster -> its ranks, up to the tail
    tail: int  # index in `chosen` where copying starts (len(chosen): nowhere)
    copied: dict[int, int] | None  # full-run cluster -> subset cluster alive at the tail


def _run(base: Clustering, subset: _Subset) -> _Run:
    window, reports, chosen = base.config.window_days, base.reports, subset.chosen
    run = Greedy(config=base.config)
    made: list[list[int]] = []
    at = _Pointers()
    checked: int | None = None
    for i, rank in enumerate(chosen):
        day = subset.days[i]
        allowed = subset.can_copy and (
            subset.mixed_first is None or (day is not None and day - window > subset.mixed_first)
        )
        if allowed and (i == 0 or day != checked):
            checked = day
            copied = _synced(base, subset, run, made, i, at)
            if copied is not None:
                return _Run(chosen, made, i, copied)
        cluster = run.add(reports[rank])
        if cluster == len(made):
            made.append([])
        made[cluster].append(rank)
    return _Run(chosen, made, len(chosen), None)


def _events(base: Clustering, run: _Run) -> list[tuple[int, LedgerEvent]]:
    """(first rank, ledger event) of one type's subset, in creation order."""
    reports, kind = base.reports, base.types[run.chosen[0]]
    events = [LedgerEvent(type=kind, reports=[reports[r].report for r in ms]) for ms in run.made]
    out = [(ms[0], event) for ms, event in zip(run.made, events, strict=True)]
    if run.copied is None:
        return out
    target: dict[int, LedgerEvent | None] = {c: events[n] for c, n in run.copied.items()}
    home, members, last = base.home, base.members, run.chosen[-1]
    for rank in run.chosen[run.tail :]:
        cluster = home[rank]
        if cluster in target:
            event = target[cluster]
            if event is not None:
                event.reports.append(reports[rank].report)
            continue
        ranks = members[cluster]
        assert ranks[0] == rank, "a copied cluster starts in the subset"
        if ranks[-1] <= last:  # all of it lies in the subset: the full run's event as it is
            target[cluster] = None
            out.append((rank, base.events[cluster]))
        else:
            target[cluster] = event = LedgerEvent(type=kind, reports=[reports[rank].report])
            out.append((rank, event))
    return out


@dataclass
class _Pointers:
    """Where the alive part starts: in the subset run's clusters and in `chosen`."""

    cluster: int = 0
    report: int = 0


def _synced(
    base: Clustering, subset: _Subset, run: Greedy, made: list[list[int]], i: int, at: _Pointers
) -> dict[int, int] | None:
    """Full-run cluster -> subset cluster for every alive cluster, if they agree at report i."""
    chosen, day = subset.chosen, subset.days[i]
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
