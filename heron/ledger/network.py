"""The actor network: countries as nodes, ties weighted by cooperation and conflict.

An event ties each actor country to each recipient country (undirected, self
ties left out). A tie's cooperation is the sum of its events' positive PLOVER
scores, its conflict the sum of the negative scores' magnitudes, its net the
sum of all scores. Every tie also carries its change against the previous
window of the same length (the days just before `since`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from heron.ledger.config import DyadConfig
from heron.ledger.corpus import Record
from heron.ledger.dyads import Counted, scored

MEASURES = ("events", "cooperation", "conflict", "net")


@dataclass
class Tie:
    events: int = 0
    cooperation: float = 0.0
    conflict: float = 0.0

    @property
    def net(self) -> float:
        return self.cooperation - self.conflict

    def add(self, value: float) -> None:
        self.events += 1
        if value > 0:
            self.cooperation += value
        else:
            self.conflict += -value

    def values(self) -> dict[str, float]:
        return {m: round(getattr(self, m), 3) for m in MEASURES}


@dataclass
class Edge:
    source: str
    target: str
    now: Tie = field(default_factory=Tie)
    before: Tie = field(default_factory=Tie)

    def to_dict(self) -> dict[str, Any]:
        now, before = self.now.values(), self.before.values()
        change = {f"{m}_change": round(now[m] - before[m], 3) for m in MEASURES}
        return {"source": self.source, "target": self.target, **now, **change}


@dataclass
class Network:
    since: str
    until: str
    previous_since: str
    previous_until: str
    edges: list[Edge]

    def nodes(self) -> list[dict[str, Any]]:
        totals: dict[str, Tie] = {}
        for edge in self.edges:
            for code in (edge.source, edge.target):
                tie = totals.setdefault(code, Tie())
                tie.events += edge.now.events
                tie.cooperation += edge.now.cooperation
                tie.conflict += edge.now.conflict
        return [{"id": code, **totals[code].values()} for code in sorted(totals)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "previous": {"since": self.previous_since, "until": self.previous_until},
            "nodes": self.nodes(),
            "edges": [e.to_dict() for e in self.edges],
        }


def network(
    events: Iterable[Record],
    *,
    since: str | None = None,
    until: str | None = None,
    config: DyadConfig | None = None,
) -> Network:
    """Ties in [since, until] (default: the span of the events' dates), and their change."""
    return network_of(scored(events, config=config), since=since, until=until)


def network_of(
    events: Iterable[Counted], *, since: str | None = None, until: str | None = None
) -> Network:
    """`network` over events already counted (dyads.counted), in the same order."""
    rows = list(events)
    window = _Window.of(sorted({e.day for e in rows}), since=since, until=until)
    edges: dict[tuple[str, str], Edge] = {}
    for event in rows:
        slot = window.slots[event.day]
        if slot is None:
            continue
        for tie in event.ties:
            edge = edges.get(tie)
            if edge is None:
                edge = edges[tie] = Edge(*tie)
            (edge.now if slot == "now" else edge.before).add(event.value)
    return window.network([edges[k] for k in sorted(edges)])


@dataclass(frozen=True)
class _Window:
    """[start, end] and the window of the same length before it; each day's slot in them."""

    start: date
    end: date
    before_start: date
    before_end: date
    slots: dict[str, str | None]  # day -> "now", "before" or None (outside both)

    @classmethod
    def of(cls, days: list[str], *, since: str | None, until: str | None) -> _Window:
        """The window of `network` over events of these `days` (ascending)."""
        start = date.fromisoformat(
            since or (days[0] if days else until or date.today().isoformat())
        )
        end = (
            date.fromisoformat(until)
            if until
            else max(start, date.fromisoformat(days[-1] if days else start.isoformat()))
        )
        if end < start:
            raise ValueError(f"until {end} is before since {start}")
        length = (end - start).days + 1
        before_start, before_end = start - timedelta(days=length), start - timedelta(days=1)
        slots: dict[str, str | None] = {}
        for day in days:
            when = date.fromisoformat(day)
            if start <= when <= end:
                slots[day] = "now"
            elif before_start <= when <= before_end:
                slots[day] = "before"
            else:
                slots[day] = None
        return cls(start, end, before_start, before_end, slots)

    def network(self, edges: list[Edge]) -> Network:
        return Network(
            since=self.start.isoformat(),
            until=self.end.isoformat(),
            previous_since=self.before_start.isoformat(),
            previous_until=self.before_end.isoformat(),
            edges=edges,
        )


@dataclass(frozen=True)
class TieColumns:
    """Counted events (dyads.counted) as arrays, to tally many of them at once (`tally`)."""

    day: np.ndarray  # event -> index of its day in `days`; -1: the event does not count
    days: list[str]  # the days, ascending
    value: np.ndarray  # event -> its PLOVER score
    start: np.ndarray  # event -> where its ties begin in `tie` (one more: the end)
    tie: np.ndarray  # the ties of every event, event by event, as indexes in `ties`
    ties: list[tuple[str, str]]


def tie_columns(events: Sequence[Counted | None]) -> TieColumns:
    days = sorted({e.day for e in events if e is not None})
    day_index = {day: n for n, day in enumerate(days)}
    tie_index: dict[tuple[str, str], int] = {}
    start, tie = [0], []
    for event in events:
        for pair in event.ties if event is not None else ():
            tie.append(tie_index.setdefault(pair, len(tie_index)))
        start.append(len(tie))
    return TieColumns(
        day=np.array([day_index[e.day] if e else -1 for e in events], dtype=np.int64),
        days=days,
        value=np.array([e.value if e else 0.0 for e in events], dtype=np.float64),
        start=np.array(start, dtype=np.int64),
        tie=np.array(tie, dtype=np.int64),
        ties=list(tie_index),
    )


def tally(
    columns: TieColumns, rows: Sequence[int], *, since: str | None = None, until: str | None = None
) -> Network:
    """`network_of` the counted events at `rows` of `columns`, in that order, at once.

    Each tie's sums add the same scores in the same order as `network_of` (bincount
    adds in the order given, and adding 0.0 to these non-negative sums changes
    nothing), so the result is the same to the last bit.
    """
    picked = np.asarray(rows, dtype=np.int64)
    picked = picked[columns.day[picked] >= 0]
    day = columns.day[picked]
    present = np.unique(day).tolist()
    window = _Window.of([columns.days[n] for n in present], since=since, until=until)
    slot_of = np.full(len(columns.days) + 1, -1, dtype=np.int64)
    for n in present:
        slot_of[n] = {"now": 0, "before": 1, None: -1}[window.slots[columns.days[n]]]
    # every (event, tie), event by event
    begin, count = columns.start[picked], columns.start[picked + 1] - columns.start[picked]
    offsets = np.repeat(begin - (np.cumsum(count) - count), count) + np.arange(count.sum())
    tie = columns.tie[offsets]
    value = np.repeat(columns.value[picked], count)
    slot = np.repeat(slot_of[day], count)
    size = len(columns.ties)
    sums = []
    for code in (0, 1):
        chosen, scores = tie[slot == code], value[slot == code]
        sums.append(
            (
                np.bincount(chosen, minlength=size).tolist(),
                np.bincount(chosen, weights=np.where(scores > 0, scores, 0.0), minlength=size),
                np.bincount(chosen, weights=np.where(scores > 0, 0.0, -scores), minlength=size),
            )
        )
    edges = []
    (now_n, now_co, now_cf), (was_n, was_co, was_cf) = sums
    for n in sorted(
        set(np.flatnonzero(np.add(now_n, was_n)).tolist()), key=columns.ties.__getitem__
    ):
        edges.append(
            Edge(
                *columns.ties[n],
                now=Tie(now_n[n], float(now_co[n]), float(now_cf[n])),
                before=Tie(was_n[n], float(was_co[n]), float(was_cf[n])),
            )
        )
    return window.network(edges)


def graphml(net: Network) -> str:
    """The network as GraphML (undirected), node and edge measures as attributes."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    edge_keys = [*MEASURES, *(f"{m}_change" for m in MEASURES)]
    for name in MEASURES:
        ET.SubElement(
            root,
            "key",
            id=f"n_{name}",
            attrib={"for": "node", "attr.name": name, "attr.type": "double"},
        )
    for name in edge_keys:
        ET.SubElement(
            root,
            "key",
            id=f"e_{name}",
            attrib={"for": "edge", "attr.name": name, "attr.type": "double"},
        )
    graph = ET.SubElement(root, "graph", id="heron", edgedefault="undirected")
    for node in net.nodes():
        element = ET.SubElement(graph, "node", id=node["id"])
        for name in MEASURES:
            ET.SubElement(element, "data", key=f"n_{name}").text = str(node[name])
    for edge in net.edges:
        data = edge.to_dict()
        element = ET.SubElement(graph, "edge", source=edge.source, target=edge.target)
        for name in edge_keys:
            ET.SubElement(element, "data", key=f"e_{name}").text = str(data[name])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
