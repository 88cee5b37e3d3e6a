"""Keep the snapshot out of the garbage collector's full collections.

A snapshot of 100,000 events is some three million objects, read-only and kept
until the next reload. Python's full collection walks every tracked object (3 s
at that size) and runs whenever enough new objects have piled up since the last
one, so without this some unlucky request pays seconds. Frozen objects are
still freed by reference counting, and a snapshot holds no reference cycles
(tests/test_api.py checks), so a replaced one goes as before.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Leave every object alive now out of later collections (young garbage collected first)."""
    gc.collect(1)  # the young generations only: cheap, and their garbage is not frozen
    gc.freeze()
