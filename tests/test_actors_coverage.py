"""Actor sectors on fresh text, by construction (session 4, round 2). Each case is a
sentence written for the rule, not a gold one."""

from __future__ import annotations

import pytest

from tests.conftest import actor_keys


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # the body before a title employs the person; "for X" is the brief
        (
            "Mireille Haddad, the UN deputy special envoy for Syria, told reporters the talks would resume.",
            ("UNO", None),
            None,  # "Syria" itself stays (SYR, None): the brief names the country
        ),
        (
            "Parfait Onanga, the UN special envoy for the Horn of Africa, said the talks had stalled.",
            ("UNO", None),
            None,
        ),
        (
            "Tom Perriello, the US special envoy for Sudan, arrived in Port Sudan on Monday.",
            ("USA", "GOV"),
            ("SDN", "GOV"),
        ),
        # a known person's surname after another given name is somebody else of that name
        (
            '"This is the fourth violation this year," said Kadri Saar, an Estonian ministry spokeswoman.',
            ("EST", "GOV"),
            ("ISR", "GOV"),
        ),
        (
            '"We will not leave," said Olga Putin, a teacher in Tver.',
            ("RUS", "EDU"),
            ("RUS", "GOV"),
        ),
        # a title before the surname is no given name: the known person
        ("Foreign Minister Saar said Israel would respond.", ("ISR", "GOV"), None),
    ],
)
def test_employer_title_and_namesake(analyze, text, actor, not_actor):
    keys = actor_keys(analyze(text)["actors"])
    assert actor in keys
    if not_actor is not None:
        assert not_actor not in keys


@pytest.mark.parametrize(
    ("text", "actor", "wrong"),
    [
        # the modifier nearest the head decides the sector
        (
            "The Danish Defence Intelligence Service said the threat was high.",
            ("DNK", "SPY"),
            ("DNK", "MIL"),
        ),
        (
            "Ukraine's military intelligence agency said the depot was hit.",
            ("UKR", "SPY"),
            ("UKR", "MIL"),
        ),
        ("Chad's army intelligence service detained two men.", ("TCD", "SPY"), ("TCD", "MIL")),
        # a ministry of health is a government body (records.md)
        ("Lebanon's health ministry said 30 people had died.", ("LBN", "GOV"), ("LBN", "MED")),
        (
            "The Iraqi health ministry said the wounded were treated in Basra.",
            ("IRQ", "GOV"),
            ("IRQ", "MED"),
        ),
        # "General" after "Prosecutor"/"Attorney" is no military rank
        (
            "Moldova's Prosecutor General said the suspects were detained.",
            ("MDA", "JUD"),
            ("MDA", "MIL"),
        ),
        (
            "Kenya's Attorney General said the law would be appealed.",
            ("KEN", "JUD"),
            ("KEN", "MIL"),
        ),
    ],
)
def test_sector_of_the_phrase(analyze, text, actor, wrong):
    keys = actor_keys(analyze(text)["actors"])
    assert actor in keys
    assert wrong not in keys
