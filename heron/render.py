"""Renderables for the terminal: the brief of one analysis, record tables.

These build rich objects and strings; only the CLI prints them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from heron.numparse import render as render_number


def actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    code = actor.get("country") or "?"
    sector = actor.get("sector")
    return f"{code} {sector}" if sector else code


def figure(claim: dict[str, Any]) -> str:
    if claim["value"] is None:
        low, high = claim.get("low"), claim.get("high")
        return f"{render_number(low) if low is not None else '?'}-{render_number(high) if high is not None else '?'}"
    prefix = {"approximate": "~", "at_least": ">=", "at_most": "<="}.get(claim["qualifier"], "")
    return prefix + render_number(claim["value"])


def brief(doc: dict[str, Any]) -> Group:
    parts: list[Any] = []
    title = doc.get("title") or doc.get("id")
    parts.append(Text(f"{title}  ({doc.get('published') or 'undated'})", style="bold"))
    events = Table(title="Events", show_lines=False, expand=True)
    for col in ("type", "mode", "actor", "recipient", "place", "date", "factuality", "evidence"):
        events.add_column(col, overflow="fold")
    for e in doc["events"]:
        events.add_row(
            e["type"],
            e["mode"] or "",
            ", ".join(actor_label(a) for a in e["actor"]),
            ", ".join(actor_label(a) for a in e["recipient"]),
            e["place"] or "",
            e["date"] or "",
            e["factuality"],
            e["evidence"],
        )
    claims = Table(title="Figures", expand=True)
    for col in ("measure", "figure", "subject", "place", "source", "hedges", "evidence"):
        claims.add_column(col, overflow="fold")
    for c in doc["claims"]:
        source = c["source_text"] or "(unattributed)"
        if c.get("via"):
            source += " via " + "; ".join(c["via"])
        claims.add_row(
            c["measure"],
            figure(c),
            actor_label(c["subject"]),
            c["place"] or "",
            f"{source} [{actor_label(c['source'])}]" if c["source"] else source,
            ", ".join(c.get("hedges") or []),
            c["evidence"],
        )
    quotes = Table(title="Quotes", expand=True)
    for col in ("speaker", "direct", "text"):
        quotes.add_column(col, overflow="fold")
    for q in doc["quotes"]:
        quotes.add_row(q["speaker"] or "?", "yes" if q["direct"] else "reported", q["text"])
    places = Table(title="Places", expand=True)
    for col in ("name", "country", "level", "lat", "lon"):
        places.add_column(col)
    for p in doc["places"]:
        places.add_row(p["name"], p["country"] or "", p["level"], str(p["lat"]), str(p["lon"]))
    parts += [events, claims, quotes, places]
    if doc.get("warnings"):
        parts.append(
            Text("warnings: " + "; ".join(w["message"] for w in doc["warnings"]), style="yellow")
        )
    return Group(*parts)


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A record flattened for tables and CSV: actors as codes, lists joined."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "span":
            continue
        if isinstance(value, dict) and "country" in value:
            out[key] = actor_label(value)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            out[key] = ";".join(actor_label(v) for v in value)
        elif isinstance(value, list):
            out[key] = ";".join(str(v) for v in value)
        elif isinstance(value, dict):
            out[key] = json.dumps(value)
        else:
            out[key] = value
    return out


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str) -> Table:
    out = Table(title=title, expand=True)
    for col in columns:
        out.add_column(col, overflow="fold")
    for row in rows:
        f = flat(row)
        out.add_row(*("" if f.get(c) is None else str(f.get(c)) for c in columns))
    return out


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow(flat(row))
    return buffer.getvalue()


def scores_table(scores: dict[str, dict[str, Any]], documents: int) -> Table:
    out = Table(title=f"heron evaluate: {documents} documents")
    for col in ("kind", "P", "R", "F1", "tp", "fp", "fn", "attributes over matched pairs"):
        out.add_column(col)
    for kind, s in scores.items():
        attrs = ", ".join(
            f"{k}={v:.2f}"
            for k, v in s.items()
            if k not in ("precision", "recall", "f1", "tp", "fp", "fn")
            and not k.endswith("_n")
            and v is not None
        )
        out.add_row(
            kind,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            str(s["tp"]),
            str(s["fp"]),
            str(s["fn"]),
            attrs,
        )
    return out


def bench_table(result: dict[str, Any]) -> Table:
    out = Table(title="heron bench")
    out.add_column("measure")
    out.add_column("value")
    for key, value in result.items():
        if key == "stage_share":
            value = ", ".join(f"{k.split('.')[0]} {v:.0%}" for k, v in value.items())
        out.add_row(key, str(value))
    return out


def counts_label(counts: dict[str, int]) -> str:
    """'AID 2, ASSAULT 1' for a dyad row's counts by PLOVER type."""
    return ", ".join(f"{kind} {n}" for kind, n in counts.items())


def _amount(value: float | None) -> str:
    return "-" if value is None else render_number(value)


def estimate_timelines(series: Sequence[dict[str, Any]]) -> Group:
    """One table per estimate series: its figures over time, then the derived values."""
    parts: list[Any] = []
    if not series:
        parts.append(Text("no figures match", style="yellow"))
    for s in series:
        place = "all places" if s["place"] == "*" else s["place"] or "no place"
        title = f"{s['subject'] or '?'} {s['measure']}, {place}"
        grid = Table(title=title, title_justify="left")
        for col in ("date", "figure", "source", "as written", "via", "outlet"):
            grid.add_column(col, overflow="fold", no_wrap=col in ("date", "figure"))
        for f in s["figures"]:
            grid.add_row(
                f["date"] or "",
                figure(f) + ("" if f["counted"] else " (copy)"),
                f["source"],
                f["source_text"] or "",
                "; ".join(f["via"]),
                f["outlet"] or "",
            )
        parts.append(grid)
        parts.append(
            Text(
                f"best {_amount(s['best'])}  low {_amount(s['low'])}  high {_amount(s['high'])}  "
                f"conservative {_amount(s['conservative'])}  from {s['sources']} sources, "
                f"{s['reports']} reports, {s['first_reported']} to {s['last_reported']}",
                style="bold",
            )
        )
    return Group(*parts)
