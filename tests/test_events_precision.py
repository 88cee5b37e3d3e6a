"""Event precision and factuality by construction: sentences that state no event (background,
analysis, labels, topic nouns, names, hopes, conditionals, questions, negation, options
weighed) next to near twins that state one, with the factuality records.md gives it
(Voice, Promises, denials), and one happening told twice in one story coded once.
Fresh hand-written text (not from the gold files)."""

from __future__ import annotations

import pytest

from tests.conftest import event_rows


def _events(analyze, text, published="2026-03-10"):
    return event_rows(analyze, text, published)


# (text, event types that must not be coded, or None for: no event at all)
NO_EVENT = [
    # background and history told in a story about something else
    (
        "The 2023 war, which killed 200 people, ended with a truce. On Monday, Kenya's president "
        "opened a trade fair in Nairobi.",
        None,
    ),
    ("Azerbaijan retook Nagorno-Karabakh in a lightning offensive in September 2023.", None),
    ("The talks follow years of tension after Moscow annexed Crimea in 2014.", None),
    ("Relations soured after the 1999 NATO bombing of Belgrade.", None),
    ("Chinese and Indian troops clashed in the Galwan valley in 2020, killing 24 soldiers.", None),
    ("The border has been tense since Indian and Pakistani jets fought a dogfight in 2019.", None),
    # analysis and speculation
    ("Analysts said the move could embolden North Korea to launch more missiles.", None),
    ("The strikes risk provoking a Russian response against NATO members.", None),
    ("Analysts fear a wider war between Israel and Hezbollah.", None),
    ("Diplomats warn that Serbia may deploy troops to the Kosovo border.", None),
    ("Observers worry that the junta might arrest opposition leaders before the vote.", None),
    ("Critics say the sanctions could push Iran closer to Russia.", None),
    ("Any attack on Taiwan would draw a U.S. response, the senator said.", None),
    # topic nouns, not acts
    ("The aid debate dominated the session of the German parliament.", None),
    ("Security cooperation is a priority for Japan and Australia, the minister said.", None),
    ("The European Parliament held a debate on military aid to Ukraine.", None),
    ("The report examines the impact of sanctions on Venezuela's economy.", None),
    ("The summit agenda includes arms control and counter-terrorism cooperation.", None),
    ("The question of sanctions divided EU ministers.", None),
    ("Officials from Iran and Oman discussed sanctions relief in Muscat on Tuesday.", ["SANCTION"]),
    # names and titles that hold a trigger word
    ("The Ministry of Defence of Ghana published its annual report on Monday.", None),
    ("Attack helicopters were displayed at the Zhuhai air show.", None),
    ("The Peace Agreement Implementation Committee convened in Juba on Friday.", ["AGREE"]),
    ("The Coalition for Aid Transparency published a report on Yemen.", None),
    ("Members of the Protest Movement of Senegal gave a press conference in Dakar.", None),
    ("The Ceasefire Monitoring Commission published its quarterly report in Addis Ababa.", None),
    ("The Anti-Terrorism Court in Lahore adjourned the hearing.", None),
    # labels and scare quotes: the label is no act of its own
    ("Iran denounced what it called U.S. aggression in the Gulf.", ["ASSAULT"]),
    ('Hungary rejected the so-called "peace plan" presented by Brussels.', ["AGREE"]),
    (
        'Russia continued its so-called "special military operation" as Kyiv appealed for help.',
        ["ASSAULT"],
    ),
    # expectations and hopes
    ("Qatar expected the hostages to be freed by the weekend.", None),
    ("Officials in Kinshasa expect Rwanda to withdraw its troops by June.", None),
    ("Colombia hopes to resume talks with the ELN.", None),
    ("Diplomats hope the two sides will sign a ceasefire next week.", None),
    ("Peru wants Chile to extradite the former minister.", None),
    # conditionals and hypotheticals
    ("If Venezuela attacks Guyana, Brazil would respond.", None),
    ("Should talks fail, Ankara could launch a new offensive in northern Syria.", None),
    ("Had the army intervened earlier, fewer civilians would have died.", None),
    ("Kenya could send police officers to Haiti.", None),
    ("Germany would send tanks only if the United States did the same.", None),
    ("Sweden may expel Russian diplomats over the spying case.", None),
    ("Poland might close its border with Belarus.", None),
    ("The Netherlands may send F-16 jets to Ukraine.", None),
    # options weighed
    ("Britain is considering sanctions on Georgian officials.", None),
    ("Greece is weighing a ban on Turkish fishing boats.", None),
    ("The EU is mulling fresh sanctions on Belarus.", None),
    # yes-no questions
    ("Will China invade Taiwan?", None),
    ("Did Rwanda send troops into eastern Congo?", None),
    ("Could Turkey block Sweden's bid again?", None),
    ("Is Moscow preparing to attack Moldova?", None),
    ("Would Tehran retaliate against Israel?", None),
    # negation: the act did not happen
    ("Israel did not attack Iranian nuclear sites on Friday.", None),
    ("Washington has yet to send the promised Patriot batteries to Kyiv.", None),
    ("Egypt never sent troops to Libya.", None),
    ("Pakistan has not deployed troops to the Afghan border.", None),
    ("Turkey failed to reach a deal with Iraq on water sharing.", None),
    ("No country has recognised the breakaway region of Somaliland.", None),
    ("The Philippines did not send warships to the shoal, the navy said.", None),
    ("Mexico has not yet extradited the cartel leader to the United States.", None),
    ("Oman did not host talks between Iran and the United States this week.", None),
    # an accord not reached is no refusal
    ("Egypt and Ethiopia did not agree on a schedule for filling the dam.", None),
    # "declined to comment" is no refusal of an act
    ("The Israeli military declined to comment, in line with its usual practice.", None),
    # a refusal is the event, not the act refused
    ("The Sudanese army declined to attend talks with the RSF in Jeddah.", ["CONSULT"]),
    ("Putin refused to meet Zelensky in Istanbul.", ["CONSULT"]),
]


@pytest.mark.parametrize(("text", "banned"), NO_EVENT)
def test_no_event(analyze, text, banned):
    events = _events(analyze, text)
    if banned is None:
        assert events == [], events
    else:
        assert all(t not in banned for t, _a, _r, _f in events), events


# (text, type, actor countries, factuality): the near twins, and the factuality conventions
ONE_EVENT = [
    # twins of the background and negation cases: news of the day
    (
        "Azerbaijani forces shelled Armenian positions near Sotk on Monday.",
        "ASSAULT",
        ["AZE"],
        "asserted",
    ),
    (
        "Indian and Chinese troops clashed near Tawang on Sunday, the army said.",
        "ASSAULT",
        ["CHN", "IND"],
        "reported",
    ),
    ("Serbia deployed troops to the Kosovo border on Sunday.", "MOBILIZE", ["SRB"], "asserted"),
    ("Germany sent military aid to Ukraine on Monday.", "AID", ["DEU"], "asserted"),
    ("Hamas freed three Israeli hostages in Gaza on Saturday.", "RETREAT", ["PSE"], "asserted"),
    # refusals (REJECT, asserted)
    ("Putin refused to meet Zelensky in Istanbul.", "REJECT", ["RUS"], "asserted"),
    (
        "Venezuela refused to accept deportation flights from the United States.",
        "REJECT",
        ["VEN"],
        "asserted",
    ),
    (
        "The Sudanese army declined to attend talks with the RSF in Jeddah.",
        "REJECT",
        ["SDN"],
        "asserted",
    ),
    ("Burkina Faso declined to attend the summit in Abuja.", "REJECT", ["BFA"], "asserted"),
    ('Kyiv dismissed the Kremlin\'s "peace plan" as a ploy.', "REJECT", ["UKR"], "asserted"),
    # denials: "X denied Y's accusation" is REJECT; the act inside a denial is denied
    (
        "Rwanda denied Congo's accusation that it backs the M23 rebels.",
        "REJECT",
        ["RWA"],
        "asserted",
    ),
    ("Rwanda denied sending troops into eastern Congo.", None, ["RWA"], "denied"),
    ("Moscow denied that its jets had bombed a hospital in Idlib.", "ASSAULT", ["RUS"], "denied"),
    (
        "The Chinese coast guard denied ramming a Philippine vessel near Scarborough Shoal.",
        "ASSAULT",
        ["CHN"],
        "denied",
    ),
    (
        "India rejected claims that its drones struck Pakistani villages.",
        "ASSAULT",
        ["IND"],
        "denied",
    ),
    (
        "Belarus dismissed reports that it had moved troops to the Lithuanian border.",
        "MOBILIZE",
        ["BLR"],
        "denied",
    ),
    (
        "Azerbaijan dismissed Armenian allegations that its troops fired on Armenian villages.",
        "ASSAULT",
        ["AZE"],
        "denied",
    ),
    ("Iran denied supplying drones to Russia.", "AID", ["IRN"], "denied"),
    # voice: a physical act from a source is reported; hedged, uncertain; verbal, asserted
    (
        "Ukrainian officials said Russian drones struck a power plant in Odesa.",
        "ASSAULT",
        ["RUS"],
        "reported",
    ),
    ("Russian drones struck a power plant in Odesa overnight.", "ASSAULT", ["RUS"], "asserted"),
    (
        "According to the ministry, Israeli jets hit a weapons depot near Damascus.",
        "ASSAULT",
        ["ISR"],
        "reported",
    ),
    ("Israeli jets reportedly hit a weapons depot near Damascus.", "ASSAULT", ["ISR"], "uncertain"),
    (
        "Hezbollah allegedly fired rockets at northern Israel on Monday.",
        "ASSAULT",
        ["LBN"],
        "uncertain",
    ),
    ("Chad accused Sudan of arming Chadian rebels.", "ACCUSE", ["TCD"], "asserted"),
    # future (planned, scheduled, promised) vs the hypotheticals above
    ("Brazil plans to deploy troops to its border with Venezuela.", "MOBILIZE", ["BRA"], "future"),
    (
        "Indian Prime Minister Narendra Modi is set to visit Dhaka next week.",
        "CONSULT",
        ["BGD", "IND"],
        "future",
    ),
    ("Kenya is expected to send police officers to Haiti in May.", "AID", ["KEN"], "future"),
    ("France intends to impose sanctions on Iranian officials.", "SANCTION", ["FRA"], "future"),
    ("Egypt is poised to deploy troops to Somalia.", "MOBILIZE", ["EGY"], "future"),
    (
        "Thailand will host talks between Myanmar's junta and ethnic armed groups next month.",
        "CONSULT",
        None,
        "future",
    ),
    # a host's talks: the talks of the parties
    (
        "Egypt hosted talks between Israel and Hamas in Cairo on Sunday.",
        "CONSULT",
        ["ISR", "PSE"],
        "asserted",
    ),
    # a conditional threat is a threat, asserted; the act it names is not done
    (
        "Seoul said it would retaliate if Pyongyang launched another missile.",
        "THREATEN",
        ["KOR"],
        "asserted",
    ),
    # background inside the story of the day: only the day's act
    (
        "Uganda's president, who seized power in 1986, met Kenya's president in Kampala on Monday.",
        "CONSULT",
        ["KEN", "UGA"],
        "asserted",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli aircraft hit targets near Damascus overnight. Syria's defence ministry said "
        "the strikes had hit a depot.",
        "Pakistani jets bombed hideouts in Khost. The Taliban said the large-scale strikes "
        "would not go unanswered.",
    ],
)
def test_the_strikes_of_a_war_are_no_walkout(analyze_rules, text):
    events = _events(analyze_rules, text)
    assert not any(t == "PROTEST" for t, *_ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's army refrained from firing on the protesters.",
        "The Thai navy refrained from boarding the Cambodian trawlers.",
    ],
)
def test_an_act_refrained_from_is_no_event(analyze_rules, text):
    """'refrained from firing': the act under the preposition did not happen."""
    assert _events(analyze_rules, text) == []


def test_a_strike_in_a_story_of_workers_is_a_walkout(analyze_rules):
    events = _events(
        analyze_rules,
        "Thousands of teachers in Kenya stayed away from classrooms on Monday. The strike, "
        "called by the national union over pay, closed schools in Nairobi.",
    )
    assert any(t == "PROTEST" for t, *_ in events), events


@pytest.mark.parametrize(("text", "kind", "actors", "fact"), ONE_EVENT)
def test_one_event(analyze, text, kind, actors, fact):
    events = _events(analyze, text)
    assert any(
        (kind is None or t == kind) and (actors is None or a == sorted(actors)) and f == fact
        for t, a, _r, f in events
    ), events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a denied or claimed act is never also asserted
        ("India rejected claims that its drones struck Pakistani villages.", "ASSAULT"),
        ("Rwanda denied Congo's accusation that it backs the M23 rebels.", "SUPPORT"),
        ("Qatar expected the hostages to be freed by the weekend.", "RETREAT"),
    ],
)
def test_not_asserted(analyze, text, kind):
    assert all(f != "asserted" for t, _a, _r, f in _events(analyze, text) if t == kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the same happening told twice, in other words: one event
        (
            "Pakistani artillery shelled villages in Kupwara on Sunday. The shelling killed three "
            "civilians, police said.",
            "ASSAULT",
        ),
        (
            "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Shehbaz Sharif in "
            "Astana on Tuesday. The talks lasted two hours.",
            "CONSULT",
        ),
        (
            "Morocco expelled two Algerian diplomats on Monday. The expulsion was the first since 2021.",
            "SANCTION",
        ),
        (
            "Russian missiles struck Kyiv overnight, killing four people. The attack damaged a "
            "hospital, the mayor said.",
            "ASSAULT",
        ),
        (
            "Ethiopian police arrested 50 protesters in Addis Ababa on Friday. The arrests came a "
            "day after a rally.",
            "COERCE",
        ),
        (
            "South Korea and the United States began joint drills on Monday. The exercises will "
            "last ten days.",
            "COOPERATE",
        ),
        (
            "Israeli jets struck Beirut's southern suburbs on Friday. Lebanon condemned the "
            "airstrikes. The bombardment killed five people, the health ministry said.",
            "ASSAULT",
        ),
        (
            "The presidents of Kenya and Tanzania held talks in Arusha on Monday. The meeting "
            "focused on trade.",
            "CONSULT",
        ),
        (
            "Sudanese forces detained 12 journalists in Port Sudan on Friday. The detentions drew "
            "condemnation from rights groups.",
            "COERCE",
        ),
        (
            "Egypt hosted talks between Israel and Hamas in Cairo on Sunday. The negotiations "
            "ended without a deal.",
            "CONSULT",
        ),
    ],
)
def test_told_twice_is_one(analyze, text, kind):
    events = _events(analyze, text)
    assert [t for t, *_x in events].count(kind) == 1, events


@pytest.mark.parametrize(
    "text",
    [
        # a second fresh batch, written after the rules (questions, options, hopes,
        # expectations, refusals, labels, claims)
        "Did Ethiopia close its airspace to Eritrean flights?",
        "Will Nigeria deploy troops to Niger?",
        "Are Russian troops massing on the Finnish border?",
        "Japan is considering imposing tariffs on Chinese steel.",
        "Canada is weighing sending warships to the Taiwan Strait.",
        "Mongolia hopes to sign a gas deal with Russia.",
        "The UN expects Israel to allow more aid trucks into Gaza.",
        "The Gambia failed to extradite the former dictator.",
        "Lebanon's army refrained from firing on the protesters.",
        "The Afghan Taliban declined to comment on the strikes.",
    ],
)
def test_no_event_fresh(analyze, text):
    assert _events(analyze, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kosovo rejected Serbian reports that its police had arrested Serb civilians.",
            [("REJECT", "asserted"), ("COERCE", "denied")],
        ),
        ("Kazakhstan declined to join the sanctions against Russia.", [("REJECT", "asserted")]),
        ("Iraq will host talks between Iran and Saudi Arabia next week.", [("CONSULT", "future")]),
        (
            "Ghana denounced what it called Burkinabe incursions into its territory.",
            [("ACCUSE", "asserted")],
        ),
    ],
)
def test_only_events_fresh(analyze, text, expected):
    assert [(t, f) for t, _a, _r, f in _events(analyze, text)] == expected
