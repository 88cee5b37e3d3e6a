"""Near-duplicate documents: word-shingle MinHash signatures in a MinHash LSH index.

A syndicated copy of an article (a new dateline, an edited lead, the same
body) shares most of its word 3-grams with the original; two articles on the
same story share few. Each new document's signature is looked up in an LSH
index of the stored ones; the candidate with the highest Jaccard estimate at
or above the threshold is its original. Signatures are stored, so the index
of a later run is rebuilt from the database instead of from every text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SCHEME = "affine32"  # datasketch's permutation scheme; its hash values are uint32
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Settings:
    threshold: float = 0.5
    shingle_words: int = 3
    num_perm: int = 128
    seed: int = 1

    @property
    def method(self) -> str:
        """Names how a signature was made; a stored one made otherwise is recomputed."""
        return f"minhash:{SCHEME}:words={self.shingle_words}:perm={self.num_perm}:seed={self.seed}"


def load_settings(path: str | Path | None = None) -> Settings:
    """The [near_duplicates] table of heron/ingest/config.toml (or of the file at `path`)."""
    if path is None:
        text = resources.files(__package__).joinpath("config.toml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    values: dict[str, Any] = tomllib.loads(text).get("near_duplicates", {})
    return Settings(
        threshold=float(values.get("threshold", Settings.threshold)),
        shingle_words=int(values.get("shingle_words", Settings.shingle_words)),
        num_perm=int(values.get("num_perm", Settings.num_perm)),
        seed=int(values.get("seed", Settings.seed)),
    )


def shingles(text: str, words: int) -> set[bytes]:
    """The distinct runs of `words` consecutive words, lowercased (a short text is one run)."""
    tokens = WORD.findall(text.lower())
    if len(tokens) <= words:
        return {" ".join(tokens).encode("utf-8")}
    return {" ".join(tokens[i : i + words]).encode("utf-8") for i in range(len(tokens) - words + 1)}


def signature(text: str, settings: Settings) -> LeanMinHash:
    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme=SCHEME)
    minhash.update_batch(list(shingles(text, settings.shingle_words)))
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes, settings: Settings) -> LeanMinHash:
    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return LeanMinHash(seed=settings.seed, hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True)
class Match:
    original: str  # the id of the original document (never itself a copy)
    nearest: str  # the id of the most similar stored document
    similarity: float  # the Jaccard estimate with `nearest`


class NearDuplicateIndex:
    """Stored signatures, searchable by similarity; add documents in the order they are stored."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self._signatures: dict[str, LeanMinHash] = {}
        self._order: dict[str, int] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, document_id: str, minhash: LeanMinHash, *, duplicate_of: str | None) -> None:
        if document_id in self._signatures:
            return
        self._lsh.insert(document_id, minhash)
        self._signatures[document_id] = minhash
        self._order[document_id] = len(self._order)
        # a copy of a copy points at the first original ("" means: this one is an original)
        if duplicate_of is None:
            self._original[document_id] = ""
        else:
            self._original[document_id] = self._original.get(duplicate_of) or duplicate_of

    def find(self, minhash: LeanMinHash) -> Match | None:
        """The stored document `minhash` is a near-copy of, or None."""
        scored = [(self._signatures[key].jaccard(minhash), key) for key in self._lsh.query(minhash)]
        scored = [(score, key) for score, key in scored if score >= self.settings.threshold]
        if not scored:
            return None
        # the most similar; among equals the one stored first
        score, key = min(scored, key=lambda pair: (-pair[0], self._order[pair[1]]))
        return Match(original=self._original[key] or key, nearest=key, similarity=float(score))
