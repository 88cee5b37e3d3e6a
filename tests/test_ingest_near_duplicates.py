"""Near-copies (syndicated articles) are found by MinHash LSH, stored, linked and skippable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, update

from heron.ingest import ingest
from heron.ingest.near_duplicates import (
    NearDuplicateIndex,
    Settings,
    from_bytes,
    load_settings,
    shingles,
    signature,
    to_bytes,
)
from heron.records import Document
from heron.sources import read_paths
from heron.store import open_store
from heron.store.db import Filters
from heron.store.models import DocumentRow, SignatureRow
from tests.conftest import SAMPLES

# samples/README.md, "Near-copy pairs (copy -> original)"
COPIES = {
    "globaldesk-20250123-nk-kursk-toll-climbs": "pacific-20250122-seoul-raises-nk-losses",
    "continental-20250415-un-abushouk-toll": "meridian-20250414-abushouk-attack",
    "globaldesk-20250528-fresh-nk-units-kursk": "meridian-20250527-gur-nk-rotation",
}


def _samples() -> list[Document]:
    return [d for d in read_paths([str(SAMPLES)]) if isinstance(d, Document)]


@pytest.fixture(scope="module")
def sample_store(cached_pipeline, tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("dup") / "samples.db"))
    report = ingest(read_paths([str(SAMPLES)]), store, pipeline=cached_pipeline)
    return store, report


def test_shingles_are_lowercased_word_runs():
    assert shingles("North Korean troops, Kursk.", 3) == {
        b"north korean troops",
        b"korean troops kursk",
    }
    assert shingles("Two words", 3) == {b"two words"}


def test_a_signature_survives_storage():
    settings = Settings()
    minhash = signature("about 600 North Korean soldiers killed in Kursk", settings)
    again = from_bytes(to_bytes(minhash), settings)
    assert again.jaccard(minhash) == 1.0
    assert len(to_bytes(minhash)) == 4 * settings.num_perm


def test_the_threshold_is_data():
    settings = load_settings()
    assert settings.threshold == 0.5 and settings.shingle_words == 3
    assert settings.method == "minhash:affine32:words=3:perm=128:seed=1"


def test_a_copy_of_a_copy_points_at_the_first_original():
    settings = Settings()
    index = NearDuplicateIndex(settings)
    text = " ".join(f"word{i}" for i in range(200))
    index.add("a", signature(text, settings), duplicate_of=None)
    index.add("b", signature(text + " extra", settings), duplicate_of="a")
    match = index.find(signature(text + " extra words", settings))
    assert match is not None and match.original == "a"
    assert index.find(signature("something else entirely, unrelated", settings)) is None


def test_the_three_syndicated_copies_in_the_samples_and_no_other(sample_store):
    store, report = sample_store
    assert report.added == 28 and not report.problems
    assert {c.document: c.original for c in report.near_copies} == COPIES
    assert all(0.5 <= c.similarity <= 1 for c in report.near_copies)
    assert store.counts()["duplicates"] == 3
    with store.session() as session:
        linked = dict(
            session.execute(
                DocumentRow.__table__.select()
                .with_only_columns(DocumentRow.id, DocumentRow.duplicate_of)
                .where(DocumentRow.duplicate_of.is_not(None))
            ).all()
        )
    assert linked == COPIES


def test_records_of_copies_can_be_skipped(sample_store):
    store, _ = sample_store
    every, distinct = store.claims(), store.claims(Filters(distinct=True))
    copies = [c for c in every if c["document"] in COPIES]
    assert copies and all(c["duplicate_of"] == COPIES[c["document"]] for c in copies)
    assert len(distinct) == len(every) - len(copies)
    assert not {c["document"] for c in distinct} & COPIES.keys()
    events = store.events(Filters(distinct=True))
    assert not {e["document"] for e in events} & COPIES.keys()


def test_a_later_run_finds_copies_of_documents_stored_earlier(cached_pipeline, tmp_path):
    docs = _samples()
    originals = [d for d in docs if d.id not in COPIES]
    copies = [d for d in docs if d.id in COPIES]
    db = str(tmp_path / "two-runs.db")
    first = ingest(originals, open_store(db), pipeline=cached_pipeline)
    assert first.near_copies == []
    second = ingest(copies, open_store(db), pipeline=cached_pipeline)  # index rebuilt from the db
    assert {c.document: c.original for c in second.near_copies} == COPIES


def test_documents_stored_without_signatures_are_signed_and_linked(cached_pipeline, tmp_path):
    db = str(tmp_path / "unsigned.db")
    store = open_store(db)
    ingest(_samples(), store, pipeline=cached_pipeline)
    with store.session() as session:  # as an older heron left them
        session.execute(delete(SignatureRow))
        session.execute(update(DocumentRow).values(duplicate_of=None))
        session.commit()
    report = ingest([], open_store(db), pipeline=cached_pipeline)
    assert report.added == 0
    with store.session() as session:
        assert session.query(SignatureRow).count() == 28
    assert store.counts()["duplicates"] == 3


def test_a_different_article_on_the_same_story_is_not_a_copy(cached_pipeline, tmp_path):
    line = json.loads((SAMPLES / "articles.jsonl").read_text("utf-8").splitlines()[0])
    rewritten = Document(
        id="rewrite",
        text="Seoul's spy agency briefed lawmakers about North Korean losses near Kursk. "
        "It gave no new figures and said the troops were still fighting.",
        published=line["published"],
    )
    store = open_store(str(tmp_path / "story.db"))
    report = ingest(
        [Document(**{k: line[k] for k in ("id", "text", "published")}), rewritten],
        store,
        pipeline=cached_pipeline,
    )
    assert report.added == 2 and report.near_copies == []
