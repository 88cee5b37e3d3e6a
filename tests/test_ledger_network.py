"""The actor network on the small hand-built ledger: weights, change, JSON and GraphML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from heron.ledger.network import graphml, network
from tests.ledger_corpus import SMALL

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def test_february_against_january():
    net = network(SMALL, since="2025-02-01", until="2025-02-28").to_dict()
    assert net["previous"] == {"since": "2025-01-04", "until": "2025-01-31"}
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert list(edges) == [("GBR", "RUS"), ("PRK", "RUS"), ("PRK", "UKR"), ("RUS", "UKR")]
    assert edges["PRK", "RUS"] == {
        "source": "PRK",
        "target": "RUS",
        "events": 1,  # the AID of 02-10; the denied AID is left out
        "cooperation": 10.0,
        "conflict": 0.0,
        "net": 10.0,
        "events_change": -1,  # January: an AID and a visit, counted once though both ways
        "cooperation_change": -4.0,
        "conflict_change": 0.0,
        "net_change": -4.0,
    }
    assert (edges["PRK", "UKR"]["conflict"], edges["PRK", "UKR"]["conflict_change"]) == (3.0, -6.5)
    assert (edges["RUS", "UKR"]["events"], edges["RUS", "UKR"]["net_change"]) == (0, 9.5)
    assert (edges["GBR", "RUS"]["net"], edges["GBR", "RUS"]["events_change"]) == (-6.0, 1)
    nodes = {
        n["id"]: (n["events"], n["cooperation"], n["conflict"], n["net"]) for n in net["nodes"]
    }
    assert nodes == {
        "GBR": (1, 0.0, 6.0, -6.0),
        "PRK": (2, 10.0, 3.0, 7.0),
        "RUS": (2, 10.0, 6.0, 4.0),
        "UKR": (1, 0.0, 3.0, -3.0),
    }


def test_default_window_is_the_span_of_the_dates():
    net = network(SMALL)
    assert (net.since, net.until) == ("2025-01-07", "2025-02-11")
    assert (net.previous_since, net.previous_until) == ("2024-12-02", "2025-01-06")
    assert all(e.before.events == 0 for e in net.edges)
    # ties: AID, ASSAULT (two), visit, ACCUSE, AID, SANCTION
    assert sum(e.now.events for e in net.edges) == 7


def test_until_before_since():
    with pytest.raises(ValueError, match="before"):
        network(SMALL, since="2025-02-01", until="2025-01-01")


def test_graphml():
    root = ET.fromstring(graphml(network(SMALL, since="2025-02-01", until="2025-02-28")))
    graph = root.find("g:graph", NS)
    assert graph is not None and graph.get("edgedefault") == "undirected"
    assert [n.get("id") for n in graph.findall("g:node", NS)] == ["GBR", "PRK", "RUS", "UKR"]
    edge = graph.findall("g:edge", NS)[1]
    assert (edge.get("source"), edge.get("target")) == ("PRK", "RUS")
    data = {d.get("key"): d.text for d in edge.findall("g:data", NS)}
    assert data["e_cooperation"] == "10.0" and data["e_net_change"] == "-4.0"
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    assert keys["e_conflict_change"] == "conflict_change"


def random_counted(seed):
    """Counted events over 60 days: some do not count, some tie several pairs."""
    import random
    from datetime import date, timedelta

    from heron.ledger.dyads import Counted

    rng = random.Random(seed)
    codes = ["PRK", "RUS", "UKR", "KOR", "USA"]
    events = []
    for _ in range(rng.randrange(0, 300)):
        if rng.random() < 0.1:
            events.append(None)
            continue
        day = (date(2025, 1, 1) + timedelta(days=rng.randrange(60))).isoformat()
        pairs = sorted({tuple(rng.sample(codes, 2)) for _ in range(rng.choice([0, 1, 1, 2, 3]))})
        ties = tuple(sorted({(a, b) if a <= b else (b, a) for a, b in pairs}))
        value = rng.choice([-10.0, -9.5, -0.3, 0.0, 0.1, 0.7, 4.0, 7.3])
        events.append(Counted("AID", day, value, tuple(pairs), ties))
    return events


@pytest.mark.parametrize("seed", range(40))
def test_tally_is_network_of_to_the_last_bit(seed):
    from heron.ledger.network import network_of, tally, tie_columns

    events = random_counted(seed)
    columns = tie_columns(events)
    rows = [r for r in range(len(events)) if (r * 7 + seed) % 3]  # a subset, in order
    rows = rows[::-1] if seed % 2 else rows  # and in another order
    for since, until in [(None, None), ("2025-01-20", "2025-02-10"), ("2025-02-01", None)]:
        expected = network_of([events[r] for r in rows if events[r]], since=since, until=until)
        got = tally(columns, rows, since=since, until=until)
        assert got == expected
