"""Stage places: toponyms used as locations, resolved in the gazetteer.

A name is a place when it is a location entity, or a country or capital
named in a locative phrase ("in Russia", "to Pyongyang"); nationality
adjectives and governments are actors, not places. Candidates are ranked by
the document's country context, then by population.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from heron.knowledge import lexicon
from heron.knowledge.gazetteer import Entry, gazetteer
from heron.pipeline.registry import stage
from heron.pipeline.syntax import is_locative
from heron.records import Analysis, Place

NOT_PLACES = frozenset(lexicon("places")["not_places"])


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    head: int  # token index


def choose(
    candidates: list[Entry], context: set[str], min_population: int, explicit_region: bool
) -> Entry | None:
    if not candidates:
        return None

    def score(e: Entry) -> float:
        s = 0.0
        if e.country in context:
            s += 10.0
        if e.level == "country":
            s += 20.0
        if e.level == "admin1":
            s += 8.0 if explicit_region else 4.5  # beats a town under ~30,000 of the same name
        if e.level == "city":
            s += math.log10(max(e.population, 1))
        return s

    best = max(candidates, key=score)
    if best.level == "city" and best.country not in context and best.population < min_population:
        return None
    return best


_SETTLEMENTS = frozenset(
    {"city", "town", "village", "region", "province", "district", "camp", "area", "port"}
)


def _located_name(ent: Any) -> bool:
    """A name NER took for a person or thing, standing where a place stands
    ("near Ber", "the city of Khan Younis")."""
    if ent.label_ not in ("PERSON", "ORG", "PRODUCT", "NORP"):
        return False
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SETTLEMENTS:
        return True
    return is_locative(ent.root) and head.lower_ in (
        "in",
        "near",
        "at",
        "outside",
        "around",
        "into",
        "from",
        "towards",
        "toward",
    )


def _qualifying_country(doc: Any, ent: Any, gaz: Any) -> str | None:
    """'Paris, Texas' / 'Kharkiv, Ukraine': the region or country named right after."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    for other in doc.ents:
        if other.start == ent.end + 1 and other.label_ in ("GPE", "LOC"):
            found = [c for c in gaz.candidates(other.text) if c.level in ("country", "admin1")]
            return found[0].country if found else None
    return None


@stage("places.gazetteer.v1", reads=("doc", "mentions"), writes=("place_mentions", "places"))
def make_places(settings: Mapping[str, Any]):
    min_population = int(settings.get("min_population_without_context", 100_000))

    def run(analysis: Analysis) -> Analysis:
        doc = analysis.doc
        gaz = gazetteer()
        actor_spans = [
            (m.start, m.end) for m in analysis.mentions if not m.locative and not m.also_place
        ]
        context = {m.country for m in analysis.mentions if m.country}
        found: list[PlaceMention] = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") and not _located_name(ent):
                continue
            if ent.text.lower() in NOT_PLACES or any(
                s <= ent.start_char and ent.end_char <= e for s, e in actor_spans
            ):
                continue
            words = ent.text.split()
            explicit = len(words) > 1 and words[-1].lower() in (
                "region",
                "oblast",
                "province",
                "state",
                "governorate",
                "prefecture",
                "district",
            )
            candidates = gaz.candidates(ent.text)
            within = _qualifying_country(doc, ent, gaz)
            if within is not None:
                candidates = [c for c in candidates if c.country == within] or candidates
            entry = choose(
                candidates, context | ({within} if within else set()), min_population, explicit
            )
            if entry is None:
                continue
            place = Place(
                name=ent.text,
                country=entry.country,
                level=entry.level,
                lat=round(entry.lat, 4),
                lon=round(entry.lon, 4),
                geonameid=entry.geonameid,
                evidence=ent.text,
                span=(ent.start_char, ent.end_char),
            )
            found.append(PlaceMention(ent.start_char, ent.end_char, ent.text, place, ent.root.i))
        analysis.place_mentions = found
        seen: dict[tuple[str, str | None, str], Place] = {}
        for pm in found:
            key = (pm.place.name.lower(), pm.place.country, pm.place.level)
            seen.setdefault(key, pm.place)
        analysis.places = list(seen.values())
        return analysis

    return run
