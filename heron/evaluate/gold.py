"""Gold files: loading, validation against records.md, and running the pipeline on them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from heron.knowledge.countries import index as country_index
from heron.ontology import load as load_ontology
from heron.records import FACTUALITY, LEVELS, MEASURES, QUALIFIERS


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob("*.jsonl")))
        else:
            files.append(path)
    return files


def load(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    docs = []
    for file in gold_files(paths):
        for line in file.read_text("utf-8").splitlines():
            if line.strip():
                docs.append(json.loads(line))
    return docs


def _actor_problems(actor: Any, where: str) -> Iterator[str]:
    if actor is None:
        return
    ontology = load_ontology()
    countries = country_index().by_iso3
    if not isinstance(actor, dict) or not {"name", "country", "sector"} <= actor.keys():
        yield f"{where}: an actor needs name, country and sector"
        return
    code = actor["country"]
    if code is not None and code not in countries and code not in ontology.nonstate_codes:
        yield f"{where}: unknown country code {code!r}"
    if actor["sector"] is not None and actor["sector"] not in ontology.sectors:
        yield f"{where}: unknown sector {actor['sector']!r}"


def problems(doc: dict[str, Any], where: str) -> Iterator[str]:
    """What is wrong with one gold document, per records.md."""
    ontology = load_ontology()
    for key in ("id", "text", "annotations"):
        if key not in doc:
            yield f"{where}: missing {key!r}"
            return
    text, notes = doc["text"], doc["annotations"]
    for kind in ("actors", "places", "claims", "events", "quotes"):
        if not isinstance(notes.get(kind), list):
            yield f"{where}: annotations.{kind} must be a list"
            return
    for i, actor in enumerate(notes["actors"]):
        yield from _actor_problems(actor, f"{where} actors[{i}]")
    for i, place in enumerate(notes["places"]):
        w = f"{where} places[{i}]"
        if place.get("level") not in LEVELS:
            yield f"{w}: level {place.get('level')!r} is not one of {LEVELS}"
        if place.get("name") not in text:
            yield f"{w}: name {place.get('name')!r} is not in the text"
        if not all(isinstance(place.get(k), int | float) for k in ("lat", "lon")):
            yield f"{w}: lat and lon must be numbers"
    for i, claim in enumerate(notes["claims"]):
        w = f"{where} claims[{i}]"
        if claim.get("measure") not in MEASURES:
            yield f"{w}: measure {claim.get('measure')!r}"
        if claim.get("qualifier") not in QUALIFIERS:
            yield f"{w}: qualifier {claim.get('qualifier')!r}"
        if claim.get("evidence") not in text:
            yield f"{w}: evidence is not an exact substring of the text"
        low, high = claim.get("low"), claim.get("high")
        if low is not None and high is not None and low > high:
            yield f"{w}: low > high"
        if claim.get("value") is None and low is None and high is None:
            yield f"{w}: a claim needs a value or a bound"
        yield from _actor_problems(claim.get("subject"), f"{w} subject")
        yield from _actor_problems(claim.get("source"), f"{w} source")
        for key in ("source_text", "place"):
            if claim.get(key) is not None and claim[key] not in text:
                yield f"{w}: {key} {claim[key]!r} is not in the text"
    for i, event in enumerate(notes["events"]):
        w = f"{where} events[{i}]"
        kind, mode = event.get("type"), event.get("mode")
        if kind not in ontology.types:
            yield f"{w}: type {kind!r} is not a PLOVER type"
        elif not ontology.is_mode(kind, mode):
            yield f"{w}: mode {mode!r} is not a mode of {kind}"
        if event.get("factuality") not in FACTUALITY:
            yield f"{w}: factuality {event.get('factuality')!r}"
        if event.get("evidence") not in text:
            yield f"{w}: evidence is not an exact substring of the text"
        if event.get("place") is not None and event["place"] not in text:
            yield f"{w}: place {event['place']!r} is not in the text"
        for role in ("actor", "recipient"):
            if not isinstance(event.get(role), list):
                yield f"{w}: {role} must be a list"
                continue
            for j, actor in enumerate(event[role]):
                yield from _actor_problems(actor, f"{w} {role}[{j}]")
    for i, quote in enumerate(notes["quotes"]):
        w = f"{where} quotes[{i}]"
        if quote.get("text") not in text:
            yield f"{w}: quote text is not an exact substring of the text"
        if not isinstance(quote.get("direct"), bool):
            yield f"{w}: direct must be true or false"
        yield from _actor_problems(quote.get("speaker_actor"), f"{w} speaker_actor")


def validate(paths: Iterable[str | Path]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for file in gold_files(paths):
        for number, line in enumerate(file.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as err:
                found.append(f"{where}: not JSON ({err.msg})")
                continue
            if doc.get("id") in seen:
                found.append(f"{where}: duplicate id {doc.get('id')!r}")
            seen.add(doc.get("id"))
            found.extend(problems(doc, where))
    return found
