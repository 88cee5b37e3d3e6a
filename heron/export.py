"""Exports of analysed documents into other event formats."""

from __future__ import annotations

from typing import Any

from heron.ontology import load as load_ontology

# PLOVER's own rule: future cooperative acts of these types are coded AGREE
_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": actor.get("country"),
        "sector": actor.get("sector"),
        "entity_text": actor.get("name"),
        "identifier_text": actor.get("canonical"),
    }


def plover_events(doc: dict[str, Any], *, text: str | None = None) -> list[dict[str, Any]]:
    """The document's events in the PLOVER event JSON fields."""
    ontology = load_ontology()
    places = {p["name"]: p for p in doc.get("places", [])}
    out = []
    for i, event in enumerate(doc.get("events", [])):
        kind, mode = event["type"], event.get("mode")
        if event["factuality"] == "future" and kind in _FUTURE_TO_AGREE:
            kind, mode = "AGREE", None
        place = places.get(event.get("place") or "")
        record: dict[str, Any] = {
            "id": f"{doc['id']}-{i}",
            "has_event": True,
            "date": event.get("date") or doc.get("published"),
            "actor": [_entity(a) for a in event["actor"]],
            "recipient": [_entity(a) for a in event["recipient"]],
            "event": [kind],
            "mode": [mode] if mode else [],
            "context": list(event.get("context") or []),
            "quad_code": ontology.quad(kind),
            "event_scale": ontology.score(kind, mode),
            "event_text": [event["evidence"]],
            "text_info": {"start": event["span"][0], "end": event["span"][1]},
            "coder": "heron",
        }
        if event.get("place"):
            record["event_loc"] = {
                "extracted_place": event["place"],
                "resolved_place": place["name"] if place else None,
                "geonameid": place.get("geonameid") if place else None,
                "lat": place.get("lat") if place else None,
                "lon": place.get("lon") if place else None,
                "country_code": place.get("country") if place else None,
            }
        if text is not None:
            record["text"] = text
        out.append(record)
    return out
