"""The JSON API in-process (FastAPI TestClient) over a small hand-written ledger."""

from __future__ import annotations

import re
import socket
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from test_api_corpus import build_store, kursk_january

from heron.api import create_app
from heron.api.data import Data, Query, matches
from heron.api.server import RemoteHostError, bind, is_loopback
from heron.ledger.clusters import cluster_prepared

API = "/api/v1"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api") / "ledger.db")


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def get(client, path, **params):
    response = client.get(API + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(body, key="id"):
    return sorted(item[key] for item in body["items"])


def test_meta(client):
    meta = get(client, "/meta")
    assert re.fullmatch(r"[0-9a-f]{64}", meta["fingerprint"])
    assert meta["counts"]["documents"] == 4 and meta["counts"]["events"] == 6
    assert meta["dates"] == {"first": "2025-01-07", "last": "2025-03-09"}
    assert {"code": "ASSAULT", "quad": 4} in meta["types"]
    assert "deployed" in meta["measures"] and meta["quads"]["1"] == "verbal cooperation"


def _serve_everything(store):
    data = Data(store)
    snap = data.snapshot()
    snap.views(), snap.ledger(), data.clusters(Query()), data.network(Query(since="2025-01-01"))
    data.dyads(Query(actor="PRK"), by="week"), data.places(Query()), data.timeline(Query())
    data.estimate_rows(Query(), subject=None, by_place=False, figures=True)
    return data, snap


def test_a_replaced_snapshot_is_freed_without_the_garbage_collector(store):
    # heron.api.heap freezes snapshots out of collections, so they must hold no
    # reference cycles: then reference counting frees a replaced one, all of it
    import gc
    import weakref

    _serve_everything(store)  # first-time caches (ontology, config) are no garbage
    gc.collect()
    gc.disable()
    try:
        data, snap = _serve_everything(store)
        gone = weakref.ref(snap)
        del snap, data
        assert gone() is None
        assert gc.collect() == 0  # nothing was left for the collector
    finally:
        gc.enable()


def test_fingerprint_follows_the_documents(tmp_path):
    first = TestClient(create_app(build_store(tmp_path / "a.db"))).get(f"{API}/meta").json()
    second = TestClient(create_app(build_store(tmp_path / "b.db"))).get(f"{API}/meta").json()
    assert first["fingerprint"] == second["fingerprint"]  # same documents, another file


def test_snapshot_reloads_when_the_store_changes(tmp_path):
    from test_api_corpus import khartoum

    store = build_store(tmp_path / "c.db")
    now = [0.0]
    data = Data(store, clock=lambda: now[0])
    before = data.snapshot()
    assert len(data.events(Query())) == 6
    with store.session() as session:
        doc = khartoum()
        doc.id, doc.text = "khartoum-2", doc.text + " More later."
        store.add(session, doc)
        session.commit()
    assert data.snapshot() is before  # checked at most once a second
    now[0] = 5.0
    assert len(data.events(Query())) == 7
    assert data.snapshot().fingerprint != before.fingerprint


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["hostile", "khartoum", "kursk-jan", "kursk-mar"]),
        ({"actor": "PRK"}, ["kursk-jan", "kursk-mar"]),
        ({"actor": "prk mil"}, ["kursk-jan", "kursk-mar"]),
        ({"country": "SDN"}, ["khartoum"]),
        ({"type": "consult"}, ["hostile"]),
        ({"measure": "deployed"}, ["kursk-jan", "kursk-mar"]),
        ({"since": "2025-02-01", "until": "2025-02-28"}, ["hostile", "khartoum"]),
        ({"bbox": "30,45,40,55"}, ["kursk-jan", "kursk-mar"]),
        ({"q": "MARKET"}, ["khartoum"]),
        ({"q": "100%"}, []),
    ],
)
def test_documents_filters(client, params, expected):
    assert ids(get(client, "/documents", limit=100, **params)) == expected


def test_documents_page(client):
    first = get(client, "/documents", limit=2)
    second = get(client, "/documents", limit=2, offset=2)
    assert first["total"] == second["total"] == 4
    assert [d["id"] for d in first["items"]] == ["kursk-jan", "khartoum"]  # by publication date
    assert len(second["items"]) == 2 and first["items"][0]["events"] == 2
    assert "text" not in first["items"][0]


def test_document(client):
    doc = get(client, "/documents/kursk-jan")
    assert doc["text"].startswith("About 11,000 North Korean soldiers")
    for record in doc["events"] + doc["claims"]:
        assert doc["text"][record["span"][0] : record["span"][1]] == record["evidence"]
    assert doc["outlet"] == "Meridian Wire" and doc["duplicate_of"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 6),
        ({"type": "ASSAULT"}, 3),
        ({"actor": "PRK"}, 3),
        ({"actor": "UKR"}, 2),
        ({"country": "RUS"}, 3),
        ({"bbox": "-10,40,10,50"}, 2),
        ({"since": "2025-02-02", "until": "2025-03-09"}, 4),
        ({"until": "2025-01-31"}, 2),
        ({"q": "shelled"}, 1),
        ({"type": "ASSAULT", "country": "SDN"}, 1),
    ],
)
def test_events_filters(client, params, expected):
    assert get(client, "/events", **params)["total"] == expected


def test_event_clusters(client):
    body = get(client, "/events", view="clusters", actor="PRK")
    assert (
        body["view"] == "clusters" and body["total"] == 3
    )  # January and March assaults: weeks apart
    aid = next(c for c in body["items"] if c["type"] == "AID")
    assert aid["actor"] == ["PRK"] and aid["recipient"] == ["RUS"] and aid["reports"] == 1
    assert aid["evidence"][0]["document"] == "kursk-jan"


@pytest.mark.parametrize(
    "query",
    [
        Query(q="kursk"),
        Query(q="KURSK troops"),
        Query(q="s"),
        Query(q="no such words"),
        Query(q="a\0b"),
        Query(q="the", actor="PRK"),
        Query(since="2025-01-08"),
        Query(until="2025-01-31", type="ASSAULT"),
        Query(since="2025-01-01", until="2025-02-28", q="troops"),
    ],
)
def test_indexed_filters_find_what_a_scan_finds(store, query):
    data = Data(store)
    events = data.snapshot().events
    scan = [i for i, item in enumerate(events) if matches(item, query, kind=query.type)]
    assert data.positions(query) == scan


@pytest.mark.parametrize(
    "query",
    [
        Query(),
        Query(actor="PRK"),
        Query(actor="RUS", since="2025-01-01"),
        Query(since="2025-01-08", until="2025-03-09"),
        Query(type="ASSAULT"),
        Query(until="2025-01-31"),
    ],
)
def test_clusters_reuse_equals_clustering_the_filtered_reports(store, query):
    data = Data(store)
    views = data.snapshot().views()
    ordered = sorted(data.positions(query), key=views.rank.__getitem__)
    expected = cluster_prepared([views.prepared[i] for i in ordered])
    expected.sort(key=lambda c: (c.first_seen is None, c.first_seen or "", c.type))
    assert [c.to_dict() for c in data.clusters(query)] == [c.to_dict() for c in expected]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 4),
        ({"measure": "deployed"}, 2),
        ({"actor": "KOR"}, 2),
        ({"actor": "USA MIL"}, 1),
        ({"since": "2025-03-01"}, 1),
        ({"q": "medics"}, 1),
        ({"country": "RUS"}, 1),
    ],
)
def test_claims_filters(client, params, expected):
    assert get(client, "/claims", **params)["total"] == expected


def test_estimates(client):
    body = get(client, "/estimates", measure="deployed")
    assert body["total"] == 1
    series = body["items"][0]
    assert (series["subject"], series["measure"], series["sources"]) == ("PRK", "deployed", 2)
    assert (series["best"], series["low"], series["high"]) == (11500, 11000, 12000)
    assert [f["value"] for f in series["figures"]] == [11000, 12000]
    assert [f["source"] for f in series["figures"]] == ["KOR SPY", "USA MIL"]
    bare = get(client, "/estimates", subject="SDN", figures=False)
    assert [s["measure"] for s in bare["items"]] == ["killed"] and "figures" not in bare["items"][0]


def test_dyads(client):
    body = get(client, "/dyads", actor="PRK", by="month")
    assert body["unit"] == "events" and body["by"] == "month"
    rows = {(r["actor"], r["recipient"], r["period"]): r for r in body["items"]}
    assert rows[("PRK", "UKR", "2025-01")]["counts"] == {"ASSAULT": 1}
    assert rows[("PRK", "UKR", "2025-03")]["events"] == 1
    assert rows[("PRK", "RUS", "2025-01")]["score_sum"] > 0


def test_network(client):
    body = get(client, "/network")
    assert body["unit"] == "events"
    assert {n["id"] for n in body["nodes"]} >= {"PRK", "RUS", "UKR"}
    tie = next(e for e in body["edges"] if {e["source"], e["target"]} == {"PRK", "UKR"})
    assert tie["events"] == 2 and tie["conflict"] > 0
    later = get(client, "/network", since="2025-03-01", until="2025-03-31")
    tie = next(e for e in later["edges"] if {e["source"], e["target"]} == {"PRK", "UKR"})
    assert tie["events"] == 1 and later["previous"]["since"] == "2025-01-29"


def test_places_geojson(client):
    body = get(client, "/places")
    assert body["type"] == "FeatureCollection" and body["total"] == 3
    kursk = body["features"][0]
    assert kursk["geometry"] == {"type": "Point", "coordinates": [36.19, 51.73]}
    props = kursk["properties"]
    assert (props["name"], props["reports"], props["documents"]) == ("Kursk", 3, 2)
    assert props["quad"] == 4 and props["quads"] == {"1": 0, "2": 1, "3": 0, "4": 2}
    assert get(client, "/places", type="CONSULT")["features"][0]["properties"]["name"] == "Paris"
    assert get(client, "/places", bbox="0,0,1,1")["features"] == []


def test_timeline(client):
    weeks = get(client, "/timeline")["weeks"]
    assert weeks[0] == {
        "week": "2025-01-06",
        "events": 2,
        "quads": {"1": 0, "2": 1, "3": 0, "4": 1},
    }
    assert sum(w["events"] for w in weeks) == 6
    assert sum(w["events"] for w in get(client, "/timeline", actor="SDN")["weeks"]) == 1


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/events?since=2025-13-01", "since"),
        ("/events?since=20250101", "since"),
        ("/claims?until=yesterday", "until"),
        ("/events?since=2025-03-01&until=2025-02-01", "until"),
        ("/events?limit=0", "limit"),
        ("/events?limit=1001", "limit"),
        ("/events?offset=-1", "offset"),
        ("/events?limit=ten", "limit"),
        ("/events?type=BOMB", "type"),
        ("/claims?measure=eaten", "measure"),
        ("/events?actor=North%20Korea", "actor"),
        ("/events?country=RU", "country"),
        ("/places?bbox=1,2,3", "bbox"),
        ("/places?bbox=10,0,5,1", "bbox"),
        ("/events?view=tree", "view"),
        ("/dyads?by=year", "by"),
        ("/documents?q=", "q"),
    ],
)
def test_bad_parameters(client, path, parameter):
    response = client.get(API + path)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "E601" and error["parameter"] == parameter
    assert parameter in error["message"]


def test_page_past_the_end(client):
    response = client.get(f"{API}/events", params={"offset": 7})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E603"
    assert get(client, "/events", offset=6)["items"] == []  # the end itself is an empty page


def test_unknown_things(client):
    response = client.get(f"{API}/documents/nope")
    assert response.status_code == 404
    assert response.json()["error"] == {
        "code": "E602",
        "message": "no document 'nope'; list them at /api/v1/documents.",
        "parameter": "document_id",
    }
    assert client.get(f"{API}/nowhere").json()["error"]["code"] == "E604"
    response = client.post(f"{API}/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "E605"


@pytest.mark.parametrize("path", ["/", f"{API}/events", f"{API}/docs", "/static/app.js"])
def test_security_headers(client, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_host_guard(store):
    app = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8000").get(f"{API}/meta").status_code == 200
    response = TestClient(app, base_url="http://evil.example:8000").get(f"{API}/meta")
    assert response.status_code == 400 and response.json()["error"]["code"] == "E606"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data.strip()


@pytest.mark.parametrize("path", ["/", f"{API}/docs"])
def test_pages_load_only_local_scripts(client, path):
    parser = _Tags()
    parser.feed(client.get(path).text)
    scripts = [attrs.get("src") for tag, attrs in parser.tags if tag == "script"]
    assert scripts and all(src and src.startswith("/static/") for src in scripts)
    assert parser.script_text == ""  # no inline script
    for tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name in attrs), tag
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), value
            if value.startswith("/static/"):
                assert client.get(value).status_code == 200, value


def test_openapi_lists_every_endpoint(client):
    paths = get(client, "/openapi.json")["paths"]
    for name in (
        "meta",
        "documents",
        "events",
        "claims",
        "estimates",
        "dyads",
        "network",
        "places",
    ):
        assert f"{API}/{name}" in paths


def test_loopback_only_unless_asked():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
    with pytest.raises(RemoteHostError):
        bind("0.0.0.0", 0)
    bound = bind("127.0.0.1", 0)
    try:
        assert bound.port > 0 and bound.url == f"http://127.0.0.1:{bound.port}/"
    finally:
        bound.sock.close()


def test_served_connections_are_tcp():
    # asyncio sets TCP_NODELAY only on IPPROTO_TCP sockets; without it a response
    # written in two parts waits for the client's delayed ACK (~40 ms)
    bound = bind("127.0.0.1", 0)
    try:
        with socket.create_connection(("127.0.0.1", bound.port)):
            accepted, _ = bound.sock.accept()
            with accepted:
                assert accepted.proto == socket.IPPROTO_TCP
    finally:
        bound.sock.close()


def test_ingested_documents_are_served(pipeline, tmp_path):
    from heron.ingest import ingest
    from heron.records import Document
    from heron.store import open_store

    store = open_store(str(tmp_path / "ingested.db"))
    text = kursk_january().text
    report = ingest(
        [Document(id="wire-1", text=text, published="2025-01-07")], store, pipeline=pipeline
    )
    assert report.added == 1
    client = TestClient(create_app(store))
    doc = get(client, "/documents/wire-1")
    assert doc["text"] == text
    events = get(client, "/events")["items"]
    assert events and all(e["document"] == "wire-1" for e in events)
    assert any(c["measure"] == "deployed" for c in get(client, "/claims")["items"])


def test_date_index_lines_up_with_clustering_order():
    # an empty date sorts before every date in clustering order, None after them all
    from types import SimpleNamespace

    from heron.api.data import _event_item
    from heron.api.views import dated_between, event_views

    days = ["2025-01-03", "", None, "2025-01-01", "2025-01-02", ""]
    records = [
        {
            "document": f"d{n}",
            "type": "AID",
            "actor": [{"country": "PRK"}],
            "recipient": [{"country": "RUS"}],
            "date": day,
            "published": day,
            "evidence": "",
        }
        for n, day in enumerate(days)
    ]
    events = [_event_item(r, {}) for r in records]
    snap = SimpleNamespace(events=events, places={}, place_of=lambda record: None)
    views = event_views(snap)
    for since, until in [("2025-01-02", None), (None, "2025-01-02"), ("2025-01-01", "2025-01-01")]:
        query = Query(since=since, until=until)
        scan = [i for i, item in enumerate(events) if matches(item, query, kind=None)]
        assert dated_between(views, since, until) == scan
