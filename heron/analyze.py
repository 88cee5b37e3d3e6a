"""The library entry points: analyze one text or one input document."""

from __future__ import annotations

import hashlib

from heron.pipeline import Pipeline, default_pipeline
from heron.records import Analysis, Document


def document_id(text: str) -> str:
    """A stable id from the content hash (records.md: id absent -> derived)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def analyze_document(doc: Document, *, pipeline: Pipeline | None = None) -> Analysis:
    runner = pipeline or default_pipeline()
    return runner(Analysis.from_document(doc))


def analyze(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Analysis:
    """Analyze one article: `heron.analyze(text, published="2025-04-30").to_dict()`."""
    doc = Document(
        id=id or document_id(text),
        text=text,
        published=published,
        title=title,
        url=url,
        outlet=outlet,
    )
    return analyze_document(doc, pipeline=pipeline)
