"""heron: news reports to an evidence-linked ledger of political events and claimed figures."""

__version__ = "0.1.0"

from heron.analyze import analyze, analyze_document  # noqa: E402
from heron.records import (  # noqa: E402
    Actor,
    Analysis,
    Claim,
    Document,
    Event,
    Place,
    Quote,
)

__all__ = [
    "Actor",
    "Analysis",
    "Claim",
    "Document",
    "Event",
    "Place",
    "Quote",
    "__version__",
    "analyze",
    "analyze_document",
]
