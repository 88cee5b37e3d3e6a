"""Reference data as files, with small lookup modules.

Data files live in data/ beside this package; each loader reads its file once
per process (functools.cache) and returns plain, immutable lookups.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str) -> Any:
    return resources.files(__package__).joinpath("data", name)


@cache
def load_json(name: str) -> Any:
    return json.loads(data_path(name).read_text("utf-8"))


def lexicon(name: str) -> Any:
    """A lexicon file of data/lexicons/ (without the .json ending)."""
    return load_json(f"lexicons/{name}.json")
