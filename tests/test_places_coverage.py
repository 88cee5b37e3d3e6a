"""Places on fresh text, by construction (session 4, round 2): countries named as
locations, capitals a diplomat is posted to, towns coordinated with a town, admin-1
spellings news uses. Each case is a sentence written for the rule, not a gold one."""

from __future__ import annotations

import pytest

from tests.conftest import actor_keys


def names(out) -> set[tuple[str, str, str]]:
    return {(p["name"], p["country"], p["level"]) for p in out["places"]}


def countries(out) -> set[str]:
    return {p["country"] for p in out["places"] if p["level"] == "country"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "X's <region>": the country is where the region is (gold lists it)
        ("Gunmen attacked a village in Burkina Faso's Sahel region.", "BFA"),
        ("Floods cut roads in Peru's Loreto department on Sunday.", "PER"),
        ("Soldiers were deployed to Ethiopia's Amhara region.", "ETH"),
        # "mainland X" and a direction word name a part of the country
        ("The ferry links mainland Tanzania with the islands.", "TZA"),
        ("Drought has emptied reservoirs across northern Kenya.", "KEN"),
        # the second of two coordinated prepositions ("to and from X")
        ("The airline suspended flights to and from Senegal.", "SEN"),
        ("Buses running to and from Zambia were halted at dawn.", "ZMB"),
    ],
)
def test_country_named_as_a_location(analyze, text, country):
    assert country in countries(analyze(text))


@pytest.mark.parametrize(
    ("text", "name", "country", "actor"),
    [
        (
            "Rwanda responded by recalling its ambassadors to Kinshasa and Bujumbura.",
            "Kinshasa",
            "COD",
            ("COD", "GOV"),
        ),
        (
            "Rwanda responded by recalling its ambassadors to Kinshasa and Bujumbura.",
            "Bujumbura",
            "BDI",
            ("BDI", "GOV"),
        ),
        (
            "Kenya recalled its envoy to Kampala after the border clash.",
            "Kampala",
            "UGA",
            None,
        ),
        (
            "Chile sent a new ambassador to Caracas last month.",
            "Caracas",
            "VEN",
            None,
        ),
    ],
)
def test_capital_a_diplomat_is_posted_to(analyze, text, name, country, actor):
    out = analyze(text)
    assert (name, country, "city") in names(out)
    if actor is not None:  # the host government is still the one acted on
        assert actor in actor_keys(out["actors"])


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Police detained five people in raids in Chisinau and Balti on Tuesday.", "Balti", "MDA"),
        ("Officials in Goma and Bukavu said the rebels had advanced.", "Bukavu", "COD"),
        ("Protesters marched in Kisumu and Nakuru on Friday.", "Nakuru", "KEN"),
    ],
)
def test_town_coordinated_with_a_town(analyze, text, name, country):
    out = analyze(text)
    assert (name, country, "city") in names(out)
    assert (country, None) not in actor_keys(out["actors"])  # no person of that name


def test_people_coordinated_stay_people(analyze):
    out = analyze("President William Ruto and Raila Odinga met in Nairobi.")
    assert {p["name"] for p in out["places"]} == {"Nairobi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shelling was reported near a temple in Oddar Meanchey province.",
            "Oddar Meanchey province",
        ),
        ("Cambodian troops were sent to Otdar Mean Chey.", "Otdar Mean Chey"),
    ],
)
def test_admin1_spellings(analyze, text, name):
    assert (name, "KHM", "admin1") in names(analyze(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a settlement named with its class word, at a town of the story's country
        ("Jihadists attacked Tillia town in western Niger, killing 20 soldiers.", "Tillia", "NER"),
        ("Gunmen raided Mafa village in Nigeria's Borno state overnight.", "Mafa village", "NGA"),
        (
            "Bandits abducted villagers in a raid on Kware village in Nigeria's Sokoto state.",
            "Kware village",
            "NGA",
        ),
    ],
)
def test_settlement_named_with_its_class_word(analyze, text, name, country):
    assert (name, country, "city") in names(analyze(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the only town of that name lies in another region than the one named
        ("Insurgents overran Mafa village in Nigeria's Sokoto state.", "Mafa village"),
        ("Bandits raided Kware village in Nigeria's Zamfara state.", "Kware village"),
    ],
)
def test_settlement_far_from_its_region_is_no_place(analyze, text, absent):
    assert absent not in {p["name"] for p in analyze(text)["places"]}
