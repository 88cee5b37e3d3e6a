"""The number parser: hand-written cases and property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heron.numparse import parse, render


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("approximately 18,000", 18000, None, None, "approximate"),
        ("nearly 4,700", 4700, None, None, "approximate"),
        ("some 12,000", 12000, None, None, "approximate"),
        ("more than 200", 200, 200, None, "at_least"),
        ("at least 12", 12, 12, None, "at_least"),
        ("up to 600", 600, None, 600, "at_most"),
        ("fewer than ten", 10, None, 10, "at_most"),
        ("between 40 and 60", None, 40, 60, "range"),
        ("40-60", None, 40, 60, "range"),
        ("40 to 60", None, 40, 60, "range"),
        ("11,000\u201312,000", None, 11000, 12000, "range"),
        ("1 to 2 million", None, 1_000_000, 2_000_000, "range"),
        ("two dozen", 24, None, None, "exact"),
        ("a dozen", 12, None, None, "exact"),
        ("three hundred", 300, None, None, "exact"),
        ("twenty-five thousand", 25000, None, None, "exact"),
        ("forty-seven", 47, None, None, "exact"),
        ("half a million", 500_000, None, None, "exact"),
        ("1.2 million", 1_200_000, None, None, "exact"),
        ("dozens", 12, 12, None, "at_least"),
        ("hundreds of", 100, 100, None, "at_least"),
        ("tens of thousands", 10000, 10000, None, "at_least"),
        ("an additional 300 million", 300_000_000, None, None, "exact"),
        ("a further 50", 50, None, None, "exact"),
    ],
)
def test_parse(text, value, low, high, qualifier):
    q = parse(text)
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$1.2bn", 1.2e9, "USD"),
        ("\u20ac500m", 5e8, "EUR"),
        ("\u00a350 million", 5e7, "GBP"),
        ("$45 million", 4.5e7, "USD"),
    ],
)
def test_money(text, value, currency):
    q = parse(text)
    assert q is not None and q.value == value and q.currency == currency


def test_vague_amounts_are_flagged():
    assert parse("hundreds").vague and not parse("300").vague


@pytest.mark.parametrize("text", ["waves", "the", "", "million of"])
def test_no_number(text):
    assert parse(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_every_number_written_out_parses_back(n):
    q = parse(render(n))
    assert q is not None and q.value == n


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=10**7))
def test_ranges_keep_low_below_high(a, b):
    q = parse(f"between {render(a)} and {render(b)}")
    assert q is not None and q.low is not None and q.high is not None
    assert q.low <= q.high and {q.low, q.high} == {a, b}
