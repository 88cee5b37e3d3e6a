"""Per-stage behaviour on hand-written sentences (text -> expected)."""

from __future__ import annotations

import pytest

from heron.pipeline.times import resolve
from tests.conftest import actor_keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean soldiers crossed the river.", {("PRK", "MIL")}),
        ("South Korean intelligence officials briefed lawmakers.", {("KOR", "SPY")}),
        ("Pyongyang and Moscow acknowledged the deal.", {("PRK", "GOV"), ("RUS", "GOV")}),
        ("Ukraine's military said it repelled the attack.", {("UKR", "MIL")}),
        ("The Kremlin rejected the proposal.", {("RUS", "GOV")}),
        ("Hezbollah fired rockets at northern Israel.", {("LBN", "REB")}),
        ("Paris police detained dozens of people.", {("FRA", "COP")}),
        ("Chinese coast guard vessels blocked the boat.", {("CHN", "COP")}),
    ],
)
def test_actors(analyze, text, expected):
    assert expected <= actor_keys(analyze(text)["actors"])


def test_country_adjective_on_a_thing_is_no_actor(analyze):
    assert (
        actor_keys(analyze("Troops seized Russian territory near the border.")["actors"]) == set()
    )


def test_dated_office(analyze):
    text = "Joe Biden met Japan's prime minister in Tokyo."
    assert ("USA", "GOV") in actor_keys(analyze(text, published="2024-03-01")["actors"])
    assert ("USA", "ELI") in actor_keys(analyze(text, published="2025-06-01")["actors"])


@pytest.mark.parametrize(
    ("text", "name", "country", "level"),
    [
        ("Fighting continued in the Kursk region on Monday.", "Kursk region", "RUS", "admin1"),
        ("A drone hit a building in Kharkiv.", "Kharkiv", "UKR", "city"),
        ("Officials in Paris, Texas, opened a shelter.", "Paris", "USA", "city"),
        ("Thousands marched in Paris against the reform.", "Paris", "FRA", "city"),
        ("Aid reached Sudan last week.", "Sudan", "SDN", "country"),
        # a region beats a small town of the same name; a big city beats its region
        ("Protests spread across California on Sunday.", "California", "USA", "admin1"),
        ("Drones hit Kursk overnight.", "Kursk", "RUS", "city"),
    ],
)
def test_places(analyze, text, name, country, level):
    places = analyze(text)["places"]
    assert any((p["name"], p["country"], p["level"]) == (name, country, level) for p in places), (
        places
    )


def test_capital_used_for_government_is_no_place(analyze):
    assert analyze("Moscow denied the report.")["places"] == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Wednesday", "2025-04-30", "2025-04-30"),  # a Wednesday story's Wednesday is that day
        ("on Tuesday", "2025-04-30", "2025-04-29"),
        ("last Wednesday", "2025-04-30", "2025-04-23"),
        ("3 March", "2025-04-30", "2025-03-03"),
        ("March 3, 2024", "2025-04-30", "2024-03-03"),
        ("last month", "2025-04-30", "2025-03-01"),
        ("yesterday", "2025-04-30", "2025-04-29"),
        # a day and month shortly after publication is ahead, not a year back
        ("June 9", "2026-05-28", "2026-06-09"),
        ("on 2 July", "2025-06-20", "2025-07-02"),
    ],
)
def test_times(text, anchor, expected):
    from datetime import date

    resolved = resolve(text, date.fromisoformat(anchor))
    assert resolved is not None and resolved[0].isoformat() == expected


@pytest.mark.parametrize("text", ["may", "recent years", "two waves", "Wednesday"])
def test_times_without_anchor_or_date(text):
    assert resolve(text, None) is None


@pytest.mark.parametrize("text", ["a year", "for a year", "three months", "a week", "10 days"])
def test_a_length_of_time_is_no_date(text):
    """'extended the embargo for a year': how long, not when (dateparser reads 'a year'
    as a year ago)."""
    from datetime import date

    assert resolve(text, date(2026, 3, 10)) is None
    if not text.startswith("for"):
        assert resolve(text + " ago", date(2026, 3, 10)) is not None


@pytest.mark.parametrize(
    ("text", "measure", "value", "qualifier", "subject"),
    [
        ("Officials said around 600 soldiers were killed.", "killed", 600, "approximate", None),
        (
            "About 18,000 North Korean soldiers were sent to Russia.",
            "deployed",
            18000,
            "approximate",
            "PRK",
        ),
        (
            "Police arrested more than 200 protesters in Nairobi.",
            "arrested",
            200,
            "at_least",
            "KEN",
        ),
        ("Between 40 and 60 people were arrested in Tbilisi.", "arrested", None, "range", None),
        (
            "More than 1.2 million people have fled their homes in Darfur.",
            "displaced",
            1_200_000,
            "at_least",
            None,
        ),
        ("Germany pledged \u20ac500 million in aid.", "funding", 500_000_000, "exact", None),
    ],
)
def test_claims(analyze, text, measure, value, qualifier, subject):
    claims = analyze(text)["claims"]
    hit = [c for c in claims if c["measure"] == measure]
    assert hit, claims
    assert hit[0]["value"] == value and hit[0]["qualifier"] == qualifier
    if subject:
        assert hit[0]["subject"]["country"] == subject


def test_numbers_that_count_nothing_are_no_claims(analyze):
    assert analyze("The soldiers were deployed in two waves over five years.")["claims"] == []


def test_claim_source_from_attribution(analyze):
    doc = analyze("According to the UN refugee agency, 30,000 people fled the fighting.")
    claim = doc["claims"][0]
    assert claim["measure"] == "displaced" and claim["source"]["country"] == "UNO"
    assert claim["source_text"] == "the UN refugee agency" or claim["source_text"].endswith(
        "UN refugee agency"
    )


def test_unattributed_claim_has_no_source(analyze):
    claim = analyze("At least 12 civilians were killed in the strike.")["claims"][0]
    assert claim["source"] is None and claim["source_text"] is None


def test_quotes_speaker_after_before_and_continued(analyze):
    text = (
        "\u201cWe will not back down,\u201d said Maria Lopez, a union leader. "
        "\u201cThis is only the beginning of a long fight.\u201d\n"
        "The minister told reporters: \u201cThe talks will resume next week in Geneva.\u201d"
    )
    quotes = [q for q in analyze(text)["quotes"] if q["direct"]]
    assert [(q["speaker"], q["text"][:12]) for q in quotes] == [
        ("Maria Lopez", "We will not "),
        ("Maria Lopez", "This is only"),
        ("The minister", "The talks wi"),
    ]


def test_pronoun_speaker_resolves_to_last_named(analyze):
    text = 'Ahmed Saleh said the convoy was stopped. "Nobody was allowed to pass the checkpoint," he said.'
    quotes = [q for q in analyze(text)["quotes"] if q["direct"]]
    assert quotes and quotes[0]["speaker"] in ("Ahmed Saleh", "he")


def test_reported_speech_is_indirect_quote(analyze):
    doc = analyze("According to MP Kim Min-ho, the soldiers were deployed in three waves.")
    quote = [q for q in doc["quotes"] if not q["direct"]][0]
    assert quote["text"] == "the soldiers were deployed in three waves"


def _events(analyze, text, published=None):
    return [
        (
            e["type"],
            sorted(a["country"] for a in e["actor"]),
            sorted(a["country"] for a in e["recipient"]),
            e["factuality"],
        )
        for e in analyze(text, published)["events"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active
        (
            "Russian forces shelled Kharkiv, killing 12 civilians.",
            ("ASSAULT", ["RUS"], ["UKR"], "asserted"),
        ),
        # passive with agent
        (
            "Israeli troops were attacked by Hezbollah fighters.",
            ("ASSAULT", ["LBN"], ["ISR"], "asserted"),
        ),
        # purpose clause: sent to assist -> AID from the sender to the assisted
        (
            "North Korean soldiers were sent to assist Russian forces.",
            ("AID", ["PRK"], ["RUS"], "asserted"),
        ),
        # attributed
        (
            "The European Union imposed sanctions on Iran, officials said.",
            ("SANCTION", ["EUR"], ["IRN"], "reported"),
        ),
        # meeting: both parties on both sides
        (
            "China's foreign minister met Russia's foreign minister in Beijing.",
            ("CONSULT", ["CHN", "RUS"], ["CHN", "RUS"], "asserted"),
        ),
        # future
        ("Germany will send air-defence systems to Ukraine.", ("AID", ["DEU"], ["UKR"], "future")),
    ],
)
def test_event_constructions(analyze, text, expected):
    events = _events(analyze, text)
    assert expected in events, events


def test_test_launch_is_mobilize(analyze):
    events = _events(analyze, "North Korea launched two ballistic missiles into the sea.")
    assert events and events[0][0] == "MOBILIZE"


def test_negation_yields_no_event(analyze):
    assert _events(analyze, "Russian forces did not attack Kharkiv.") == []


def test_hypothetical_is_no_event(analyze):
    assert _events(analyze, "The deal could embolden Iran to attack Israel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah fired dozens of rockets at northern Israel on Monday.",
            ("ASSAULT", ["LBN"], ["ISR"]),
        ),
        (
            "Iran fired three ballistic missiles into the Gulf of Oman during a drill.",
            ("MOBILIZE", ["IRN"], []),
        ),
        ("Russia launched 40 drones at Kyiv overnight.", ("ASSAULT", ["RUS"], ["UKR"])),
        # a protest with no named target is aimed at the story's country
        (
            "Thousands of teachers marched through Lima demanding higher pay.",
            ("PROTEST", ["PER"], ["PER"]),
        ),
        # the object names an earlier event: its actor is the recipient
        (
            "Russian forces shelled Kharkiv. Ukraine condemned the shelling.",
            ("ACCUSE", ["UKR"], ["RUS"]),
        ),
        # money given: aid from the giver
        ("Japan pledged $300 million in aid to the Philippines.", ("AID", ["JPN"], ["PHL"])),
        # a nationality on a thing that stands for its country
        (
            "A Chinese coast guard ship fired a water cannon at a Philippine supply boat.",
            ("ASSAULT", ["CHN"], ["PHL"]),
        ),
    ],
)
def test_event_targets(analyze, text, expected):
    events = [
        (kind, actors, recipients)
        for kind, actors, recipients, _ in _events(analyze, text, "2025-03-13")
    ]
    assert expected in events, events


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("More than 50,000 people joined the march in Tbilisi.", "protesters", 50000),
        ("Police put the crowd at about 400.", "protesters", 400),
        ("Organisers said 20,000 people rallied; police put it at 8,000.", "protesters", 8000),
        ("Germany will send 20 tanks to Ukraine.", "supplied", 20),
        ("Two dozen others were treated for injuries.", "injured", 24),
        ("Donors pledged 4.1 billion euros in grants for Syria.", "funding", 4_100_000_000),
        ("EU leaders pledged to channel \u20ac1.5bn to Ukraine.", "funding", 1_500_000_000),
    ],
)
def test_claim_measures(analyze, text, measure, value):
    claims = analyze(text)["claims"]
    assert any(c["measure"] == measure and c["value"] == value for c in claims), claims


def test_claim_place_from_the_paragraph(analyze):
    text = (
        "Gunmen attacked a market in Jowhar on Monday. At least 30 people were killed, police said."
    )
    claim = analyze(text)["claims"][0]
    assert claim["place"] == "Jowhar" and claim["subject"]["country"] == "SOM"


def test_verbal_act_without_target_is_aimed_at_the_story_country(analyze):
    text = "Police in Nairobi fired tear gas at protesters. The Law Society of Kenya condemned the violence."
    events = [(k, a, r) for k, a, r, _ in _events(analyze, text)]
    assert any(k == "ACCUSE" and r == ["KEN"] for k, a, r in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of students were arrested in Dhaka on Monday.", ("COERCE", ["BGD"], ["BGD"])),
        (
            "Hundreds of thousands of workers walked off the job across France.",
            ("PROTEST", ["FRA"], ["FRA"]),
        ),
        ("An Israeli strike hit a school in Gaza City.", ("ASSAULT", ["ISR"], ["PSE"])),
        ("The ministry denied the report.", ("REJECT", [], [])),
    ],
)
def test_more_constructions(analyze, text, expected):
    events = [(k, a, r) for k, a, r, _ in _events(analyze, text, "2025-03-13")]
    if expected[1]:
        assert expected in events, events
    else:  # no actor named: no event
        assert not any(k == expected[0] for k, _, _ in events), events


def test_delegates_taking_part_in_talks_is_no_protest(analyze):
    events = _events(analyze, "Delegates from Chile took part in talks in Geneva.")
    assert not any(kind == "PROTEST" for kind, *_ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled the village on Monday, officials said\nThe army said it repelled 12 attacks.",
        "Farmers block roads near Lyon\nPolice in France detained 30 people on Tuesday.",
    ],
)
def test_a_line_break_ends_a_sentence(text):
    from heron.pipeline.nlp import load_model  # cached: the pipeline's own model

    sentences = [s.text.strip() for s in load_model()(text).sents]
    assert sentences == [line.strip() for line in text.split("\n")]
