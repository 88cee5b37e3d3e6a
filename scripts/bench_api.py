"""Latency of the JSON API over loopback, on a generated ledger of 100,000 events in SQLite.

    .venv/bin/python scripts/bench_api.py                 # 20,000 documents x 5 events
    .venv/bin/python scripts/bench_api.py --events 20000 --requests 20

The ledger is made of synthetic analysed documents (random countries, PLOVER
types, places and dates; a seeded generator, so runs compare) stored with
Store.add, and kept in --db for the next run. The server runs in a thread on a
free port of 127.0.0.1; each endpoint gets --requests requests (bounded), after
one warm-up request that also loads the snapshot. Prints p50/p95 in ms.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from heron.api.server import bind, make_server
from heron.ontology import load as load_ontology
from heron.records import Actor, Analysis, Claim, Event, Place
from heron.store import Store, open_store

COUNTRIES = [
    "PRK",
    "RUS",
    "UKR",
    "KOR",
    "USA",
    "CHN",
    "JPN",
    "IND",
    "PAK",
    "IRN",
    "ISR",
    "PSE",
    "SYR",
    "IRQ",
    "TUR",
    "SDN",
    "SSD",
    "ETH",
    "SOM",
    "YEM",
    "SAU",
    "EGY",
    "LBY",
    "MLI",
    "NER",
    "NGA",
    "COD",
    "FRA",
    "GBR",
    "DEU",
]
PLACES = [
    ("Kursk", "RUS", 51.73, 36.19),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Kharkiv", "UKR", 49.99, 36.23),
    ("Seoul", "KOR", 37.57, 126.98),
    ("Pyongyang", "PRK", 39.03, 125.75),
    ("Moscow", "RUS", 55.75, 37.62),
    ("Khartoum", "SDN", 15.55, 32.53),
    ("El Fasher", "SDN", 13.63, 25.35),
    ("Gaza", "PSE", 31.5, 34.47),
    ("Beirut", "LBN", 33.89, 35.5),
    ("Damascus", "SYR", 33.51, 36.29),
    ("Baghdad", "IRQ", 33.31, 44.36),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Sanaa", "YEM", 15.35, 44.21),
    ("Mogadishu", "SOM", 2.04, 45.34),
    ("Goma", "COD", -1.68, 29.22),
    ("Bamako", "MLI", 12.64, -8.0),
    ("Niamey", "NER", 13.51, 2.11),
    ("Tripoli", "LBY", 32.89, 13.19),
    ("Cairo", "EGY", 30.04, 31.24),
    ("Ankara", "TUR", 39.93, 32.86),
    ("Beijing", "CHN", 39.9, 116.4),
    ("Tokyo", "JPN", 35.68, 139.69),
    ("New Delhi", "IND", 28.61, 77.21),
    ("Islamabad", "PAK", 33.68, 73.05),
    ("Washington", "USA", 38.9, -77.04),
    ("Paris", "FRA", 48.85, 2.35),
    ("London", "GBR", 51.51, -0.13),
    ("Berlin", "DEU", 52.52, 13.4),
    ("Addis Ababa", "ETH", 9.03, 38.74),
]
MEASURES = ("deployed", "killed", "injured", "displaced", "arrested")
START = date(2024, 1, 1)


def synthetic(i: int, rng: random.Random, *, events: int, types: list[str]) -> Analysis:
    published = START + timedelta(days=rng.randrange(730))
    parts: list[str] = []
    records: list[tuple[str, object]] = []
    places = rng.sample(PLACES, 2)
    for n in range(events):
        kind = rng.choice(types)
        a, b = rng.sample(COUNTRIES, 2)
        where = places[n % 2]
        sentence = (
            f"Forces of {a} carried out {kind.lower()} against {b} near {where[0]} (item {n})."
        )
        records.append(("event", (sentence, kind, a, b, where)))
        parts.append(sentence)
    for n in range(2):
        subject, source = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
        value = rng.choice((40, 600, 4700, 11000, 12000, 15000))
        measure = rng.choice(MEASURES)
        sentence = (
            f"About {value:,} people were {measure}, officials of {source} said (figure {n})."
        )
        records.append(("claim", (sentence, measure, value, subject, source)))
        parts.append(sentence)
    text = " ".join(parts)
    doc = Analysis(id=f"bench-{i:06d}", text=text, published=published.isoformat())
    doc.title, doc.outlet = f"Synthetic report {i}", rng.choice(("Meridian", "Harbor", "Pacific"))
    doc.places = [
        Place(
            name=p[0],
            country=p[1],
            level="city",
            lat=p[2],
            lon=p[3],
            evidence=p[0],
            span=(text.index(p[0]), text.index(p[0]) + len(p[0])),
        )
        for p in places
        if p[0] in text
    ]
    for kind, payload in records:
        sentence = payload[0]  # type: ignore[index]
        span = (text.index(sentence), text.index(sentence) + len(sentence))
        if kind == "event":
            _, code, a, b, where = payload  # type: ignore[misc]
            day = published - timedelta(days=rng.randrange(3))
            doc.events.append(
                Event(
                    type=code,
                    mode=None,
                    actor=[Actor(name=a, country=a, sector="MIL")],
                    recipient=[Actor(name=b, country=b)],
                    factuality="reported",
                    evidence=sentence,
                    span=span,
                    place=where[0],
                    date=day.isoformat(),
                )
            )
        else:
            _, measure, value, subject, source = payload  # type: ignore[misc]
            doc.claims.append(
                Claim(
                    measure=measure,
                    value=value,
                    low=None,
                    high=None,
                    qualifier="approximate",
                    evidence=sentence,
                    span=span,
                    subject=Actor(name=subject, country=subject),
                    source=Actor(name=source, country=source, sector="GOV"),
                    source_text=f"officials of {source}",
                    factuality="reported",
                )
            )
    return doc


def build(path: Path, *, events: int, per_doc: int = 5) -> Store:
    store = open_store(str(path))
    have = store.counts()["events"]
    if have >= events:
        return store
    rng = random.Random(7)
    types = list(load_ontology().types)
    started = time.perf_counter()
    with store.session() as session:
        for i in range(have // per_doc, events // per_doc):
            store.add(session, synthetic(i, rng, events=per_doc, types=types))
            if i % 1000 == 999:
                session.commit()
                print(f"  stored {(i + 1) * per_doc:,} events", file=sys.stderr)
        session.commit()
    print(f"generated in {time.perf_counter() - started:.0f} s: {store.counts()}", file=sys.stderr)
    return store


def endpoints() -> list[tuple[str, list[dict[str, str]]]]:
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    return [
        ("/api/v1/meta", [{}]),
        ("/api/v1/events", [{"offset": str(50 * k)} for k in range(10)]),
        ("/api/v1/events", [{"actor": c} for c in COUNTRIES[:10]]),
        (
            "/api/v1/events",
            [{"type": "ASSAULT", "since": f"{m}-01", "until": f"{m}-28"} for m in months],
        ),
        ("/api/v1/events", [{"q": "kursk"}, {"q": "item 3"}, {"q": "against prk"}]),
        (
            "/api/v1/events",
            [
                {"view": "clusters", "actor": "PRK", "since": f"{m}-01", "until": f"{m}-28"}
                for m in months
            ],
        ),
        ("/api/v1/claims", [{"measure": m} for m in MEASURES]),
        ("/api/v1/documents", [{"actor": c} for c in COUNTRIES[:10]]),
        ("/api/v1/documents/bench-000123", [{}]),
        ("/api/v1/places", [{}, {"actor": "RUS"}]),
        ("/api/v1/timeline", [{}, {"actor": "UKR"}]),
        (
            "/api/v1/estimates",
            [{"figures": "false"}, {"subject": "PRK", "measure": "deployed", "limit": "1"}],
        ),
        ("/api/v1/dyads", [{"by": "month"}, {"actor": "PRK", "by": "week"}]),
        ("/api/v1/network", [{}, {"since": "2025-01-01", "until": "2025-03-31"}]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/heron-bench-api.db"))
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30, help="per endpoint (at most 200)")
    args = parser.parse_args()
    requests = max(1, min(args.requests, 200))
    store = build(args.db, events=args.events)
    bound = bind("127.0.0.1", 0)
    server = make_server(store, bound)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [bound.sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    print(f"{store.counts()}")
    print(f"{'endpoint':70s} {'p50 ms':>8s} {'p95 ms':>8s} {'bytes':>9s}")
    with httpx.Client(base_url=bound.url.rstrip("/"), timeout=120) as client:
        started = time.perf_counter()
        client.get("/api/v1/meta").raise_for_status()
        print(
            f"{'first request (loads the snapshot)':70s} {1000 * (time.perf_counter() - started):8.0f}"
        )
        for path, variants in endpoints():
            timings, size = [], 0
            client.get(path, params=variants[0]).raise_for_status()  # warm-up
            for n in range(requests):
                params = variants[n % len(variants)]
                began = time.perf_counter()
                response = client.get(path, params=params)
                timings.append(1000 * (time.perf_counter() - began))
                response.raise_for_status()
                size = max(size, len(response.content))
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
            label = path + ("?" + "&".join(f"{k}=…" for k in variants[0]) if variants[0] else "")
            print(f"{label:70s} {statistics.median(timings):8.1f} {p95:8.1f} {size:9d}")
    server.should_exit = True
    thread.join(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
