"""Dyad series on the small hand-built ledger: exact counts and PLOVER scores."""

from __future__ import annotations

import pytest

from heron.ledger.dyads import dyad_series, pairs, period_of
from tests.ledger_corpus import SMALL, event


def test_pairs_leave_out_self_pairs():
    assert pairs(SMALL[2]) == [("PRK", "RUS"), ("RUS", "PRK")]
    assert pairs(SMALL[1]) == [("PRK", "UKR"), ("RUS", "UKR")]
    assert pairs(event("CONSULT", ["IND", "JPN"], [])) == []


@pytest.mark.parametrize(
    ("by", "period"), [("day", "2025-01-07"), ("week", "2025-W02"), ("month", "2025-01")]
)
def test_periods(by, period):
    assert period_of("2025-01-07", by) == period
    assert period_of("2024-12-30", "week") == "2025-W01"  # ISO weeks cross years


def test_unknown_period():
    with pytest.raises(ValueError, match="unknown period"):
        period_of("2025-01-07", "year")


def test_all_pairs_by_month():
    rows = [r.to_dict() for r in dyad_series(SMALL, by="month")]
    assert [
        (r["actor"], r["recipient"], r["period"], r["counts"], r["score_sum"]) for r in rows
    ] == [
        ("GBR", "RUS", "2025-02", {"SANCTION": 1}, -6.0),
        ("PRK", "RUS", "2025-01", {"CONSULT": 1, "AID": 1}, 14.0),
        ("PRK", "RUS", "2025-02", {"AID": 1}, 10.0),  # the denied AID is not counted
        ("PRK", "UKR", "2025-01", {"ASSAULT": 1}, -9.5),
        ("RUS", "PRK", "2025-01", {"CONSULT": 1}, 4.0),
        ("RUS", "UKR", "2025-01", {"ASSAULT": 1}, -9.5),
        ("UKR", "PRK", "2025-02", {"ACCUSE": 1}, -3.0),
    ]  # no PRK -> KOR: the threat is hypothetical
    assert rows[1]["events"] == 2 and rows[1]["score_mean"] == 7.0


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("day", [("2025-01-07", 10.0), ("2025-01-20", 4.0), ("2025-02-10", 10.0)]),
        ("week", [("2025-W02", 10.0), ("2025-W04", 4.0), ("2025-W07", 10.0)]),
        ("month", [("2025-01", 14.0), ("2025-02", 10.0)]),
    ],
)
def test_one_dyad(by, expected):
    rows = dyad_series(SMALL, by=by, actor="prk", recipient="RUS")
    assert [(r.period, r.score_sum) for r in rows] == expected
    assert {(r.actor, r.recipient) for r in rows} == {("PRK", "RUS")}


def test_reverse_direction_is_another_dyad():
    rows = dyad_series(SMALL, actor="RUS", recipient="PRK")
    assert [(r.period, r.counts, r.score_mean) for r in rows] == [("2025-01", {"CONSULT": 1}, 4.0)]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_tally_is_dyad_rows_to_the_last_bit(seed, by):
    import random
    from datetime import date, timedelta

    from heron.ledger.dyads import Counted, dyad_rows, dyad_tally, pair_columns

    rng = random.Random(seed)
    codes = ["PRK", "RUS", "UKR", "KOR"]
    events = []
    for _ in range(rng.randrange(0, 200)):
        if rng.random() < 0.1:
            events.append(None)
            continue
        day = (date(2024, 12, 20) + timedelta(days=rng.randrange(60))).isoformat()
        pairs = tuple(sorted({tuple(rng.sample(codes, 2)) for _ in range(rng.choice([0, 1, 2]))}))
        value = rng.choice([-10.0, -0.3, 0.0, 0.1, 0.7, 7.3])
        events.append(Counted(rng.choice(["AID", "ASSAULT", "CONSULT"]), day, value, pairs, ()))
    columns = pair_columns(events)
    rows = [r for r in range(len(events)) if (r * 5 + seed) % 4]
    rows = rows[::-1] if seed % 2 else rows
    chosen = [events[r] for r in rows if events[r]]
    for actor, recipient in [(None, None), ("prk", None), (None, "RUS"), ("UKR", "KOR")]:
        expected = dyad_rows(chosen, by=by, actor=actor, recipient=recipient)
        got = dyad_tally(columns, rows, by=by, actor=actor, recipient=recipient)
        assert got == expected
