"""What the API reads: a snapshot of the store, filtered, and the ledger over it.

The API is read-only, so it loads every event, claim and document summary of
the store once (`Snapshot`) and filters in memory; the snapshot is reloaded
when the store's counts or newest ingest time change (checked at most once a
second). Ledger views (clusters, estimates, dyads, network) are the pure
functions of `heron.ledger` applied to the filtered records.

Two things are read straight from the tables because `Store` has no query for
them yet: a document's text (`document`) and a text search over documents
(`matching_documents`); `fingerprint` reads content hashes. They are marked
"store seam" below and can move into `heron.store` unchanged.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from heron.ledger.clusters import LedgerEvent, cluster_events, representatives
from heron.ledger.corpus import Record, actor_key, claim_date, event_date, places_index
from heron.ledger.dyads import dyad_series
from heron.ledger.estimates import Series, estimate_series
from heron.ledger.network import Network, network
from heron.ontology import load as load_ontology
from heron.store import Store
from heron.store.models import DocumentRow

# Clustering compares reports pairwise; above this many filtered reports the
# dyads and network count reports rather than ledger events (and say so).
CLUSTER_LIMIT = 20_000
STAMP_SECONDS = 1.0


@dataclass(frozen=True)
class Query:
    """The filters every list endpoint takes; None means no filter."""

    actor: str | None = None  # country code or "KOR SPY", either side
    country: str | None = None  # the country of the record's geocoded place
    type: str | None = None  # PLOVER event type
    measure: str | None = None  # claim measure
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    q: str | None = None  # case-insensitive words in the evidence (documents: title and text)


@dataclass(frozen=True, slots=True)
class Item:
    """A record with what the filters look at, worked out once per snapshot."""

    record: Record
    day: str | None
    actors: frozenset[str]  # country codes and "CODE SECTOR" keys
    countries: frozenset[str]  # countries of its geocoded places
    points: tuple[tuple[float, float], ...]  # (lon, lat)
    kinds: frozenset[str]  # event types or claim measures
    text: str  # lower-cased, for q


def _in_bbox(
    points: Iterable[tuple[float, float]], bbox: tuple[float, float, float, float]
) -> bool:
    west, south, east, north = bbox
    return any(west <= lon <= east and south <= lat <= north for lon, lat in points)


def matches(item: Item, query: Query, *, kind: str | None) -> bool:
    if query.actor and query.actor.upper() not in item.actors:
        return False
    if query.country and query.country.upper() not in item.countries:
        return False
    if kind and kind not in item.kinds:
        return False
    if query.since and (item.day is None or item.day < query.since):
        return False
    if query.until and (item.day is None or item.day > query.until):
        return False
    if query.bbox and not _in_bbox(item.points, query.bbox):
        return False
    return not (query.q and query.q.lower() not in item.text)


def _actor_keys(actors: Iterable[Record | None]) -> set[str]:
    keys: set[str] = set()
    for actor in actors:
        if actor and actor.get("country"):
            keys.add(actor["country"])
            key = actor_key(actor)
            if key:
                keys.add(key)
    return keys


def _point(place: Record | None) -> tuple[float, float] | None:
    if place is None or place.get("lat") is None or place.get("lon") is None:
        return None
    return (float(place["lon"]), float(place["lat"]))


@dataclass
class Snapshot:
    stamp: tuple[Any, ...]
    fingerprint: str
    events: list[Item]
    claims: list[Item]
    documents: list[Item]  # the record is a document summary
    places: dict[tuple[str, str], Record]
    by_id: dict[str, Record]  # document id -> analysis dict (no text)
    _clusters: list[LedgerEvent] | None = field(default=None, repr=False)

    def place_of(self, record: Record) -> Record | None:
        name = record.get("place")
        return self.places.get((record.get("document") or "", name)) if name else None


def _event_item(event: Record, snap_places: dict[tuple[str, str], Record]) -> Item:
    place = snap_places.get((event.get("document") or "", event.get("place") or ""))
    point = _point(place)
    return Item(
        record=event,
        day=event_date(event),
        actors=frozenset(_actor_keys([*event.get("actor", []), *event.get("recipient", [])])),
        countries=frozenset([place["country"]] if place and place.get("country") else []),
        points=(point,) if point else (),
        kinds=frozenset([event["type"]]),
        text=(event.get("evidence") or "").lower(),
    )


def _claim_item(claim: Record, snap_places: dict[tuple[str, str], Record]) -> Item:
    place = snap_places.get((claim.get("document") or "", claim.get("place") or ""))
    point = _point(place)
    words = " ".join(filter(None, [claim.get("evidence"), claim.get("source_text")]))
    return Item(
        record=claim,
        day=claim_date(claim),
        actors=frozenset(_actor_keys([claim.get("subject"), claim.get("source")])),
        countries=frozenset([place["country"]] if place and place.get("country") else []),
        points=(point,) if point else (),
        kinds=frozenset([claim["measure"]]),
        text=words.lower(),
    )


def _document_item(doc: Record, row: dict[str, Any]) -> Item:
    places = doc.get("places") or []
    summary = {
        "id": doc["id"],
        "title": doc.get("title"),
        "outlet": doc.get("outlet"),
        "url": doc.get("url"),
        "published": doc.get("published"),
        "duplicate_of": row.get("duplicate_of"),
        "pipeline_version": row.get("pipeline_version"),
        "events": len(doc.get("events") or []),
        "claims": len(doc.get("claims") or []),
        "quotes": len(doc.get("quotes") or []),
    }
    return Item(
        record=summary,
        day=doc.get("published"),
        actors=frozenset(_actor_keys(doc.get("actors") or [])),
        countries=frozenset(p["country"] for p in places if p.get("country")),
        points=tuple(p for p in map(_point, places) if p),
        kinds=frozenset(
            [e["type"] for e in doc.get("events") or []]
            + [c["measure"] for c in doc.get("claims") or []]
        ),
        text="",  # q on documents searches the stored text in the database
    )


def stamp(store: Store) -> tuple[Any, ...]:
    """Changes whenever a document is added or removed."""
    counts = store.counts()
    with store.session() as session:
        newest = session.scalar(select(func.max(DocumentRow.ingested_at)))
    return (*sorted(counts.items()), str(newest))


def _document_rows(store: Store) -> list[dict[str, Any]]:
    """Store seam: id, content hash, near-copy link and pipeline of every document."""
    columns = (
        DocumentRow.id,
        DocumentRow.content_hash,
        DocumentRow.duplicate_of,
        DocumentRow.pipeline_version,
        DocumentRow.config_hash,
    )
    with store.session() as session:
        return [row._asdict() for row in session.execute(select(*columns))]


def fingerprint(rows: list[dict[str, Any]]) -> str:
    """sha256 over every document's content hash and the pipeline that analysed it.

    Two databases with the same documents analysed by the same pipeline share it,
    whatever order they were ingested in.
    """
    digest = hashlib.sha256()
    for row in sorted(rows, key=lambda r: r["content_hash"]):
        digest.update(
            f"{row['content_hash']} {row['pipeline_version']} {row['config_hash']}\n".encode()
        )
    return digest.hexdigest()


def load_snapshot(store: Store) -> Snapshot:
    current = stamp(store)
    rows = {r["id"]: r for r in _document_rows(store)}
    documents = list(store.documents())
    places = places_index(documents)
    return Snapshot(
        stamp=current,
        fingerprint=fingerprint(list(rows.values())),
        events=[_event_item(e, places) for e in store.events()],
        claims=[_claim_item(c, places) for c in store.claims()],
        documents=[_document_item(d, rows.get(d["id"], {})) for d in documents],
        places=places,
        by_id={d["id"]: d for d in documents},
    )


class Data:
    """The API's view of one store; thread-safe (uvicorn runs handlers in a pool)."""

    def __init__(self, store: Store, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked = 0.0

    def snapshot(self) -> Snapshot:
        with self._lock:
            now = self._clock()
            due = now - self._checked >= STAMP_SECONDS
            if self._snapshot is None or (due and stamp(self.store) != self._snapshot.stamp):
                self._snapshot = load_snapshot(self.store)
            self._checked = now
            return self._snapshot

    # lists

    def events(self, query: Query) -> list[Record]:
        return [i.record for i in self.snapshot().events if matches(i, query, kind=query.type)]

    def claims(self, query: Query) -> list[Record]:
        return [i.record for i in self.snapshot().claims if matches(i, query, kind=query.measure)]

    def documents(self, query: Query) -> list[Record]:
        snap = self.snapshot()
        wanted = self.matching_documents(query.q) if query.q else None
        plain = Query(**{**query.__dict__, "q": None})
        out = []
        for item in snap.documents:
            if wanted is not None and item.record["id"] not in wanted:
                continue
            kinds_ok = all(k in item.kinds for k in (query.type, query.measure) if k)
            if kinds_ok and matches(item, plain, kind=None):
                out.append(item.record)
        return out

    def matching_documents(self, q: str) -> set[str]:
        """Store seam: ids of documents whose title or text holds `q` (any case)."""
        pattern = (
            "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        with self.store.session() as session:
            query = select(DocumentRow.id).where(
                or_(
                    func.lower(DocumentRow.title).like(pattern, escape="\\"),
                    func.lower(DocumentRow.text).like(pattern, escape="\\"),
                )
            )
            return set(session.scalars(query))

    def document(self, document_id: str) -> Record | None:
        """Store seam: one document's metadata, text and records."""
        with self.store.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                return None
            return {
                **row.analysis,
                "text": row.text,
                "duplicate_of": row.duplicate_of,
                "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
            }

    # ledger views

    def clusters(self, query: Query) -> list[LedgerEvent]:
        """Ledger events with at least one report that passes the filters."""
        reports = self.events(query)
        return _cluster(reports, self.snapshot().places)

    def estimates(
        self, query: Query, *, subject: str | None = None, by_place: bool = False
    ) -> list[Series]:
        return estimate_series(self.claims(query), subject=subject, by_place=by_place)

    def happenings(self, query: Query) -> tuple[list[Record], str]:
        """One record per ledger event, or every report when there are too many to cluster."""
        reports = self.events(query)
        if len(reports) > CLUSTER_LIMIT:
            return reports, "reports"
        return representatives(_cluster(reports, self.snapshot().places)), "events"

    def dyads(self, query: Query, *, by: str) -> tuple[list[Record], str]:
        happenings, unit = self.happenings(query)
        return [row.to_dict() for row in dyad_series(happenings, by=by)], unit

    def network(self, query: Query) -> tuple[Network, str]:
        happenings, unit = self.happenings(query)
        # the previous window of the same length is compared too, so take dates off the filter
        wider = self.events(Query(**{**query.__dict__, "since": None, "until": None}))
        if query.since or query.until:
            happenings = _within_previous(happenings, wider, query, unit, self.snapshot().places)
        return network(happenings, since=query.since, until=query.until), unit

    def places(self, query: Query) -> list[Record]:
        """Geocoded places of the filtered events, with reports by PLOVER quad class."""
        snap = self.snapshot()
        quads = {code: t.quad for code, t in load_ontology().types.items()}
        groups: dict[tuple[Any, ...], Record] = {}
        for item in snap.events:
            if not item.points or not matches(item, query, kind=query.type):
                continue
            place = snap.place_of(item.record)
            assert place is not None
            key = (place.get("geonameid") or place["name"], item.points[0])
            group = groups.setdefault(
                key,
                {
                    "place": place,
                    "reports": 0,
                    "documents": set(),
                    "quads": Counter(),
                    "types": Counter(),
                },
            )
            group["reports"] += 1
            group["documents"].add(item.record["document"])
            group["quads"][quads.get(item.record["type"], 0)] += 1
            group["types"][item.record["type"]] += 1
        out = [_feature(g) for g in groups.values()]
        out.sort(key=lambda f: (-f["properties"]["reports"], f["properties"]["name"]))
        return out

    def timeline(self, query: Query) -> list[Record]:
        """Event reports per ISO week (weeks start on Monday), by PLOVER quad class."""
        quads = {code: t.quad for code, t in load_ontology().types.items()}
        weeks: dict[str, Counter[int]] = {}
        for record in self.events(query):
            day = event_date(record)
            if not day:
                continue
            monday = date.fromisoformat(day) - timedelta(days=date.fromisoformat(day).weekday())
            weeks.setdefault(monday.isoformat(), Counter())[quads.get(record["type"], 0)] += 1
        return [
            {
                "week": week,
                "events": sum(weeks[week].values()),
                "quads": {str(q): weeks[week][q] for q in (1, 2, 3, 4)},
            }
            for week in sorted(weeks)
        ]


def _cluster(reports: list[Record], places: dict[tuple[str, str], Record]) -> list[LedgerEvent]:
    # reports of different types never share a cluster, so clustering each type apart
    # gives the same ledger events with far fewer comparisons
    by_type: dict[str, list[Record]] = {}
    for report in reports:
        by_type.setdefault(report["type"], []).append(report)
    clusters = [c for group in by_type.values() for c in cluster_events(group, places=places)]
    clusters.sort(key=lambda c: (c.first_seen is None, c.first_seen or "", c.type))
    return clusters


def _within_previous(
    happenings: list[Record],
    wider: list[Record],
    query: Query,
    unit: str,
    places: dict[tuple[str, str], Record],
) -> list[Record]:
    """The filtered happenings plus those of the window before `since`, for the change."""
    if not query.since:
        return happenings
    start = date.fromisoformat(query.since)
    end = date.fromisoformat(query.until) if query.until else None
    length = ((end - start).days + 1) if end else None
    earlier = start - timedelta(days=length) if length else None
    before = [
        r
        for r in wider
        if (day := event_date(r))
        and day < query.since
        and (earlier is None or day >= earlier.isoformat())
    ]
    if unit == "events" and len(before) <= CLUSTER_LIMIT:
        before = representatives(_cluster(before, places))
    return before + happenings


def _feature(group: Record) -> Record:
    place = group["place"]
    quads: Counter[int] = group["quads"]
    dominant = max((1, 2, 3, 4), key=lambda q: (quads[q], -q))
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": {
            "name": place["name"],
            "country": place.get("country"),
            "level": place.get("level"),
            "geonameid": place.get("geonameid"),
            "reports": group["reports"],
            "documents": len(group["documents"]),
            "quad": dominant if quads[dominant] else None,
            "quads": {str(q): quads[q] for q in (1, 2, 3, 4)},
            "types": dict(group["types"].most_common()),
        },
    }
