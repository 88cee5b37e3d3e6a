"""Event coding of the material types (ASSAULT, COERCE, MOBILIZE, SANCTION, AID, RETREAT,
COOPERATE): fresh newswire sentences, one per mode and construction (active, passive with
and without an agent, nominal, coordination, "said it would", future, unnamed state doers,
countries of many regions). Each case: type, mode (None: not checked), actor countries,
recipient countries (empty: gold's convention of no recipient)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Gunmen shot dead three soldiers in Nigeria's Zamfara state on Tuesday.",
        "ASSAULT",
        "firearms",
        ["NGA"],
        ["NGA"],
    ),
    (
        "Kenyan police fired tear gas and water cannon at protesters in Nairobi.",
        "ASSAULT",
        "crowd-control",
        ["KEN"],
        ["KEN"],
    ),
    (
        "Protests spread across Kenya on Tuesday. Police fired tear gas and water cannon to push them back.",
        "ASSAULT",
        "crowd-control",
        ["KEN"],
        ["KEN"],
    ),
    (
        "Sudan's army is battling the RSF in Darfur. Government aircraft bombed villages around Nyala, killing dozens.",
        "ASSAULT",
        "aerial",
        ["SDN"],
        ["SDN"],
    ),
    (
        "Fighting continued in South Sudan. The militia overran an army garrison in Nasir on Monday.",
        "ASSAULT",
        None,
        ["SSD"],
        ["SSD"],
    ),
    (
        "Al-Shabaab fighters overran a Somali army base in Lower Shabelle.",
        "ASSAULT",
        None,
        ["SOM"],
        ["SOM"],
    ),
    (
        "Jihadists stormed a military post in northern Burkina Faso.",
        "ASSAULT",
        None,
        ["BFA"],
        ["BFA"],
    ),
    ("M23 rebels captured the town of Sake in eastern Congo.", "ASSAULT", None, ["COD"], ["COD"]),
    (
        "A convoy of aid trucks was attacked by RSF fighters near El Fasher in Sudan.",
        "ASSAULT",
        None,
        ["SDN"],
        ["SDN"],
    ),
    (
        "Clashes erupted in Tripoli, Libya. Several homes were hit by shells.",
        "ASSAULT",
        "heavy-weapons",
        ["LBY"],
        ["LBY"],
    ),
    (
        "The bombing of Kharkiv by Russian forces killed 12 people.",
        "ASSAULT",
        None,
        ["RUS"],
        ["UKR"],
    ),
    (
        "Russian artillery shelled the Ukrainian city of Kherson overnight.",
        "ASSAULT",
        "heavy-weapons",
        ["RUS"],
        ["UKR"],
    ),
    (
        "Armed bandits abducted 30 students from a school in Kaduna, Nigeria.",
        "ASSAULT",
        "abduct",
        ["NGA"],
        ["NGA"],
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Ryazan region.",
        "ASSAULT",
        "drone",
        ["UKR"],
        ["RUS"],
    ),
    (
        "Israeli jets hit a weapons depot in southern Lebanon and killed two Hezbollah commanders.",
        "ASSAULT",
        None,
        ["ISR"],
        ["LBN"],
    ),
    (
        "Rebels torched a police station in Mozambique's Cabo Delgado province.",
        "ASSAULT",
        "destroy",
        ["MOZ"],
        ["MOZ"],
    ),
    (
        "Rioters in Maputo, Mozambique, set fire to a police station and looted shops.",
        "ASSAULT",
        "destroy",
        ["MOZ"],
        ["MOZ"],
    ),
    (
        "Zimbabwean police beat opposition supporters in Harare.",
        "ASSAULT",
        "beat",
        ["ZWE"],
        ["ZWE"],
    ),
    (
        "Indian and Pakistani troops traded artillery fire across the Line of Control.",
        "ASSAULT",
        "heavy-weapons",
        ["IND", "PAK"],
        ["IND", "PAK"],
    ),
    (
        "Israeli warplanes struck the entrance of the Syrian defence ministry in Damascus.",
        "ASSAULT",
        "aerial",
        ["ISR"],
        ["SYR"],
    ),
    (
        "Myanmar's military launched air strikes on villages in Sagaing region.",
        "ASSAULT",
        None,
        ["MMR"],
        ["MMR"],
    ),
    ("Turkish police detained 40 students in Ankara.", "COERCE", "arrest", ["TUR"], ["TUR"]),
    (
        "Uganda's opposition leader was arrested in Kampala on Friday.",
        "COERCE",
        "arrest",
        ["UGA"],
        ["UGA"],
    ),
    (
        "Security forces in Ethiopia arrested 20 journalists in Addis Ababa.",
        "COERCE",
        "arrest",
        ["ETH"],
        ["ETH"],
    ),
    (
        "Venezuelan police raided the offices of an opposition newspaper in Caracas.",
        "COERCE",
        "seize",
        ["VEN"],
        ["VEN"],
    ),
    (
        "Turkey's broadcasting regulator ordered a 10-day blackout on two opposition television channels.",
        "COERCE",
        "censor",
        ["TUR"],
        ["TUR"],
    ),
    (
        "Tanzanian authorities shut down the internet ahead of the vote.",
        "COERCE",
        "withhold",
        ["TZA"],
        [],
    ),
    (
        "Ethiopia blocked access to Facebook and X in the Amhara region.",
        "COERCE",
        "censor",
        ["ETH"],
        ["ETH"],
    ),
    (
        "Bangladesh imposed a nationwide curfew after days of unrest.",
        "COERCE",
        "curfew",
        ["BGD"],
        [],
    ),
    (
        "Peru's government declared a state of emergency in Lima.",
        "COERCE",
        "martial-law",
        ["PER"],
        [],
    ),
    ("Germany deported 28 Afghan nationals to Kabul.", "COERCE", "deport", ["DEU"], ["AFG"]),
    (
        "Libya's Civil Aviation Authority suspended all flights at Mitiga airport.",
        "COERCE",
        "restrict",
        ["LBY"],
        [],
    ),
    (
        "In Georgia, police detained dozens of protesters in Tbilisi.",
        "COERCE",
        "arrest",
        ["GEO"],
        ["GEO"],
    ),
    (
        "Nigeria deployed troops to Plateau state after the killings.",
        "MOBILIZE",
        "troops",
        ["NGA"],
        [],
    ),
    ("Russia massed troops near the Ukrainian border.", "MOBILIZE", "troops", ["RUS"], ["UKR"]),
    (
        "Mozambique's interior ministry said it would deploy extra riot police units to Maputo.",
        "MOBILIZE",
        "police",
        ["MOZ"],
        [],
    ),
    (
        "Kenya deployed riot police to Nairobi's central business district.",
        "MOBILIZE",
        "police",
        ["KEN"],
        [],
    ),
    (
        "North Korea test-fired a ballistic missile into the sea.",
        "MOBILIZE",
        "weapons",
        ["PRK"],
        [],
    ),
    ("Iran put its air defences on high alert.", "MOBILIZE", None, ["IRN"], []),
    (
        "Thousands of troops were deployed in Dhaka, Bangladesh, on Sunday.",
        "MOBILIZE",
        "troops",
        ["BGD"],
        [],
    ),
    (
        "Three Russian fighter jets entered Estonian airspace on Friday.",
        "MOBILIZE",
        None,
        ["RUS"],
        ["EST"],
    ),
    (
        "The Houthis mobilised thousands of fighters near Marib in Yemen.",
        "MOBILIZE",
        None,
        ["YEM"],
        [],
    ),
    (
        "South Africa briefly closed the Lebombo border crossing with Mozambique last week.",
        "SANCTION",
        "discontinue",
        ["ZAF"],
        ["MOZ"],
    ),
    (
        "Tensions rose between Pakistan and Afghanistan. Pakistani authorities shut both crossings to traffic.",
        "SANCTION",
        "discontinue",
        ["PAK"],
        ["AFG"],
    ),
    (
        "Mali and Algeria then closed their airspace to each other's aircraft.",
        "SANCTION",
        "discontinue",
        ["DZA", "MLI"],
        ["DZA", "MLI"],
    ),
    (
        "China reimposed a blanket ban on Japanese seafood imports on Tuesday.",
        "SANCTION",
        "discontinue",
        ["CHN"],
        ["JPN"],
    ),
    (
        "The European Union imposed sanctions on Iranian officials.",
        "SANCTION",
        "discontinue",
        ["EUR"],
        ["IRN"],
    ),
    ("Washington suspended military aid to Colombia.", "SANCTION", "discontinue", ["USA"], ["COL"]),
    ("Morocco cut diplomatic ties with Iran.", "SANCTION", "discontinue", ["MAR"], ["IRN"]),
    ("Poland expelled two Russian diplomats.", "SANCTION", "expel", ["POL"], ["RUS"]),
    ("Algeria recalled its ambassador from Paris.", "SANCTION", "withdraw", ["DZA"], ["FRA"]),
    ("Ghana closed its border with Togo to traders.", "SANCTION", "discontinue", ["GHA"], ["TGO"]),
    (
        "Fighting spread in South Sudan. The World Food Programme said it would airlift 300 tonnes of food to Upper Nile.",
        "AID",
        None,
        ["UNO"],
        ["SSD"],
    ),
    ("Japan pledged $50 million in humanitarian aid to Sudan.", "AID", None, ["JPN"], ["SDN"]),
    ("Germany will send air-defence systems to Ukraine.", "AID", None, ["DEU"], ["UKR"]),
    (
        "The European Union said it would send 15 additional election observers to Moldova.",
        "AID",
        None,
        ["EUR"],
        ["MDA"],
    ),
    ("Turkey granted asylum to an Iraqi journalist.", "AID", None, ["TUR"], ["IRQ"]),
    ("Qatar delivered 20 tonnes of medical supplies to Gaza.", "AID", None, ["QAT"], ["PSE"]),
    ("The United States provided Ukraine with artillery shells.", "AID", None, ["USA"], ["UKR"]),
    ("UNICEF flew vaccines to northern Syria.", "AID", None, ["UNO"], ["SYR"]),
    ("Rwanda withdrew its troops from eastern Congo.", "RETREAT", "withdraw", ["RWA"], ["COD"]),
    ("Hamas released three Israeli hostages.", "RETREAT", "release", ["PSE"], ["ISR"]),
    ("Iran freed a French tourist on Friday.", "RETREAT", "release", ["IRN"], ["FRA"]),
    ("Sudan allowed UN aid convoys into Darfur.", "RETREAT", "access", ["SDN"], ["UNO"]),
    ("Nepal's prime minister resigned on Tuesday.", "RETREAT", "resign", ["NPL"], []),
    (
        "France and Morocco held joint military exercises near Agadir.",
        "COOPERATE",
        None,
        ["FRA", "MAR"],
        ["FRA", "MAR"],
    ),
    (
        "Colombia shared intelligence with Ecuador on drug gangs.",
        "COOPERATE",
        None,
        ["COL"],
        ["ECU"],
    ),
    (
        "The Malian army said it would airlift food and medicine to Gao.",
        "AID",
        None,
        ["MLI"],
        ["MLI"],
    ),
    (
        "Poland said it would close its border crossings with Belarus.",
        "SANCTION",
        "discontinue",
        ["POL"],
        ["BLR"],
    ),
    (
        "Lithuania shut two border crossings with Belarus on Wednesday.",
        "SANCTION",
        "discontinue",
        ["LTU"],
        ["BLR"],
    ),
    ("Russian warplanes bombed the Syrian town of Idlib.", "ASSAULT", "aerial", ["RUS"], ["SYR"]),
    (
        "Sudan's army said it had recaptured the town of Wad Madani from the RSF.",
        "ASSAULT",
        None,
        ["SDN"],
        ["SDN"],
    ),
    ("Haitian gangs overran a police station in Mirebalais.", "ASSAULT", None, ["HTI"], ["HTI"]),
    (
        "A market in Goma was hit by rockets on Saturday, the Congolese army said.",
        "ASSAULT",
        None,
        ["COD"],
        ["COD"],
    ),
    (
        "Pakistani jets hit militant hideouts in Afghanistan's Paktika province.",
        "ASSAULT",
        None,
        ["PAK"],
        ["AFG"],
    ),
    (
        "Myanmar's junta ordered an internet blackout in Rakhine state.",
        "COERCE",
        None,
        ["MMR"],
        ["MMR"],
    ),
    (
        "Flights at Entebbe airport were suspended on Monday, Uganda's civil aviation authority said.",
        "COERCE",
        "restrict",
        ["UGA"],
        [],
    ),
    ("Egypt dispatched 50 trucks of aid to Gaza.", "AID", None, ["EGY"], ["PSE"]),
    (
        "Chinese coast guard ships sailed into Philippine waters near Scarborough Shoal.",
        "MOBILIZE",
        None,
        ["CHN"],
        ["PHL"],
    ),
    (
        "Venezuela moved armoured units toward Guyana's border.",
        "MOBILIZE",
        "troops",
        ["VEN"],
        ["GUY"],
    ),
    (
        "The Indian government dispatched 2,000 paramilitary police to Manipur.",
        "MOBILIZE",
        "police",
        ["IND"],
        [],
    ),
    (
        "Spain extradited a Russian hacker to the United States.",
        "COOPERATE",
        None,
        ["ESP"],
        ["USA"],
    ),
    (
        "Mexico extradited 29 cartel figures to the United States.",
        "COOPERATE",
        None,
        ["MEX"],
        ["USA"],
    ),
    ("Chinese firms shipped drone parts to Russia.", "AID", None, ["CHN"], ["RUS"]),
    ("Iran shipped missiles to Yemen's Houthis.", "AID", None, ["IRN"], ["YEM"]),
    ("Russia massed troops near the Ukrainian border.", "MOBILIZE", "troops", ["RUS"], ["UKR"]),
    ("Kenya dispatched 400 police officers to Haiti.", "AID", None, ["KEN"], ["HTI"]),
    # an attack with no target named is on the story's other party, or at home
    (
        "Tensions between Thailand and Cambodia rose. Thai forces attacked overnight, the army said.",
        "ASSAULT",
        None,
        ["THA"],
        ["KHM"],
    ),
    (
        "Police in Nigeria fired tear gas at striking teachers in Abuja.",
        "ASSAULT",
        "crowd-control",
        ["NGA"],
        ["NGA"],
    ),
    # a "strike" by armed forces is an attack, not a labour strike
    ("Israeli forces carried out strikes in Gaza on Tuesday.", "ASSAULT", None, ["ISR"], ["PSE"]),
    (
        "Tensions between Pakistan and Afghanistan rose this week. Pakistani jets carried out "
        "strikes overnight, the army said.",
        "ASSAULT",
        None,
        ["PAK"],
        ["AFG"],
    ),
    ("Teachers in Kenya went on strike on Monday.", "PROTEST", "strike", ["KEN"], ["KEN"]),
    (
        "Kenyan police opened fire overnight in Kisumu, witnesses said.",
        "ASSAULT",
        "firearms",
        ["KEN"],
        ["KEN"],
    ),
    (
        "In Mozambique, armed groups set fire to a police station in Maputo.",
        "ASSAULT",
        "destroy",
        ["MOZ"],
        ["MOZ"],
    ),
    (
        "Ethiopian troops and Eritrean soldiers traded fire near Zalambessa.",
        "ASSAULT",
        None,
        ["ERI", "ETH"],
        ["ERI", "ETH"],
    ),
    (
        "Jordan and Iraq briefly closed their airspace to civilian flights.",
        "COERCE",
        "restrict",
        ["IRQ", "JOR"],
        [],
    ),
    ("In Somalia, militants stormed a hotel in Mogadishu.", "ASSAULT", None, ["SOM"], ["SOM"]),
]

# sentences in which a type must NOT be coded
NOT_CODED = [
    ("A court in Nairobi suspended the directive on Friday.", "SANCTION"),
    ("Jordan and Iraq briefly closed their airspace to civilian flights.", "SANCTION"),
    ("Thai troops did not fire on Cambodian positions, the army said.", "ASSAULT"),
    ("Spain extradited a Russian hacker to the United States.", "SANCTION"),
    ("Kenya dispatched 400 police officers to Mombasa.", "AID"),
    ("Kenya deployed riot police to Nairobi's central business district.", "AID"),
]


def _events(analyze, text):
    return [
        (
            e["type"],
            e["mode"],
            sorted({a["country"] for a in e["actor"]}),
            sorted({a["country"] for a in e["recipient"]}),
        )
        for e in analyze(text, "2025-03-13")["events"]
    ]


def _parties_match(found: list[str], expected: list[str]) -> bool:
    return bool(set(found) & set(expected)) if expected else not found


@pytest.mark.parametrize(("text", "kind", "mode", "actors", "recipients"), CASES)
def test_material_event(analyze, text, kind, mode, actors, recipients):
    events = _events(analyze, text)
    hits = [
        e
        for e in events
        if e[0] == kind and _parties_match(e[2], actors) and _parties_match(e[3], recipients)
    ]
    assert hits, events
    if mode is not None:
        assert any(e[1] == mode for e in hits), events


@pytest.mark.parametrize(("text", "kind"), NOT_CODED)
def test_material_not_coded(analyze, text, kind):
    events = _events(analyze, text)
    assert all(e[0] != kind for e in events), events


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # relief goods flown or trucked in, money made available, people rescued: AID
        ("UNHCR said it had flown in 4,000 blankets to Goma.", ["UNO"], ["COD"]),
        (
            "The World Food Programme has trucked in 80 tonnes of flour for families near "
            "Kandahar.",
            ["UNO"],
            ["AFG"],
        ),
        ("Russia sent tents and generators to Armenia after the earthquake.", ["RUS"], ["ARM"]),
        ("The World Bank said it would make $30 million available to Malawi.", ["IGO"], ["MWI"]),
        ("Pakistan's army rescued 10 hostages near the Afghan border.", ["PAK"], None),
    ],
)
def test_relief_and_rescue_are_aid(analyze_rules, text, actors, recipients):
    events = _events(analyze_rules, text)
    assert any(
        e[0] == "AID"
        and _parties_match(e[2], actors)
        and (recipients is None or _parties_match(e[3], recipients))
        for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # duties imposed, embargoes and tariffs extended or renewed: SANCTION
        ("Mexico imposed a 30% duty on Chinese steel on Monday.", ["MEX"], ["CHN"]),
        (
            "The UN Security Council voted to extend an arms embargo on South Sudan for a year.",
            ["UNO"],
            ["SSD"],
        ),
        ("Canada renewed its sanctions on Belarus for another year.", ["CAN"], ["BLR"]),
        # an ambassador withdrawn, a cooperation agreement ended
        ("Algiers withdrew its ambassador from Paris on Friday.", ["DZA"], ["FRA"]),
        (
            "Niger terminated its military cooperation agreement with the United States.",
            ["NER"],
            ["USA"],
        ),
    ],
)
def test_duties_and_extended_embargoes_are_sanctions(analyze_rules, text, actors, recipients):
    events = _events(analyze_rules, text)
    assert any(
        e[0] == "SANCTION" and _parties_match(e[2], actors) and _parties_match(e[3], recipients)
        for e in events
    ), events
