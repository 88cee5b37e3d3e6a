"""Estimate timelines: every figure claimed for one subject, measure and place, over time.

A series groups claims by subject country, measure and place (the place as
written, normalised; with `by_place=False` all places form one series, place
"*"). From each source's latest figure it derives:

- best: the median of the latest figures' points;
- low / high: the least lower bound and the greatest upper bound among them;
- conservative: the least lower bound among the credible latest figures (as
  ACLED codes the most conservative report): attributed to a source, and
  asserted or reported (heron/ledger/config.toml);
- sources: how many sources; first / last: the first and last date reported.

How hedged figures enter (heron never emits a number that is not in the text,
so a bound is always a number someone stated):

| qualifier | point | lower | upper |
|---|---|---|---|
| exact, approximate | value | value | value |
| range | midpoint of low and high | low | high |
| at_least (value = low) | value | value | value |
| at_most (value = high) | value | value | value |

An open side of "more than" or "up to" is closed at the stated figure: the
lowest and highest figures anyone claimed, not unknowable bounds.

A source is the claim's source country and sector ("KOR SPY"), else its
source text, else "unattributed". A figure's date is its `as_of`, else the
publication date; of two figures a source gave on its latest date, the first
reported counts (the one a story leads with). A near-copy's figure (its document's `duplicate_of` is set)
is listed but not counted when its original is in the series.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from heron.knowledge.gazetteer import normalise
from heron.ledger.config import EstimateConfig
from heron.ledger.config import load as load_config
from heron.ledger.corpus import Record, actor_key, claim_date

ANY_PLACE = "*"


def source_of(claim: Record) -> str:
    return actor_key(claim.get("source")) or claim.get("source_text") or "unattributed"


@dataclass
class Figure:
    """One report of a figure in a series."""

    date: str | None
    value: float | None
    qualifier: str
    low: float | None
    high: float | None
    source: str
    source_text: str | None
    via: list[str]
    outlet: str | None
    document: str
    duplicate_of: str | None
    evidence: str
    factuality: str
    counted: bool = True

    @property
    def point(self) -> float:
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high or 0.0

    @property
    def lower(self) -> float:
        return self.low if self.low is not None else self.point

    @property
    def upper(self) -> float:
        return self.high if self.high is not None else self.point

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "value": _num(self.value),
            "qualifier": self.qualifier,
            "low": _num(self.low),
            "high": _num(self.high),
            "source": self.source,
            "source_text": self.source_text,
            "via": list(self.via),
            "outlet": self.outlet,
            "document": self.document,
            "duplicate_of": self.duplicate_of,
            "counted": self.counted,
            "evidence": self.evidence,
        }


def figure(claim: Record) -> Figure:
    return Figure(
        date=claim_date(claim),
        value=claim.get("value"),
        qualifier=claim.get("qualifier") or "exact",
        low=claim.get("low"),
        high=claim.get("high"),
        source=source_of(claim),
        source_text=claim.get("source_text"),
        via=list(claim.get("via") or []),
        outlet=claim.get("outlet"),
        document=claim.get("document") or "",
        duplicate_of=claim.get("duplicate_of"),
        evidence=claim.get("evidence") or "",
        factuality=claim.get("factuality") or "asserted",
    )


@dataclass
class Series:
    subject: str | None
    measure: str
    place: str | None
    reports: list[Figure] = field(default_factory=list)
    config: EstimateConfig = field(default_factory=lambda: load_config().estimates, repr=False)

    def latest(self) -> dict[str, Figure]:
        """Each source's latest counted figure; on one date, the first reported (a story's lead)."""
        out: dict[str, Figure] = {}
        for report in self.reports:  # sorted by date, stably
            known = out.get(report.source)
            if report.counted and (known is None or (report.date or "") > (known.date or "")):
                out[report.source] = report
        return out

    def credible(self, report: Figure) -> bool:
        if self.config.credible_needs_source and report.source == "unattributed":
            return False
        return report.factuality in self.config.credible_factuality

    def summary(self) -> dict[str, Any]:
        """best, low, high, conservative and sources, from each source's latest figure."""
        latest = list(self.latest().values())
        points = [r.point for r in latest]
        return {
            "best": statistics.median(points) if points else None,
            "low": min((r.lower for r in latest), default=None),
            "high": max((r.upper for r in latest), default=None),
            "conservative": min((r.lower for r in latest if self.credible(r)), default=None),
            "sources": len(latest),
        }

    @property
    def best(self) -> float | None:
        return self.summary()["best"]

    @property
    def low(self) -> float | None:
        return self.summary()["low"]

    @property
    def high(self) -> float | None:
        return self.summary()["high"]

    @property
    def conservative(self) -> float | None:
        return self.summary()["conservative"]

    @property
    def sources(self) -> int:
        return len(self.latest())

    def dates(self) -> list[str]:
        return [r.date for r in self.reports if r.counted and r.date]

    def to_dict(self, *, reports: bool = True) -> dict[str, Any]:
        dates = self.dates()
        summary = self.summary()  # once, not once per figure
        out: dict[str, Any] = {
            "subject": self.subject,
            "measure": self.measure,
            "place": self.place,
            "best": _num(summary["best"]),
            "low": _num(summary["low"]),
            "high": _num(summary["high"]),
            "conservative": _num(summary["conservative"]),
            "sources": summary["sources"],
            "reports": sum(r.counted for r in self.reports),
            "first_reported": min(dates, default=None),
            "last_reported": max(dates, default=None),
        }
        if reports:
            out["figures"] = [r.to_dict() for r in self.reports]
        return out


def estimate_series(
    claims: Iterable[Record],
    *,
    subject: str | None = None,
    measure: str | None = None,
    place: str | None = None,
    by_place: bool = True,
    config: EstimateConfig | None = None,
) -> list[Series]:
    """The estimate series of `claims`, optionally only one subject, measure or place."""
    config = config or load_config().estimates
    groups: dict[tuple[str, str, str], Series] = {}
    for claim in claims:
        country = (claim.get("subject") or {}).get("country")
        if subject and country != subject.upper():
            continue
        if measure and claim.get("measure") != measure.lower():
            continue
        name = claim.get("place")
        if place and (not name or normalise(name) != normalise(place)):
            continue
        where = (normalise(name) if name else "") if by_place else ANY_PLACE
        key = (country or "", claim["measure"], where)
        if key not in groups:
            shown = name if by_place else ANY_PLACE
            groups[key] = Series(country, claim["measure"], shown, config=config)
        groups[key].reports.append(figure(claim))
    for series in groups.values():
        _settle(series)
    return [groups[k] for k in sorted(groups)]


def _settle(series: Series) -> None:
    """Order the reports by date; do not count a near-copy whose original is listed."""
    series.reports.sort(key=lambda r: r.date or "")  # undated first: a dated figure is later
    documents = {r.document for r in series.reports}
    for report in series.reports:
        report.counted = not (report.duplicate_of and report.duplicate_of in documents)


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 3)
