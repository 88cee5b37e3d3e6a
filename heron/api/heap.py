"""Keep the snapshot out of the garbage collector's full collections.

A snapshot of 100,000 events is some three million objects, read-only and kept
until the next reload. Python's full collection walks every tracked object (3 s
at that size) and runs whenever enough new objects have piled up since the last
one, so without this some unlucky request pays seconds. Frozen objects are
still freed by reference counting; `settle` unfreezes first so that one
collection reclaims any cycles of the data it replaces.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect once, then leave every object alive now out of later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
