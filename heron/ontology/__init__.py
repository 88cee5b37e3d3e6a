"""PLOVER 0.8: event types, modes, quad classes, contexts, sectors and scores.

The data lives in plover.json beside this module (codes and scores from the
PLOVER manual draft 0.8, CC BY-SA 4.0; descriptions are heron's own).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class EventType:
    code: str
    quad: int
    description: str
    requires_recipient: bool
    score: float
    modes: dict[str, float]  # mode -> score
    mode_descriptions: dict[str, str]


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    contexts: frozenset[str]
    sectors: frozenset[str]
    nonstate_codes: frozenset[str]
    quads: dict[int, str]

    def is_mode(self, event_type: str, mode: str | None) -> bool:
        if mode is None:
            return event_type in self.types
        return event_type in self.types and mode in self.types[event_type].modes

    def score(self, event_type: str, mode: str | None = None) -> float:
        """Cooperation (+) / conflict (-) score of a type and mode, -10..+10."""
        kind = self.types[event_type]
        return kind.modes.get(mode, kind.score) if mode else kind.score

    def quad(self, event_type: str) -> int:
        return self.types[event_type].quad


@cache
def load() -> Ontology:
    raw = json.loads(resources.files(__package__).joinpath("plover.json").read_text("utf-8"))
    types = {
        t["type"]: EventType(
            code=t["type"],
            quad=t["quad"],
            description=t["description"],
            requires_recipient=t["requires_recipient"],
            score=t["score"],
            modes={m["mode"]: m["score"] for m in t["modes"]},
            mode_descriptions={m["mode"]: m["description"] for m in t["modes"]},
        )
        for t in raw["types"]
    }
    return Ontology(
        types=types,
        contexts=frozenset(raw["contexts"]),
        sectors=frozenset(raw["sectors"]),
        nonstate_codes=frozenset(raw["nonstate_codes"]),
        quads={int(k): v for k, v in raw["quads"].items()},
    )
