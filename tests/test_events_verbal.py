"""Verbal event types (AGREE, CONSULT, SUPPORT, CONCEDE, REQUEST, ACCUSE, REJECT,
THREATEN) and PROTEST: one construction per case, fresh hand-written newswire text,
with the recipient conventions of records.md (counterparts.json)."""

from __future__ import annotations

import pytest

from tests.conftest import event_rows


def _events(analyze, text, published="2026-03-10"):
    return event_rows(analyze, text, published)


# (text, type, actor countries, recipient countries or None for any, factuality or None)
CASES = [
    # AGREE: infinitive of readiness, offer, acceptance of a proposal, a deal reached
    (
        "Armenia and Azerbaijan agreed to resume border talks next month.",
        "AGREE",
        ["ARM", "AZE"],
        ["ARM", "AZE"],
        None,
    ),
    (
        "The Ethiopian government said it was ready to hold talks with the Tigrayan leadership.",
        "AGREE",
        ["ETH"],
        None,
        None,
    ),
    ("Kenya offered to mediate between the two sides.", "AGREE", ["KEN"], None, "asserted"),
    (
        "Pakistan accepted an Iranian proposal for a joint border commission.",
        "AGREE",
        ["PAK"],
        ["IRN"],
        None,
    ),
    (
        "Colombia's government and the ELN rebels reached an agreement on a six-month ceasefire.",
        "AGREE",
        ["COL"],
        None,
        "asserted",
    ),
    # CONSULT: meeting, talks held, phone call, visit (future); both parties on each side
    (
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan.",
        "CONSULT",
        ["CHN", "IND"],
        ["CHN", "IND"],
        "asserted",
    ),
    (
        "The Turkish foreign minister held talks with his Greek counterpart in Athens.",
        "CONSULT",
        ["GRC", "TUR"],
        ["GRC", "TUR"],
        None,
    ),
    (
        "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky.",
        "CONSULT",
        ["FRA", "UKR"],
        ["FRA", "UKR"],
        None,
    ),
    (
        "Japan's defence minister will visit Manila next week.",
        "CONSULT",
        ["JPN", "PHL"],
        ["JPN", "PHL"],
        "future",
    ),
    # SUPPORT: solidarity or support expressed / voiced / reaffirmed, praise, recognition
    (
        "The European Union expressed full solidarity with Moldova.",
        "SUPPORT",
        ["EUR"],
        ["MDA"],
        "asserted",
    ),
    (
        "Brazil voiced support for Argentina's claim to the islands.",
        "SUPPORT",
        ["BRA"],
        ["ARG"],
        None,
    ),
    (
        "India reaffirmed its support for Sri Lanka's territorial integrity.",
        "SUPPORT",
        ["IND"],
        ["LKA"],
        None,
    ),
    (
        "Germany's chancellor praised Poland for its handling of the border crisis.",
        "SUPPORT",
        ["DEU"],
        ["POL"],
        None,
    ),
    (
        "Hungary's foreign minister commended Serbia for its restraint.",
        "SUPPORT",
        ["HUN"],
        ["SRB"],
        None,
    ),
    (
        "The United States recognised the new government in Damascus.",
        "SUPPORT",
        ["USA"],
        ["SYR"],
        None,
    ),
    # CONCEDE: a ban lifted, a ceasefire announced, a plan dropped, a bill withdrawn, an apology
    ("The Malian junta lifted the ban on political parties.", "CONCEDE", ["MLI"], None, "asserted"),
    ("Israel announced a temporary ceasefire in southern Lebanon.", "CONCEDE", ["ISR"], None, None),
    (
        "Georgia's ruling party dropped its plan to pass the foreign agents law.",
        "CONCEDE",
        ["GEO"],
        None,
        "asserted",
    ),
    (
        "The Kenyan government withdrew the controversial finance bill after weeks of protests.",
        "CONCEDE",
        ["KEN"],
        None,
        "asserted",
    ),
    (
        "Peru's president apologised to the families of the victims.",
        "CONCEDE",
        ["PER"],
        None,
        "asserted",
    ),
    # REQUEST: urge X to, ask X to, demand that, call on, call for
    (
        "The UN Security Council urged Israel and Hezbollah to respect the ceasefire.",
        "REQUEST",
        ["UNO"],
        ["ISR", "LBN"],
        None,
    ),
    ("Pakistan asked Afghanistan to hand over the militants.", "REQUEST", ["PAK"], ["AFG"], None),
    (
        "Nigeria's labour congress demanded the reversal of the fuel price increase.",
        "REQUEST",
        ["NGA"],
        None,
        None,
    ),
    (  # a rally called is the callers' protest, still to come (the gold codes it so)
        "Serbian police detained 40 students in Belgrade on Monday. Opposition leaders called for a "
        "fresh rally on Saturday.",
        "PROTEST",
        ["SRB"],
        None,
        "future",
    ),
    # "called on X to": X is addressed (not the place of the act asked for)
    ("Egypt called on Israel to allow aid into Gaza.", "REQUEST", ["EGY"], ["ISR"], "asserted"),
    (
        "The African Union called on Ethiopia and Eritrea to withdraw their troops from the border.",
        "REQUEST",
        ["IGO"],
        ["ERI", "ETH"],
        None,
    ),
    # "all parties" / "both sides" addressed: the conflict's two sides
    (
        "Sudanese army jets bombed Rapid Support Forces positions near El Obeid on Sunday. The UN "
        "refugee agency urged all parties to allow safe passage for civilians.",
        "REQUEST",
        ["UNO"],
        ["SDN"],
        None,
    ),
    (
        "Thai artillery shelled Cambodian positions along the border on Friday. Malaysia called on "
        "both governments to halt the fighting.",
        "REQUEST",
        ["MYS"],
        ["KHM", "THA"],
        None,
    ),
    (
        "Myanmar's army bombed Arakan Army positions near Kyaukphyu. China pressed both sides to "
        "hold talks.",
        "REQUEST",
        ["CHN"],
        ["MMR"],
        "asserted",
    ),
    # ACCUSE: accuse X of, condemn, passive accusation, criticise X for, blame, indict
    (
        "Turkish police detained 40 students in Istanbul on Monday. Interior Minister Ali Yildirim "
        "accused opposition leaders of provoking the streets.",
        "ACCUSE",
        ["TUR"],
        ["TUR"],
        "asserted",
    ),
    (
        "China condemned the Japanese prime minister's remarks on Taiwan.",
        "ACCUSE",
        ["CHN"],
        ["JPN"],
        None,
    ),
    (
        "Venezuela was accused by Guyana of massing troops near the border.",
        "ACCUSE",
        ["GUY"],
        ["VEN"],
        None,
    ),
    (
        "Morocco criticised Algeria for hosting the Polisario Front's leaders.",
        "ACCUSE",
        ["MAR"],
        ["DZA"],
        None,
    ),
    (
        "South Korean prosecutors indicted the former defence minister.",
        "ACCUSE",
        ["KOR"],
        ["KOR"],
        None,
    ),
    # legal action and blame: file a lawsuit, take to court, hold responsible, bear responsibility
    (
        "Kenyan police shot dead 12 protesters in Nairobi. The Kenya Human Rights Commission filed "
        "a lawsuit against the interior ministry.",
        "ACCUSE",
        ["KEN"],
        ["KEN"],
        "asserted",
    ),
    (
        "Ukraine took Russia to the International Court of Justice.",
        "ACCUSE",
        ["UKR"],
        ["RUS"],
        None,
    ),
    ("Seoul held Pyongyang responsible for the explosion.", "ACCUSE", ["KOR"], ["PRK"], None),
    # the speaker accuses, the bearer is accused
    (
        "The Philippine foreign ministry said Beijing bears full responsibility for the collision.",
        "ACCUSE",
        ["PHL"],
        ["CHN"],
        "asserted",
    ),
    (
        "Armenia's foreign minister said Azerbaijan would bear the blame for any escalation.",
        "ACCUSE",
        ["ARM"],
        ["AZE"],
        None,
    ),
    # a complaint lodged with a forum is aimed at the other party, not the forum
    (
        "Israeli jets struck Damascus on Sunday. Syria lodged a complaint with the UN Security Council.",
        "ACCUSE",
        ["SYR"],
        ["ISR"],
        "asserted",
    ),
    (
        "Azerbaijani forces shelled Armenian villages on Tuesday. Yerevan filed a case at the "
        "International Court of Justice.",
        "ACCUSE",
        ["ARM"],
        ["AZE"],
        "asserted",
    ),
    (
        "Congo lodged a complaint against Rwanda with the UN Security Council.",
        "ACCUSE",
        ["COD"],
        None,
        None,
    ),
    # a call echoed
    ("Germany echoed the call for a ceasefire in Gaza.", "REQUEST", ["DEU"], None, None),
    # REJECT: reject a proposal, dismiss accusations, refuse to, rule out; negated concession
    (
        "Azerbaijan rejected the Armenian proposal for a new border commission.",
        "REJECT",
        ["AZE"],
        ["ARM"],
        None,
    ),
    ("Caracas dismissed the Guyanese accusations as baseless.", "REJECT", ["VEN"], ["GUY"], None),
    (
        "Iran refused to allow inspectors from the International Atomic Energy Agency into the site.",
        "REJECT",
        ["IRN"],
        None,
        None,
    ),
    (
        "China summoned the Japanese ambassador over the remarks on Tuesday. Japanese Prime "
        "Minister Sanae Takaichi said she would not withdraw her comments.",
        "REJECT",
        ["JPN"],
        ["CHN"],
        "asserted",
    ),
    (
        "Moldova expelled three Russian diplomats on Monday. Russian President Vladimir Putin said "
        "Moscow would not lift its ban on Moldovan wine imports.",
        "REJECT",
        ["RUS"],
        ["MDA"],
        "asserted",
    ),
    # denials: the accuser, not the denier's own people named inside the clause
    (
        "Kosovo police accused Serbian officers of abducting a Kosovo police officer near the border. "
        "Belgrade denied that Serbian officers had crossed into Kosovo.",
        "REJECT",
        ["SRB"],
        ["XKX"],
        "asserted",
    ),
    (
        "Cambodia accused Thailand of shelling villages in Oddar Meanchey province on Thursday. The "
        "Thai army denied that its gunners had aimed at civilian areas.",
        "REJECT",
        ["THA"],
        ["KHM"],
        "asserted",
    ),
    # a response with no one named: the author of the act aimed at the actor
    (
        "The IAEA Board of Governors censured Iran on Thursday for failing to cooperate with "
        "inspectors. Iran's foreign ministry rejected the resolution as politically motivated.",
        "REJECT",
        ["IRN"],
        ["IGO"],
        "asserted",
    ),
    # THREATEN: threaten to, warn of, warned that Y would ..., vowed to keep attacking, ultimatum
    (
        "North Korea threatened to respond with force to the joint drills.",
        "THREATEN",
        ["PRK"],
        None,
        None,
    ),
    (
        "China warned that Japan would bear all the consequences.",
        "THREATEN",
        ["CHN"],
        ["JPN"],
        "asserted",
    ),
    ("Turkey threatened to expel the Dutch ambassador.", "THREATEN", ["TUR"], ["NLD"], None),
    (
        "The Houthis vowed to keep attacking ships linked to Israel.",
        "THREATEN",
        ["YEM"],
        ["ISR"],
        "asserted",
    ),
    (
        "Russia warned Finland of retaliation if it hosted NATO bases.",
        "THREATEN",
        ["RUS"],
        ["FIN"],
        None,
    ),
    (
        "Ethiopia issued an ultimatum to the Tigrayan forces.",
        "THREATEN",
        ["ETH"],
        ["ETH"],
        "asserted",
    ),
    (
        "Turkish police detained 40 students in Istanbul on Monday. The interior minister warned that "
        "anyone who attacked police would be held to account.",
        "THREATEN",
        ["TUR"],
        ["TUR"],
        "asserted",
    ),
    # a refusal: a negated future withdrawal
    (
        "The Kremlin said it would not withdraw its troops from Transnistria.",
        "REJECT",
        ["RUS"],
        None,
        "asserted",
    ),
    # CONSULT convened
    (
        "The Philippine foreign ministry said ASEAN would convene a meeting of foreign ministers "
        "in Manila next week.",
        "CONSULT",
        ["IGO"],
        None,
        "future",
    ),
    # PROTEST: march, strike, blockade, take to the streets, hunger strike, rally at an embassy
    (
        "Thousands of people marched through Tbilisi against the government.",
        "PROTEST",
        ["GEO"],
        ["GEO"],
        None,
    ),
    ("Doctors in Nigeria went on strike over unpaid salaries.", "PROTEST", ["NGA"], ["NGA"], None),
    (
        "Farmers blocked highways across France to protest cheap imports.",
        "PROTEST",
        ["FRA"],
        ["FRA"],
        None,
    ),
    (
        "Protesters took to the streets of Nairobi to denounce the tax increases.",
        "PROTEST",
        ["KEN"],
        ["KEN"],
        None,
    ),
    ("A jailed activist in Egypt began a hunger strike.", "PROTEST", ["EGY"], ["EGY"], None),
    (
        "Demonstrators rallied outside the Russian embassy in Chisinau.",
        "PROTEST",
        ["MDA"],
        ["RUS"],
        None,
    ),
    # a crowd gathered, chanting: a protest
    (
        "Thousands of Georgians gathered in front of parliament, chanting slogans against the "
        "government.",
        "PROTEST",
        ["GEO"],
        ["GEO"],
        "asserted",
    ),
    # disapproval in a reported clause's object, or in a label parsed as an apposition
    (
        'Japan said it had conveyed "serious concern" to Beijing through diplomatic channels.',
        "ACCUSE",
        ["JPN"],
        ["CHN"],
        None,
    ),
    (
        "The Dutch foreign ministry said the sentences had caused deep alarm in The Hague.",
        "ACCUSE",
        ["NLD"],
        None,
        None,
    ),
    (
        'The US Navy\'s Fifth Fleet called the boarding "a clear violation of international law".',
        "ACCUSE",
        ["USA"],
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "recipients", "fact"), CASES)
def test_verbal_event(analyze_rules, text, kind, actors, recipients, fact):
    """What the rules code (the learned judgement, which may overrule one sentence, is
    test_event_confidence's)."""
    events = _events(analyze_rules, text)
    assert any(
        t == kind
        and a == sorted(actors)
        and (recipients is None or r == sorted(recipients))
        and (fact is None or f == fact)
        for t, a, r, f in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # "what the military called X ... on Sunday": a label, no call on anyone
        "Pakistani jets struck what the military called militant hideouts in Paktika province on Sunday.",
        "Nigerian troops raided what the army called a bandit camp in Zamfara on Friday.",
    ],
)
def test_label_is_no_request(analyze, text):
    assert all(t != "REQUEST" for t, _a, _r, _f in _events(analyze, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a counterpart is not given to an investigation
        (
            "Russian jets entered Estonian airspace on Friday. Estonian police said they were "
            "investigating drone sightings near Tartu.",
            "ACCUSE",
        ),
        # thanks to unnamed allies: addressed to no one named
        (
            "Russian missiles struck Kharkiv on Sunday. Ukraine's defence minister thanked the "
            "allies at the meeting in Ramstein.",
            "SUPPORT",
        ),
    ],
)
def test_no_counterpart(analyze, text, kind):
    events = _events(analyze, text)
    assert all("RUS" not in r for t, _a, r, _f in events if t == kind), events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a rally or protest called is a protest; a date after 'for' or 'on' is no request
        ("Togo's opposition has called a second rally for Friday in Lomé.", "PROTEST"),
        ("Kenya's teachers' union called a protest outside parliament for Monday.", "PROTEST"),
    ],
)
def test_a_protest_called_for_a_day(analyze_rules, text, kind):
    events = _events(analyze_rules, text)
    assert [t for t, *_ in events] == [kind], events
