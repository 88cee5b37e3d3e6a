"""Event coding (stage events.lexicon.v1): one construction per test, hand-written inputs."""

from __future__ import annotations

import pytest


def _events(analyze, text, published="2025-03-13"):
    return [
        (
            e["type"],
            sorted({a["country"] for a in e["actor"]}),
            sorted({a["country"] for a in e["recipient"]}),
            e["factuality"],
        )
        for e in analyze(text, published)["events"]
    ]


def _kinds(events):
    return [(kind, actors, recipients) for kind, actors, recipients, _ in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active
        ("Turkish jets bombed villages in northern Iraq.", ("ASSAULT", ["TUR"], ["IRQ"])),
        # passive with an agent
        ("Indian posts were shelled by Pakistani troops.", ("ASSAULT", ["PAK"], ["IND"])),
        # the agent inside a subject phrase: "shells fired by X struck ..."
        (
            "Rockets fired by Hamas struck the Israeli city of Ashkelon on Friday.",
            ("ASSAULT", ["PSE"], ["ISR"]),
        ),
        # coordination: the second verb shares the subject
        (
            "Colombian police raided a farm and arrested six Venezuelan smugglers.",
            ("COERCE", ["COL"], ["VEN"]),
        ),
        # nominal event, its doer the subject of a light verb
        (
            "The French military said it had carried out an airstrike on militants in Niger.",
            ("ASSAULT", ["FRA"], ["NER"]),
        ),
    ],
)
def test_roles(analyze, text, expected):
    events = _kinds(_events(analyze, text))
    assert expected in events, events


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        # a definite description refers back to the group named before
        (
            "Al-Shabaab claimed the bombing in Baidoa. The group said its fighters would "
            "keep attacking government bases.",
            "THREATEN",
            ["SOM"],
        ),
        (
            "Hezbollah fired drones at Haifa. The movement said it would keep targeting "
            "Israeli bases.",
            "THREATEN",
            ["LBN"],
        ),
    ],
)
def test_anaphora_and_announced_attacks_are_threats(analyze, text, kind, actors):
    events = _events(analyze, text)
    assert any(k == kind and a == actors and f == "asserted" for k, a, _, f in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" in reported speech is a promise, not a hypothetical
        (
            "Norway said it would provide a further $30 million to Sudan.",
            ("AID", ["NOR"], ["SDN"], "future"),
        ),
        (
            "Japan announced that it would send relief supplies to Turkey.",
            ("AID", ["JPN"], ["TUR"], "future"),
        ),
        ("Canada will give $10 million in aid to Haiti.", ("AID", ["CAN"], ["HTI"], "future")),
    ],
)
def test_future(analyze, text, expected):
    events = _events(analyze, text)
    assert expected in events, events


@pytest.mark.parametrize(
    "text",
    [
        # hypothetical: a condition or a bare "could"
        "Analysts said Iran could strike Israeli bases if talks collapse.",
        "If the talks fail, Egypt would expel Ethiopian diplomats.",
        # purpose clause: what someone seeks is no event
        "The rebels have been seeking to seize the city of Goma.",
        # negation
        "Thai soldiers did not fire on Cambodian positions.",
        # background: an act dated long before publication
        "Russian forces attacked Grozny in December 1994.",
    ],
)
def test_no_event(analyze, text):
    events = _events(analyze, text)
    assert not [e for e in events if e[0] in ("ASSAULT", "COERCE", "SANCTION")], events


def test_request_content_is_no_event(analyze):
    events = _events(analyze, "Kenya urged Somalia to lift the ban on flights.")
    kinds = [e[0] for e in events]
    assert "REQUEST" in kinds and "CONCEDE" not in kinds, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act that appears only inside a denial is denied, and no REJECT
        (
            "The Ethiopian army denied shelling Eritrean villages.",
            ("ASSAULT", ["ETH"], ["ERI"], "denied"),
        ),
    ],
)
def test_denied_act(analyze, text, expected):
    events = _events(analyze, text)
    assert expected in events, events
    assert not any(e[0] == "REJECT" for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object names an earlier event: its doer is the recipient
        (
            "Pakistani troops shelled villages in Kashmir. India condemned the attack.",
            ("ACCUSE", ["IND"], ["PAK"]),
        ),
        (
            "Chinese ships held drills near Taiwan. Taipei condemned the exercises.",
            ("ACCUSE", ["TWN"], ["CHN"]),
        ),
        # people of no named country arrested by the police: the police's country
        (
            "Police in Lagos detained 40 people during the march.",
            ("COERCE", ["NGA"], ["NGA"]),
        ),
        # a crowd of no named country protests at home
        (
            "Thousands of nurses marched in Madrid to demand higher pay.",
            ("PROTEST", ["ESP"], ["ESP"]),
        ),
        # conjoined countries inside the subject all act
        (
            "The foreign ministers of Brazil, India and South Africa held a phone call.",
            ("CONSULT", ["BRA", "IND", "ZAF"], []),
        ),
    ],
)
def test_implied_roles(analyze, text, expected):
    events = _kinds(_events(analyze, text))
    assert expected in events, events


def test_unnamed_addressee_is_no_recipient(analyze):
    events = _kinds(
        _events(analyze, "Ukrainian officials said Ukraine called on partners to send more aid.")
    )
    assert ("REQUEST", ["UKR"], []) in events, events


def test_repeated_mentions_are_one_event(analyze):
    text = (
        "Sudanese troops shelled Omdurman on Monday. The shelling of Omdurman lasted hours, "
        "and Sudanese troops shelled the city again."
    )
    assaults = [e for e in _events(analyze, text) if e[0] == "ASSAULT"]
    assert len(assaults) == 1, assaults


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the most specific place of the clause
        (
            "Russian drones struck a house in the city of Odesa in southern Ukraine.",
            "Odesa",
        ),
    ],
)
def test_event_place(analyze, text, place):
    events = analyze(text, "2025-03-13")["events"]
    assert events and events[0]["place"] == place, events


def test_verbal_act_has_no_place_of_its_topic(analyze):
    text = "Germany accused Russia of staging drone flights over Bavaria."
    events = [e for e in analyze(text, "2025-03-13")["events"] if e["type"] == "ACCUSE"]
    assert events and events[0]["place"] is None, events
