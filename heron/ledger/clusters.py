"""Event clustering: the same happening reported by many documents becomes one ledger event.

Two reports are of one happening when they have the same PLOVER type, their
dyads overlap (actor country sets intersect, and recipient sets intersect or
are both empty), their places are compatible and their dates are close. A
report joins the first open cluster whose every report it matches, and whose
first date lies within the window (so clusters do not chain over weeks).

Counts skip near-copies: a report counts once per original document (a
syndicated copy counts under the document it copies), and sources are the
outlets of those originals.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from heron.knowledge.gazetteer import normalise
from heron.ledger.config import ClusterConfig
from heron.ledger.config import load as load_config
from heron.ledger.corpus import (
    Places,
    Record,
    actor_key,
    countries,
    distance_km,
    event_date,
    has_point,
    place_of,
    root,
)


@dataclass
class Report:
    document: str
    outlet: str | None
    source: str | None  # the actor the report is attributed to ("KOR SPY"), if any
    date: str | None
    evidence: str
    duplicate_of: str | None
    record: Record = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "outlet": self.outlet,
            "source": self.source,
            "date": self.date,
            "evidence": self.evidence,
            "duplicate_of": self.duplicate_of,
        }


@dataclass
class LedgerEvent:
    type: str
    reports: list[Report] = field(default_factory=list)

    @property
    def report_count(self) -> int:
        """Reports, counting a near-copy and its original once."""
        return len({root(r.record) for r in self.reports})

    @property
    def source_count(self) -> int:
        """Distinct outlets among the original documents."""
        originals: dict[str, Report] = {}
        for r in self.reports:
            key = root(r.record)
            if key not in originals or r.document == key:
                originals[key] = r
        return len({r.outlet or r.document for r in originals.values()})

    @property
    def first_seen(self) -> str | None:
        dates = [r.date for r in self.reports if r.date]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = [r.date for r in self.reports if r.date]
        return max(dates) if dates else None

    def to_dict(self) -> dict[str, Any]:
        first = self.reports[0].record
        return {
            "type": self.type,
            "mode": first.get("mode"),
            "actor": sorted(set().union(*(countries(r.record["actor"]) for r in self.reports))),
            "recipient": sorted(
                set().union(*(countries(r.record["recipient"]) for r in self.reports))
            ),
            "place": next((r.record["place"] for r in self.reports if r.record.get("place")), None),
            "reports": self.report_count,
            "sources": self.source_count,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "evidence": [r.to_dict() for r in self.reports],
        }


def same_dyad(a: Record, b: Record) -> bool:
    if not countries(a["actor"]) & countries(b["actor"]):
        return False
    ra, rb = countries(a["recipient"]), countries(b["recipient"])
    return bool(ra & rb) or (not ra and not rb)


def same_place(a: Record | None, b: Record | None, *, config: ClusterConfig) -> bool:
    """Compatible places: either unknown, same admin-1, or near enough.

    A country-level place does not fix the admin-1, so it is compatible with any
    place in that country. Places are near within `near_km`; a city and an
    admin-1 region of its country within `admin1_km` (the region's point is only
    representative).
    """
    if not has_point(a) or not has_point(b):
        return True
    assert a is not None and b is not None
    levels = {a.get("level"), b.get("level")}
    if "country" in levels:
        return a.get("country") == b.get("country")
    same_name = normalise(a["name"]) == normalise(b["name"])
    if levels == {"admin1"} and a.get("country") == b.get("country") and same_name:
        return True
    # a city within reach of an admin-1 region's point may lie in it, if in its country
    in_region = "admin1" in levels and a.get("country") == b.get("country")
    limit = config.admin1_km if in_region else config.near_km
    return distance_km(a, b) <= limit


def days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0  # an unknown date is compatible
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


@dataclass(frozen=True, slots=True)
class _Seen:
    """What matching reads of one report, worked out once."""

    actors: frozenset[str]
    recipients: frozenset[str]
    place: Record | None


@dataclass(slots=True)
class _Open:
    """A cluster that may still take reports: its first date and its reports as seen."""

    event: LedgerEvent
    order: int  # creation order: a report joins the first cluster that fits
    first: int | None  # ordinal of the first report's date; None when undated
    seen: list[_Seen] = field(default_factory=list)


def _fits(report: _Seen, cluster: _Open, *, config: ClusterConfig) -> bool:
    """Every report of the cluster shares the dyad and a compatible place."""
    for other in cluster.seen:
        if not report.actors & other.actors:
            return False
        if not (report.recipients & other.recipients) and (report.recipients or other.recipients):
            return False
        if not same_place(report.place, other.place, config=config):
            return False
    return True


def _expire(queue: deque[_Open], day: int | None, window: int) -> deque[_Open]:
    """Drop the clusters whose first date is more than `window` days before `day`.

    Clusters enter a queue in date order, so the closed ones are at its front.
    """
    while day is not None and queue and queue[0].first is not None:
        if day - queue[0].first <= window:
            break
        queue.popleft()
    return queue


@dataclass(frozen=True, slots=True)
class Prepared:
    """A report with what clustering reads of it, worked out once (see `prepare`)."""

    type: str
    report: Report
    seen: _Seen
    day: int | None  # ordinal of the report's date; None when undated


def prepare(events: Iterable[Record], *, places: Places | None = None) -> list[Prepared]:
    """Each event as clustering reads it, in the order given."""
    places = places or {}
    return [
        Prepared(
            type=event["type"],
            report=(report := _report(event)),
            seen=_Seen(
                actors=countries(event["actor"]),
                recipients=countries(event["recipient"]),
                place=place_of(event, places),
            ),
            day=date.fromisoformat(report.date).toordinal() if report.date else None,
        )
        for event in events
    ]


def cluster_order(events: list[Record]) -> list[int]:
    """Positions of `events` in the order clustering takes them: by date, undated last."""
    return sorted(
        range(len(events)),
        key=lambda i: (event_date(events[i]) is None, event_date(events[i]) or ""),
    )


def cluster_events(
    events: list[Record],
    *,
    places: Places | None = None,
    config: ClusterConfig | None = None,
) -> list[LedgerEvent]:
    """Group event reports into ledger events, in order of their first date.

    Reports are taken in date order (undated ones last), so a cluster whose first
    date is past the window is closed for good and no longer compared. Open
    clusters are queued by type and by the actor countries of their first report:
    a report whose actors share none of them cannot share the dyad, so each
    report is compared only with the open clusters of its type and countries.
    Dates are ISO dates (YYYY-MM-DD), so their text order is their date order.
    """
    prepared = prepare(events, places=places)
    return cluster_prepared([prepared[i] for i in cluster_order(events)], config=config)


def cluster_prepared(
    reports: Iterable[Prepared], *, config: ClusterConfig | None = None
) -> list[LedgerEvent]:
    """`cluster_events` over prepared reports already in cluster order."""
    run = Greedy(config=config or load_config().clusters)
    for item in reports:
        run.add(item)
    return [c.event for c in run.clusters]


class Greedy:
    """The clustering of `cluster_events` one report at a time, in cluster order.

    `clusters` are in creation order; `add` returns the index of the report's cluster.
    Open clusters are queued by (type, actor country); `latest` holds each type's
    latest dated report, the horizon an undated report sees.
    """

    def __init__(self, *, config: ClusterConfig) -> None:
        self.config = config
        self.clusters: list[_Open] = []
        self.queues: dict[tuple[str, str], deque[_Open]] = {}
        self.latest: dict[str, int] = {}

    def add(self, item: Prepared) -> int:
        kind, seen, config = item.type, item.seen, self.config
        if item.day is not None:
            self.latest[kind] = item.day
        # an undated report sees the clusters still open at its type's latest date
        horizon = self.latest.get(kind)
        queues = self.queues
        found = [
            _expire(queues[(kind, c)], horizon, config.window_days)
            for c in seen.actors
            if (kind, c) in queues
        ]
        candidates: Iterable[_Open] = (
            found[0]
            if len(found) == 1
            else sorted({id(o): o for q in found for o in q}.values(), key=lambda o: o.order)
        )
        home = next((c for c in candidates if _fits(seen, c, config=config)), None)
        if home is None:
            home = _Open(event=LedgerEvent(type=kind), order=len(self.clusters), first=item.day)
            self.clusters.append(home)
            for c in seen.actors:
                queues.setdefault((kind, c), deque()).append(home)
        home.event.reports.append(item.report)
        home.seen.append(seen)
        return home.order


def _report(event: Record) -> Report:
    return Report(
        document=event.get("document") or "",
        outlet=event.get("outlet"),
        source=actor_key(event.get("source")),
        date=event_date(event),
        evidence=event.get("evidence") or "",
        duplicate_of=event.get("duplicate_of"),
        record=event,
    )


def representatives(clusters: list[LedgerEvent]) -> list[Record]:
    """One event record per ledger event (its first report), to count happenings."""
    return [c.reports[0].record for c in clusters]
