"""Estimate series on hand-built claims, and on the troop figures of samples/README.md."""

from __future__ import annotations

import pytest

from heron.ledger.estimates import ANY_PLACE, estimate_series, figure, source_of


def claim(measure, value, qualifier="approximate", *, low=None, high=None, **extra):
    source = extra.pop("source", None)
    country, _, sector = (source or "").partition(" ")
    return {
        "document": extra.pop("document", "d1"),
        "published": extra.pop("published", "2025-01-07"),
        "outlet": extra.pop("outlet", "Meridian Wire"),
        "duplicate_of": extra.pop("duplicate_of", None),
        "measure": measure,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "subject": {
            "name": "North Korean troops",
            "country": extra.pop("subject", "PRK"),
            "sector": "MIL",
        },
        "place": extra.pop("place", None),
        "source": {"name": source, "country": country, "sector": sector or None}
        if source
        else None,
        "source_text": extra.pop("source_text", source),
        "via": extra.pop("via", []),
        "as_of": extra.pop("as_of", None),
        "hedges": [],
        "factuality": extra.pop("factuality", "reported"),
        "evidence": f"{value}",
        **extra,
    }


def summary(series):
    return {
        k: v for k, v in series.to_dict(reports=False).items() if k not in ("subject", "measure")
    }


@pytest.mark.parametrize(
    ("record", "point", "lower", "upper"),
    [
        (claim("killed", 600, "exact"), 600, 600, 600),
        (claim("killed", 600, "approximate"), 600, 600, 600),
        (claim("deployed", None, "range", low=11000, high=12000), 11500, 11000, 12000),
        (claim("killed", 200, "at_least", low=200), 200, 200, 200),
        (claim("deployed", 14000, "at_most", high=14000), 14000, 14000, 14000),
    ],
    ids=["exact", "approximate", "range", "at_least", "at_most"],
)
def test_how_qualifiers_enter(record, point, lower, upper):
    f = figure(record)
    assert (f.point, f.lower, f.upper) == (point, lower, upper)


def test_sources():
    assert source_of(claim("killed", 1, source="KOR SPY")) == "KOR SPY"
    assert source_of(claim("killed", 1, source="UNO")) == "UNO"
    assert source_of(claim("killed", 1, source_text="local volunteers")) == "local volunteers"
    assert source_of(claim("killed", 1)) == "unattributed"


def test_each_sources_latest_figure():
    claims = [
        claim("killed", 400, source="KOR SPY", published="2025-01-22"),
        claim("killed", 200, "at_least", low=200, source="KOR SPY", published="2025-01-07"),
        claim("killed", 700, source="KOR SPY", published="2025-04-28"),
        claim("killed", 550, source="UKR SPY", published="2025-02-01", as_of="2025-01-30"),
    ]
    (series,) = estimate_series(claims)
    assert [f.value for f in series.reports] == [200, 400, 550, 700]  # by date stated
    assert summary(series) == {
        "place": None,
        "best": 625,  # median of 700 and 550
        "low": 550,
        "high": 700,
        "conservative": 550,
        "sources": 2,
        "reports": 4,
        "first_reported": "2025-01-07",
        "last_reported": "2025-04-28",
    }


def test_on_one_date_the_first_reported_figure_is_the_latest():
    claims = [
        claim("deployed", 14000, "at_most", high=14000, source="UKR SPY", published="2025-05-27"),
        claim("deployed", 5000, source="UKR SPY", published="2025-05-27"),
        claim("deployed", 11000, source="UKR SPY", published="2025-01-13"),
    ]
    (series,) = estimate_series(claims)
    assert (series.best, series.sources, series.to_dict()["reports"]) == (14000, 1, 3)


def test_hedged_figures_and_ranges():
    claims = [
        claim("casualties", None, "range", low=5000, high=6000, source="USA MIL"),
        claim("casualties", 4000, "at_least", low=4000, source="UKR SPY"),
        claim("casualties", 7000, "at_most", high=7000, source="KOR SPY"),
    ]
    (series,) = estimate_series(claims)
    assert (series.best, series.low, series.high, series.conservative) == (5500, 4000, 7000, 4000)


def test_conservative_is_the_lowest_credible_figure():
    claims = [
        claim("killed", 50, source=None),  # unattributed: not credible
        claim("killed", 80, source="SDN MIL", factuality="uncertain"),  # disputed
        claim("killed", 120, "at_least", low=120, source="UNO"),
        claim("killed", 150, source="NGO"),
    ]
    (series,) = estimate_series(claims)
    assert (series.best, series.low, series.high) == (100, 50, 150)  # median of 50 80 120 150
    assert series.conservative == 120
    (alone,) = estimate_series([claim("killed", 50)])
    assert alone.conservative is None and alone.best == 50


def test_near_copies_are_listed_but_not_counted():
    original = claim(
        "deployed",
        14000,
        "at_most",
        high=14000,
        source="UKR SPY",
        document="orig",
        published="2025-05-27",
    )
    copy = dict(original, document="copy", published="2025-05-28", duplicate_of="orig")
    other = claim("deployed", 15000, "at_least", low=15000, source="USA MIL", document="us")
    (series,) = estimate_series([original, copy, other])
    assert [f.counted for f in series.reports] == [True, True, False]
    assert (series.sources, series.to_dict()["reports"], series.to_dict()["last_reported"]) == (
        2,
        2,
        "2025-05-27",
    )
    # a copy whose original is not in the series is the only report of its figure
    (lonely,) = estimate_series([copy])
    assert lonely.reports[0].counted and lonely.best == 14000


def test_grouping_and_filters():
    claims = [
        claim("deployed", 11000, source="KOR SPY", place="Kursk region"),
        claim("deployed", 12000, source="USA MIL", place="the Kursk Region"),
        claim("deployed", 15000, source="KOR SPY", place="Russia", published="2025-04-28"),
        claim("killed", 400, source="KOR SPY"),
        claim("killed", 9, source="UKR GOV", subject="RUS"),
    ]
    keys = [(s.subject, s.measure, s.place) for s in estimate_series(claims)]
    assert keys == [
        ("PRK", "deployed", "Kursk region"),
        ("PRK", "deployed", "Russia"),
        ("PRK", "killed", None),
        ("RUS", "killed", None),
    ]
    (merged,) = estimate_series(claims, subject="prk", measure="deployed", by_place=False)
    assert merged.place == ANY_PLACE and merged.best == 13500  # KOR 15000 (latest), USA 12000
    (kursk,) = estimate_series(claims, place="kursk region")
    assert kursk.best == 11500 and kursk.sources == 2


# samples/README.md, "Every figure in the troop story": (row, document, published,
# stated, measure, value, qualifier, low, high, source, place); subject PRK MIL throughout
TROOPS = """
1 meridian-20250107-nk-kursk-assaults 2025-01-07 2025-01-07 deployed 11000 approximate - - KOR_SPY Kursk_region
2 meridian-20250107-nk-kursk-assaults 2025-01-07 2025-01-07 killed 200 at_least 200 - KOR_SPY -
3 meridian-20250107-nk-kursk-assaults 2025-01-07 2025-01-07 injured 1500 approximate - - KOR_SPY -
4 northgate-20250113-ukraine-captures-nk-soldiers 2025-01-13 2025-01-13 captured 2 exact - - UKR_SPY Kursk_region
5 northgate-20250113-ukraine-captures-nk-soldiers 2025-01-13 2025-01-13 deployed - range 11000 12000 UKR_SPY Kursk_region
6 northgate-20250113-ukraine-captures-nk-soldiers 2025-01-13 2025-01-13 casualties 3000 approximate - - UKR_SPY -
7 pacific-20250122-seoul-raises-nk-losses 2025-01-22 2025-01-22 killed 400 approximate - - KOR_SPY Kursk_region
8 pacific-20250122-seoul-raises-nk-losses 2025-01-22 2025-01-22 injured 3000 approximate - - KOR_SPY Kursk_region
9 pacific-20250122-seoul-raises-nk-losses 2025-01-22 2025-01-22 captured 2 exact - - KOR_SPY -
10 continental-20250130-pentagon-nk-casualties 2025-01-30 2025-01-29 deployed 12000 approximate - - USA_MIL Kursk_region
11 continental-20250130-pentagon-nk-casualties 2025-01-30 2025-01-29 casualties 4000 at_least 4000 - USA_MIL Kursk_region
12 harbortimes-20250210-nk-units-pulled-back 2025-02-10 2025-02-10 deployed 12000 approximate - - - Russia
13 meridian-20250307-nk-troops-return-kursk 2025-03-07 2025-03-07 casualties 4000 at_least 4000 - UKR_SPY Kursk_region
14 northgate-20250321-pyongyang-moscow-talks 2025-03-21 2025-03-21 casualties 4000 approximate - - KOR_SPY Kursk_region
15 pacific-20250428-pyongyang-moscow-acknowledge 2025-04-28 2025-04-28 deployed 15000 approximate - - KOR_SPY Russia
16 pacific-20250428-pyongyang-moscow-acknowledge 2025-04-28 2025-04-28 killed 700 approximate - - KOR_SPY -
17 pacific-20250428-pyongyang-moscow-acknowledge 2025-04-28 2025-04-28 injured 4500 approximate - - KOR_SPY -
18 harbortimes-20250506-pentagon-raises-nk-estimate 2025-05-06 2025-05-06 deployed 14000 approximate - - USA_MIL Russia
19 harbortimes-20250506-pentagon-raises-nk-estimate 2025-05-06 2025-05-06 casualties - range 5000 6000 USA_MIL Kursk_region
20 meridian-20250527-gur-nk-rotation 2025-05-27 2025-05-27 deployed 14000 at_most - 14000 UKR_SPY Russia
21 meridian-20250527-gur-nk-rotation 2025-05-27 2025-05-27 casualties 5000 approximate - - UKR_SPY -
22 northgate-20250618-nk-engineers-kursk 2025-06-18 2025-06-18 killed 1000 at_least 1000 - KOR_SPY Kursk_region
23 pacific-20250709-ukraine-holds-nk-prisoners 2025-07-09 2025-07-09 captured 3 exact - - UKR_SPY Kursk_region
24 pacific-20250709-ukraine-holds-nk-prisoners 2025-07-09 2025-07-09 casualties 6000 approximate - - UKR_SPY Kursk_region
25 continental-20250730-pentagon-nk-deployment-grows 2025-07-30 2025-07-30 deployed 15000 at_least 15000 - USA_MIL Russia
26 continental-20250730-pentagon-nk-deployment-grows 2025-07-30 2025-07-30 casualties 7000 approximate - - USA_MIL -
27 harbortimes-20250820-nis-nk-toll-rises 2025-08-20 2025-08-20 killed 1500 approximate - - KOR_SPY -
28 harbortimes-20250820-nis-nk-toll-rises 2025-08-20 2025-08-20 injured 5000 approximate - - KOR_SPY -
29 harbortimes-20250820-nis-nk-toll-rises 2025-08-20 2025-08-20 deployed - range 15000 16000 KOR_SPY Russia
"""
# the near-copies repeat their originals' figures word for word (samples/README.md)
COPIES = {
    "pacific-20250122-seoul-raises-nk-losses": (
        "globaldesk-20250123-nk-kursk-toll-climbs",
        "2025-01-23",
    ),
    "meridian-20250527-gur-nk-rotation": ("globaldesk-20250528-fresh-nk-units-kursk", "2025-05-28"),
}


def troop_claims():
    def num(text):
        return None if text == "-" else int(text)

    out = []
    for line in TROOPS.strip().splitlines():
        _, document, published, stated, measure, value, qualifier, low, high, source, place = (
            line.split()
        )
        record = claim(
            measure,
            num(value),
            qualifier,
            low=num(low),
            high=num(high),
            source=None if source == "-" else source.replace("_", " "),
            place=None if place == "-" else place.replace("_", " "),
            document=document,
            published=published,
            as_of=stated,
        )
        out.append(record)
        if document in COPIES:
            copy, day = COPIES[document]
            out.append(dict(record, document=copy, published=day, as_of=day, duplicate_of=document))
    return out


def test_the_table_has_29_figures_and_5_copies():
    claims = troop_claims()
    assert len(claims) == 34 and sum(1 for c in claims if c["duplicate_of"]) == 5


@pytest.mark.parametrize(
    ("measure", "place", "expected"),
    [
        # rows 1, 5, 10: NIS ~11,000; GUR 11,000-12,000 (point 11,500); Pentagon ~12,000
        (
            "deployed",
            "Kursk region",
            (11500, 11000, 12000, 11000, 3, 3, "2025-01-07", "2025-01-29"),
        ),
        # latest: unattributed ~12,000; NIS 15,000-16,000 (15,500); Pentagon >15,000; GUR <=14,000
        # best = median(12,000 14,000 15,000 15,500); conservative leaves out the unattributed figure
        ("deployed", "Russia", (14500, 12000, 16000, 14000, 4, 6, "2025-02-10", "2025-08-20")),
        ("deployed", ANY_PLACE, (14500, 12000, 16000, 14000, 4, 9, "2025-01-07", "2025-08-20")),
        # NIS only: >200, ~400, ~700, >1,000, ~1,500
        ("killed", ANY_PLACE, (1500, 1500, 1500, 1500, 1, 5, "2025-01-07", "2025-08-20")),
        # latest: NIS ~4,000 (03-21), GUR ~6,000 (07-09), Pentagon ~7,000 (07-30)
        ("casualties", ANY_PLACE, (6000, 4000, 7000, 4000, 3, 8, "2025-01-13", "2025-07-30")),
        # NIS 2 (01-22), GUR 3 (07-09); the copy of the NIS article is not counted
        ("captured", ANY_PLACE, (2.5, 2, 3, 2, 2, 3, "2025-01-13", "2025-07-09")),
        ("injured", ANY_PLACE, (5000, 5000, 5000, 5000, 1, 4, "2025-01-07", "2025-08-20")),
    ],
)
def test_troop_estimates_from_the_readme_table(measure, place, expected):
    by_place = place != ANY_PLACE
    found = estimate_series(
        troop_claims(),
        subject="PRK",
        measure=measure,
        place=place if by_place else None,
        by_place=by_place,
    )
    (series,) = found
    row = series.to_dict(reports=False)
    keys = (
        "best",
        "low",
        "high",
        "conservative",
        "sources",
        "reports",
        "first_reported",
        "last_reported",
    )
    assert tuple(row[k] for k in keys) == expected


def test_troop_series_by_place():
    series = estimate_series(troop_claims(), subject="PRK", measure="deployed")
    assert [(s.place, len(s.reports)) for s in series] == [("Kursk region", 3), ("Russia", 7)]
    russia = series[1].to_dict()
    copy = [f for f in russia["figures"] if not f["counted"]]
    assert [(f["document"], f["high"], f["source"]) for f in copy] == [
        ("globaldesk-20250528-fresh-nk-units-kursk", 14000, "UKR SPY")
    ]
