"""Records: to_dict/from_dict round trips, and the pipeline's build-time checks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heron.pipeline import PipelineError, check_order
from heron.records import Actor, Analysis, Claim, Event, Place, Quote

codes = st.sampled_from(["PRK", "RUS", "UKR", "KOR", None])
sectors = st.sampled_from(["MIL", "GOV", "SPY", None])
actors = st.builds(Actor, name=st.text(min_size=1, max_size=20), country=codes, sector=sectors)


@given(
    st.lists(actors, max_size=3),
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from(["exact", "approximate", "at_least"]),
)
def test_analysis_round_trip(people, value, qualifier):
    value = float(int(value))
    analysis = Analysis(id="d1", text="text", published="2025-01-01")
    analysis.actors = people
    analysis.places = [
        Place("Kursk region", "RUS", "admin1", 51.7, 36.2, evidence="Kursk", span=(0, 5))
    ]
    analysis.claims = [
        Claim(
            "killed",
            value,
            None,
            None,
            qualifier,
            "600 killed",
            (0, 10),
            subject=people[0] if people else None,
        )
    ]
    analysis.events = [Event("AID", None, people, [], "reported", "sent", (0, 4), claims=[0])]
    analysis.quotes = [Quote("words", "one analyst", True, span=(1, 6), evidence="words")]
    data = analysis.to_dict()
    assert Analysis.from_dict(data).to_dict() == data


def test_output_fields_match_the_spec(seed, analyze):
    doc = analyze(seed["text"])
    assert list(doc) == [
        "id",
        "published",
        "title",
        "url",
        "outlet",
        "language",
        "actors",
        "places",
        "claims",
        "events",
        "quotes",
        "warnings",
        "pipeline",
    ]


def test_unknown_stage_is_refused():
    with pytest.raises(PipelineError, match="unknown stage"):
        check_order(["read.document.v1", "nope.v9"])


def test_stage_order_is_checked():
    with pytest.raises(PipelineError, match="reads"):
        check_order(["read.document.v1", "actors.registry.v1", "nlp.spacy.v1"])
