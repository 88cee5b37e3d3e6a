"""Event recall: multiword acts, idioms and implied doers, each checked
on fresh sentences (different countries and wording from the documents that showed them)."""

from __future__ import annotations

import pytest

from tests.conftest import event_rows

DATE = "2026-03-10"

CASES = [
    # a dateline the parser takes for a second subject does not act
    (
        "ISLAMABAD, Pakistan (Indus Wire) — India launched missile strikes on three sites in"
        " Pakistani Kashmir overnight, Pakistani officials said.",
        ("ASSAULT", ["IND"], ["PAK"], "reported"),
    ),
    (
        "KHARTOUM, March 3 (Nile Post) - The Rapid Support Forces shelled the city of El Obeid"
        " on Monday, the army said.",
        ("ASSAULT", ["SDN"], ["SDN"], "reported"),
    ),
    # a participle on a statement that an actor issues is the issuer's act
    (
        "The African Union issued a statement condemning the coup in Niger.",
        ("ACCUSE", ["IGO"], ["NER"], "asserted"),
    ),
    (
        "Thailand's foreign ministry put out a statement urging Cambodia to return to talks.",
        ("REQUEST", ["THA"], ["KHM"], "asserted"),
    ),
    (
        "The Caribbean Community issued a statement expressing full solidarity with Guyana.",
        ("SUPPORT", ["IGO"], ["GUY"], "asserted"),
    ),
    (
        "The UN Security Council adopted a resolution demanding an immediate ceasefire in Sudan.",
        ("REQUEST", ["UNO"], ["SDN"], "asserted"),
    ),
    # phone calls with both sides in the subject
    (
        "The foreign ministers of Kenya and Ethiopia spoke by telephone on Thursday about the border.",
        ("CONSULT", ["ETH", "KEN"], ["ETH", "KEN"], "asserted"),
    ),
    (
        "Prime Minister Narendra Modi and President Shehbaz Sharif spoke by phone on Friday evening.",
        ("CONSULT", ["IND", "PAK"], ["IND", "PAK"], "asserted"),
    ),
    # handovers of wanted people to another country's authorities: one-way cooperation
    (
        "Mexico handed over 29 cartel suspects to US authorities on Tuesday.",
        ("COOPERATE", ["MEX"], ["USA"], "asserted"),
    ),
    (
        "Panama handed over two fugitives to Colombian police.",
        ("COOPERATE", ["PAN"], ["COL"], "asserted"),
    ),
    # an ordered expulsion is the expulsion
    (
        "Poland ordered the expulsion of three Russian diplomats on Friday.",
        ("SANCTION", ["POL"], ["RUS"], "asserted"),
    ),
    (
        "Ghana ordered the expulsion of a Nigerian envoy.",
        ("SANCTION", ["GHA"], ["NGA"], "asserted"),
    ),
    # recalling a charge d'affaires
    (
        "Lithuania recalled its charge d'affaires from Beijing.",
        ("SANCTION", ["LTU"], ["CHN"], "asserted"),
    ),
    (
        "Estonia said it was recalling its charge d'affaires from Moscow for consultations.",
        ("SANCTION", ["EST"], ["RUS"], "asserted"),
    ),
    # legal status, registration or licences revoked
    (
        "The Nicaraguan government cancelled the legal status of 150 NGOs on Thursday.",
        ("COERCE", ["NIC"], [], "asserted"),
    ),
    (
        "Venezuela revoked the legal registration of 30 civil society groups.",
        ("COERCE", ["VEN"], [], "asserted"),
    ),
    (
        "Russia revoked the licences of two German broadcasters.",
        ("COERCE", ["RUS"], ["DEU"], "asserted"),
    ),
    # troops entering a place
    (
        "Ecuador sent the army into its prisons on Tuesday. Around 800 soldiers and police "
        "officers have entered the Litoral prison in Guayaquil.",
        ("MOBILIZE", ["ECU"], [], "asserted"),
    ),
    (
        "Indian troops entered the disputed village overnight.",
        ("MOBILIZE", ["IND"], [], "asserted"),
    ),
    # a measure as the subject of its own onset
    (
        "The Ecuadorian government declared a state of emergency on Monday. A night curfew "
        "will apply in Guayaquil from 22:00.",
        ("COERCE", ["ECU"], [], "future"),
    ),
    # a mission closed in the passive: by the state that says so
    (
        "Estonia expelled two Russian diplomats. The Russian consulate in Tartu will be "
        "closed, Estonia said.",
        ("SANCTION", ["EST"], ["RUS"], "future"),
    ),
    # a vowed answer in kind is a threat
    (
        "Moscow would respond in a mirror manner, the Russian foreign ministry said of the "
        "Finnish decision.",
        ("THREATEN", ["RUS"], ["FIN"], "asserted"),
    ),
    # firm opposition
    (
        "India firmly opposes the sanctions imposed on its refiners, the ministry said.",
        ("ACCUSE", ["IND"], ["IND"], "asserted"),
    ),
    # criticism drawn from someone: they criticise the subject's side
    (
        "The Danish decision drew sharp criticism from Moscow.",
        ("ACCUSE", ["RUS"], ["DNK"], "asserted"),
    ),
    # residents and farmers blocking roads protest
    (
        "Villagers in the Indian state of Odisha blocked the road to the dam site, saying "
        "they had not been consulted.",
        ("PROTEST", ["IND"], ["IND"], "asserted"),
    ),
    (
        "Polish farmers blocked the main border crossing with tractors on Friday.",
        ("PROTEST", ["POL"], ["POL"], "asserted"),
    ),
    # bombardment verbs
    (
        "Israel pounded southern Lebanon on Sunday.",
        ("ASSAULT", ["ISR"], ["LBN"], "asserted"),
    ),
    # "for talks with X" on a move: the traveller meets X (session 6)
    (
        "The Indian foreign minister travelled to Dhaka on Monday for talks with Bangladeshi"
        " officials.",
        ("CONSULT", ["BGD", "IND"], ["BGD", "IND"], "asserted"),
    ),
    (
        "Turkey's president flew to Baku for meetings with Azerbaijani leaders.",
        ("CONSULT", ["AZE", "TUR"], ["AZE", "TUR"], "asserted"),
    ),
    # aid and build-up verbs (session 6)
    (
        "NAIROBI — The World Food Programme distributed maize and beans to 30,000 displaced"
        " people in Turkana on Monday.",
        ("AID", ["UNO"], ["KEN"], "asserted"),
    ),
    (
        "KYIV — Japan's finance ministry disbursed $1.2 billion to Ukraine on Friday.",
        ("AID", ["JPN"], ["UKR"], "asserted"),
    ),
    (
        "TOKYO — Japan will lend $500 million to the Philippines to build coast guard vessels.",
        ("AID", ["JPN"], ["PHL"], "future"),
    ),
    (
        "CARACAS — Venezuela has amassed troops near the Guyana border, Guyana's foreign"
        " minister said on Sunday.",
        ("MOBILIZE", ["VEN"], ["GUY"], "reported"),
    ),
    (
        "KHARTOUM — The army redeployed two brigades to El Obeid on Saturday.",
        ("MOBILIZE", ["SDN"], [], "asserted"),
    ),
    # wordings of concessions, releases, deployments and rejections
    (
        "Chile will lift the embargo on Peru next month.",
        ("CONCEDE", ["CHL"], ["PER"], "future"),
    ),
    (
        "Greece handed back six Turkish fishermen it had held since March.",
        ("RETREAT", ["GRC"], ["TUR"], "asserted"),
    ),
    (
        "Bolivia flew 800 police officers to Cochabamba on Monday.",
        ("MOBILIZE", ["BOL"], [], "asserted"),
    ),
    (
        "Hungary dismissed the criticism from Romania as interference.",
        ("REJECT", ["HUN"], ["ROU"], "asserted"),
    ),
    # a protest suspended by those who staged it is a concession, not a sanction
    (
        "Kenyan teachers suspended their strike after the government raised wages.",
        ("CONCEDE", ["KEN"], [], "asserted"),
    ),
    (
        "Sudan's army said it would suspend offensive operations while the truce holds.",
        ("CONCEDE", ["SDN"], ["SDN"], "future"),
    ),
    # money released is aid, not a release of captives
    (
        "The World Bank released a $200 million tranche to Malawi on Monday.",
        ("AID", ["IGO"], ["MWI"], "asserted"),
    ),
    # an investigation opened: "open" is a light verb, and "opened a case" an inquiry
    (
        "Latvian prosecutors have opened a criminal investigation into the sabotage.",
        ("ACCUSE", ["LVA"], ["LVA"], "asserted"),
    ),
    (
        "Kenyan prosecutors opened a case against two police commanders on Monday.",
        ("ACCUSE", ["KEN"], ["KEN"], "asserted"),
    ),
    # a reaction drawn from others: the side after "from" reacts to the act's doer
    (
        "Turkey's strike on the dam drew condemnation from Iraq.",
        ("ACCUSE", ["IRQ"], ["TUR"], "asserted"),
    ),
    (
        "Serbia's arrest of the officer sparked criticism from the European Union.",
        ("ACCUSE", ["EUR"], ["SRB"], "asserted"),
    ),
    (
        "Venezuela's decree attracted condemnation from Guyana and Brazil.",
        ("ACCUSE", ["BRA", "GUY"], ["VEN"], "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_multiword_and_implied_acts(analyze_rules, text, row):
    assert row in event_rows(analyze_rules, text, DATE)


WEAPON_CASES = [
    (
        "Russia launched a wave of attacks on Ukraine overnight. Drones struck warehouses "
        "near the port of Odesa, officials said.",
        ("ASSAULT", ["RUS"], ["UKR"], "reported"),
    ),
    (
        "Russia launched a wave of attacks on Ukraine overnight. A missile hit a five-storey "
        "apartment block in Dnipro, killing three people.",
        ("ASSAULT", ["RUS"], ["UKR"], "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "row"), WEAPON_CASES)
def test_bare_weapon_is_the_story_attackers(analyze, text, row):
    rows = event_rows(analyze, text, DATE)
    assert row in rows
    assert len([r for r in rows if r[0] == "ASSAULT"]) == 2  # the weapon's strike is its own


NO_EVENT = [
    "His Chinese counterpart struck a conciliatory tone on Monday.",
    "The Japanese envoy struck a similar tone in Geneva.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_idiom_is_no_act(analyze, text):
    assert not [r for r in event_rows(analyze, text, DATE) if r[0] == "ASSAULT"]


NO_BUILDUP = [
    "MADRID — The union has reinforced its calls for a strike, its leader said.",
    "SEOUL — The United States stations about 28,500 troops in South Korea.",  # a standing state
]


@pytest.mark.parametrize("text", NO_BUILDUP)
def test_reinforced_words_and_standing_forces_are_no_build_up(analyze, text):
    assert not [r for r in event_rows(analyze, text, DATE) if r[0] == "MOBILIZE"]


def test_visit_for_talks_is_one_meeting(analyze):
    rows = event_rows(
        analyze,
        "Pakistan's army chief visited Beijing on Tuesday for talks with Chinese officials.",
        DATE,
    )
    assert rows == [("CONSULT", ["CHN", "PAK"], ["CHN", "PAK"], "asserted")]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Protest organisers in Tbilisi have called for a larger rally on Saturday.", "demo"),
        ("The union called on truckers in Iran to hold a one-day stoppage next week.", "strike"),
        ("Organisers in Dhaka urged workers to join a general strike on Sunday.", "strike"),
        ("Colombian unions called on workers to march on Friday.", "demo"),
    ],
)
def test_a_protest_called_is_the_callers_planned_protest(analyze_rules, text, mode):
    events = analyze_rules(text, published=DATE)["events"]
    assert [(e["type"], e["mode"], e["factuality"]) for e in events] == [
        ("PROTEST", mode, "future")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine government called for the strike to end.",
        "Ukraine's ambassador urged the Polish government to lift the blockade.",
        "Civil society groups in Mindanao urged the army to halt air strikes near villages.",
    ],
)
def test_a_call_to_end_a_protest_or_strikes_is_a_request(analyze_rules, text):
    events = analyze_rules(text, published=DATE)["events"]
    assert [e["type"] for e in events] == ["REQUEST"]
