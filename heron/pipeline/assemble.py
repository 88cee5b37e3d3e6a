"""Stage assemble: the output document of records.md.

Fills the document's actor list (each distinct country and sector named as an
actor), and checks every record's span against the text: a record whose span
does not slice back to its evidence is dropped with a warning, never emitted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heron.errors import Code, message
from heron.pipeline.actors import actors_of
from heron.pipeline.registry import stage
from heron.records import Analysis, Warning


def span_ok(text: str, span: tuple[int, int] | None, evidence: str | None) -> bool:
    return span is not None and evidence is not None and text[span[0] : span[1]] == evidence


@stage(
    "assemble.records.v1",
    reads=("text", "mentions", "places", "claims", "events", "quotes"),
    writes=("actors",),
)
def make_assemble(settings: Mapping[str, Any]):
    def run(analysis: Analysis) -> Analysis:
        text = analysis.text
        analysis.actors = [m.actor() for m in actors_of(analysis.mentions)]
        for name in ("actors", "places", "claims", "events", "quotes"):
            kept = []
            for record in getattr(analysis, name):
                if span_ok(text, record.span, record.evidence):
                    kept.append(record)
                else:
                    analysis.warnings.append(
                        Warning(Code.W104.value, message(Code.W104, kind=name[:-1]))
                    )
            setattr(analysis, name, kept)
        return analysis

    return run
