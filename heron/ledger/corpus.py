"""The ledger's input: stored record dicts, and helpers every ledger module shares.

A record is an event or claim dict of shared/spec/records.md plus "document",
"published", "outlet" and, where the store knows near-copies, "duplicate_of"
(the id of the document it copies). Places are looked up by (document, name)
in the documents' `places` lists, which hold their coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

Record = dict[str, Any]
Places = Mapping[tuple[str, str], Record]  # (document id, place name) -> place record


class Source(Protocol):
    """What the ledger reads from a Store."""

    def events(self) -> list[Record]: ...

    def claims(self) -> list[Record]: ...

    def documents(self) -> Iterable[Record]: ...


@dataclass
class Corpus:
    events: list[Record] = field(default_factory=list)
    claims: list[Record] = field(default_factory=list)
    places: dict[tuple[str, str], Record] = field(default_factory=dict)
    documents: list[Record] = field(default_factory=list)


def load(store: Source) -> Corpus:
    """Every stored event, claim and document of `store`."""
    documents = list(store.documents())
    return Corpus(
        events=store.events(),
        claims=store.claims(),
        places=places_index(documents),
        documents=documents,
    )


def places_index(documents: Iterable[Record]) -> dict[tuple[str, str], Record]:
    return {(doc["id"], p["name"]): p for doc in documents for p in doc.get("places") or []}


def place_of(record: Record, places: Places) -> Record | None:
    """The place record of an event or claim, if its document geocoded it."""
    name = record.get("place")
    return places.get((record.get("document") or "", name)) if name else None


def has_point(place: Record | None) -> bool:
    return place is not None and place.get("lat") is not None and place.get("lon") is not None


def event_date(record: Record) -> str | None:
    """The event date, else the date the document was published."""
    return record.get("date") or record.get("published")


def claim_date(record: Record) -> str | None:
    """The date a figure was stated, else the date the document was published."""
    return record.get("as_of") or record.get("published")


def countries(actors: Iterable[Record] | None) -> frozenset[str]:
    return frozenset(a["country"] for a in actors or [] if a.get("country"))


def actor_key(actor: Record | None) -> str | None:
    """'KOR SPY', 'PRK', or None for an actor without a country."""
    if not actor or not actor.get("country"):
        return None
    sector = actor.get("sector")
    return f"{actor['country']} {sector}" if sector else actor["country"]


def root(record: Record) -> str:
    """The document a record really comes from: the original of a near-copy."""
    return record.get("duplicate_of") or record.get("document") or ""


def distance_km(a: Record, b: Record) -> float:
    """Great-circle distance of two place records with lat/lon."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
