"""Print measured F1 scores on tests/gold rounded down, for tests/gold/baseline.json.

Floors only rise: raise one when work improves it; lowering one is an
explained change in the same commit.   python scripts/baseline.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from heron.evaluate.run import evaluate

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def main() -> None:
    report = evaluate([GOLD])
    floors = {kind: math.floor(s["f1"] * 100) / 100 for kind, s in report.scores.items()}
    print(json.dumps({"f1_floors": floors}, indent=2))


if __name__ == "__main__":
    main()
