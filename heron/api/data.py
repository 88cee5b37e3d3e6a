"""What the API reads: a snapshot of the store, filtered, and the ledger over it.

The API is read-only, so it loads every event, claim and document summary of
the store once (`Snapshot`) and filters in memory; the snapshot is reloaded
when the store's counts or newest ingest time change (checked at most once a
second). Ledger views (clusters, estimates, dyads, network) are the pure
functions of `heron.ledger` applied to the filtered records.

What the views read of every event (its clustering input, week, quad class and
map place, indexes for the filters, and every event clustered once: see
heron.api.views) is worked out once per snapshot, the first time a view needs
it; a filter's ledger events are then copied from that clustering where that
gives what clustering the filtered reports would (heron.ledger.subsets). Each
view's result is kept per filter in the snapshot (`CACHE_SIZE` of them), so a
reload drops all of it. Once built, these long-lived objects are frozen out of
garbage collections (heron.api.heap).

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
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, or_, select

from heron.api.heap import settle
from heron.api.views import (
    EventViews,
    LedgerViews,
    containing,
    dated_between,
    event_views,
    ledger_views,
)
from heron.ledger.clusters import LedgerEvent, representatives
from heron.ledger.corpus import Record, actor_key, claim_date, event_date, places_index
from heron.ledger.dyads import DyadPeriod, dyad_tally
from heron.ledger.estimates import Series, estimate_series
from heron.ledger.network import Network, tally
from heron.ledger.subsets import first_ranks, ranked_subset
from heron.store import Store
from heron.store.models import DocumentRow

T = TypeVar("T")

STAMP_SECONDS = 1.0
CACHE_SIZE = 256  # view results kept per snapshot, the oldest dropped first


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
    _views: EventViews | None = field(default=None, repr=False)
    _ledger: LedgerViews | None = field(default=None, repr=False)
    _cache: dict[Hashable, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def place_of(self, record: Record) -> Record | None:
        name = record.get("place")
        return self.places.get((record.get("document") or "", name)) if name else None

    def views(self) -> EventViews:
        with self._lock:
            if self._views is None:
                self._views = event_views(self)
                settle()
            return self._views

    def ledger(self) -> LedgerViews:
        views = self.views()
        with self._lock:
            if self._ledger is None:
                self._ledger = ledger_views(views)
                settle()
            return self._ledger

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The result for `key`, computed once per snapshot (two threads may both compute)."""
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        value = compute()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                del self._cache[next(iter(self._cache))]
        return value


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
                settle()
            self._checked = now
            return self._snapshot

    def dates(self) -> tuple[str | None, str | None]:
        """The first and last event dates."""
        snap = self.snapshot()

        def compute() -> tuple[str | None, str | None]:
            days = [i.day for i in snap.events if i.day]
            return (min(days), max(days)) if days else (None, None)

        return snap.cached(("dates",), compute)

    # lists

    def positions(self, query: Query) -> list[int]:
        """Positions in `Snapshot.events` of the events that pass the filters, ascending."""
        snap = self.snapshot()

        def compute() -> list[int]:
            pools: list[Sequence[int]] = []
            if query.actor:
                pools.append(snap.views().by_actor.get(query.actor.upper(), []))
            date_pool = None
            if query.since or query.until:
                date_pool = dated_between(snap.views(), query.since, query.until)
                pools.append(date_pool)
            if query.q and (found := containing(snap.views(), query.q)) is not None:
                pools.append(found)
            pool = min(pools, key=len) if pools else range(len(snap.events))
            if pool is date_pool and query == Query(since=query.since, until=query.until):
                return list(pool)  # dated in [since, until] is the only filter
            events = snap.events
            return [i for i in pool if matches(events[i], query, kind=query.type)]

        return snap.cached(("positions", query), compute)

    def events(self, query: Query) -> list[Record]:
        events = self.snapshot().events
        return [events[i].record for i in self.positions(query)]

    def claims(self, query: Query) -> list[Record]:
        snap = self.snapshot()

        def compute() -> list[Record]:
            return [i.record for i in snap.claims if matches(i, query, kind=query.measure)]

        return snap.cached(("claims", query), compute)

    def documents(self, query: Query) -> list[Record]:
        snap = self.snapshot()
        return snap.cached(("documents", query), lambda: self._documents(snap, query))

    def _documents(self, snap: Snapshot, query: Query) -> list[Record]:
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
        """Ledger events of the reports that pass the filters."""
        return [event for _, event in self._ranked(query)]

    def _ranked(self, query: Query) -> list[tuple[int, LedgerEvent]]:
        snap = self.snapshot()
        return snap.cached(("clusters", query), lambda: _cluster(snap, self.positions(query)))

    def estimates(
        self, query: Query, *, subject: str | None = None, by_place: bool = False
    ) -> list[Series]:
        snap = self.snapshot()
        return snap.cached(
            ("estimates", query, subject, by_place),
            lambda: estimate_series(self.claims(query), subject=subject, by_place=by_place),
        )

    def estimate_rows(
        self, query: Query, *, subject: str | None, by_place: bool, figures: bool
    ) -> list[Record]:
        """The estimate series as JSON, most reported first (what /estimates pages through)."""

        def compute() -> list[Record]:
            found = self.estimates(query, subject=subject, by_place=by_place)
            series = [s.to_dict(reports=figures) for s in found]
            series.sort(key=lambda s: (-s["reports"], s["subject"] or "", s["measure"]))
            return series

        key = ("estimate_rows", query, subject, by_place, figures)
        return self.snapshot().cached(key, compute)

    def happenings(self, query: Query) -> tuple[list[Record], str]:
        """One record per ledger event of the filtered reports."""
        return representatives(self.clusters(query)), "events"

    def _happenings(self, query: Query) -> list[int]:
        """Ranks of the first reports of the filtered reports' ledger events, in their order."""
        snap = self.snapshot()

        def compute() -> list[int]:
            rank, ledger = snap.views().rank, snap.ledger()
            chosen = list(map(rank.__getitem__, self.positions(query)))
            firsts = first_ranks(ledger.clustering, chosen)
            listing = ledger.listing
            if any(listing[r] < 0 for r in firsts):  # some need their ledger event
                return [r for r, _ in self._ranked(query)]
            firsts.sort(key=listing.__getitem__)
            return firsts

        return snap.cached(("happenings", query), compute)

    def dyads(self, query: Query, *, by: str) -> tuple[list[DyadPeriod], str]:
        def compute() -> tuple[list[DyadPeriod], str]:
            pairs = self.snapshot().ledger().pairs
            return dyad_tally(pairs, self._happenings(query), by=by), "events"

        return self.snapshot().cached(("dyads", query, by), compute)

    def network(self, query: Query) -> tuple[Network, str]:
        def compute() -> tuple[Network, str]:
            ranks = self._happenings(query)
            if query.since:
                # the previous window of the same length is compared too
                ranks = self._previous(query) + ranks
            ties = self.snapshot().ledger().ties
            return tally(ties, ranks, since=query.since, until=query.until), "events"

        return self.snapshot().cached(("network", query), compute)

    def _previous(self, query: Query) -> list[int]:
        """Ranks of the happenings of the window of the same length just before `since`."""
        assert query.since
        start = date.fromisoformat(query.since)
        end = date.fromisoformat(query.until) if query.until else None
        earlier = start - timedelta(days=(end - start).days + 1) if end else None
        before = Query(
            **{
                **query.__dict__,
                "since": earlier.isoformat() if earlier else None,
                "until": (start - timedelta(days=1)).isoformat(),
            }
        )
        if earlier is None:  # no until: every dated report before since
            wider = self.positions(Query(**{**query.__dict__, "since": None, "until": None}))
            events = self.snapshot().events
            chosen = [i for i in wider if (d := events[i].day) and d < query.since]
            return [r for r, _ in _cluster(self.snapshot(), chosen)]
        return self._happenings(before)

    def places(self, query: Query) -> list[Record]:
        """Geocoded places of the filtered events, with reports by PLOVER quad class."""
        snap = self.snapshot()
        return snap.cached(("places", query), lambda: self._places(snap, query))

    def _places(self, snap: Snapshot, query: Query) -> list[Record]:
        views = snap.views()
        groups: dict[tuple[Any, ...], Record] = {}
        for position in self.positions(query):
            key = views.spots[position]
            if key is None:
                continue
            record = snap.events[position].record
            group = groups.get(key)
            if group is None:
                group = groups[key] = {
                    "place": snap.place_of(record),
                    "reports": 0,
                    "documents": set(),
                    "quads": Counter(),
                    "types": Counter(),
                }
            group["reports"] += 1
            group["documents"].add(record["document"])
            group["quads"][views.quads[position]] += 1
            group["types"][record["type"]] += 1
        out = [_feature(g) for g in groups.values()]
        out.sort(key=lambda f: (-f["properties"]["reports"], f["properties"]["name"]))
        return out

    def timeline(self, query: Query) -> list[Record]:
        """Event reports per ISO week (weeks start on Monday), by PLOVER quad class."""
        snap = self.snapshot()
        return snap.cached(("timeline", query), lambda: self._timeline(snap, query))

    def _timeline(self, snap: Snapshot, query: Query) -> list[Record]:
        views = snap.views()
        weeks: dict[str, Counter[int]] = {}
        for position in self.positions(query):
            monday = views.weeks[position]
            if monday:
                weeks.setdefault(monday, Counter())[views.quads[position]] += 1
        return [
            {
                "week": week,
                "events": sum(weeks[week].values()),
                "quads": {str(q): weeks[week][q] for q in (1, 2, 3, 4)},
            }
            for week in sorted(weeks)
        ]


def _cluster(snap: Snapshot, positions: list[int]) -> list[tuple[int, LedgerEvent]]:
    """Ledger events of the events at `positions`, sorted by first date, then type.

    Each with the rank of its first report (its representative).
    """
    rank, ledger = snap.views().rank, snap.ledger()
    clusters = ranked_subset(ledger.clustering, [rank[i] for i in positions])
    keys = ledger.sort_keys

    def listed(ranked: tuple[int, LedgerEvent]) -> tuple[bool, str, str]:
        key = keys[ranked[0]]
        if key is None:
            first = ranked[1].first_seen
            return (first is None, first or "", ranked[1].type)
        return key

    clusters.sort(key=listed)  # stable: ties stay in creation order
    return clusters


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
