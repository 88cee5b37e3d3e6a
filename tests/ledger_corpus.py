"""A small hand-built ledger: event and claim dicts as Store.events()/claims() return them."""

from __future__ import annotations

from typing import Any

KURSK = {"name": "Kursk region", "country": "RUS", "level": "admin1", "lat": 51.65, "lon": 36.03}


def actors(codes: list[str]) -> list[dict[str, Any]]:
    return [{"name": c, "country": c, "sector": None} for c in codes]


def event(kind: str, actor: list[str], recipient: list[str], **extra: Any) -> dict[str, Any]:
    document = extra.pop("document", "d1")
    return {
        "document": document,
        "published": extra.pop("published", None),
        "outlet": extra.pop("outlet", "Meridian Wire"),
        "duplicate_of": extra.pop("duplicate_of", None),
        "type": kind,
        "mode": extra.pop("mode", None),
        "context": [],
        "actor": actors(actor),
        "recipient": actors(recipient),
        "place": extra.pop("place", None),
        "date": extra.pop("date", None),
        "factuality": extra.pop("factuality", "reported"),
        "source": None,
        "claims": [],
        "trigger": None,
        "evidence": f"{kind} {document}",
        **extra,
    }


# (expected scores: AID 10, ASSAULT heavy-weapons -9.5, CONSULT visit 4, ACCUSE -3, SANCTION -6)
SMALL = [
    event("AID", ["PRK"], ["RUS"], date="2025-01-07", document="e1", place="Kursk region"),
    event(
        "ASSAULT", ["PRK", "RUS"], ["UKR"], date="2025-01-08", mode="heavy-weapons", document="e2"
    ),
    event(
        "CONSULT", ["RUS", "PRK"], ["RUS", "PRK"], date="2025-01-20", mode="visit", document="e3"
    ),
    event("ACCUSE", ["UKR"], ["PRK"], date="2025-02-03", factuality="asserted", document="e4"),
    event("AID", ["PRK"], ["RUS"], date="2025-02-04", factuality="denied", document="e5"),
    event(
        "THREATEN", ["PRK"], ["KOR"], date="2025-02-05", factuality="hypothetical", document="e6"
    ),
    event("AID", ["PRK"], ["RUS"], published="2025-02-10", document="e7"),
    event("SANCTION", ["GBR"], ["RUS"], date="2025-02-11", document="e8"),
    event("AID", ["PRK"], ["RUS"], document="e9"),  # no date at all: not in any period
]


def analyses(events: list[dict[str, Any]], claims: list[dict[str, Any]]) -> list[Any]:
    """Analyses holding these records, one per document, to store them as heron would."""
    from heron.records import Analysis, Claim, Event, Place

    docs: dict[str, Any] = {}
    for kind, records in (("events", events), ("claims", claims)):
        for record in records:
            doc = docs.setdefault(
                record["document"],
                Analysis(
                    id=record["document"],
                    text=record["document"] + ": ",  # distinct texts, distinct content hashes
                    published=record["published"] or record.get("date"),
                    outlet=record["outlet"],
                    pipeline={"version": "test"},
                ),
            )
            start = len(doc.text)
            doc.text += record["evidence"] + ". "
            item = (Event if kind == "events" else Claim).from_dict(record)
            item.span = (start, start + len(record["evidence"]))
            getattr(doc, kind).append(item)
            if record.get("place") == KURSK["name"] and not doc.places:
                doc.places.append(Place.from_dict(KURSK))
    return list(docs.values())
