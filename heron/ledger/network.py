"""The actor network: countries as nodes, ties weighted by cooperation and conflict.

An event ties each actor country to each recipient country (undirected, self
ties left out). A tie's cooperation is the sum of its events' positive PLOVER
scores, its conflict the sum of the negative scores' magnitudes, its net the
sum of all scores. Every tie also carries its change against the previous
window of the same length (the days just before `since`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

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
    days = sorted({e.day for e in rows})
    start = date.fromisoformat(since or (days[0] if days else until or date.today().isoformat()))
    end = (
        date.fromisoformat(until)
        if until
        else max(start, date.fromisoformat(days[-1] if days else start.isoformat()))
    )
    if end < start:
        raise ValueError(f"until {end} is before since {start}")
    length = (end - start).days + 1
    before_start, before_end = start - timedelta(days=length), start - timedelta(days=1)
    slots: dict[str, str | None] = {}  # day -> "now", "before" or None (outside both)
    for day in days:
        when = date.fromisoformat(day)
        if start <= when <= end:
            slots[day] = "now"
        elif before_start <= when <= before_end:
            slots[day] = "before"
        else:
            slots[day] = None
    edges: dict[tuple[str, str], Edge] = {}
    for event in rows:
        slot = slots[event.day]
        if slot is None:
            continue
        for tie in event.ties:
            edge = edges.get(tie)
            if edge is None:
                edge = edges[tie] = Edge(*tie)
            (edge.now if slot == "now" else edge.before).add(event.value)
    return Network(
        since=start.isoformat(),
        until=end.isoformat(),
        previous_since=before_start.isoformat(),
        previous_until=before_end.isoformat(),
        edges=[edges[k] for k in sorted(edges)],
    )


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
