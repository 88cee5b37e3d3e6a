"""Claims: measures (hospital treatment, bodies returned, deportations) and subjects ("on the X side"), each checked on
fresh sentences written for this file (other words and countries than any gold text).

- hospital treatment needed or received counts the injured;
- remains (bodies) received or returned are 'returned', not a death toll;
- foreigners deported are 'returned' home; other people deported are not;
- people counted "on the X side" of a frontier are X's, whoever reports them.
"""

from __future__ import annotations

import pytest

# (text, measure, value, subject country or None)
CASES = [
    (
        "At least 30 protesters needed hospital treatment after the rally in Tbilisi, "
        "the health ministry said.",
        "injured",
        30,
        "GEO",
    ),
    (
        "Some 40 marchers received hospital treatment in Caracas, Venezuelan officials said.",
        "injured",
        40,
        "VEN",
    ),
    (
        "Nine students required treatment after police fired tear gas in Dhaka, "
        "Bangladeshi police said.",
        "injured",
        9,
        "BGD",
    ),
    (
        "Ukraine received the bodies of 1,000 soldiers killed in combat, Kyiv said.",
        "returned",
        1000,
        "UKR",
    ),
    (
        "Israel returned the bodies of 15 Palestinians to Gaza on Tuesday.",
        "returned",
        15,
        "PSE",
    ),
    (
        "Mexico deported 1,650 migrants to Guatemala last month, officials said.",
        "returned",
        1650,
        "GTM",
    ),
    (
        "The United States deported about 300 Venezuelans on Friday.",
        "returned",
        300,
        "VEN",
    ),
    (
        "The fighting displaced over 100,000 on the Kyrgyz side, officials in Dushanbe said.",
        "displaced",
        100000,
        "KGZ",
    ),
    (
        "At least 20 people were wounded on the Ethiopian side, according to Eritrean officials.",
        "injured",
        20,
        "ETH",
    ),
    (
        "About 300 residents were evacuated on the Thai side of the frontier, "
        "Cambodian police said.",
        "displaced",
        300,
        "THA",
    ),
]


@pytest.mark.parametrize(("text", "measure", "value", "subject"), CASES)
def test_measure_and_subject(analyze, text, measure, value, subject):
    claims = analyze(text, published="2025-06-01")["claims"]
    hits = [c for c in claims if c["value"] == value]
    assert hits, claims
    claim = hits[0]
    got = (claim["measure"], (claim["subject"] or {}).get("country"))
    assert got == (measure, subject), claim


def test_children_deported_are_not_returned_home(analyze):
    text = "Up to 20,000 Ukrainian children have been deported, a rights group said."
    claims = analyze(text, published="2025-06-01")["claims"]
    assert not [c for c in claims if c["measure"] == "returned"], claims


def test_bodies_found_are_still_dead(analyze):
    text = "Rescuers found the bodies of 12 miners in Zamfara state, Nigerian police said."
    claims = analyze(text, published="2025-06-01")["claims"]
    assert not [c for c in claims if c["measure"] == "returned"], claims
