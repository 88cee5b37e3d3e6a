"""Countries: names, aliases, adjectives, demonyms and government metonyms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from heron.knowledge import load_json


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    lat: float
    lon: float


@dataclass(frozen=True)
class NameHit:
    """What a surface string names: a country as a place/state, its people, or its government."""

    country: Country
    kind: str  # "name" | "adjective" | "demonym" | "government"


@dataclass(frozen=True)
class CountryIndex:
    by_iso3: dict[str, Country]
    by_iso2: dict[str, Country]
    names: dict[str, NameHit]  # surface form (as written) -> hit
    lowered: dict[str, NameHit]  # lower-cased surface form -> hit

    def lookup(self, text: str) -> NameHit | None:
        text = _clean(text)
        return self.names.get(text) or self.lowered.get(text.lower())


def _clean(text: str) -> str:
    text = text.strip().replace("\u2019", "'")
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


@cache
def index() -> CountryIndex:
    by_iso3: dict[str, Country] = {}
    by_iso2: dict[str, Country] = {}
    names: dict[str, NameHit] = {}
    for row in load_json("countries.json"):
        country = Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            name=row["name"],
            capital=row["capital"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        by_iso3[country.iso3] = country
        by_iso2[country.iso2] = country
        groups = (
            ("name", [row["name"], *row["aliases"]]),
            ("adjective", row["adjectives"]),
            ("demonym", row["demonyms"]),
            ("government", row["government_names"]),
        )
        for kind, forms in groups:
            for form in forms:
                form = _clean(form)
                if form and form not in names:
                    names[form] = NameHit(country, kind)
    # lower-cased lookups only for forms long enough not to collide with words ("us")
    lowered = {k.lower(): v for k, v in names.items() if len(k) > 3 and not k.isupper()}
    return CountryIndex(by_iso3=by_iso3, by_iso2=by_iso2, names=names, lowered=lowered)
