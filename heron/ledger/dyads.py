"""Dyad series: per ordered pair of actor countries and period, event counts and scores.

Each event counts once for every pair (actor country, recipient country) of
different countries it has. Its PLOVER score (heron.ontology, -10 conflict to
+10 cooperation) gives the pair's score sum and mean. Events of a skipped
factuality (denied, hypothetical: heron/ledger/config.toml) and undated events
do not count. To count happenings rather than reports, pass `happenings(events)`:
one event per ledger event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import numpy as np

from heron.ledger.clusters import cluster_events, representatives
from heron.ledger.config import DyadConfig
from heron.ledger.config import load as load_config
from heron.ledger.corpus import Places, Record, countries, event_date
from heron.ontology import load as load_ontology

PERIODS = ("day", "week", "month")


def period_of(day: str, by: str) -> str:
    """'2025-01-07' by day, '2025-W02' by ISO week, '2025-01' by month."""
    if by == "day":
        return day
    if by == "month":
        return day[:7]
    if by == "week":
        year, week, _ = date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


def pairs(event: Record) -> list[tuple[str, str]]:
    """The ordered (actor, recipient) country pairs of an event, self-pairs left out."""
    return sorted(
        (a, b) for a in countries(event["actor"]) for b in countries(event["recipient"]) if a != b
    )


def score(event: Record) -> float | None:
    ontology = load_ontology()
    if event.get("type") not in ontology.types:
        return None
    return ontology.score(event["type"], event.get("mode"))


def countable(events: Iterable[Record], *, config: DyadConfig | None = None) -> list[Record]:
    """The events that dyads and the network count: a PLOVER type, a factuality not skipped."""
    config = config or load_config().dyads
    return [
        e
        for e in events
        if score(e) is not None and e.get("factuality") not in config.skip_factuality
    ]


def happenings(events: Iterable[Record], *, places: Places | None = None) -> list[Record]:
    """One event per ledger event (clusters.cluster_events), of the events that count."""
    return representatives(cluster_events(countable(events), places=places))


@dataclass(frozen=True, slots=True)
class Counted:
    """An event as dyads and the network count it, worked out once (see `counted`)."""

    type: str
    day: str
    value: float  # PLOVER score
    pairs: tuple[tuple[str, str], ...]  # ordered (actor, recipient), as `pairs` gives them
    ties: tuple[tuple[str, str], ...]  # the same pairs unordered (sorted within), each once


def counted(event: Record, *, config: DyadConfig | None = None) -> Counted | None:
    """What dyads and the network read of `event`; None when it does not count there.

    An event counts when it is dated, of a PLOVER type and of a factuality not skipped.
    """
    config = config or load_config().dyads
    day, value = event_date(event), score(event)
    if not day or value is None or event.get("factuality") in config.skip_factuality:
        return None
    ordered = pairs(event)
    ties = sorted({(a, b) if a <= b else (b, a) for a, b in ordered})
    return Counted(event["type"], day, value, tuple(ordered), tuple(ties))


def scored(events: Iterable[Record], *, config: DyadConfig | None = None) -> Iterator[Counted]:
    """The events that count in dyads and the network, as counted."""
    config = config or load_config().dyads
    for event in events:
        found = counted(event, config=config)
        if found is not None:
            yield found


@cache
def _type_order() -> dict[str, int]:
    return {code: n for n, code in enumerate(load_ontology().types)}


@dataclass
class DyadPeriod:
    actor: str
    recipient: str
    period: str
    counts: dict[str, int] = field(default_factory=dict)  # PLOVER type -> events
    score_sum: float = 0.0

    @property
    def events(self) -> int:
        return sum(self.counts.values())

    @property
    def score_mean(self) -> float:
        return self.score_sum / self.events if self.events else 0.0

    def to_dict(self) -> dict[str, Any]:
        order = _type_order()
        return {
            "actor": self.actor,
            "recipient": self.recipient,
            "period": self.period,
            "events": self.events,
            "counts": dict(sorted(self.counts.items(), key=lambda kv: order[kv[0]])),
            "score_sum": round(self.score_sum, 3),
            "score_mean": round(self.score_mean, 3),
        }


def dyad_series(
    events: Iterable[Record],
    *,
    by: str = "month",
    actor: str | None = None,
    recipient: str | None = None,
    config: DyadConfig | None = None,
) -> list[DyadPeriod]:
    """Rows per (actor, recipient, period), sorted; optionally one actor or recipient only."""
    return dyad_rows(scored(events, config=config), by=by, actor=actor, recipient=recipient)


def dyad_rows(
    events: Iterable[Counted],
    *,
    by: str = "month",
    actor: str | None = None,
    recipient: str | None = None,
) -> list[DyadPeriod]:
    """`dyad_series` over events already counted (`counted`), in the same order."""
    actor, recipient = actor and actor.upper(), recipient and recipient.upper()
    counts: dict[tuple[str, str, str], dict[str, int]] = {}
    sums: dict[tuple[str, str, str], float] = {}
    periods: dict[str, str] = {}  # day -> period, as a ledger has few days and many events
    for event in events:
        period = periods.get(event.day)
        if period is None:
            period = periods[event.day] = period_of(event.day, by)
        for a, b in event.pairs:
            if (actor and a != actor) or (recipient and b != recipient):
                continue
            key = (a, b, period)
            found = counts.get(key)
            if found is None:
                counts[key] = {event.type: 1}
                sums[key] = 0.0 + event.value
            else:
                found[event.type] = found.get(event.type, 0) + 1
                sums[key] += event.value
    return [DyadPeriod(*key, counts=counts[key], score_sum=sums[key]) for key in sorted(counts)]


@dataclass(frozen=True)
class PairColumns:
    """Counted events as arrays, to tally the dyads of many of them at once (`dyad_tally`)."""

    day: np.ndarray  # event -> index of its day in `days`; -1: the event does not count
    days: list[str]  # the days, ascending
    value: np.ndarray  # event -> its PLOVER score
    type: np.ndarray  # event -> index of its type in `types`
    types: list[str]
    start: np.ndarray  # event -> where its pairs begin in `pair` (one more: the end)
    pair: np.ndarray  # the ordered pairs of every event, event by event, as indexes in `pairs`
    pairs: list[tuple[str, str]]


def pair_columns(events: Sequence[Counted | None]) -> PairColumns:
    days = sorted({e.day for e in events if e is not None})
    types = sorted({e.type for e in events if e is not None})
    day_index = {day: n for n, day in enumerate(days)}
    type_index = {kind: n for n, kind in enumerate(types)}
    pairs = sorted({p for e in events if e is not None for p in e.pairs})
    pair_index = {found: n for n, found in enumerate(pairs)}  # in order: rows come sorted
    start, pair = [0], list[int]()
    for event in events:
        pair.extend(pair_index[found] for found in (event.pairs if event is not None else ()))
        start.append(len(pair))
    return PairColumns(
        day=np.array([day_index[e.day] if e else -1 for e in events], dtype=np.int64),
        days=days,
        value=np.array([e.value if e else 0.0 for e in events], dtype=np.float64),
        type=np.array([type_index[e.type] if e else 0 for e in events], dtype=np.int64),
        types=types,
        start=np.array(start, dtype=np.int64),
        pair=np.array(pair, dtype=np.int64),
        pairs=pairs,
    )


def dyad_tally(
    columns: PairColumns,
    rows: Sequence[int],
    *,
    by: str = "month",
    actor: str | None = None,
    recipient: str | None = None,
) -> list[DyadPeriod]:
    """`dyad_rows` of the counted events at `rows` of `columns`, in that order, at once.

    Each row's score sum adds the same scores in the same order as `dyad_rows`
    (bincount adds in the order given), so the result is the same to the last bit.
    """
    picked = np.asarray(rows, dtype=np.int64)
    picked = picked[columns.day[picked] >= 0]
    begin, count = columns.start[picked], columns.start[picked + 1] - columns.start[picked]
    offsets = np.repeat(begin - (np.cumsum(count) - count), count) + np.arange(count.sum())
    pair, event = columns.pair[offsets], np.repeat(picked, count)  # every (event, pair)
    if actor or recipient:
        wanted = np.array(
            [
                not ((actor and a != actor.upper()) or (recipient and b != recipient.upper()))
                for a, b in columns.pairs
            ],
            dtype=bool,
        )
        keep = wanted[pair] if len(columns.pairs) else np.zeros(0, dtype=bool)
        pair, event = pair[keep], event[keep]
    periods = sorted({period_of(day, by) for day in columns.days})
    period_index = {period: n for n, period in enumerate(periods)}
    period_of_day = np.array(
        [period_index[period_of(day, by)] for day in columns.days] or [0], dtype=np.int64
    )
    width = max(len(periods), 1)
    # one key per (pair, period); pairs and periods are numbered in order, so keys are too
    keys, row = np.unique(pair * width + period_of_day[columns.day[event]], return_inverse=True)
    sums = np.bincount(row, weights=columns.value[event], minlength=len(keys)).tolist()
    kinds = len(columns.types)
    cells, tallies = np.unique(row * kinds + columns.type[event], return_counts=True)
    counts: list[dict[str, int]] = [{} for _ in keys]
    for cell, n in zip(cells.tolist(), tallies.tolist(), strict=True):
        counts[cell // kinds][columns.types[cell % kinds]] = n
    pair_of, period_at = np.divmod(keys, width)
    names = columns.pairs
    return [
        DyadPeriod(names[p][0], names[p][1], periods[q], counts=c, score_sum=total)
        for p, q, c, total in zip(pair_of.tolist(), period_at.tolist(), counts, sums, strict=True)
    ]
