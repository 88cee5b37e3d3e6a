"""What the API's views read of every event, worked out once per snapshot.

`EventViews`: each event's clustering input, rank in clustering order, week,
quad class and map place, and indexes for the filters (by actor, by date, one
text to search). `LedgerViews`: every event clustered once, which filtered
ledger events reuse (heron.ledger.subsets), and what dyads and the network
count of each event. Positions are indexes in `Snapshot.events`; ranks are
positions in clustering order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from heron.ledger.clusters import Prepared, cluster_order, prepare
from heron.ledger.dyads import Counted, PairColumns, counted, pair_columns
from heron.ledger.network import TieColumns, tie_columns
from heron.ledger.subsets import Clustering, clustering
from heron.ontology import load as load_ontology

if TYPE_CHECKING:
    from heron.api.data import Snapshot


@dataclass(frozen=True)
class EventViews:
    """What the event views read of every event, by its position in `Snapshot.events`."""

    prepared: list[Prepared]  # clustering input
    rank: list[int]  # position in clustering order (by date, undated last)
    order: list[int]  # clustering order: positions by rank
    dated: list[str]  # the dates of the dated events, by rank (undated ones rank last)
    # every event's lower-cased text (Item.text), in position order, each after a NUL;
    # None if a text holds a NUL itself
    text: str | None
    text_starts: list[int]  # position -> where its text starts in `text`; one more: the end
    by_actor: dict[str, list[int]]  # actor key -> positions, ascending
    quads: list[int]  # PLOVER quad class, 0 if unknown
    weeks: list[str | None]  # Monday of the event's ISO week
    spots: list[tuple[Any, ...] | None]  # map group key, None without a point


@dataclass(frozen=True)
class LedgerViews:
    """What the ledger views reuse, by rank (position in clustering order)."""

    clustering: Clustering  # every event clustered once; filters reuse it (heron.ledger.subsets)
    counted: list[Counted | None]  # what dyads and the network count of each event
    ties: TieColumns  # the same as arrays, for the network
    pairs: PairColumns  # and for dyads
    # how a ledger event whose first report is at this rank is listed: by first date
    # (undated last), then type; None: work it out from the event (see `_listed`)
    sort_keys: list[tuple[bool, str, str] | None]
    # the same as one number: place in the listing of every rank by key, then rank
    # (a subset's ledger events are made in rank order); -1 where the key is None
    listing: list[int]


def event_views(snap: Snapshot) -> EventViews:
    records = [i.record for i in snap.events]
    order = cluster_order(records)
    rank = [0] * len(order)
    for n, position in enumerate(order):
        rank[position] = n
    by_actor: dict[str, list[int]] = {}
    for position, item in enumerate(snap.events):
        for key in item.actors:
            by_actor.setdefault(key, []).append(position)
    quads = {code: t.quad for code, t in load_ontology().types.items()}
    spots: list[tuple[Any, ...] | None] = []
    for item in snap.events:
        place = snap.place_of(item.record) if item.points else None
        spots.append((place.get("geonameid") or place["name"], item.points[0]) if place else None)
    texts = [i.text for i in snap.events]
    starts, at = [], 0
    for text in texts:
        at += 1  # the NUL before it
        starts.append(at)
        at += len(text)
    starts.append(at + 1)
    return EventViews(
        text=None if any("\0" in t for t in texts) else "".join("\0" + t for t in texts),
        text_starts=starts,
        prepared=prepare(records, places=snap.places),
        rank=rank,
        order=order,
        dated=[d for i in order if (d := snap.events[i].day) is not None],
        by_actor=by_actor,
        quads=[quads.get(r["type"], 0) for r in records],
        weeks=[_monday(i.day) for i in snap.events],
        spots=spots,
    )


def _monday(day: str | None) -> str | None:
    if not day:
        return None
    when = date.fromisoformat(day)
    return (when - timedelta(days=when.weekday())).isoformat()


def ledger_views(views: EventViews) -> LedgerViews:
    """Every event clustered once, and the rest of `LedgerViews`, by rank."""
    base = clustering([views.prepared[i] for i in views.order])
    keys = [_listed(p) for p in base.reports]
    listing = [-1] * len(keys)
    known = [(key, r) for r, key in enumerate(keys) if key is not None]
    for n, (_, r) in enumerate(sorted(known)):
        listing[r] = n
    counts = [counted(p.report.record) for p in base.reports]
    return LedgerViews(
        clustering=base,
        counted=counts,
        ties=tie_columns(counts),
        pairs=pair_columns(counts),
        sort_keys=keys,
        listing=listing,
    )


def _listed(first: Prepared) -> tuple[bool, str, str] | None:
    """The listing key of a ledger event from its first report, when that decides it.

    Reports come in date order, undated (None) last, so a dated first report has the
    event's first date and an undated one an event without dates. A date of "" sorts
    first but does not count as a date: then the event's other reports decide.
    """
    if first.day is not None:
        return (False, first.report.date or "", first.type)
    if first.report.date is None:
        return (True, "", first.type)
    return None


def containing(views: EventViews, q: str) -> list[int] | None:
    """Positions, ascending, of the events whose text holds `q` (any case); None: scan them.

    One search through all texts at once: a match cannot run from one text into
    the next, as neither holds the NUL between them.
    """
    needle, text, starts = q.lower(), views.text, views.text_starts
    if text is None or "\0" in needle:
        return None
    out: list[int] = []
    at = text.find(needle)
    while at >= 0:
        position = bisect_right(starts, at) - 1
        out.append(position)
        at = text.find(needle, starts[position + 1])
    return out


def dated_between(views: EventViews, since: str | None, until: str | None) -> list[int]:
    """Positions, ascending, of the events dated in [since, until] (either may be open)."""
    lo = bisect_left(views.dated, since) if since else 0
    hi = bisect_right(views.dated, until) if until else len(views.dated)
    return sorted(views.order[lo:hi])
