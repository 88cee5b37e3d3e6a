"""Stage read: check the document's metadata before analysis."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from heron.errors import Code, message
from heron.pipeline.registry import stage
from heron.records import Analysis, Warning

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@stage("read.document.v1", reads=("text", "published"), writes=("warnings",))
def make_read(settings: Mapping[str, Any]):
    def read(analysis: Analysis) -> Analysis:
        if analysis.published is not None and not _DATE.match(str(analysis.published)):
            analysis.warnings.append(
                Warning(Code.W103.value, message(Code.W103, value=analysis.published))
            )
            analysis.published = None
        return analysis

    return read
