"""Measuring heron: the records.md scorer, gold-file validation, the benchmark."""

from heron.evaluate.scorer import KINDS, Report, score

__all__ = ["KINDS", "Report", "score"]
