"""Event clustering on hand-built reports: type, dyad, place and date decide."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from heron.ledger.clusters import (
    LedgerEvent,
    _report,
    cluster_events,
    days_apart,
    representatives,
    same_dyad,
    same_place,
)
from heron.ledger.config import ClusterConfig
from heron.ledger.config import load as load_config
from heron.ledger.corpus import event_date, place_of

KURSK_REGION = {
    "name": "Kursk region",
    "country": "RUS",
    "level": "admin1",
    "lat": 51.65,
    "lon": 36.03,
}
KURSK = {"name": "Kursk", "country": "RUS", "level": "city", "lat": 51.73, "lon": 36.19}
SUDZHA = {"name": "Sudzha", "country": "RUS", "level": "city", "lat": 51.19, "lon": 35.27}
SUMY = {"name": "Sumy", "country": "UKR", "level": "city", "lat": 50.91, "lon": 34.80}
RUSSIA = {"name": "Russia", "country": "RUS", "level": "country", "lat": 60.0, "lon": 100.0}
UKRAINE = {"name": "Ukraine", "country": "UKR", "level": "country", "lat": 49.0, "lon": 32.0}


def event(kind, actor, recipient=(), *, document="d1", published="2025-01-10", **extra):
    return {
        "document": document,
        "published": published,
        "outlet": extra.pop("outlet", document.upper()),
        "duplicate_of": extra.pop("duplicate_of", None),
        "type": kind,
        "mode": None,
        "actor": [{"name": c, "country": c, "sector": None} for c in actor],
        "recipient": [{"name": c, "country": c, "sector": None} for c in recipient],
        "place": None,
        "date": None,
        "factuality": "reported",
        "source": None,
        "evidence": f"{kind} in {document}",
        **extra,
    }


def sizes(events, **options):
    return [len(c.reports) for c in cluster_events(events, **options)]


def test_two_reports_of_one_happening():
    a = event("AID", ["PRK"], ["RUS"], document="a", published="2025-01-07")
    b = event("AID", ["PRK"], ["RUS"], document="b", published="2025-01-10")
    (one,) = cluster_events([b, a])
    assert [r.document for r in one.reports] == ["a", "b"]  # in date order
    assert (one.report_count, one.source_count) == (2, 2)
    assert (one.first_seen, one.last_seen) == ("2025-01-07", "2025-01-10")
    assert one.to_dict()["actor"] == ["PRK"] and one.to_dict()["evidence"][0]["outlet"] == "A"


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        (event("AID", ["PRK"], ["RUS"]), event("ASSAULT", ["PRK"], ["RUS"], document="b"), False),
        (
            event("ASSAULT", ["PRK", "RUS"], ["UKR"]),
            event("ASSAULT", ["RUS"], ["UKR"], document="b"),
            True,
        ),
        (
            event("ASSAULT", ["PRK"], ["UKR"]),
            event("ASSAULT", ["RUS"], ["UKR"], document="b"),
            False,
        ),
        (event("CONSULT", ["IND"]), event("CONSULT", ["IND", "JPN"], document="b"), True),
        (event("CONSULT", ["IND"]), event("CONSULT", ["IND"], ["JPN"], document="b"), False),
        (event("AID", ["PRK"], ["RUS"]), event("AID", ["PRK"], ["UKR"], document="b"), False),
    ],
    ids=[
        "type",
        "actors-overlap",
        "actors-apart",
        "both-no-recipient",
        "one-no-recipient",
        "recipients",
    ],
)
def test_type_and_dyad(first, second, together):
    assert sizes([first, second]) == ([2] if together else [1, 1])


@pytest.mark.parametrize(
    ("days", "together"), [("2025-01-17", True), ("2025-01-18", False), ("2025-01-03", True)]
)
def test_date_window_of_seven_days(days, together):
    a = event("AID", ["PRK"], ["RUS"], document="a", published="2025-01-10")
    b = event("AID", ["PRK"], ["RUS"], document="b", published=days)
    assert sizes([a, b]) == ([2] if together else [1, 1])


def test_event_date_counts_before_published_date():
    a = event("AID", ["PRK"], ["RUS"], document="a", published="2025-01-10", date="2025-01-08")
    b = event("AID", ["PRK"], ["RUS"], document="b", published="2025-02-10", date="2025-01-09")
    assert sizes([a, b]) == [2]


def test_window_is_anchored_at_the_first_report_so_clusters_do_not_chain():
    days = ["2025-01-01", "2025-01-06", "2025-01-11"]
    events = [
        event("AID", ["PRK"], ["RUS"], document=f"d{i}", published=d) for i, d in enumerate(days)
    ]
    assert sizes(events) == [2, 1]


def test_every_report_of_a_cluster_must_share_the_dyad():
    a = event("ASSAULT", ["PRK"], ["UKR"], document="a")
    b = event("ASSAULT", ["PRK", "RUS"], ["UKR"], document="b")
    c = event("ASSAULT", ["RUS"], ["UKR"], document="c")
    assert sizes([a, b, c]) == [2, 1]


@pytest.mark.parametrize(
    ("here", "there", "together"),
    [
        (KURSK_REGION, dict(KURSK_REGION, lat=51.0), True),  # same admin-1, by name
        (KURSK, KURSK_REGION, True),  # a city 14 km from its region's point
        (SUDZHA, KURSK_REGION, True),  # 73 km: within the 150 km of a region
        (SUDZHA, KURSK, False),  # two towns 88 km apart
        (KURSK, dict(KURSK, name="Kursk centre", lat=51.80), True),  # 8 km
        (SUMY, KURSK_REGION, False),  # 119 km, but across the border
        (RUSSIA, KURSK_REGION, True),  # a country does not fix the admin-1
        (UKRAINE, KURSK_REGION, False),
        (None, SUMY, True),  # unknown place
        (dict(SUMY, lat=None, lon=None), KURSK, True),  # a place without a point
    ],
    ids=[
        "admin1",
        "city-in-admin1",
        "town-in-admin1",
        "towns-88km",
        "cities-8km",
        "across-border",
        "country",
        "other-country",
        "unknown",
        "no-point",
    ],
)
def test_places(here, there, together):
    assert same_place(here, there, config=ClusterConfig()) is together
    assert same_place(there, here, config=ClusterConfig()) is together


def test_places_come_from_the_documents():
    a = event("ASSAULT", ["RUS"], ["UKR"], document="a", place="Kursk")
    b = event("ASSAULT", ["RUS"], ["UKR"], document="b", place="Sumy")
    places = {("a", "Kursk"): KURSK, ("b", "Sumy"): SUMY}
    assert sizes([a, b], places=places) == [1, 1]
    assert sizes([a, b]) == [2]  # without coordinates the places are unknown


def test_near_copy_is_listed_but_counted_once():
    original = event("AID", ["PRK"], ["RUS"], document="orig", published="2025-01-22")
    copy = event(
        "AID", ["PRK"], ["RUS"], document="copy", published="2025-01-23", duplicate_of="orig"
    )
    other = event("AID", ["PRK"], ["RUS"], document="other", published="2025-01-24")
    (one,) = cluster_events([original, copy, other])
    assert len(one.reports) == 3
    assert (one.report_count, one.source_count) == (2, 2)
    assert one.last_seen == "2025-01-24"


def test_config_file_and_representatives():
    assert load_config().clusters == ClusterConfig(window_days=7, near_km=50.0, admin1_km=150.0)
    a = event("AID", ["PRK"], ["RUS"], document="a", published="2025-01-10")
    b = event("AID", ["PRK"], ["RUS"], document="b", published="2025-01-12")
    assert sizes([a, b], config=ClusterConfig(window_days=1)) == [1, 1]
    assert representatives(cluster_events([a, b])) == [a]


# cluster_events against a straightforward version of its docstring's rules


def reference_clusters(events, *, places=None, config=None):
    """Every report compared with every open cluster of its type, in creation order.

    A cluster closes for good once a dated report of its type lies more than the
    window past its first date (reports come in date order, undated ones last).
    """
    config = config or load_config().clusters
    places = places or {}
    ordered = sorted(events, key=lambda e: (event_date(e) is None, event_date(e) or ""))
    clusters, closed = [], set()
    for report in ordered:
        day = event_date(report)
        for n, cluster in enumerate(clusters):
            first = cluster.reports[0].date
            if cluster.type == report["type"] and days_apart(day, first) > config.window_days:
                closed.add(n)
        home = None
        for n, cluster in enumerate(clusters):
            if n in closed or cluster.type != report["type"]:
                continue
            here = place_of(report, places)
            if all(
                same_dyad(report, r.record)
                and same_place(here, place_of(r.record, places), config=config)
                for r in cluster.reports
            ):
                home = cluster
                break
        if home is None:
            home = LedgerEvent(type=report["type"])
            clusters.append(home)
        home.reports.append(_report(report))
    return clusters


def shape(clusters):
    return [(c.type, [id(r.record) for r in c.reports]) for c in clusters]


SPOTS = [None, KURSK, KURSK_REGION, SUDZHA, SUMY, RUSSIA, UKRAINE, dict(SUMY, lat=None)]


def random_corpus(seed, size):
    rng = random.Random(seed)
    codes = ["PRK", "RUS", "UKR"]
    events, places = [], {}
    for n in range(size):
        document = f"d{n}"
        spot = rng.choice(SPOTS)
        if spot is not None:
            places[(document, spot["name"])] = spot
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(30))
        dated = rng.random() < 0.9
        events.append(
            event(
                rng.choice(["AID", "ASSAULT"]),
                rng.sample(codes, rng.choice([0, 1, 1, 1, 2])),
                rng.sample(codes, rng.choice([0, 1, 1, 2])),
                document=document,
                published=day.isoformat() if dated else None,
                date=(day - timedelta(days=rng.randrange(3))).isoformat()
                if dated and rng.random() < 0.5
                else None,
                place=spot["name"] if spot else None,
            )
        )
    return events, places


@pytest.mark.parametrize("seed", range(150))
def test_cluster_events_matches_the_reference_on_random_corpora(seed):
    events, places = random_corpus(seed, size=5 + seed % 60)
    config = ClusterConfig(window_days=seed % 9)
    got = cluster_events(events, places=places, config=config)
    assert shape(got) == shape(reference_clusters(events, places=places, config=config))


def hand_built():
    """The corpora of the tests above, with the places they use."""
    yield [event("AID", ["PRK"], ["RUS"]), event("ASSAULT", ["PRK"], ["RUS"], document="b")], {}
    yield [event("ASSAULT", ["PRK", "RUS"], ["UKR"]), event("ASSAULT", ["RUS"], ["UKR"])], {}
    yield [event("CONSULT", ["IND"]), event("CONSULT", ["IND"], ["JPN"], document="b")], {}
    for days in ("2025-01-17", "2025-01-18", "2025-01-03"):
        yield [event("AID", ["PRK"], ["RUS"]), event("AID", ["PRK"], ["RUS"], published=days)], {}
    yield (
        [
            event("AID", ["PRK"], ["RUS"], document=f"d{i}", published=d)
            for i, d in enumerate(["2025-01-01", "2025-01-06", "2025-01-11"])
        ],
        {},
    )
    yield (
        [
            event("ASSAULT", ["PRK"], ["UKR"], document="a"),
            event("ASSAULT", ["PRK", "RUS"], ["UKR"], document="b"),
            event("ASSAULT", ["RUS"], ["UKR"], document="c"),
        ],
        {},
    )
    yield (
        [
            event("ASSAULT", ["RUS"], ["UKR"], document="a", place="Kursk"),
            event("ASSAULT", ["RUS"], ["UKR"], document="b", place="Sumy"),
        ],
        {("a", "Kursk"): KURSK, ("b", "Sumy"): SUMY},
    )
    yield (
        [
            event("AID", ["PRK"], ["RUS"], document="orig", published="2025-01-22"),
            event("AID", ["PRK"], ["RUS"], document="copy", published="2025-01-23"),
            event("AID", ["PRK"], ["RUS"], document="other", published="2025-01-24", date=None),
            event("AID", ["PRK"], ["RUS"], document="undated", published=None),
        ],
        {},
    )


@pytest.mark.parametrize("corpus", list(hand_built()))
def test_cluster_events_matches_the_reference_on_hand_built_cases(corpus):
    events, places = corpus
    got = cluster_events(events, places=places)
    assert shape(got) == shape(reference_clusters(events, places=places))
