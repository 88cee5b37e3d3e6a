"""Places and actors on fresh sentences, one class of error each (found on new
documents in session 5): datelines after a headline line or before a bare dash,
live-blog timestamps, a town name shared by two countries, facilities named after a
town, intelligence and security services, warplanes, migrants and business bodies.
Each case is a sentence written for the class, not a gold one."""

from __future__ import annotations

import pytest

from tests.conftest import actor_keys


def has_place(out, name: str, country: str, level: str | None = None) -> bool:
    return any(
        p["name"].lower() == name.lower()
        and p["country"] == country
        and (level is None or p["level"] == level)
        for p in out["places"]
    )


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a dateline after a headline line, with or without the comma and the wire
        (
            "Flood toll rises in the north\n\nGUATEMALA CITY - Rescue teams recovered 12"
            " more bodies from a collapsed hillside on Sunday, the disaster agency said.",
            "GUATEMALA CITY",
            "GTM",
        ),
        (
            "Port strike enters third week\n\nMOMBASA, Jan 9 (Coastline Wire) - Dockworkers"
            " rejected a new pay offer from the ports authority on Friday.",
            "MOMBASA",
            "KEN",
        ),
        (
            "ANALYSIS: Bolivia's lithium gamble\n\nLA PAZ - Government negotiators and mining"
            " cooperatives agreed on Monday to resume talks.",
            "LA PAZ",
            "BOL",
        ),
        (
            "Cyclone damage assessed\n\nDHAKA - Bangladesh's disaster ministry said on Friday"
            " that 30,000 homes had been destroyed.",
            "DHAKA",
            "BGD",
        ),
        (
            "UPDATE 2-Talks resume\n\nTEGUCIGALPA, Feb 3 (Isthmus Wire) - Honduran officials"
            " met teachers' unions on Monday.",
            "TEGUCIGALPA",
            "HND",
        ),
    ],
)
def test_dateline_after_headline(analyze, text, city, country):
    out = analyze(text)
    assert has_place(out, city, country, "city")
    assert not any(a["name"].startswith(("-", city)) for a in out["actors"])


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "KAMPALA / NAIROBI - Officials in Uganda and Kenya said on Tuesday that the"
            " pipeline talks had stalled.",
            [("KAMPALA", "UGA"), ("NAIROBI", "KEN")],
        ),
        (
            "QUITO / LIMA - Ecuador and Peru agreed on Thursday to reopen their border.",
            [("QUITO", "ECU"), ("LIMA", "PER")],
        ),
    ],
)
def test_dateline_of_two_cities(analyze, text, cities):
    out = analyze(text)
    for city, country in cities:
        assert has_place(out, city, country, "city")


def test_caps_headline_that_is_no_place(analyze):
    """ "NAIROBI BRIEFING NOTES —" is a headline, not a dateline of a place so named."""
    out = analyze(
        "NAIROBI BRIEFING NOTES — Key points from the interior ministry's weekly briefing."
        "\n\nArrests. Police detained 40 protesters in Nairobi."
    )
    assert not any("BRIEFING" in p["name"] for p in out["places"])


def test_wire_name_in_dateline_is_no_actor(analyze):
    out = analyze(
        "Port strike enters third week\n\nMOMBASA, Jan 9 (Coastline News Agency) -"
        " Dockworkers rejected a new pay offer from Kenya's ports authority on Friday."
    )
    assert not any("Agency" in a["name"] or "Jan" in a["name"] for a in out["actors"])


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a live blog's timestamp and dash are no part of the actor's name
        (
            "LIVE: Election day in Senegal\n\nLast updated 18:05\n\n18:05 - Police fired tear"
            " gas at opposition supporters in Dakar, witnesses said.",
            "Police",
            ("SEN", "COP"),
        ),
        (
            "11:45 - Soldiers have sealed off the presidential palace in Niamey, residents said.",
            "Soldiers",
            ("NER", "MIL"),
        ),
        (
            "LIVE: Protests in Nairobi\n\n15:10 - Police fired tear gas at protesters near"
            " parliament, witnesses said.",
            "Police",
            ("KEN", "COP"),
        ),
    ],
)
def test_timestamp_dash_not_in_actor_name(analyze, text, name, key):
    out = analyze(text)
    assert any(a["name"] == name and (a["country"], a["sector"]) == key for a in out["actors"])
    assert not any(a["name"].startswith("-") for a in out["actors"])


def test_hyphenated_age_kept_whole(analyze):
    out = analyze("Amina, a 19-year-old nursing student from Kano, said soldiers had beaten her.")
    assert not any(a["name"].startswith("-") for a in out["actors"])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # intelligence is SPY even when it is the military's
        (
            "Prosecutors said the men had been recruited by Iranian military intelligence.",
            ("IRN", "SPY"),
        ),
        (
            "Bissau's public prosecutor said the men were agents of Senegal's military intelligence.",
            ("SEN", "SPY"),
        ),
        # security services by their generic names
        (
            "The arrests were carried out by the Internal Security Agency in Gdansk, Polish"
            " prosecutors said.",
            ("POL", "SPY"),
        ),
        (
            "Latvia's state security department said it had detained a man spying for Moscow.",
            ("LVA", "SPY"),
        ),
        (
            "Kazakhstan's National Security Committee said it had detained two men.",
            ("KAZ", "SPY"),
        ),
        (
            "Georgia's State Security Service said it had arrested two men accused of spying"
            " for Russia.",
            ("GEO", "SPY"),
        ),
        (
            "The National Intelligence Agency of South Africa said the plot had been foiled.",
            ("ZAF", "SPY"),
        ),
        (
            "The Department of State Security arrested a journalist in Lagos, Nigerian police said.",
            ("NGA", "SPY"),
        ),
        # warplanes by model are the military's, not rebel fighters
        (
            "Two Chinese J-16 fighters intercepted a Philippine patrol plane over the"
            " Spratly Islands.",
            ("CHN", "MIL"),
        ),
        ("Dutch F-16s scrambled to escort the bombers near the Polish coast.", ("NLD", "MIL")),
        ("Canadian CF-18s intercepted the aircraft over the Arctic.", ("CAN", "MIL")),
        # business bodies
        (
            "South Korean shipbuilders and Japanese steelmakers lobbied against the tariff.",
            ("KOR", "BUS"),
        ),
        (
            "Indian refiners have cut purchases of Russian crude, trade sources said.",
            ("IND", "BUS"),
        ),
        (
            "Chile's mining chamber and copper producers warned against the new royalty.",
            ("CHL", "BUS"),
        ),
    ],
)
def test_actor_sector(analyze, text, key):
    assert key in actor_keys(analyze(text)["actors"])


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Two Chinese J-16 fighters intercepted a Philippine patrol plane.", ("CHN", "REB")),
        (
            "Prosecutors said the men were recruited by Iranian military intelligence.",
            ("IRN", "MIL"),
        ),
        # a council of security is the government's, not a service
        ("The Nigerian National Security Council met in Abuja on Monday.", ("NGA", "SPY")),
    ],
)
def test_actor_sector_not(analyze, text, wrong):
    assert wrong not in actor_keys(analyze(text)["actors"])


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # bare migrants are REF of no country: where they are is no origin
        ("Coast guards in Lampedusa rescued 300 migrants from an overcrowded boat.", "ITA"),
        ("Greek rescuers pulled 40 migrants from the sea near Crete on Sunday.", "GRC"),
        (
            "Thousands of Sudanese have fled into Chad since April, and the migrants now live"
            " in makeshift camps.",
            "TCD",
        ),
    ],
)
def test_bare_migrants(analyze, text, host):
    keys = actor_keys(analyze(text)["actors"])
    assert (None, "REF") in keys
    assert (host, "REF") not in keys


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town name two countries share: the one the story names more often
        (
            "Costa Rica recalled its ambassador from Managua on Tuesday. Costa Rican officials"
            " in San Jose said the expulsion of its diplomats was unjustified, and a US"
            " embassy spokesman declined to comment.",
            "San Jose",
            "CRI",
        ),
        (
            "A Costa Rican court in San Jose convicted three Costa Rican police officers."
            " Costa Rica's president Rodrigo Chaves said the verdict was fair, while a US"
            " embassy spokesman declined to comment.",
            "San Jose",
            "CRI",
        ),
        (
            "Philippine troops clashed with rebels near San Jose in Occidental Mindoro. The"
            " Philippine army said two soldiers were wounded, and Manila sent reinforcements.",
            "San Jose",
            "PHL",
        ),
    ],
)
def test_shared_town_name_by_story_country(analyze, text, name, country):
    assert has_place(analyze(text), name, country, "city")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a facility named after a town is a place of level other at that town
        (
            "Dominican soldiers closed the Dajabon border crossing with Haiti on Monday,"
            " stranding hundreds of traders.",
            "Dajabon border crossing",
            "DOM",
        ),
        (
            "Inmates took guards hostage at the Guayaquil prison on Sunday.",
            "Guayaquil prison",
            "ECU",
        ),
        (
            "Relatives gathered outside the Tarija prison on Sunday after a riot, Bolivian"
            " officials said. Bolivia's government sent troops to Tarija.",
            "Tarija prison",
            "BOL",
        ),
        (
            "Medics treated the wounded at the Kassala hospital, Sudanese officials said.",
            "Kassala hospital",
            "SDN",
        ),
        (
            "German Eurofighters took off from the Amari air base in Estonia.",
            "Amari air base",
            "EST",
        ),
    ],
)
def test_facility_named_after_town(analyze, text, name, country):
    assert has_place(analyze(text), name, country, "other")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Troops fired on its post near the village of Kok-Tash in Batken region, Kyrgyz"
            " officials said.",
            "Batken region",
            "KGZ",
        ),
        (
            "Fighting broke out in Sughd region on Tuesday, Tajik officials said.",
            "Sughd region",
            "TJK",
        ),
        ("Heavy rain fell in Khatlon province, Tajik officials said.", "Khatlon province", "TJK"),
    ],
)
def test_region_without_article(analyze, text, name, country):
    assert has_place(analyze(text), name, country, "admin1")
