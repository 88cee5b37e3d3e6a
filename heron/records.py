"""The typed records of shared/spec/records.md.

`Analysis.to_dict()` gives exactly the output document of the spec; `from_dict`
reads it back (and reads gold annotations, which carry the same shapes without
spans). Records are plain dataclasses: the pipeline fills them stage by stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

FACTUALITY = ("asserted", "reported", "uncertain", "denied", "future", "hypothetical")
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range")
MEASURES = (
    "deployed",
    "killed",
    "injured",
    "casualties",
    "captured",
    "missing",
    "arrested",
    "displaced",
    "released",
    "returned",
    "protesters",
    "supplied",
    "funding",
    "other",
)
LEVELS = ("country", "admin1", "city", "other")


def _span_out(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _span_in(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


@dataclass
class Actor:
    name: str
    country: str | None
    sector: str | None = None
    canonical: str | None = None
    evidence: str | None = None
    span: Span | None = None

    @property
    def key(self) -> tuple[str | None, str | None]:
        return (self.country, self.sector)

    @classmethod
    def state(cls, country: str) -> Actor:
        """A country as a whole, named by its code (a recipient known only by convention)."""
        return cls(name=country, country=country, sector=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "canonical": self.canonical,
            "evidence": self.evidence,
            "span": _span_out(self.span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        if data is None:
            return None
        return cls(
            name=data.get("name") or "",
            country=data.get("country"),
            sector=data.get("sector"),
            canonical=data.get("canonical"),
            evidence=data.get("evidence"),
            span=_span_in(data.get("span")),
        )


def country_codes(actors: Iterable[Actor]) -> frozenset[str]:
    """The country codes of some actors (those of unknown country left out)."""
    return frozenset(a.country for a in actors if a.country)


@dataclass
class Place:
    name: str
    country: str | None
    level: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    evidence: str | None = None
    span: Span | None = None
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = {
            "name": self.name,
            "country": self.country,
            "level": self.level,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "evidence": self.evidence,
            "span": _span_out(self.span),
        }
        if self.optional:
            out["optional"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(
            name=data.get("name") or "",
            country=data.get("country"),
            level=data.get("level") or "other",
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
            evidence=data.get("evidence"),
            span=_span_in(data.get("span")),
            optional=bool(data.get("optional", False)),
        )


@dataclass
class Claim:
    measure: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    evidence: str
    span: Span | None = None
    unit: str | None = None
    currency: str | None = None
    vague: bool = False
    subject: Actor | None = None
    place: str | None = None
    source: Actor | None = None
    source_text: str | None = None
    via: list[str] = field(default_factory=list)
    as_of: str | None = None
    hedges: list[str] = field(default_factory=list)
    factuality: str = "asserted"
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = {
            "measure": self.measure,
            "value": _num_out(self.value),
            "low": _num_out(self.low),
            "high": _num_out(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "currency": self.currency,
            "vague": self.vague,
            "subject": self.subject.to_dict() if self.subject else None,
            "place": self.place,
            "source": self.source.to_dict() if self.source else None,
            "source_text": self.source_text,
            "via": list(self.via),
            "as_of": self.as_of,
            "hedges": list(self.hedges),
            "factuality": self.factuality,
            "evidence": self.evidence,
            "span": _span_out(self.span),
        }
        if self.optional:
            out["optional"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            measure=data.get("measure") or "other",
            value=data.get("value"),
            low=data.get("low"),
            high=data.get("high"),
            qualifier=data.get("qualifier") or "exact",
            evidence=data.get("evidence") or "",
            span=_span_in(data.get("span")),
            unit=data.get("unit"),
            currency=data.get("currency"),
            vague=bool(data.get("vague", False)),
            subject=Actor.from_dict(data.get("subject")),
            place=data.get("place"),
            source=Actor.from_dict(data.get("source")),
            source_text=data.get("source_text"),
            via=list(data.get("via") or []),
            as_of=data.get("as_of"),
            hedges=list(data.get("hedges") or []),
            factuality=data.get("factuality") or "asserted",
            optional=bool(data.get("optional", False)),
        )


def _num_out(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass
class Event:
    type: str
    mode: str | None
    actor: list[Actor]
    recipient: list[Actor]
    factuality: str
    evidence: str
    span: Span | None = None
    context: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    source: Actor | None = None
    claims: list[int] = field(default_factory=list)
    trigger: str | None = None
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "place": self.place,
            "date": self.date,
            "factuality": self.factuality,
            "source": self.source.to_dict() if self.source else None,
            "claims": list(self.claims),
            "trigger": self.trigger,
            "evidence": self.evidence,
            "span": _span_out(self.span),
        }
        if self.optional:
            out["optional"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            type=data.get("type") or "",
            mode=data.get("mode"),
            actor=[a for a in map(Actor.from_dict, data.get("actor") or []) if a],
            recipient=[a for a in map(Actor.from_dict, data.get("recipient") or []) if a],
            factuality=data.get("factuality") or "asserted",
            evidence=data.get("evidence") or "",
            span=_span_in(data.get("span")),
            context=list(data.get("context") or []),
            place=data.get("place"),
            date=data.get("date"),
            source=Actor.from_dict(data.get("source")),
            claims=list(data.get("claims") or []),
            trigger=data.get("trigger"),
            optional=bool(data.get("optional", False)),
        )


@dataclass
class Quote:
    text: str
    speaker: str | None
    direct: bool
    speaker_actor: Actor | None = None
    evidence: str | None = None
    span: Span | None = None
    optional: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_actor": self.speaker_actor.to_dict() if self.speaker_actor else None,
            "direct": self.direct,
            "evidence": self.evidence,
            "span": _span_out(self.span),
        }
        if self.optional:
            out["optional"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data.get("text") or "",
            speaker=data.get("speaker"),
            direct=bool(data.get("direct", True)),
            speaker_actor=Actor.from_dict(data.get("speaker_actor")),
            evidence=data.get("evidence"),
            span=_span_in(data.get("span")),
            optional=bool(data.get("optional", False)),
        )


@dataclass
class Warning:
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass
class Document:
    """An input document (records.md, 'Input document')."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    annotations: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, default_id: str) -> Document:
        """An input document from its JSON object (records.md, "Input document")."""
        published = data.get("published")
        return cls(
            id=str(data.get("id") or default_id),
            text=data["text"],
            published=str(published) if published else None,
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            annotations=data.get("annotations"),
        )


@dataclass
class Analysis:
    """One document as it flows through the pipeline, and the output document.

    The fields after `pipeline` are working state of the stages (the spaCy doc,
    mentions, dates); they are not part of the output document.
    """

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)
    # working state, filled by stages (see each stage's `writes`)
    doc: Any = None
    mentions: list[Any] = field(default_factory=list)
    place_mentions: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    attributions: list[Any] = field(default_factory=list)
    focus: str | None = None  # the country the story happens in (actors stage)

    OUTPUT_FIELDS = (
        "id",
        "published",
        "title",
        "url",
        "outlet",
        "language",
        "actors",
        "places",
        "claims",
        "events",
        "quotes",
        "warnings",
        "pipeline",
    )

    @classmethod
    def from_document(cls, doc: Document) -> Analysis:
        return cls(
            id=doc.id,
            text=doc.text,
            published=doc.published,
            title=doc.title,
            url=doc.url,
            outlet=doc.outlet,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.OUTPUT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, list):
                value = [item.to_dict() for item in value]
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Read an output document, or a gold document's annotations."""
        records = data.get("annotations") or data
        analysis = cls(
            id=str(data.get("id", "")),
            text=data.get("text", ""),
            published=data.get("published"),
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
        )
        analysis.language = data.get("language", "en")
        analysis.actors = [a for a in map(Actor.from_dict, records.get("actors") or []) if a]
        analysis.places = [Place.from_dict(p) for p in records.get("places") or []]
        analysis.claims = [Claim.from_dict(c) for c in records.get("claims") or []]
        analysis.events = [Event.from_dict(e) for e in records.get("events") or []]
        analysis.quotes = [Quote.from_dict(q) for q in records.get("quotes") or []]
        analysis.warnings = [Warning(**w) for w in data.get("warnings") or []]
        analysis.pipeline = data.get("pipeline") or {}
        return analysis
