"""Export the ledger: stored events and claims, estimate series and dyads, as files.

`render(corpus, kind=..., fmt=...)` returns the bytes of one file. csv and
parquet hold flat rows (actors as "PRK MIL", lists joined with ";"); jsonl
holds the full records; geojson holds the events or claims whose place has
coordinates, as points; plover holds the events in PLOVER's event JSON, one
per line (heron.export.plover_events, document by document).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any

from heron.export import plover_events
from heron.ledger.corpus import Corpus, Record, has_point, place_of
from heron.ledger.dyads import dyad_series, happenings
from heron.ledger.estimates import estimate_series
from heron.ontology import load as load_ontology
from heron.render import flat, to_csv

KINDS = ("events", "claims", "estimates", "dyads")
FORMATS = ("csv", "jsonl", "parquet", "geojson", "plover")
BINARY = frozenset({"parquet"})


def records(corpus: Corpus, kind: str, *, by: str = "month") -> list[Record]:
    """The rows of one kind, as full (nested) dicts."""
    if kind == "events":
        return corpus.events
    if kind == "claims":
        return corpus.claims
    if kind == "estimates":
        return [s.to_dict() for s in estimate_series(corpus.claims)]
    if kind == "dyads":
        counted = happenings(corpus.events, places=corpus.places)
        return [d.to_dict() for d in dyad_series(counted, by=by)]
    raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")


def flat_rows(kind: str, rows: Iterable[Record]) -> list[Record]:
    """Rows for tables: one column per PLOVER type for dyads, no figure lists for estimates."""
    out = []
    for row in rows:
        row = dict(row)
        if kind == "dyads":
            counts = row.pop("counts")
            row.update({t: counts.get(t, 0) for t in load_ontology().types})
        row.pop("figures", None)
        out.append(flat(row))
    return out


def columns(rows: Iterable[Record]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def render(corpus: Corpus, *, kind: str, fmt: str, by: str = "month") -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "plover":
        if kind != "events":
            raise ValueError("the plover format holds events only")
        lines = [
            json.dumps(e, ensure_ascii=False) for d in corpus.documents for e in plover_events(d)
        ]
        return "".join(line + "\n" for line in lines).encode("utf-8")
    if fmt == "geojson":
        if kind not in ("events", "claims"):
            raise ValueError("the geojson format holds events or claims only")
        return json.dumps(geojson(records(corpus, kind), corpus), ensure_ascii=False).encode()
    rows = records(corpus, kind, by=by)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    table = flat_rows(kind, rows)
    if fmt == "csv":
        return to_csv(table, columns(table)).encode("utf-8")
    return parquet(table)


def geojson(rows: Iterable[Record], corpus: Corpus) -> dict[str, Any]:
    features = []
    for row in rows:
        place = place_of(row, corpus.places)
        if not has_point(place):
            continue
        assert place is not None
        properties = flat(row)
        properties["place_country"], properties["place_level"] = place["country"], place["level"]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def parquet(rows: list[Record]) -> bytes:
    """Flat rows as a Parquet file; a column is numeric when all its values are numbers."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data: dict[str, Any] = {}
    for name in columns(rows):
        values = [row.get(name) for row in rows]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, bool) for v in present):
            data[name] = pa.array(values, pa.bool_())
        elif present and all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in present
        ):
            kind = pa.int64() if all(isinstance(v, int) for v in present) else pa.float64()
            data[name] = pa.array(values, kind)
        else:
            data[name] = pa.array([None if v is None else str(v) for v in values], pa.string())
    buffer = io.BytesIO()
    pq.write_table(pa.table(data), buffer)
    return buffer.getvalue()
